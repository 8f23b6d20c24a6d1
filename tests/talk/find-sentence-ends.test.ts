import {describe, expect, it} from 'vitest';
import {findSentenceEnds, isUnpunctuated} from '../../src/talk/find-sentence-ends';

describe('sentences from pauses', () => {
	const unit = (text: string, startMs: number, endMs: number) => ({text, startMs, endMs, endKnown: true});
	it('a long pause after enough words ends a sentence; a short one or a pause after "the" does not', () => {
		const units = [
			unit('so we went back to the', 0, 900),
			unit('archives of the show', 1000, 2000),
			unit('and found ten things', 3500, 4500),
			unit('we wish we knew before', 4600, 5500),
			unit('starting our first podcast', 5600, 6500),
			unit('now as you listen to the', 8000, 9000),
			unit('episode you will hear it', 10_600, 11_500),
		];
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual([1, 4, 6]);
	});

	it('a sentence that reaches 45 words is cut at its longest pause', () => {
		const units = Array.from({length: 12}, (_, i) => unit('one two three four five', i * 1000, i * 1000 + (i === 5 ? 600 : 990)));
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual([5, 11]);
	});

	const WORDS = 'we built a new kind of computer for the agents and it was hard so the factory makes tokens all day long but nobody saw it coming'.split(' ');
	it.each([
		// Word times: the 1.5 s pause after "long" ends the sentence, whatever word comes next.
		['word times present', (w: string, i: number) => ({...unit(w, i * 300 + (i > 21 ? 1500 : 0), i * 300 + 250 + (i > 21 ? 1500 : 0))}), [21, 26]],
		// No word times (a cue's share each): cut before the clause opener "so", not after "the".
		['word times absent', (w: string, i: number) => ({...unit(w, i * 300, i * 300 + 300), estimated: true}), [13, 26]],
	])('%s', (_name, make, expected) => {
		const units = WORDS.map(make);
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual(expected);
	});

	// Regression (a keynote's auto captions): "this right. Now to 70 other watch parties", "orders of magnitude all. Because we did".
	it.each([
		['right', 'now'],
		['all', 'because'],
	])('no cut between %j and %j', (before, opener) => {
		const words = `we are broadcasting this to everyone watching at home tonight ${before} ${opener} the parties across the island are watching it too`.split(
			' ',
		);
		const units = words.map((w, i) => ({...unit(w, i * 300, i * 300 + 300), estimated: true}));
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual([words.length - 1]);
	});

	it.each([
		[
			'so we went back to the archives of the show and found ten things we wish we knew before starting our first podcast now as you listen to this episode you will hear',
			true,
		],
		['So we went back. We found ten things we wish we knew. Now as you listen to this episode, you will hear them all, one after the other.', false],
		['too short to tell', false],
		// Regression: Deepgram's reading of the US constitution's preamble, one 52-word sentence, was "punctuated" again with full stops at pauses.
		[
			'We, the people of the United States, in order to form a more perfect union, establish justice, ensure domestic tranquility, provide for the common defense, promote the general welfare, and secure the blessings of liberty to ourselves and our posterity to ordain and establish this constitution for the United States of America.',
			false,
		],
	])('%j is unpunctuated: %s', (text, expected) => {
		expect(isUnpunctuated(text)).toBe(expected);
	});
});
