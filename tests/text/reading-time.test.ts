import {describe, expect, it} from 'vitest';
import {EN_WORDS_PER_MINUTE, ZH_CHARS_PER_SECOND, readingTimeMs} from '../../src/text/reading-time';

describe('readingTimeMs', () => {
	it('reads Chinese at 9 characters per second and English at 200 words per minute (Netflix adult limits)', () => {
		expect(ZH_CHARS_PER_SECOND).toBe(9);
		expect(EN_WORDS_PER_MINUTE).toBe(200);
	});

	it.each([
		['', 0, 'empty'],
		['，。！？ ...', 0, 'punctuation reads in no time'],
		['一二三四五六七八九', 1000, '9 Han characters = 1 s'],
		['你好。', 223, '2 characters, punctuation free, rounded up'],
		['hello world', 600, '2 words = 0.6 s'],
		['Remotion lets you make videos programmatically with React.', 2400, '8 words'],
		['2022', 300, 'a number is a word'],
		['GPT-6', 600, 'GPT-6 is two words for ICU'],
		['我用React', 523, 'mixed: 2 characters + 1 word, summed'],
		['ありがとう', 556, 'kana read at the CJK rate'],
		[
			'我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。',
			Math.ceil((29 / 9) * 1000 + (3 / 200) * 60_000),
			'29 Han characters + Color Health gp4',
		],
	])('%j takes %i ms (%s)', (text, ms) => {
		expect(readingTimeMs({text})).toBe(ms);
	});

	it('grows linearly with repeated text', () => {
		const text = '这两位杰出的年轻创新者自从在科技创业加速器的日子以来就是朋友。';
		const once = readingTimeMs({text});
		expect(readingTimeMs({text: text.repeat(4)})).toBeGreaterThanOrEqual(once * 4 - 3);
		expect(readingTimeMs({text: text.repeat(4)})).toBeLessThanOrEqual(once * 4);
	});
});
