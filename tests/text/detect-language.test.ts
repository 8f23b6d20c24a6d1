import {describe, expect, it} from 'vitest';
import {type Language, ZH_HAN_LETTER_SHARE_THRESHOLD, detectLanguage} from '../../src/text/detect-language';

describe('detectLanguage', () => {
	it.each<[string, Language, string]>([
		['', 'en', 'no letters'],
		['2024, 3.5%!', 'en', 'digits and punctuation only'],
		['Remotion lets you make videos programmatically with React.', 'en', 'English'],
		['今天下午，我们将开始与两位长期以来的朋友交谈。', 'zh', 'Chinese'],
		['我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。', 'zh', 'Chinese with English terms'],
		['Sam Altman 和 Brian Chesky 的对话', 'zh', 'name-heavy Chinese title (17% Han)'],
		['Interview with 马云 in Hangzhou', 'en', 'English quoting a Chinese name (8% Han)'],
		// 3 Han of 20 letters = 0.15: at the threshold.
		['中文字abcdefghijklmnopq', 'zh', 'exactly at the threshold'],
		// 3 Han of 21 letters ≈ 0.143: just below.
		['中文字abcdefghijklmnopqr', 'en', 'just below the threshold'],
		['，。！？', 'en', 'CJK punctuation is not letters'],
	])('%j is %s (%s)', (text, expected) => {
		expect(detectLanguage({text})).toBe(expected);
	});

	it('uses a 15% threshold', () => {
		expect(ZH_HAN_LETTER_SHARE_THRESHOLD).toBe(0.15);
	});
});
