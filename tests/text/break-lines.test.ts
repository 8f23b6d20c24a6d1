import {describe, expect, it} from 'vitest';
import {breakLines} from '../../src/text/break-lines';
import type {FontWeight} from '../../src/text/font-metrics';
import {measureTextWidth} from '../../src/text/measure-text-width';

const LONG_ZH =
	'今天下午，我们将开始与两位长期以来的朋友交谈，他们正在颠覆世界——人工智能领域的“先驱”，以及使旅行成为全球家园的创新者。这两位杰出的年轻创新者自从在科技创业加速器的日子以来就是朋友。去年十一月，在公司的动荡中，他突然被解除职务，正是他的朋友在那场风波中成为他最亲密的顾问之一。';
const LONG_EN =
	'Remotion lets you make videos programmatically with React. Sam Altman and Brian Chesky have been friends since their days at Y Combinator, and in 2022 nobody expected GPT-6 to be discussed at the Aspen Ideas Festival in front of 3.5 thousand people.';
const MIXED =
	'我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。这两位杰出的年轻创新者自从在科技创业加速器Y Combinator的日子以来就是朋友。去年11月，在OpenAI公司的动荡中，Sam Altman突然被解除CEO职务。';

const FONT_SIZE_PX = 40;
const em = (count: number): number => count * FONT_SIZE_PX;
const lines = (text: string, maxWidthPx: number, balance?: boolean, weight: FontWeight = 400): string[] =>
	breakLines({text, maxWidthPx, fontSizePx: FONT_SIZE_PX, weight, balance}).lines;

const CLOSING = [...'，。、：；！？）」』》”’…—%'];
const HALF_WIDTH_CLOSING = [...',.;:!?)'];
const OPENING = [...'（「『《“‘'];

