import {describe, expect, it} from 'vitest';
import {breakLines} from '../../src/text/break-lines';
import {type FitTextInput, fitText} from '../../src/text/fit-text';
import {measureTextWidth} from '../../src/text/measure-text-width';

const ZH = '我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。';
const EN = 'Remotion lets you make videos programmatically with React.';
const LONG_ZH =
	'今天下午，我们将开始与两位长期以来的朋友交谈，他们正在颠覆世界——人工智能领域的“先驱”Sam Altman，以及使旅行成为全球家园的Brian Chesky。这两位杰出的年轻创新者自从在科技创业加速器Y Combinator的日子以来就是朋友。';

const BOX = {widthPx: 900, heightPx: 500, minFontSizePx: 24, maxFontSizePx: 120, lineHeight: 1.25, weight: 700} as const;

const fitsAt = (input: FitTextInput, fontSizePx: number): boolean => {
	const {lines} = breakLines({text: input.text, maxWidthPx: input.widthPx, fontSizePx, weight: input.weight, balance: false});
	return (
		lines.length * fontSizePx * input.lineHeight <= input.heightPx &&
		(input.maxLines === undefined || lines.length <= input.maxLines) &&
		lines.every((line) => measureTextWidth({text: line, fontSizePx, weight: input.weight}) <= input.widthPx)
	);
};

describe('fitText', () => {
	it.each([
		['short English', {...BOX, text: 'Hi'}],
		['mixed sentence', {...BOX, text: ZH}],
		['English sentence', {...BOX, text: EN}],
		['long Chinese', {...BOX, text: LONG_ZH}],
		['mixed, two lines at most', {...BOX, text: ZH, maxLines: 2}],
		['English, one line', {...BOX, text: EN, maxLines: 1, minFontSizePx: 10}],
		['small box', {...BOX, text: LONG_ZH, widthPx: 400, heightPx: 600}],
	] as const)('%s: picks the largest integer size that fits', (_, input) => {
		const result = fitText(input);
		expect(result.fits).toBe(true);
		expect(Number.isInteger(result.fontSizePx)).toBe(true);
		expect(fitsAt(input, result.fontSizePx)).toBe(true);
		if (result.fontSizePx < input.maxFontSizePx) {
			expect(fitsAt(input, result.fontSizePx + 1)).toBe(false);
		}
		expect(result.lines.length * result.fontSizePx * input.lineHeight).toBeLessThanOrEqual(input.heightPx);
		for (const line of result.lines) {
			expect(measureTextWidth({text: line, fontSizePx: result.fontSizePx, weight: input.weight})).toBeLessThanOrEqual(input.widthPx);
		}
		if ('maxLines' in input) {
			expect(result.lines.length).toBeLessThanOrEqual(input.maxLines);
		}
	});

	it('short text gets the maximum size', () => {
		expect(fitText({...BOX, text: 'Hi'}).fontSizePx).toBe(120);
	});

	it('maxLines forces a smaller size', () => {
		const free = fitText({...BOX, text: LONG_ZH});
		const twoLines = fitText({...BOX, text: LONG_ZH, maxLines: 2, minFontSizePx: 10});
		expect(free.lines.length).toBeGreaterThan(2);
		expect(twoLines.lines).toHaveLength(2);
		expect(twoLines.fontSizePx).toBeLessThan(free.fontSizePx);
	});

	it('returns fits: false with the minimum-size lines when nothing fits', () => {
		const input = {...BOX, text: LONG_ZH.repeat(5), heightPx: 100};
		const result = fitText(input);
		expect(result.fits).toBe(false);
		expect(result.fontSizePx).toBe(24);
		expect(result.lines).toEqual(breakLines({text: input.text, maxWidthPx: 900, fontSizePx: 24, weight: 700}).lines);
	});

	it('a grapheme wider than the box does not fit', () => {
		expect(fitText({...BOX, text: '中', widthPx: 10, minFontSizePx: 20, maxFontSizePx: 30}).fits).toBe(false);
	});

	it('an exact height fit counts despite floating point (2 × 50 × 1.1 = 110.00000000000001)', () => {
		// Two lines of 一二三四 at 50px in a 200px-wide box.
		const result = fitText({text: '一二三四一二三四', widthPx: 200, heightPx: 110, minFontSizePx: 50, maxFontSizePx: 50, lineHeight: 1.1, weight: 400});
		expect(result).toEqual({fits: true, fontSizePx: 50, lines: ['一二三四', '一二三四']});
	});

	it('returns balanced lines', () => {
		// Greedy at 6em: 我们正在研究 | 阈值，这很 | 重要。
		const result = fitText({
			text: '我们正在研究阈值，这很重要。',
			widthPx: 240,
			heightPx: 1000,
			minFontSizePx: 40,
			maxFontSizePx: 40,
			lineHeight: 1,
			weight: 400,
		});
		expect(result.lines).toEqual(['我们正在', '研究阈值，', '这很重要。']);
	});

	it('uses the minimum when no integer lies in the range', () => {
		expect(fitText({...BOX, text: 'Hi', minFontSizePx: 12.5, maxFontSizePx: 12.7}).fontSizePx).toBe(12.5);
	});

	it.each([[{minFontSizePx: 50, maxFontSizePx: 40}], [{minFontSizePx: 0, maxFontSizePx: 40}]])('rejects an empty or non-positive size range %j', (range) => {
		expect(() => fitText({...BOX, text: 'Hi', ...range})).toThrow(/TEXT_FIT/);
	});

	it('is deterministic', () => {
		expect(fitText({...BOX, text: LONG_ZH})).toEqual(fitText({...BOX, text: LONG_ZH}));
	});
});
