import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {hasUnpaddedCueTimes, readCueTiming} from './cue-timing';
import {splitLines} from './scan-transcript';
import type {TimedCue} from './timed-cue';

const FORMAT = 'Teams transcript (Word)';

/** A timing line: Teams' `0:0:0.0 --> 0:0:1.510`, or padded `00:00:00.000 --> 00:00:01.510` (hours may be left out). */
const TIMING = /^\s*\d{1,5}:\d{1,2}(?::\d{1,2})?\.\d{1,3} --> \d{1,5}:\d{1,2}(?::\d{1,2})?\.\d{1,3}\s*$/;

/** Two timing lines of Teams' shape, the first on the file's first line, and no line that is WebVTT's or SubRip's. */
export const looksLikeTeamsCues = (text: string): boolean => {
	const lines = text.split('\n', 2000).filter((l) => l.trim() !== '');
	if (!TIMING.test(lines[0] ?? '')) return false;
	return lines.filter((l) => TIMING.test(l)).length >= 2 && !lines.some((l) => /^\d+$/.test(l.trim()));
};

/**
 * Microsoft Teams' transcript as its Word download (and Stream's) wrote it, and as it reads
 * copied out of Word: no `WEBVTT` line, each entry a timing line in Teams' unpadded times
 * (`0:0:3.270 --> 0:0:4.250`), the speaker's name on the next line, what they said on the
 * lines after, up to the next timing line; empty lines between entries or none. An entry
 * of one line after its timing is speech no name was given for. The times are read as
 * Teams writes them (`0:0:6.90` is 6.090 s); the same shape with padded times is read too.
 */
export const readTeamsCues = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	// Teams' own times are unpadded, milliseconds too (`0:0:6.90` is 6.090 s); padded ones keep decimal fractions.
	const unpaddedMs = hasUnpaddedCueTimes(lines);
	const entries: {startMs: number; endMs: number; line: number; lines: string[]}[] = [];
	lines.forEach((raw, i) => {
		const line = raw.trim();
		const timing = TIMING.test(line) ? readCueTiming(line, {unpaddedMs}) : null;
		if (timing !== null && typeof timing === 'object') {
			entries.push({startMs: timing.startMs, endMs: Math.max(timing.startMs, timing.endMs), line: i + 1, lines: []});
			return;
		}
		if (line !== '') entries.at(-1)?.lines.push(line);
	});
	const cues: TimedCue[] = entries.flatMap(({lines: own, ...entry}): TimedCue[] => {
		const [first, ...rest] = own;
		if (first === undefined) return [];
		const spoken = rest.length === 0 ? {text: first} : {speaker: first, text: rest.join('\n')};
		return [{...entry, ...spoken, text: cleanCaptionText(spoken.text)}];
	});
	return cueTranscript({format: FORMAT, cues, findLabels: false});
};
