import {UserError} from '../../errors';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import type {TimedCue} from './timed-cue';

const FORMAT = 'Whisper TSV';

/** Whisper's and whisper.cpp's TSV: a `start<TAB>end<TAB>text` header (tabs read as spaces by then). */
export const looksLikeWhisperTsv = (text: string): boolean => /^start[ \t]+end[ \t]+text$/.test(text.trimStart().split('\n', 1)[0] ?? '');

/** One row: start and end in integer milliseconds, then the segment's text. */
const ROW = /^(\d{1,10}) +(\d{1,10}) +(.*)$/;

/**
 * Whisper TSV (`--output_format tsv`, whisper.cpp `-otsv`): after the header, one segment a
 * row, `0<TAB>11000<TAB>text`, times in milliseconds. A row that is not one stops the read
 * with its line; blank rows are skipped.
 */
export const readWhisperTsv = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = text.split('\n');
	const header = lines.findIndex((l) => l.trim() !== '');
	const cues: TimedCue[] = [];
	for (let i = header + 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '') continue;
		const row = ROW.exec(line);
		if (row === null) {
			throw new UserError({
				code: 'TALK_PARSE',
				file,
				line: i + 1,
				problem: `looks like ${FORMAT}, but line ${i + 1} is not "start<TAB>end<TAB>text" in milliseconds`,
			});
		}
		const startMs = Number(row[1]);
		const endMs = Number(row[2]);
		if (endMs < startMs) {
			throw new UserError({code: 'TALK_PARSE', file, line: i + 1, problem: `looks like ${FORMAT}, but line ${i + 1} ends before it starts`});
		}
		cues.push({startMs, endMs, text: cleanCaptionText(row[3] ?? ''), line: i + 1});
	}
	return cueTranscript({format: FORMAT, cues, findLabels: true});
};
