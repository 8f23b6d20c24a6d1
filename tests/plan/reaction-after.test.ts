import {describe, expect, it} from 'vitest';
import {reactionAfter} from '../../src/plan/plan-recap';
import {soundAfter} from '../../src/talk/sound-after';
import type {Turn} from '../../src/talk/talk-schema';

const speech = (id: string, text: string): Turn => ({id, speakerIds: ['ana'], text, kind: 'speech', line: 1});
const sound = (id: string, text: string, heard?: 'before' | 'within', at?: number): Turn => ({
	id,
	speakerIds: ['ana'],
	text,
	kind: 'reaction',
	line: 1,
	...(heard === undefined ? {} : {heard}),
	...(at === undefined ? {} : {at}),
});

// Rule: the sound heard right after a turn is one cut from its end, a sound cue after it, or one heard before the next turn's first word; never one heard within it or before its own words.
describe('soundAfter: the sound heard right after a speech turn', () => {
	it.each([
		['a sound after its last word', [sound('t2', '[laughs]')], '[laughs]'],
		['a sound heard within it is not after it', [sound('t2', '[laughs]', 'within')], undefined],
		['a sound heard before its own first word is not after it', [sound('t2', '[laughs]', 'before')], undefined],
		['within, then after: the one after', [sound('t2', '[laughs]', 'within'), sound('t3', '[applause]')], '[applause]'],
		['the next turn opens on a laugh: it answers this one', [speech('t2', 'Yes.'), sound('t3', '[laughs]', 'before')], '[laughs]'],
		['the next turn laughs within: not after this one', [speech('t2', 'Yes, well.'), sound('t3', '[laughs]', 'within')], undefined],
		['the next turn laughs at its end: not after this one', [speech('t2', 'Yes.'), sound('t3', '[laughs]')], undefined],
		['its own sounds come first', [sound('t2', '[cough]', 'within'), speech('t3', 'Yes.'), sound('t4', '[laughs]', 'before')], '[laughs]'],
		['nothing after it', [], undefined],
		["a transcriber's mark is no reaction; the laugh after it is", [sound('t2', '[unintelligible 00:12:03]'), sound('t3', '[laughter]')], '[laughter]'],
		['music after it is no reaction', [sound('t2', '[Music]')], undefined],
		['the next turn opens on a mark: no reaction', [speech('t2', 'Yes.'), sound('t3', '[inaudible]', 'before')], undefined],
	])('%s', (_case, after, expected) => {
		const turns = [speech('t1', 'That was the joke.'), ...after];
		expect(soundAfter({turns, index: 0})?.text).toBe(expected);
	});
});

const SPEECH = 'I said one thing. Then the joke landed.';
const END = SPEECH.length;
const FIRST = 'I said one thing.'.length;

// Rule: a quote card shows the sound heard right after it, and only that one.
describe('reactionAfter: the sound a quote card shows after its last words', () => {
	it.each([
		['the quote ends with the turn', END, '[laughs]'],
		['the quote ends on punctuation and spaces only', END - 1, '[laughs]'],
		['the quote ends before the turn does', FIRST, undefined],
	])('%s', (_case, end, expected) => {
		const quoted = speech('t1', SPEECH);
		expect(reactionAfter({turns: [quoted, sound('t2', '[laughs]')], turn: quoted, quote: {end}})).toBe(expected);
	});

	// Rule: a laugh heard within a turn shows under a quote that ends right before it, and under no other.
	it.each([
		['the quote ends right before the laugh', FIRST, '[laughs]'],
		['the quote ends at the turn end, past the laugh', END, undefined],
		['the quote ends a word before the laugh', FIRST - 'thing.'.length, undefined],
	])('a laugh heard within the turn after "I said one thing": %s', (_case, end, expected) => {
		const quoted = speech('t1', SPEECH);
		const at = 'I said one thing'.length;
		expect(reactionAfter({turns: [quoted, sound('t2', '[laughs]', 'within', at)], turn: quoted, quote: {end}})).toBe(expected);
	});

	it('a laugh heard within the turn, no place known: under no card', () => {
		const quoted = speech('t1', SPEECH);
		expect(reactionAfter({turns: [quoted, sound('t2', '[laughs]', 'within')], turn: quoted, quote: {end: FIRST}})).toBeUndefined();
	});

	it("a laugh opening the next turn answers the quote (the talk's turns, whatever section they are in)", () => {
		const quoted = speech('t1', SPEECH);
		expect(reactionAfter({turns: [quoted, speech('t2', 'Right.'), sound('t3', '[laughs]', 'before')], turn: quoted, quote: {end: END}})).toBe('[laughs]');
	});

	it('no turn, no sound', () => {
		expect(reactionAfter({turns: [sound('t2', '[laughs]')], turn: undefined, quote: {end: 0}})).toBeUndefined();
	});
});
