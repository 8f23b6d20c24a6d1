import {describe, expect, it} from 'vitest';
import {opensOnReferenceChinese, opensOnReferenceEnglish} from '../../src/highlights/judge-self-contained';
import {rankCandidates} from '../../src/highlights/rank-candidates';
import {isDisqualified} from '../../src/highlights/select-highlights';
import {tagEnglish} from '../../src/text/tag-english';
import {makeTalk} from '../support/make-talk';

describe('a quote does not open on a reference it leaves unresolved', () => {
	it.each([
		["That's why Oh, yeah, it's not ecommerce, but it is a thing.", true],
		['That is what we kept hearing from the city.', true],
		['This is really cool.', true],
		['That was amazing, honestly.', true],
		['He said the budget would never pass.', true],
		['She was like, we need to move now.', true],
		['They told us the budget would never pass.', true],
		// Resolved in the quote, or a demonstrative with its noun, or a dummy "it".
		['He said Apple would never allow it, and Tim Cook meant it.', false],
		['This approach fails because nobody maps the heat first.', false],
		['That is the main problem with PWAs on iOS.', false],
		["It's basically just lip service.", false],
		['Apple kills web apps in the EU.', false],
	] as const)('English: %s → %s', (text, expected) => {
		expect(opensOnReferenceEnglish({tokens: tagEnglish({text}).tokens})).toBe(expected);
	});

	it.each([
		['这就是我的观点。', true],
		['那也是为什么我们要这样做。', true],
		['这是为什么我们要这样做。', true],
		['这很酷。', true],
		['他说预算永远不会通过。', true],
		['这就创造了一种有限的状态机。', true],
		['这就像科学一样，我们不能确定。', true],
		['那个就是我们要的。', true],
		// 那就… is "then…": the consequence reads on its own.
		['那就不是谁先跑到终点线，而是谁先踩到地雷。', false],
		['那就要看每个城市自己的预算了。', false],
		['这是一个巨大的变化，我们必须赢得很多信任。', false],
		['这个问题的关键在于成本。', false],
		['限制条款是一种限制资金去向的办法。', false],
	] as const)('Chinese: %s → %s', (text, expected) => {
		expect(opensOnReferenceChinese({text})).toBe(expected);
	});

	it.each([
		['en', 'Every app in the EU now has to go through a browser engine Apple picked.', "That's why web developers are so angry about it."],
		['en', 'Steve Jobs promised developers a real sweet deal in 2007.', 'He said it was all web apps, and nothing else.'],
		['zh', '宽带是人权，任何地方接不到宽带，那里的人就被排除在民主社会之外。', '这就是为什么宽带是政府最重要的政策之一。'],
		['zh', '乔布斯说电脑是思想的自行车。', '他说这些是工具，我们应该控制它们。'],
	] as const)('%s: a span opening on it is never a quote; the span that takes in what it points back to still is', (language, before, pointing) => {
		const text = `${before} ${pointing}`;
		const {candidates} = rankCandidates({talk: makeTalk({language, sections: [{turns: [['guest-a', text]]}]})});
		const of = (span: string) => {
			const found = candidates.find((c) => c.text === span);
			if (found === undefined) throw new Error(`no candidate "${span}"`);
			return found;
		};
		expect(of(pointing).score.parts.reference).toBe(-1);
		expect(isDisqualified(of(pointing))).toBe(true);
		expect(of(text).score.parts.reference).toBe(0);
		expect(isDisqualified(of(text))).toBe(false);
	});
});