describe('breakLines', () => {
	describe('kinsoku: no line starts with closing punctuation (oidashi pushes the previous character down)', () => {
		// At every measure, greedy or balanced, whether the break falls between phrases or inside one.
		it.each([...CLOSING, ...HALF_WIDTH_CLOSING].map((mark) => [mark]))('%j', (mark) => {
			const text = `一二三四${mark}五六七八九十百千${mark}万亿`;
			for (const widthEm of [2, 3, 4, 5, 6, 7]) {
				for (const balance of [false, true]) {
					const result = lines(text, em(widthEm), balance);
					expect(result.join('')).toBe(text);
					for (const line of result.slice(1)) expect(line.startsWith(mark)).toBe(false);
				}
			}
		});
	});

	describe('kinsoku: no line ends with opening punctuation', () => {
		it.each(OPENING.map((mark) => [mark]))('%j', (mark) => {
			const text = `一二三${mark}四五六七八九${mark}十百千`;
			for (const widthEm of [2, 3, 4, 5, 6, 7]) {
				for (const balance of [false, true]) {
					const result = lines(text, em(widthEm), balance);
					expect(result.join('')).toBe(text);
					for (const line of result.slice(0, -1)) expect(line.endsWith(mark)).toBe(false);
				}
			}
		});
	});

	it('inside a phrase wider than the line, oidashi takes the character before a closing mark down with it', () => {
		// 六七八九十百 is one BudouX phrase; at 4em it must break inside, and not before ，.
		expect(lines('六七八九，十百千万', em(4), false)).not.toContain('，十百千');
		expect(lines('六七八九，十百千万', em(4), false).every((line) => !line.startsWith('，'))).toBe(true);
	});

	it('keeps a closing quote after a full stop: 他说：“好。”然后', () => {
		// “好。” is one phrase and stays whole; balancing evens the rest.
		expect(lines('他说：“好。”然后他走了', em(4.5), false)).toEqual(['他说：', '“好。”', '然后他走', '了']);
		expect(lines('他说：“好。”然后他走了', em(4.5))).toEqual(['他说：', '“好。”', '然后他', '走了']);
	});

	it.each([
		['GPT-6', 'We tested GPT-6 today', 'We tested GPT-'],
		['2022', 'It happened in 2022 again', 'It happened in 20'],
		['3.5%', 'Growth was 3.5% this year', 'Growth was 3.'],
		['Y Combinator', 'Both met at Y Combinator long ago', 'Both met at Y Comb'],
		['Y Combinator', '科技创业加速器Y Combinator的日子', '科技创业加速器Y Co'],
		['programmatically', 'Remotion lets you programmatically', 'Remotion lets you program'],
	])('never splits %s in %j', (token, text, tooLongPrefix) => {
		// The measure fits `tooLongPrefix` (longer than the token), so a breaker working on
		// characters or on every space would split the token.
		const maxWidthPx = measureTextWidth({text: tooLongPrefix, fontSizePx: FONT_SIZE_PX, weight: 400});
		for (const balance of [false, true]) {
			const result = lines(text, maxWidthPx, balance);
			expect(result.some((line) => line.includes(token))).toBe(true);
		}
	});

	it('breaks Chinese without spaces, between phrases', () => {
		expect(lines('我们正在研究阈值，这很重要。', em(6), false)).toEqual(['我们正在研究', '阈值，这很', '重要。']);
	});

	it.each([
		['阈值 (a line ending 阈 / 值 would fit one more character)', '我们正在研究阈值，这很重要。', em(7), '阈值，'],
		[
			'合作伙伴 (BudouX splits it, ICU keeps it: kept when that costs no line)',
			'我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。',
			400,
			'合作伙伴',
		],
		['癌症', '我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。', 400, '癌症'],
	])('keeps a phrase on one line: %s', (_name, text, widthPx, phrase) => {
		for (const balance of [false, true]) {
			const result = lines(text, widthPx, balance, 700);
			expect(result.some((line) => line.includes(phrase))).toBe(true);
		}
	});

	it('breaks inside a phrase only when the phrase is wider than the line', () => {
		// 六七八九十百 is one phrase, 6em: at 4em it cannot stay whole, so the line before it is filled.
		expect(lines('一二三四五六七八九十百', em(4), false)).toEqual(['一二三四', '五六七八', '九十百']);
		expect(lines('一二三四五六七八九十百', em(6), false)).toEqual(['一二三四五', '六七八九十百']);
	});

	it('balances: no orphan on the last line', () => {
		const text = '我们正在研究阈值，这很重要。';
		expect(lines(text, em(6), false)).toEqual(['我们正在研究', '阈值，这很', '重要。']);
		expect(lines(text, em(6))).toEqual(['我们正在', '研究阈值，', '这很重要。']);
	});

	it('balancing keeps the greedy line count', () => {
		for (const text of [LONG_ZH, LONG_EN, MIXED]) {
			for (const widthPx of [300, 520, 777, 1080]) {
				expect(lines(text, widthPx)).toHaveLength(lines(text, widthPx, false).length);
			}
		}
	});

	it.each([
		['trailing spaces are dropped', 'aaa bbb', measureTextWidth({text: 'aaa b', fontSizePx: FONT_SIZE_PX, weight: 400}), ['aaa', 'bbb']],
		['newline forces a break', '短\n句', 1000, ['短', '句']],
		['CRLF forces a break', 'one\r\ntwo', 1000, ['one', 'two']],
		['a blank line stays', 'a\n\nb', 1000, ['a', '', 'b']],
		['surrounding whitespace is ignored', '  \n hello world \n ', 1000, ['hello world']],
		['empty text', '', 1000, []],
		['whitespace only', ' \n ', 1000, []],
		['fits on one line', 'Hello 世界', 1000, ['Hello 世界']],
	])('%s', (_, text, maxWidthPx, expected) => {
		expect(lines(text, maxWidthPx)).toEqual(expected);
	});

	it('breaks a word wider than the line by grapheme, as a last resort', () => {
		const url = 'https://example.com/a/very/long/path/that/never/ends';
		for (const balance of [false, true]) {
			const result = lines(`see ${url} ok`, 300, balance);
			expect(result[0]).toBe('see');
			expect(result.join('').replace(/\s/g, '')).toBe(`see${url}ok`);
			expect(result.length).toBeGreaterThan(3);
			for (const line of result) {
				expect(measureTextWidth({text: line, fontSizePx: FONT_SIZE_PX, weight: 400})).toBeLessThanOrEqual(300);
			}
		}
	});

	it('gives a grapheme wider than the line a line of its own', () => {
		expect(lines('中文', 10)).toEqual(['中', '文']);
	});

	describe('invariants on long Chinese, English and mixed text', () => {
		const cases = [
			['Chinese', LONG_ZH],
			['English', LONG_EN],
			['mixed', MIXED],
		] as const;
		const widths = [180, 333, 500, 777, 1080];
		const weights: FontWeight[] = [400, 700, 800];

		it.each(cases.flatMap(([name, text]) => widths.flatMap((width) => weights.map((weight) => [name, width, weight, text] as const))))(
			'%s at %i px, weight %i: every line fits, no spaces at ends, nothing lost, kinsoku kept',
			(_, maxWidthPx, weight, text) => {
				const result = lines(text, maxWidthPx, true, weight);
				for (const line of result) {
					expect(measureTextWidth({text: line, fontSizePx: FONT_SIZE_PX, weight})).toBeLessThanOrEqual(maxWidthPx);
					expect(line).toBe(line.trim());
					expect(CLOSING.includes(line[0]!)).toBe(false);
					expect(OPENING.includes(line.at(-1)!)).toBe(false);
				}
				// Only spaces are removed, and only at line ends.
				expect(result.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
			},
		);

		// From 333px (8.3em at 40px) the longest word fits a line; below that it is broken by grapheme.
		const wordWidths = widths.filter((width) => width >= 333);
		it.each(wordWidths.map((width) => [width]))('English at %i px: lines are whole words joined by spaces', (maxWidthPx) => {
			expect(lines(LONG_EN, maxWidthPx).join(' ')).toBe(LONG_EN);
		});

		it.each(widths.map((width) => [width]))('Chinese at %i px: lines concatenate back to the text', (maxWidthPx) => {
			expect(lines(LONG_ZH, maxWidthPx).join('')).toBe(LONG_ZH);
		});

		it.each(wordWidths.map((width) => [width]))('mixed at %i px: every Latin word and number survives whole', (maxWidthPx) => {
			const result = lines(MIXED, maxWidthPx);
			for (const token of ['Color', 'Health', 'gp4', 'Combinator', 'OpenAI', '11', 'Altman', 'CEO']) {
				expect(result.some((line) => line.includes(token))).toBe(true);
			}
		});
	});

	it('is deterministic', () => {
		const first = lines(MIXED, 421);
		lines(LONG_EN, 300);
		expect(lines(MIXED, 421)).toEqual(first);
	});
});
