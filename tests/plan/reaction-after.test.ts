import {describe, expect, it} from 'vitest';
import {reactionAfter} from '../../src/plan/plan-recap';
import type {Section, Turn} from '../../src/talk/talk-schema';

const turn = (id: string, text: string, kind: Turn['kind'] = 'speech', within = false): Turn => ({
	id,
	speakerIds: ['ana'],
	text,
	kind,
	line: 1,
	...(within ? {within: true} : {}),
});
const sectionOf = (...turns: Turn[]): Section => ({id: 's1', title: 'Opening', turns});
const SPEECH = 'I said one thing. Then the joke landed.';
const END = SPEECH.length;
const FIRST = 'I said one thing.'.length;

// Rule: a quote card shows the sound heard right after it, and only that one.
describe('reactionAfter: the sound a quote card shows after its last words', () => {
	it.each([
		['a laugh after the turn, the quote ends with the turn', [turn('t2', '[laughs]', 'reaction')], END, '[laughs]'],
		['the same laugh, the quote ends before the turn does', [turn('t2', '[laughs]', 'reaction')], FIRST, undefined],
		['the quote ends on punctuation and spaces only', [turn('t2', '[laughs]', 'reaction')], END - 1, '[laughs]'],
		['a laugh heard within the turn is not after the quote', [turn('t2', '[laughs]', 'reaction', true)], END, undefined],
		['a laugh within the turn, then applause after it', [turn('t2', '[laughs]', 'reaction', true), turn('t3', '[applause]', 'reaction')], END, '[applause]'],
		['speech comes next', [turn('t2', 'Next speaker.'), turn('t3', '[laughs]', 'reaction')], END, undefined],
		['nothing comes next', [], END, undefined],
	])('%s', (_case, after, end, expected) => {
		const quoted = turn('t1', SPEECH);
		expect(reactionAfter({section: sectionOf(quoted, ...after), turn: quoted, quote: {end}})).toBe(expected);
	});

	it('no turn, no sound', () => {
		expect(reactionAfter({section: sectionOf(turn('t2', '[laughs]', 'reaction')), turn: undefined, quote: {end: 0}})).toBeUndefined();
	});
});
