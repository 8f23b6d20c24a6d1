import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Timed paragraphs with no speaker: `00:00:08 Hello and welcome to Talk Python To Me…`
 * (a podcast's text transcript). Each timed line is a turn of one unnamed speaker,
 * `Speaker 1`, to be named in the edits file.
 */
const LEADING = new RegExp(`^(${TIMESTAMP_SOURCE}) {1,4}`);

const readTimestampLineHeader: HeaderReader = ({line}) => {
	const m = LEADING.exec(line);
	if (!m) return null;
	const rest = line.slice(m[0].length).trim();
	if (rest === '' || rest.startsWith('**') || rest.startsWith('-->')) return null;
	const startMs = parseTimestamp(m[1] ?? '');
	return startMs === null ? null : {names: [], startMs, rest};
};

/** At least three timed lines, and most of the lines are. */
export const looksLikeTimestampLines = (text: string): boolean => {
	const {headers, lines} = countHeaders({text, readHeader: readTimestampLineHeader});
	return headers >= 3 && headers >= lines / 2;
};

export const readTimestampLines = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'timed lines', readHeader: readTimestampLineHeader, sameSpeaker: 'turn'}),
});
