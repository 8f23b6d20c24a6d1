import {parseTimestamp} from '../parse-timestamp';

/**
 * A line holding only a speaker and a time, the text following on the next lines:
 * `Ali  0:00` (Otter), `**Ali**  0:00`, `Sergi Delgado: 00:00:00`, `**Kelly** [0:21]`.
 * `gap` is the number of spaces before the time, `colon` whether the name ends with one,
 * `bold` whether it is bold, `bracketed` whether the time is in brackets. Read from the
 * end of the line without a regular expression.
 */
export const readNameTimeLine = (line: string): {name: string; startMs: number; gap: number; colon: boolean; bold: boolean; bracketed: boolean} | null => {
	const trimmed = line.trimEnd();
	const last = trimmed.lastIndexOf(' ');
	if (last <= 0 || trimmed.length - last > 16) return null;
	let tail = trimmed.slice(last + 1);
	const bracketed = (tail.startsWith('[') && tail.endsWith(']')) || (tail.startsWith('(') && tail.endsWith(')'));
	if (bracketed) tail = tail.slice(1, -1);
	const startMs = parseTimestamp(tail);
	if (startMs === null) return null;
	let k = last;
	while (k > 0 && trimmed[k - 1] === ' ') k--;
	const gap = last - k + 1;
	let name = trimmed.slice(0, k);
	const bold = name.length > 4 && name.startsWith('**') && name.endsWith('**');
	if (bold) name = name.slice(2, -2);
	const colon = name.endsWith(':') || name.endsWith('：');
	if (colon) name = name.slice(0, -1);
	name = name.trim();
	if (name === '' || name.length > 60 || /[*[\]#>|]/.test(name) || /^[-+] /.test(name)) return null;
	return {name, startMs, gap, colon, bold, bracketed};
};
