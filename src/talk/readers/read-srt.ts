import {UserError} from '../../errors';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {looksLikeTimingLine, readCueTiming, readCueTimingOrFail} from './cue-timing';
import type {TimedCue} from './timed-cue';

const FORMAT = 'SubRip';

/** SubRip: the first block is a cue number and a timing line (`1` / `00:00:00,179 --> 00:00:02,399`), or a timing line alone. */
export const looksLikeSrt = (text: string): boolean => {
	const lines = text.trimStart().split('\n', 3);
	const [first = '', second = ''] = lines;
	return (/^\d+$/.test(first.trim()) && looksLikeTimingLine(second)) || (looksLikeTimingLine(first) && /\d[,]\d/.test(first));
};

/**
 * SubRip cues: a number line (optional), a timing line, text lines until the next cue.
 * Read line by line so that every cue knows its line and number, for the talk and for
 * errors: a broken timing line stops the read (`cue 12 (line 47) has no end time`).
 * Tolerant where players are: cues without numbers or without the blank line between
 * them, `.` for `,`, times without hours, blank lines inside a cue's text, and text lines
 * that happen to hold an arrow (`A --> B`).
 *
 * Not @remotion/captions' parseSrt: it silently merges a cue without a number into the
 * previous cue, drops text lines holding ` --> `, gives NaN for a broken time and throws a
 * bare Error without a line; the test suite checks that both agree on well-formed files.
 */
export const readSrtCues = ({text, file}: {text: string; file: string}): TimedCue[] => {
	const lines = text.split('\n');
	const cues: (TimedCue & {lines: string[]})[] = [];
	let previousBlank = true;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const next = lines[i + 1] ?? '';
		const trimmed = line.trim();
		if (trimmed === '') {
			previousBlank = true;
			continue;
		}
		const current = cues[cues.length - 1];
		// A cue number: digits, then a timing line.
		if (/^\d+$/.test(trimmed) && looksLikeTimingLine(next)) {
			previousBlank = false;
			continue;
		}
		// A timing line starts a cue after a blank line or a number; elsewhere only a valid one
		// does (a cue without the blank line before it), so that text such as `10:00 -> 11:00` stays text.
		const afterBreak = previousBlank || current === undefined || /^\d+$/.test((lines[i - 1] ?? '').trim());
		const startsCue = looksLikeTimingLine(line) && (afterBreak || typeof readCueTiming(line) === 'object');
		if (startsCue) {
			const number = /^\d+$/.test((lines[i - 1] ?? '').trim()) ? (lines[i - 1] ?? '').trim() : String(cues.length + 1);
			const timing = readCueTimingOrFail({line, lineNumber: i + 1, cue: number, file, format: FORMAT});
			cues.push({startMs: timing.startMs, endMs: timing.endMs, text: '', line: i + 1, lines: []});
			previousBlank = false;
			continue;
		}
		if (current === undefined) {
			throw new UserError({
				code: 'TALK_PARSE',
				file,
				line: i + 1,
				problem: `looks like ${FORMAT}, but line ${i + 1} is not a cue number or timing: "${clip(trimmed)}"`,
			});
		}
		current.lines.push(line);
		previousBlank = false;
	}
	return cues.map(({lines: cueLines, ...cue}) => ({...cue, text: cleanCaptionText(cueLines.join('\n'))}));
};

export const readSrt = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} =>
	cueTranscript({format: FORMAT, cues: readSrtCues({text, file}), findLabels: true});

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
