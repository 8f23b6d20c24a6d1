import {INVISIBLE_FORMAT} from '../strip-controls';

/**
 * Text as every reader takes it: LF line ends, tabs as spaces, no trailing spaces, and no
 * invisible format characters (a byte-order mark, a bidi override before a label, a
 * zero-width joiner inside one), so labels read as they show and cards carry none.
 */
export const normaliseText = (text: string): string =>
	text.replace(INVISIBLE_FORMAT, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split('\n').map(trimTrailingSpaces).join('\n');

/** Trailing spaces and no-break spaces off, by a scan from the end (the pattern `[ \u00a0]+$` is quadratic on long runs of spaces). */
const trimTrailingSpaces = (line: string): string => {
	let end = line.length;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\u00a0')) end--;
	return end === line.length ? line : line.slice(0, end);
};
