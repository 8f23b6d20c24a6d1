import {describe, expect, it} from 'vitest';
import {opensOnReferenceChinese, opensOnReferenceEnglish} from '../../src/highlights/judge-self-contained';
import {tagEnglish} from '../../src/text/tag-english';

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
		['这是一个巨大的变化，我们必须赢得很多信任。', false],
		['这个问题的关键在于成本。', false],
		['限制条款是一种限制资金去向的办法。', false],
	] as const)('Chinese: %s → %s', (text, expected) => {
		expect(opensOnReferenceChinese({text})).toBe(expected);
	});
});
