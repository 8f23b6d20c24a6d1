import {describe, expect, it} from 'vitest';
import {measureClaimChinese, measureClaimEnglish} from '../../src/highlights/measure-claim';
import {tagEnglish} from '../../src/text/tag-english';

describe('measureClaimEnglish', () => {
	it.each([
		['an imperative', 'Set budgets and stuff on your things.', {advice: true, maxim: false}],
		['an imperative after spoken lead-ins', 'So just document every step you take.', {advice: true, maxim: false}],
		['a negated imperative', "Don't deploy before lunch.", {advice: true, maxim: false}],
		['a word of advice', 'Word of advice - do not have your Lambdas write to a bucket that they are themselves responding to.', {advice: true, maxim: false}],
		['a rule for the listener', 'You should always blame systems and not people.', {advice: true, maxim: false}],
		['"Let me…" is chat, not advice', 'Let me tell you a story.', {advice: false, maxim: false}],
		['"Thank you" is chat, not advice', 'Thank you so much for having me.', {advice: false, maxim: false}],
		['"Look," is chat, not advice', 'Look, I have no idea.', {advice: false, maxim: false}],
		// A dot inside a word ends no sentence: "js and the builds got faster." is no short claim of its own.
		[
			'a long sentence through "Next.js"',
			'So we rebuilt the whole marketing site and every docs page on top of Next.js and the builds got faster.',
			{advice: false, maxim: false},
		],
		['a short claim about a thing', 'Principles are absolutes.', {advice: false, maxim: true}],
		['with a modal', 'Rigor can become paralyzing.', {advice: false, maxim: true}],
		['a named thing', 'Bitcoin is the first money that can be programmed.', {advice: false, maxim: true}],
		['a person is the subject: a story, not a maxim', 'We planted eleven thousand street trees in four years.', {advice: false, maxim: false}],
		['a view of the speaker', 'I think it was great.', {advice: false, maxim: false}],
		['a question is neither', 'Is rigor a value?', {advice: false, maxim: false}],
	])('%s: %s', (_name, text, expected) => {
		expect(measureClaimEnglish({tokens: tagEnglish({text}).tokens})).toEqual(expected);
	});
});

describe('measureClaimChinese', () => {
	it.each([
		['a short claim about a thing (Traditional)', '寬頻是人權。', {advice: false, maxim: true}],
		['a short claim about a thing (Simplified)', '智商是最没有用的一个东西。', {advice: false, maxim: true}],
		['a person is the subject', '他是我的朋友。', {advice: false, maxim: false}],
		['a view of the speaker', '我覺得這是很好的問題。', {advice: false, maxim: false}],
		['a question is no maxim', '寬頻是人權嗎？', {advice: false, maxim: false}],
		['too long for a maxim', '所以當 5G 把它降到低於 1/60 秒的延遲的時候，透過 5G 見面也是三分情。', {advice: false, maxim: false}],
		['advice: 你就不要…', '你就不要把導航接到你的駕駛盤嘛，這樣子就可以了。', {advice: true, maxim: false}],
		['advice: 一定要…', '你一定要先测量，才能降温。', {advice: true, maxim: false}],
		['别人 is not 别 "don\'t"', '别人的事情我们不管。', {advice: false, maxim: false}],
	])('%s: %s', (_name, text, expected) => {
		expect(measureClaimChinese({text})).toEqual(expected);
	});
});
