import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * One line per diarized segment, speaker then time in brackets:
 * `[Speaker 1] [00:03] Adam, can you hear me? I can`. Consecutive segments of one
 * speaker are one turn, joined back into running text (segments are cut mid-sentence).
 */
const HEADER = new RegExp(String.raw`^\[([^[\]]{1,60})\] {1,4}\[(${TIMESTAMP_SOURCE})\](?: |$)`);

const readBracketSpeakerHeader: HeaderReader = ({line}) => {
	const m = HEADER.exec(line);
	if (!m) return null;
	const name = (m[1] ?? '').trim();
	const startMs = parseTimestamp(m[2] ?? '');
	if (startMs === null || name === '' || parseTimestamp(name) !== null) return null;
	return {names: [name], startMs, rest: line.slice(m[0].length).trim()};
};

export const looksLikeBracketSpeaker = (text: string): boolean => countHeaders({text, readHeader: readBracketSpeakerHeader}).headers >= 2;

export const readBracketSpeaker = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'bracketed speakers', readHeader: readBracketSpeakerHeader, sameSpeaker: 'join'}),
});
