import {describe, expect, it} from 'vitest';
import type {FontWeight} from '../../src/text/font-metrics';
import {measureTextWidth} from '../../src/text/measure-text-width';

const ZH = '我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。';
const EN = 'Remotion lets you make videos programmatically with React.';

describe('measureTextWidth', () => {
	it.each<[string, number, FontWeight, number, string]>([
		// [text, fontSizePx, weight, expected px, rule]
		['', 40, 400, 0, 'empty text'],
		['a', 100, 400, 56.15, 'Inter advance × size'],
		['aa', 100, 400, 112.3, 'advances add up'],
		['中文', 40, 700, 80, 'CJK is 1em each'],
		['，。！？', 50, 400, 200, 'CJK punctuation is 1em each'],
		['“好”', 100, 400, 188.08, 'curly quotes come from Inter (0.4404em) even around Chinese'],
		['👍🏽', 40, 400, 50, 'emoji with skin tone is one 1.25em grapheme'],
		['e\u0301', 100, 400, 58.3, 'decomposed é measures as one grapheme'],
		['中\n文', 10, 400, 20, 'a newline measures 0'],
	])('%j at %i px, weight %i is %f px (%s)', (text, fontSizePx, weight, px) => {
		expect(measureTextWidth({text, fontSizePx, weight})).toBeCloseTo(px, 9);
	});

	it.each([400, 700, 800] as const)('scales linearly with font size at weight %i', (weight) => {
		const at10 = measureTextWidth({text: ZH, fontSizePx: 10, weight});
		expect(measureTextWidth({text: ZH, fontSizePx: 30, weight})).toBeCloseTo(at10 * 3, 9);
	});

	it.each([
		['Latin', EN],
		['mixed', ZH],
	])('%s text is wider in bold than regular', (_, text) => {
		const widths = ([400, 700, 800] as FontWeight[]).map((weight) => measureTextWidth({text, fontSizePx: 40, weight}));
		expect(widths[1]).toBeGreaterThan(widths[0]!);
		expect(widths[2]).toBeGreaterThan(widths[1]!);
	});

	it.each([
		['Chinese', '今天下午，我们将开始与两位长期以来的朋友交谈'],
		['English', EN],
		['mixed', ZH],
	])('%s: the width of a text is the sum of the widths of its parts', (_, text) => {
		const cut = Math.floor(text.length / 2);
		const whole = measureTextWidth({text, fontSizePx: 37, weight: 700});
		const parts =
			measureTextWidth({text: text.slice(0, cut), fontSizePx: 37, weight: 700}) + measureTextWidth({text: text.slice(cut), fontSizePx: 37, weight: 700});
		expect(whole).toBeCloseTo(parts, 9);
	});

	it('Chinese text of n characters is n em', () => {
		const text = '今天下午我们将开始与两位长期以来的朋友交谈';
		expect(measureTextWidth({text, fontSizePx: 48, weight: 400})).toBe([...text].length * 48);
	});

	it('is deterministic', () => {
		const first = measureTextWidth({text: ZH + EN, fontSizePx: 41, weight: 800});
		measureTextWidth({text: 'something else 别的', fontSizePx: 12, weight: 400});
		expect(measureTextWidth({text: ZH + EN, fontSizePx: 41, weight: 800})).toBe(first);
	});
});
