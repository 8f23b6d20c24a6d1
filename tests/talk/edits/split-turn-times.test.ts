import {describe, expect, it} from 'vitest';
import {applyEdits} from '../../../src/talk/edits/apply-edits';
import {splitTurnTimes} from '../../../src/talk/edits/split-turn-times';
import type {Talk, Turn} from '../../../src/talk/talk-schema';
import {makeTalk} from '../../support/make-talk';

const turn = (t: Partial<Turn> & {text: string}): Turn => ({id: 't001', speakerIds: ['a'], kind: 'speech', line: 1, ...t});

describe('splitTurnTimes', () => {
	it('regression: a part of 130 000 timed words takes its time without overflowing the stack', () => {
		const n = 130_000;
		const text = Array.from({length: n}, (_, i) => `w${String(i).padStart(6, '0')}`).join(' ');
		const words = Array.from({length: n}, (_, i) => ({start: i * 8, end: i * 8 + 7, startMs: i * 10, endMs: i * 10 + 9}));
		const [, second] = splitTurnTimes({turn: turn({text, startMs: 0, endMs: n * 10, words}), bounds: [0, 8, text.length]});
		expect(second).toMatchObject({startMs: 10, endMs: n * 10 - 1});
		expect(second?.words).toHaveLength(n - 1);
	});

	it('shares a cue’s time out in proportion to what each part says', () => {
		// 4 words and 2 words: two thirds and one third of 6 s.
		const t = turn({text: 'One two three four. Five six.', startMs: 1000, endMs: 7000});
		expect(splitTurnTimes({turn: t, bounds: [0, 20, t.text.length]})).toEqual([
			{startMs: 1000, endMs: 5000},
			{startMs: 5000, endMs: 7000},
		]);
	});

	it('moves word times into each part’s tidied text', () => {
		const text = 'Cool roofs.\n  And trees.';
		const t = turn({
			text,
			startMs: 0,
			endMs: 3000,
			words: [
				{start: 0, end: 4, startMs: 100, endMs: 400},
				{start: 5, end: 10, startMs: 500, endMs: 900},
				{start: 14, end: 17, startMs: 2000, endMs: 2200},
				{start: 18, end: 23, startMs: 2300, endMs: 2800},
			],
		});
		const [a, b] = splitTurnTimes({turn: t, bounds: [0, 12, text.length]});
		expect(a).toMatchObject({startMs: 100, endMs: 900});
		expect(b).toEqual({
			startMs: 2000,
			endMs: 2800,
			words: [
				{start: 0, end: 3, startMs: 2000, endMs: 2200},
				{start: 4, end: 9, startMs: 2300, endMs: 2800},
			],
		});
		expect('And trees.'.slice(b!.words![1]!.start, b!.words![1]!.end)).toBe('trees');
	});

	it('leaves the parts of an untimed turn untimed', () => {
		expect(splitTurnTimes({turn: turn({text: 'a b c'}), bounds: [0, 2, 5]})).toEqual([{}, {}]);
	});
});

describe('an edits file splitting a timed turn keeps both parts playable', () => {
	const timed = (): Talk => {
		const talk = makeTalk({language: 'en', sections: [{turns: [['host', 'What do you build? I build small tools that do one thing well.']]}]});
		const t = talk.sections[0]!.turns[0]!;
		return {...talk, sections: [{...talk.sections[0]!, turns: [{...t, startMs: 10_000, endMs: 16_000}]}]};
	};
	it('gives each part its share of the cue', () => {
		const {talk} = applyEdits({
			talk: timed(),
			editsText: 'turns:\n  - turn: t001\n    split:\n      - at: I build small\n        speaker: guest-a\n',
			editsFile: 'x.edits.yaml',
		});
		const [q, a] = talk.sections[0]!.turns;
		// 4 words and 9: 4/13 of 6 s.
		expect(q).toMatchObject({text: 'What do you build?', startMs: 10_000, endMs: 11_846});
		expect(a).toMatchObject({id: 't001-2', text: 'I build small tools that do one thing well.', speakerIds: ['guest-a'], startMs: 11_846, endMs: 16_000});
	});
});
