import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Markdown written from a diarized WhisperX run: time and label bold together,
 * `**[00:50] SPEAKER_03:** text`. Labels `SPEAKER_03` are shown as `Speaker 4`, to be
 * renamed in the edits file.
 */
const HEADER = new RegExp(String.raw`^\*\*\[(${TIMESTAMP_SOURCE})\] {1,4}([^*:：[\]]{1,60})[:：]\*\*(?: |$)`);

const readWhisperxMarkdownHeader: HeaderReader = ({line}) => {
	const m = HEADER.exec(line);
	if (!m) return null;
	const startMs = parseTimestamp(m[1] ?? '');
	const name = (m[2] ?? '').trim();
	if (startMs === null || name === '') return null;
	return {names: [name], startMs, rest: line.slice(m[0].length).trim()};
};

export const looksLikeWhisperxMarkdown = (text: string): boolean => countHeaders({text, readHeader: readWhisperxMarkdownHeader}).headers >= 2;

export const readWhisperxMarkdown = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'WhisperX markdown', readHeader: readWhisperxMarkdownHeader, sameSpeaker: 'turn'}),
});
