import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Fathom's meeting transcript: a line with the time, a dash and the speaker
 * (`0:00 - Corey Gouker`, `12:07 - Sandra Rudloff (Pivot Interiors)`; `@1:33 - Name (address)`
 * as its web page and Word export write it), the paragraph on the next lines, indented
 * two spaces in the text download. Above the first turn: the meeting's title and date
 * (`Weekly sync - March 3`), `VIEW RECORDING - 55 mins (No highlights): URL` and `---`.
 * Fathom's own lines among the speech (`SCREEN SHARING: … - WATCH: URL`,
 * `ACTION ITEM: …`) are no one's words.
 */
const FATHOM_HEADER = /^@?(\d{1,2}:\d{2}(?::\d{2})?) [-–] (\S.{0,99})$/;

/** An e-mail address or a web domain in parentheses after a name: the participant's account, not their name, and no thing to show on a card. */
const ACCOUNT = /\s*\((?:[^()\s@]+@[^()\s@]+|(?:[a-z0-9-]+\.)+[a-z]{2,})\)$/i;

export const readFathomHeader: HeaderReader = ({line}) => {
	const m = FATHOM_HEADER.exec(line.trimEnd());
	if (m === null) return null;
	const startMs = parseTimestamp(m[1] ?? '');
	const name = (m[2] ?? '').replace(ACCOUNT, '').trim();
	if (startMs === null || name === '' || /[*[\]#>|]/.test(name)) return null;
	return {names: [name], startMs, rest: ''};
};

/** The link to the recording above the first turn: `VIEW RECORDING - 55 mins (No highlights): URL`, bold or linked in markdown. */
const VIEW_RECORDING = /^\s{0,3}(?:\[?\*\*)?VIEW RECORDING\*{0,2}\s*[-–]\s*\d+\s*mins?\b/;

/** Fathom's lines that are no one's words: the recording link, screen sharing and action items it marks in the speech. */
const isFathomLine = (line: string): boolean => VIEW_RECORDING.test(line) || /^\s*(?:SCREEN SHARING|ACTION ITEM):\s/.test(line) || /^\s{0,3}---\s*$/.test(line);

/** Two or more time-dash-name lines, and the recording link above them or the `@` Fathom's pages put before the time. */
export const looksLikeFathom = (text: string): boolean => {
	if (countHeaders({text, readHeader: readFathomHeader}).headers < 2) return false;
	return text.split('\n', 12).some((l) => VIEW_RECORDING.test(l)) || text.split('\n', 400).some((l) => l.startsWith('@') && FATHOM_HEADER.test(l.trimEnd()));
};

/** The meeting's title: the first line, when the recording link follows it. */
const titleOf = (text: string): string | undefined => {
	const lines = text.split('\n', 12).map((l) => l.trim());
	const first = lines.findIndex((l) => l !== '');
	const link = lines.findIndex((l) => VIEW_RECORDING.test(l));
	if (first === -1 || link <= first) return undefined;
	const title = (lines[first] ?? '').replace(/^#+\s*/, '');
	return title === '' || FATHOM_HEADER.test(title) ? undefined : title;
};

export const readFathom = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const title = titleOf(text);
	// The title line is above the first turn, where the scanner takes no text; it is read here.
	const transcript = scanTranscript({text, file, format: 'Fathom', readHeader: readFathomHeader, sameSpeaker: 'turn', isToolLine: isFathomLine});
	return {transcript: title === undefined || transcript.metadata.title !== undefined ? transcript : {...transcript, metadata: {...transcript.metadata, title}}};
};
