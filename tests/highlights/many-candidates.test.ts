import {describe, expect, it} from 'vitest';
import {buildCandidates} from '../../src/highlights/build-candidates';
import {MAX_SCORED_CANDIDATES, rankCandidates} from '../../src/highlights/rank-candidates';
import {loadTalk} from '../../src/talk/load-talk';
import {planTalk} from '../../src/plan/plan-talk';
import {expectLinearTime} from '../support/linear-time';

/**
 * A talk of 100 000 subtitle cues has 300 000 candidate quotes; scoring each in full took
 * the plan about 200 s. Beyond MAX_SCORED_CANDIDATES only the best by the features that
 * read no word are scored in full; a talk under it is scored whole, as before.
 */
const WORDS = 'people money system code market power water city heat roof light road school data model future river bridge'.split(' ');
const stamp = (s: number) =>
	`${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
/** An SRT of `n` one-sentence cues, each different, the same for the same `n`. */
const srt = (n: number): string =>
	Array.from({length: n}, (_, i) => {
		const words = Array.from({length: 7}, (_, k) => WORDS[(i * 7 + k * 3 + Math.floor(i / 5)) % WORDS.length]);
		return `${i + 1}\n${stamp(i)} --> ${stamp(i + 1)}\nCue ${i} says the ${words.join(' ')} matter.\n`;
	}).join('\n');
const read = (text: string) => loadTalk({text, file: 'talk.srt', edits: null}).talk;

describe('a talk with more candidates than are scored in full', () => {
	const talk = read(srt(4000));
	const every = buildCandidates({talk}).candidates;
	const {candidates} = rankCandidates({talk});

	it('scores at most MAX_SCORED_CANDIDATES of them, from every section', () => {
		expect(every.length).toBeGreaterThan(MAX_SCORED_CANDIDATES);
		expect(candidates.length).toBeLessThanOrEqual(MAX_SCORED_CANDIDATES);
		expect(candidates.length).toBeGreaterThan(MAX_SCORED_CANDIDATES * 0.9);
		expect(new Set(candidates.map((c) => c.sectionId))).toEqual(new Set(talk.sections.map((s) => s.id)));
	});

	it('a talk under the limit has every candidate scored', () => {
		const small = read(srt(300));
		expect(rankCandidates({talk: small}).candidates.length).toBe(buildCandidates({talk: small}).candidates.length);
	});

	it('plans in time linear in its cues', () => {
		expectLinearTime({build: srt, run: (text) => planTalk({talk: read(text), maxSeconds: 180}), size: 2500, boundMs: 20_000});
	}, 120_000);
});

// Regression (hostile input): every span was checked against every speaker's name, by a
// search for each: 4 000 speakers planned in 12 s, 10 000 in over 200 s. Now each piece of
// a span that could be a vocative is looked up among the names.
describe('a talk of many speakers', () => {
	const talkOf = (n: number) =>
		Array.from({length: n}, (_, i) => `**Speaker Number${i}:** I think point ${i} is that the city should plant more trees.`).join('\n\n');

	it('plans in time linear in its speakers', () => {
		expectLinearTime({
			build: talkOf,
			run: (text) => planTalk({talk: loadTalk({text, file: 'talk.md', edits: null}).talk, maxSeconds: 180}),
			size: 800,
			boundMs: 15_000,
		});
	}, 120_000);
});
