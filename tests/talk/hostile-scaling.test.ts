import {describe, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {expectLinearTime} from '../support/linear-time';

/**
 * Inputs of issue 22 that took super-linear time to read: each is read (or refused) in
 * time linear in its size, well under 5 s at the size that once hung.
 */
const read = (file: string) => (text: string) => loadTalk({text, file, edits: null});
const srtCue = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}\n\n2\n00:00:02,000 --> 00:00:03,000\nAnd then the rest.\n`;

describe('read in linear time', () => {
	it('an SRT cue "(" + U+1680 × n + "a" (the credit-line pattern hung on 99 000)', () => {
		expectLinearTime({build: (n) => srtCue(`(${'\u1680'.repeat(n)}a`), run: read('talk.srt'), size: 25_000, boundMs: 5_000});
	});

	it('an SRT of n cues grows linearly (100 000 cues: 10.6 s before the words were segmented once, 7.9 s after)', () => {
		const srt = (n: number) =>
			Array.from({length: n}, (_, i) => `${i + 1}\n${stamp(i)} --> ${stamp(i + 1)}\nLine ${i} of the talk says something.\n`).join('\n');
		expectLinearTime({build: srt, run: read('talk.srt'), size: 2500, boundMs: 5_000});
	});
});

const stamp = (s: number) =>
	`${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
