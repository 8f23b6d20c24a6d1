/** Text as every reader takes it: no byte-order mark, LF line ends, tabs as spaces, no trailing spaces. */
export const normaliseText = (text: string): string =>
	text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.split('\n')
		.map(trimTrailingSpaces)
		.join('\n');

/** Trailing spaces and no-break spaces off, by a scan from the end (the pattern `[ \u00a0]+$` is quadratic on long runs of spaces). */
const trimTrailingSpaces = (line: string): string => {
	let end = line.length;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\u00a0')) end--;
	return end === line.length ? line : line.slice(0, end);
};
