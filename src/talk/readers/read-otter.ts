import type {RawTranscript} from '../raw-transcript';
import {readNameTimeLine} from './read-name-time-line';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Otter.ai's text export: a line with the speaker, two spaces and the time (`Ali  0:00`,
 * bold when pasted into markdown: `**Ali**  0:00`), the paragraph on the next line.
 * Otter's `Unknown Speaker` is kept as a speaker to be renamed in the edits file.
 */
const readOtterHeader: HeaderReader = ({line}) => {
	const h = readNameTimeLine(line);
	if (h === null || h.colon || h.bracketed || (!h.bold && h.gap < 2)) return null;
	return {names: [h.name], startMs: h.startMs, rest: ''};
};

/** Otter's footer: `Transcribed by https://otter.ai`. */
const isOtterFooter = (line: string): boolean => /^\s{0,3}transcribed by\s{1,4}(?:https?:\/\/)?otter\.ai\b/i.test(line);

export const looksLikeOtter = (text: string): boolean => countHeaders({text, readHeader: readOtterHeader}).headers >= 2;

export const readOtter = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'Otter', readHeader: readOtterHeader, sameSpeaker: 'turn', isToolLine: isOtterFooter}),
});
