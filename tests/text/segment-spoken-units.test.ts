import {describe, expect, it} from 'vitest';
import {LATIN_WORD_WEIGHT, segmentSpokenUnits} from '../../src/text/segment-spoken-units';

const said = (text: string) => segmentSpokenUnits({text}).units.map((u) => `${text.slice(u.start, u.end)}:${u.weight}`);

describe('segmentSpokenUnits', () => {
	it.each([
		['Latin words, punctuation left out', 'Cool roofs, really.', ['Cool:2', 'roofs:2', 'really:2']],
		['a contraction and a number stay whole', "don't pay 3.5% now", ["don't:2", 'pay:2', '3.5:2', 'now:2']],
		['Chinese words weigh their characters', '广州市房地产中介协会分析', ['广州:2', '市:1', '房地产:3', '中介:2', '协会:2', '分析:2']],
		['CJK punctuation is not said', '我认为，是的。', ['我:1', '认为:2', '是:1', '的:1']],
		['mixed Chinese and English', '我们用 GPT 做测试', ['我们:2', '用:1', 'GPT:2', '做:1', '测试:2']],
		['nothing to say', '…！ —', []],
	])('%s', (_name, text, expected) => {
		expect(said(text)).toEqual(expected);
	});

	it('weighs a Latin word as two CJK letters', () => {
		expect(LATIN_WORD_WEIGHT).toBe(2);
	});

	it('gives offsets into the text, in order, never overlapping', () => {
		const text = 'Maps of heat, 热力图 and 3 fountains.';
		const {units} = segmentSpokenUnits({text});
		for (let i = 1; i < units.length; i++) expect(units[i]!.start).toBeGreaterThanOrEqual(units[i - 1]!.end);
		for (const u of units) expect(text.slice(u.start, u.end).trim()).toBe(text.slice(u.start, u.end));
	});
});

describe('a very long turn', () => {
	it('is segmented in chunks: 80 000 Chinese characters in well under the 20 s V8 takes for them in one piece', () => {
		const text = '我们今天讨论人工智能的未来，以及它对社会的影响。'.repeat(3400);
		const started = performance.now();
		const {units} = segmentSpokenUnits({text});
		expect(performance.now() - started).toBeLessThan(8000);
		expect(units.reduce((sum, u) => sum + u.weight, 0)).toBe([...text].filter((c) => /\p{Script=Han}/u.test(c)).length);
		for (const u of units) expect(text.slice(u.start, u.end)).toMatch(/^\p{Script=Han}+$/u);
	});
});
