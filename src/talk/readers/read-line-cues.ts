import {UserError} from '../../errors';
import {checkCueCount} from '../talk-limits';
import {cleanCaptionText} from './clean-caption-text';
import {splitLines} from './scan-transcript';
import type {TimedCue} from './timed-cue';

/** One line of a one-cue-a-line format, read: its times (an end, when the line gives one) and its text. */
export type LineCue = {startMs: number; endMs?: number; text: string};

/**
 * The formats that write one cue a line (LRC, Whisper's TSV, `[start - end] text` lines,
 * MicroDVD): each says how it reads a line (`readLine`: a cue, `skip` for a line it
 * knows is not one, or null for a line that does not belong, which stops the read with
 * the line quoted). A cue without an end ends where the next starts; one with no text
 * (LRC's closing `[00:25.35]`) only ends the cue before it. Linear in the text.
 */
export const readLineCues = ({
	text,
	file,
	format,
	readLine,
}: {
	text: string;
	file: string;
	format: string;
	readLine: (line: string, lineNumber: number) => LineCue | 'skip' | null;
}): TimedCue[] => {
	const lines = splitLines({text, file});
	const read: (LineCue & {line: number})[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '') continue;
		const cue = readLine(line, i + 1);
		if (cue === 'skip') continue;
		if (cue === null) {
			const shown = line.trim();
			throw new UserError({
				code: 'TALK_PARSE',
				file,
				line: i + 1,
				problem: `looks like ${format}, but line ${i + 1} is not a cue: "${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}"`,
			});
		}
		read.push({...cue, line: i + 1});
		checkCueCount({count: read.length, file, line: i + 1});
	}
	const cues: TimedCue[] = [];
	for (let i = 0; i < read.length; i++) {
		const cue = read[i];
		if (cue === undefined) continue;
		const cueText = cleanCaptionText(cue.text);
		if (cueText === '') continue;
		const endMs = cue.endMs ?? read[i + 1]?.startMs ?? cue.startMs;
		cues.push({startMs: cue.startMs, endMs, text: cueText, line: cue.line});
	}
	return cues;
};

/** The first line of a text that holds anything. */
export const firstLineOf = (text: string): string => {
	for (const line of text.split('\n', 50)) if (line.trim() !== '') return line.trim();
	return '';
};

/** Seconds as a decimal number (`25.349999999999998`) → ms; null when it is not one. */
export const decimalSecondsToMs = (text: string): number | null => (/^\d{1,7}(?:\.\d{1,20})?$/.test(text) ? Math.round(Number(text) * 1000) : null);
