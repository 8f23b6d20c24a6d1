import {UserError} from '../../errors';
import {isUnpaddedTime, parseTimestamp} from '../parse-timestamp';

/**
 * Cue timing lines of SubRip and WebVTT, read tolerantly: `00:01:02,500 --> 00:01:04,000`,
 * `00:01.000 --> 00:04.000`, Teams' `0:0:0.570 --> 0:0:1.130`, a `:` before the
 * milliseconds, no spaces around the arrow, cue settings after it. The times are read by
 * the one timestamp reader, as cue times (`parseTimestamp` with `cue: true`).
 */
const ARROW = /-->|->|–>|—>/;

export type CueTiming = {startMs: number; endMs: number; settings: string};

/** A timing line → its times and settings; a string saying what is wrong when it is broken; null when the line is not a timing line at all. */
export const readCueTiming = (line: string, {unpaddedMs = false}: {unpaddedMs?: boolean} = {}): CueTiming | string | null => {
	const arrow = ARROW.exec(line);
	if (!arrow) return null;
	const left = line.slice(0, arrow.index).trim();
	const afterArrow = line.slice(arrow.index + arrow[0].length).trim();
	const [right = '', ...settings] = afterArrow.split(/\s+/);
	const startMs = parseTimestamp(left, {cue: true, unpaddedMs});
	if (left === '') return 'has no start time';
	if (startMs === null) return `has a start time "${clip(left)}" that is not a time`;
	if (right === '') return 'has no end time';
	const endMs = parseTimestamp(right, {cue: true, unpaddedMs});
	if (endMs === null) return `has an end time "${clip(right)}" that is not a time`;
	return {startMs, endMs, settings: settings.join(' ')};
};

/**
 * A cue's timing line read, or the error that says what is wrong with it:
 * `TALK_PARSE: talk.vtt:40: looks like WebVTT, but cue 12 has no end time: "00:01:02.500 -->"`.
 */
export const readCueTimingOrFail = ({
	line,
	lineNumber,
	cue,
	file,
	format,
	unpaddedMs = false,
}: {
	line: string;
	lineNumber: number;
	cue: string;
	file: string;
	format: string;
	/** Teams' times: the fraction is milliseconds (`parseTimestamp`'s `unpaddedMs`). */
	unpaddedMs?: boolean;
}): CueTiming => {
	const timing = readCueTiming(line, {unpaddedMs});
	if (timing !== null && typeof timing !== 'string') return timing;
	const trimmed = line.trim();
	throw new UserError({
		code: 'TALK_PARSE',
		file,
		line: lineNumber,
		problem: `looks like ${format}, but cue ${cue} ${timing ?? 'has no timing'}: "${trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed}"`,
	});
};

/**
 * Whether a file's timing lines are written as Teams writes them, each field a number
 * without padding (`0:0:6.90 --> 0:0:6.500`): then every fraction of the file is
 * milliseconds (`readCueTiming`'s `unpaddedMs`). One such time tells the file.
 */
export const hasUnpaddedCueTimes = (lines: readonly string[]): boolean =>
	lines.some((l) => ARROW.test(l) && l.split(ARROW).some((side) => isUnpaddedTime(side.trim().split(/\s+/)[0] ?? '')));

/** True for a line that starts like a timing line (a time, then an arrow): a broken one is still recognised as one. */
export const looksLikeTimingLine = (line: string): boolean => /^\s*\d{1,5}:\d/.test(line) && ARROW.test(line);

const clip = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

/** `HH:MM:SS.mmm`, as WebVTT writes times. */
export const formatVttTime = (ms: number): string => {
	const pad = (n: number, w = 2) => String(n).padStart(w, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};
