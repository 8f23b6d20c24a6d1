import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Rev.com's (and Sonix's) text export: `Lenny Rachitsky (00:00:00):` on a line of its
 * own, the paragraph on the next lines; a paragraph that goes on the same speaker's turn
 * opens with the time alone, `(00:05:53):` (no label: the speaker before speaks). Read
 * from the end of the line without a regular expression.
 */
export const readRevHeader: HeaderReader = ({line}) => {
	const trimmed = line.trim();
	if (!trimmed.endsWith('):') || trimmed.length > 80) return null;
	const open = trimmed.lastIndexOf('(');
	if (open === -1) return null;
	const startMs = parseTimestamp(trimmed.slice(open + 1, -2));
	if (startMs === null) return null;
	const name = trimmed.slice(0, open).trim();
	if (/[*[\]#>|():]/.test(name)) return null;
	return {names: name === '' ? [] : [name], startMs, rest: ''};
};

/** Two or more of its time lines, one naming someone (three turns are a whole transcript). */
export const looksLikeRevText = (text: string): boolean => countHeaders({text, readHeader: readRevHeader}).headers >= 2 && /^[^\n(]+ \([\d:.]+\):$/m.test(text);

export const readRevText = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'Rev text', readHeader: readRevHeader, sameSpeaker: 'turn'}),
});
