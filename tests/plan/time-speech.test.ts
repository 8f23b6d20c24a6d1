import {describe, expect, it} from 'vitest';
import {speechOfRange, timeTurnSpeech} from '../../src/plan/time-speech';
import type {Turn} from '../../src/talk/talk-schema';

const turn = (t: Partial<Turn> & {text: string}): Turn => ({id: 't001', speakerIds: ['a'], kind: 'speech', line: 1, ...t});
const timesOf = (t: Turn) =>
	timeTurnSpeech({turn: t})?.units.map((u) => `${t.text.slice(u.start, u.end)} ${Math.round(u.startMs)}-${Math.round(u.endMs)}`) ?? null;

describe('timeTurnSpeech', () => {
	it.each([
		[
			'cue times only, Latin: in proportion to words',
			turn({text: 'One two three four.', startMs: 1000, endMs: 3000}),
			['One 1000-1500', 'two 1500-2000', 'three 2000-2500', 'four 2500-3000'],
		],
		[
			'cue times only, Chinese: in proportion to characters',
			turn({text: '广州市房地产', startMs: 0, endMs: 1200}),
			['广州 0-400', '市 400-600', '房地产 600-1200'],
		],
		[
			'word times: each word when it is said',
			turn({
				text: 'Cool roofs work.',
				startMs: 0,
				endMs: 3000,
				words: [
					{start: 0, end: 4, startMs: 100, endMs: 400},
					{start: 5, end: 10, startMs: 900, endMs: 1300},
					{start: 11, end: 15, startMs: 2000, endMs: 2600},
				],
			}),
			['Cool 100-400', 'roofs 900-1300', 'work 2000-2600'],
		],
		[
			'a word the times miss takes the gap between its neighbours',
			turn({
				text: 'Cool new roofs',
				startMs: 0,
				endMs: 3000,
				words: [
					{start: 0, end: 4, startMs: 100, endMs: 400},
					{start: 9, end: 14, startMs: 1000, endMs: 1400},
				],
			}),
			['Cool 100-400', 'new 400-1000', 'roofs 1000-1400'],
		],
		[
			'word times out of order are made monotonic',
			turn({
				text: 'a b',
				words: [
					{start: 0, end: 1, startMs: 500, endMs: 600},
					{start: 2, end: 3, startMs: 300, endMs: 200},
				],
			}),
			['a 500-600', 'b 500-500'],
		],
	])('%s', (_name, t, expected) => {
		expect(timesOf(t)).toEqual(expected);
	});

	it.each([
		['no times', turn({text: 'Untimed words.'})],
		['a start without an end', turn({text: 'Half timed.', startMs: 100})],
		['an end before the start', turn({text: 'Backwards.', startMs: 900, endMs: 100})],
	])('is null for a turn with %s', (_name, t) => {
		expect(timeTurnSpeech({turn: t})).toBeNull();
	});
});

describe('speechOfRange', () => {
	const units = timeTurnSpeech({turn: turn({text: 'First one. Second one here. Last.', startMs: 0, endMs: 6000})})!.units;

	it('is the range’s first and last word, with the silence to its neighbours', () => {
		const start = 'First one. '.length;
		const said = speechOfRange({units, start, end: start + 'Second one here.'.length})!;
		expect(said.units.map((u) => u.start - start)).toEqual([0, 7, 11]);
		expect(said.startMs).toBe(2000);
		expect(said.endMs).toBe(5000);
		expect(said.gapBeforeMs).toBe(0);
		expect(said.gapAfterMs).toBe(0);
	});

	it('knows nothing of the world outside the turn: infinite gaps at its edges', () => {
		const said = speechOfRange({units, start: 0, end: units.at(-1)!.end})!;
		expect(said.gapBeforeMs).toBe(Number.POSITIVE_INFINITY);
		expect(said.gapAfterMs).toBe(Number.POSITIVE_INFINITY);
	});

	it('is null for a range without a spoken word', () => {
		expect(speechOfRange({units, start: 9, end: 10})).toBeNull();
	});
});
