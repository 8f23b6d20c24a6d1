import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {decimalSecondsToMs, firstLineOf, readLineCues} from './read-line-cues';

/** The lines transcript-download tools print: `[12.34 - 15.67] text`, seconds with float noise (`25.349999999999998`). */
const FORMAT = 'timed lines in seconds';
const LINE = /^\[(\d{1,7}(?:\.\d{1,20})?) ?- ?(\d{1,7}(?:\.\d{1,20})?)\] ?(.*)$/;

export const looksLikeSecondsLines = (text: string): boolean => LINE.test(firstLineOf(text));

export const readSecondsLines = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} =>
	cueTranscript({
		format: FORMAT,
		findLabels: true,
		cues: readLineCues({
			text,
			file,
			format: FORMAT,
			readLine: (line) => {
				const m = LINE.exec(line.trim());
				const startMs = decimalSecondsToMs(m?.[1] ?? '');
				const endMs = decimalSecondsToMs(m?.[2] ?? '');
				return m && startMs !== null && endMs !== null ? {startMs, endMs, text: m[3] ?? ''} : null;
			},
		}),
	});
