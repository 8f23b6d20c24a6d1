import {describe, expect, it} from 'vitest';
import {formatQuoteId, isQuoteId, spanOfQuoteId, turnIdOfQuoteId} from '../../src/talk/quote-id';
import {UserError} from '../../src/errors';
import type {Turn} from '../../src/talk/talk-schema';
import {turnSentences} from '../../src/talk/turn-sentences';

const turn = (text: string, id = 't012'): Turn => ({id, speakerIds: ['a'], text, kind: 'speech', line: 1});
const ZH = '是的，我认为这是一连串的阈值。我们会跨越很多个。\n第二段从这里开始！然后结束。';
const EN = 'Yes, I think so. Trees pay you back in shade.\nA new paragraph starts here.';

describe('formatQuoteId ↔ spanOfQuoteId', () => {
	it.each([
		['a whole sentence', ZH, 'zh', '我认为', '是的，我认为这是一连串的阈值。', 't012s1'],
		['two sentences', ZH, 'zh', '', '是的，我认为这是一连串的阈值。我们会跨越很多个。', 't012s1-2'],
		['a sentence of the second paragraph', ZH, 'zh', '', '第二段从这里开始！', 't012s3'],
		['a sentence without its leading marker', ZH, 'zh', '', '我认为这是一连串的阈值。', 't012s1p3'],
		['a span ending inside a sentence', ZH, 'zh', '', '我们会跨越', 't012s2e5'],
		['English', EN, 'en', '', 'Trees pay you back in shade.', 't012s2'],
	])('%s', (_name, text, locale, _unused, quote, id) => {
		const {sentences} = turnSentences({text, locale});
		const start = text.indexOf(quote);
		expect(formatQuoteId({turnId: 't012', sentences, start, end: start + quote.length})).toBe(id);
		expect(spanOfQuoteId({id, turn: turn(text), locale})).toEqual({start, end: start + quote.length, text: quote});
		expect(isQuoteId(id)).toBe(true);
		expect(turnIdOfQuoteId(id)).toBe('t012');
	});

	it('names the part of a split turn', () => {
		expect(turnIdOfQuoteId('t017-2s1')).toBe('t017-2');
		expect(spanOfQuoteId({id: 't017-2s1', turn: turn('Hello there. Bye.', 't017-2'), locale: 'en'}).text).toBe('Hello there.');
	});

	it.each([
		['another turn', 't013s1'],
		['a sentence the turn does not have', 't012s9'],
		['a range that runs backwards', 't012s2-1'],
		['an offset past the text', 't012s1p900'],
	])('is the user’s mistake for %s', (_name, id) => {
		expect(() => spanOfQuoteId({id, turn: turn(ZH), locale: 'zh'})).toThrow(UserError);
	});

	it.each(['q03', 't12', 's3', 't012s', 't012s1x', ''])('%j is not a quote id', (id) => {
		expect(isQuoteId(id)).toBe(false);
	});
});
