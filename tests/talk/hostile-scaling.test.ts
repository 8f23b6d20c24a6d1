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
});
