import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {isUserError} from '../../src/errors';
import {TalkSchema} from '../../src/talk/talk-schema';
import {hostileInputs} from '../support/hostile-inputs';

/**
 * Ingest is linear in its input: about 1 MB of lines built to make a backtracking
 * pattern or a quadratic loop show itself (`**a** **a** …`, `**` and 80 000 spaces,
 * `[[[[`, unclosed tags and links, …) is read in well under the bound below on a busy
 * two-core machine. The bound is generous on purpose — the patterns this replaces took
 * 19 s for 80 KB and grew by ×5 for every two more pieces — so it fails on a
 * regression, not on a slow day.
 */
const BOUND_MS = 15_000;

describe('1 MB of hostile lines, each read in linear time', () => {
	it.each(hostileInputs().map((h) => [h.name, h.text] as const))('%s', (_name, text) => {
		expect(text.length).toBeGreaterThan(1_000_000);
		const started = performance.now();
		let outcome: unknown;
		try {
			outcome = loadTalk({text, file: 'hostile.md', edits: null}).talk;
		} catch (e) {
			outcome = e;
		}
		const elapsed = performance.now() - started;
		expect(isUserError(outcome) || TalkSchema.safeParse(outcome).success, String(outcome)).toBe(true);
		expect(elapsed).toBeLessThan(BOUND_MS);
	});
});
