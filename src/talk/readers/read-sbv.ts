import {UserError} from '../../errors';
import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {firstLineOf} from './read-line-cues';
import {splitLines} from './scan-transcript';
import type {TimedCue} from './timed-cue';

/** SubViewer (YouTube's `.sbv`, SubViewer 2's `.sub`): a `0:00:03.900,0:00:08.460` line, the cue's text lines, a blank line. */
const FORMAT = 'SubViewer (YouTube .sbv)';
const TIMING = /^(\d{1,5}:\d{1,2}(?::\d{1,2})?\.\d{1,3}),(\d{1,5}:\d{1,2}(?::\d{1,2})?\.\d{1,3})$/;

export const looksLikeSbv = (text: string): boolean => TIMING.test(firstLineOf(text));

export const readSbv = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	const cues: (TimedCue & {lines: string[]})[] = [];
	let current: (TimedCue & {lines: string[]}) | null = null;
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') {
			current = null;
			continue;
		}
		const timing = current === null ? TIMING.exec(line) : null;
		if (timing) {
			const startMs = parseTimestamp(timing[1] ?? '', {cue: true});
			const endMs = parseTimestamp(timing[2] ?? '', {cue: true});
			if (startMs !== null && endMs !== null) {
				current = {startMs, endMs, text: '', line: i + 1, lines: []};
				cues.push(current);
				continue;
			}
		}
		if (current === null) {
			throw new UserError({
				code: 'TALK_PARSE',
				file,
				line: i + 1,
				problem: `looks like ${FORMAT}, but line ${i + 1} is not a timing line: "${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`,
			});
		}
		current.lines.push(line);
	}
	return cueTranscript({
		format: FORMAT,
		// SubViewer 2 writes a line break inside a line as `[br]`.
		cues: cues.map(({lines: cueLines, ...cue}) => ({...cue, text: cleanCaptionText(cueLines.join('\n').replace(/\[br\]/gi, '\n'))})),
		findLabels: true,
	});
};
