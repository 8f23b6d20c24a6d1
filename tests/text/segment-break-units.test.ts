import {describe, expect, it} from 'vitest';
import {segmentBreakUnits} from '../../src/text/segment-break-units';
import {segmentPhrases} from '../../src/text/segment-phrases';

/**
 * The text with its break opportunities: `|` a phrase break that is also a dictionary-word
 * boundary, `¦` a phrase break inside a dictionary word, `~` a break inside a phrase
 * (allowed, used only when the phrase is wider than the line).
 */
const markBreaks = (text: string): string =>
	segmentBreakUnits({text})
		.units.map((unit) => (unit.canBreakBefore ? (unit.isWordBreakBefore ? '|' : unit.isPhraseBreakBefore ? '¦' : '~') : '') + unit.text)
		.join('');

describe('segmentBreakUnits', () => {
	it.each([
		['Remotion lets you', 'Remotion |lets |you', 'break at spaces, not inside words'],
		['GPT-6 in 2022', 'GPT-6 |in |2022', 'GPT-6 and 2022 are never split'],
		['3.5% U.S.', '3.5% |U.S.', 'decimals, percent and abbreviations stay whole'],
		['https://example.com/a_b?c=1', 'https://example.com/a_b?c=1', 'URL has no opportunity'],
		['We joined Y Combinator', 'We |joined |Y Combinator', 'a one-letter word does not end a line'],
		['I am here', 'I am |here', 'one-letter word at the start'],
		['使用gp4进行', '使~用|gp4|进~行', 'CJK–Latin boundaries may break'],
		['一二三', '一¦二¦三', 'BudouX phrase breaks inside an ICU word (一二三)'],
		['我认为这是一连串的阈值', '我|认~为|这|是|一|连~串|的|阈~值', 'BudouX phrases: 阈值 is one'],
		['从事职业生涯', '从~事~职~业|生~涯', 'BudouX keeps 从事职业 together where ICU words would break'],
		['我们的朋友', '我~们|的|朋~友', 'inside a word is not a phrase break'],
		['我認為這是一連串的閾值', '我¦認~為|這¦是|一¦連~串|的|閾~值', 'Traditional text phrased as its Simplified form: 這是 opens a phrase'],
		['一個強而有力的', '一¦個|強~而¦有~力|的', 'Traditional: 強而有力 opens a phrase, not inside 一個強'],
		['好，好。', '好，|好。', 'no break before ，or 。'],
		['他说：“好。”然后', '他|说：|“好。”|然~后', 'no break after “ nor before 。 or ”'],
		['（注）好', '（注）|好', 'no break after （ nor before ）'],
		['好(注)好', '好|(注)|好', 'half-width brackets around CJK'],
		['《书》和「词」', '《书》|和|「词」', 'no break after 《「 nor before 》」'],
		['很棒,然后', '很|棒,|然~后', 'half-width comma after CJK does not start a line'],
		['增长50%了', '增~长|50%|了', 'percent stays with its number'],
		['破折号——然后', '破~折~号——|然~后', 'a dash pair is not split and does not start a line'],
		['威廉·莎士比亚', '威~廉·莎~士¦比~亚', 'interpunct neither starts nor ends a line'],
		['好👍好', '好|👍|好', 'emoji break like CJK'],
		['©2024 OpenAI', '©2024 |OpenAI', '© is text, not an emoji break'],
	])('%j → %j (%s)', (text, expected) => {
		expect(markBreaks(text)).toBe(expected);
	});

	it.each([['我们的一个合作伙伴Color Health现在'], ['Hello, 世界 🇨🇳 ok'], ['𠮷野家']])('units of %j cover the input with correct offsets', (text) => {
		const {units} = segmentBreakUnits({text});
		expect(units.map((unit) => unit.text).join('')).toBe(text);
		for (const unit of units) {
			expect(text.slice(unit.start, unit.end)).toBe(unit.text);
		}
	});

	it('never allows a break before a space or at the start', () => {
		const {units} = segmentBreakUnits({text: '  a b  中 文 '});
		expect(units[0]!.canBreakBefore).toBe(false);
		for (const unit of units.filter((candidate) => candidate.isSpace)) {
			expect(unit.canBreakBefore).toBe(false);
		}
	});
});

describe('segmentPhrases', () => {
	// BudouX's Simplified model reads Traditional characters it was not trained on poorly, and its Traditional model splits 這|個, 或|者, 偏|遠: Traditional text is phrased as its Simplified form.
	it.each([
		['我覺得這個公共利益很重要', '我觉得这个公共利益很重要'],
		['我認為這是一連串的閾值', '我认为这是一连串的阈值'],
		['一個強而有力的抑制', '一个强而有力的抑制'],
		['有些突破或者是修改，要照顧偏遠地區', '有些突破或者是修改，要照顾偏远地区'],
	])('%j is phrased as %j', (traditional, simplified) => {
		expect([...segmentPhrases({text: traditional}).phraseStarts]).toEqual([...segmentPhrases({text: simplified}).phraseStarts]);
	});
});
