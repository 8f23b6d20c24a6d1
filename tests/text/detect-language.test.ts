import {describe, expect, it} from 'vitest';
import {type Language, ZH_HAN_LETTER_SHARE_THRESHOLD, detectLanguage, detectTalkLanguage} from '../../src/text/detect-language';
import {nameSpeakers} from '../../src/talk/name-speakers';
import {isTraditionalChinese} from '../../src/text/chinese-script';
import {labelsFor} from '../../src/video/labels';
import {openingTitleFor} from '../../src/talk/section-by-chapters';

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

describe('detectTalkLanguage: Chinese in Traditional characters is zh-Hant', () => {
	it.each([
		['Traditional text, no language stated', '其實我覺得最重要的是這個問題。', null, 'zh-Hant'],
		['Simplified text, no language stated', '其实我觉得最重要的是这个问题。', null, 'zh'],
		['a bare zh stated, Traditional text', '這個問題很難講。', 'zh', 'zh-Hant'],
		['a region stated is kept as stated', '這個問題很難講。', 'zh-CN', 'zh-CN'],
		['a script stated is kept as stated', '这个问题很难讲。', 'zh-Hant', 'zh-Hant'],
		['English', 'This is hard to say.', null, 'en'],
	])('%s', (_name, text, stated, expected) => {
		expect(detectTalkLanguage({sample: () => text, stated})).toBe(expected);
	});

	it.each(['en', 'zh-CN', 'zh-Hant'])('a stated %s is kept without reading the text', (stated) => {
		let read = 0;
		const sample = () => {
			read++;
			return '這個問題很難講。';
		};
		expect(detectTalkLanguage({sample, stated})).toBe(stated);
		expect(read).toBe(0);
	});
});

describe('labels, the opening title and unnamed voices follow the script of the talk’s language', () => {
	it.each([
		['zh', false, '来源', '嘉宾', '开场', '发言人 1'],
		['zh-CN', false, '来源', '嘉宾', '开场', '发言人 1'],
		['zh-Hant', true, '來源', '嘉賓', '開場', '發言人 1'],
		['zh-TW', true, '來源', '嘉賓', '開場', '發言人 1'],
		['ZH-TW', true, '來源', '嘉賓', '開場', '發言人 1'],
		['zh-HK', true, '來源', '嘉賓', '開場', '發言人 1'],
		['en', false, 'Source', 'Guest', 'Opening', 'Speaker 1'],
		['not a tag!', false, 'Source', 'Guest', 'Opening', 'Speaker 1'],
	])('%s', (language, traditional, source, guest, opening, unnamed) => {
		expect(isTraditionalChinese(language)).toBe(traditional);
		expect(labelsFor(language).source).toBe(source);
		expect(labelsFor(language).roles.guest).toBe(guest);
		expect(openingTitleFor(language)).toBe(opening);
		expect(nameSpeakers({labels: [], listed: [], language}).nameOf(null)).toBe(unnamed);
	});
});
