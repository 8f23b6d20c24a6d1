import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Paragraphs that open with their time and the bold speaker, no colon:
 * `0:00:12.6 **Adam Garrett-Harris** Hello and welcome…` (orbit.fm's transcripts).
 * Consecutive paragraphs of one speaker are one turn.
 */
const HEADER = new RegExp(String.raw`^(${TIMESTAMP_SOURCE}) {1,4}\*\*([^*]{1,60})\*\*[:：]?(?: |$)`);

const readTimeBoldNameHeader: HeaderReader = ({line}) => {
	const m = HEADER.exec(line);
	if (!m) return null;
	const startMs = parseTimestamp(m[1] ?? '');
	const name = (m[2] ?? '').replace(/[:：]$/, '').trim();
	if (startMs === null || name === '') return null;
	return {names: [name], startMs, rest: line.slice(m[0].length).trim()};
};

export const looksLikeTimeBoldName = (text: string): boolean => countHeaders({text, readHeader: readTimeBoldNameHeader}).headers >= 2;

export const readTimeBoldName = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'time and bold name', readHeader: readTimeBoldNameHeader, sameSpeaker: 'paragraph', blockquotes: true}),
});
