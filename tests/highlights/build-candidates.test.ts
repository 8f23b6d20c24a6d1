import {describe, expect, it} from 'vitest';
import {buildCandidates} from '../../src/highlights/build-candidates';
import {makeTalk} from '../support/make-talk';

const texts = (language: string, text: string) =>
	buildCandidates({talk: makeTalk({language, sections: [{turns: [['guest-a', text]]}]})}).candidates.map((c) => `${c.cut}:${c.text}`);

describe('buildCandidates', () => {
	it.each([
		[
			'zh',
			'我认为这是一连串的阈值。我不认为这是一场比赛。',
			['sentences:我认为这是一连串的阈值。', 'sentences:我认为这是一连串的阈值。我不认为这是一场比赛。', 'sentences:我不认为这是一场比赛。'],
		],
		['zh', '谢谢。很难说。', []],
		[
			'zh',
			'是的，我认为如果你想象自己在一辆车里，你就越需要提前看路。',
			['sentences:是的，我认为如果你想象自己在一辆车里，你就越需要提前看路。', 'marker:我认为如果你想象自己在一辆车里，你就越需要提前看路。'],
		],
		['zh', '第一段很长的话说完了。\n第二段的话也已经说完了吧。', ['sentences:第一段很长的话说完了。', 'sentences:第二段的话也已经说完了吧。']],
		[
			'en',
			'You know, I think you cannot cool what you have not mapped.',
			['sentences:You know, I think you cannot cool what you have not mapped.', 'marker:I think you cannot cool what you have not mapped.'],
		],
		// What a marker leaves must open like a sentence: a card opening in lower case reads as a fragment.
		['en', 'You know, you cannot cool what you have not mapped.', ['sentences:You know, you cannot cool what you have not mapped.']],
		[
			'en',
			'So OpenAI has to earn that trust every single day.',
			['sentences:So OpenAI has to earn that trust every single day.', 'marker:OpenAI has to earn that trust every single day.'],
		],
		['en', 'Thanks. Great.', []],
		// Fillers trimmed at the front where a clean quote remains.
		[
			'en',
			'Um, I think cities should plant twice as many trees.',
			['sentences:Um, I think cities should plant twice as many trees.', 'marker:I think cities should plant twice as many trees.'],
		],
		[
			'en',
			'Like, I mean, Apple takes thirty percent of every sale.',
			['sentences:Like, I mean, Apple takes thirty percent of every sale.', 'marker:Apple takes thirty percent of every sale.'],
		],
		[
			'en',
			'Yeah, so Apple takes thirty percent of every sale.',
			['sentences:Yeah, so Apple takes thirty percent of every sale.', 'marker:Apple takes thirty percent of every sale.'],
		],
		// A hedge before a restart, as speech-to-text writes it (AWS Transcribe, Today in Focus); not before its noun.
		[
			'en',
			'Kind of Imagine that choice of being in a tree above water.',
			['sentences:Kind of Imagine that choice of being in a tree above water.', 'marker:Imagine that choice of being in a tree above water.'],
		],
		['en', 'Kind of a mess, the whole week in the trees.', ['sentences:Kind of a mess, the whole week in the trees.']],
		// Not where it would leave the card opening in lower case.
		['en', 'Yeah, so this is the part where Apple takes its cut.', ['sentences:Yeah, so this is the part where Apple takes its cut.']],
		['zh', '就是，我们必须先赢得人们的信任。', ['sentences:就是，我们必须先赢得人们的信任。', 'marker:我们必须先赢得人们的信任。']],
		['zh', '那个，我们必须先赢得人们的信任。', ['sentences:那个，我们必须先赢得人们的信任。', 'marker:我们必须先赢得人们的信任。']],
		['zh', '然后我们必须先赢得人们的信任。', ['sentences:然后我们必须先赢得人们的信任。', 'marker:我们必须先赢得人们的信任。']],
		['zh', '嗯，然后，我们必须先赢得人们的信任。', ['sentences:嗯，然后，我们必须先赢得人们的信任。', 'marker:我们必须先赢得人们的信任。']],
		// 然后呢， goes whole: a trim that left 呢， made the card "呢，大家就好像陪审团一样…" (a Taiwanese radio interview).
		['zh', '然後呢，大家就好像陪審團一樣加以投票。', ['sentences:然後呢，大家就好像陪審團一樣加以投票。', 'marker:大家就好像陪審團一樣加以投票。']],
		['zh', '然后呢大家就好像陪审团一样加以投票。', ['sentences:然后呢大家就好像陪审团一样加以投票。']],
		['zh', '然后啊，大家就好像陪审团一样加以投票。', ['sentences:然后啊，大家就好像陪审团一样加以投票。', 'marker:大家就好像陪审团一样加以投票。']],
		// A marker does not count toward the shortest a quote may be (The Changelog 594: "And Microsoft moved really, really quickly." was a card of five words and an "And").
		['en', 'And Microsoft moved really, really quickly.', []],
		[
			'en',
			'And Microsoft moved really, really quickly last year.',
			['sentences:And Microsoft moved really, really quickly last year.', 'marker:Microsoft moved really, really quickly last year.'],
		],
		['zh', '然后，我们必须赢得信任。', []],
		// 那个 before its noun is a determiner, not a filler.
		['zh', '那个问题我们必须先解决才行。', ['sentences:那个问题我们必须先解决才行。']],
		// The connectives a Chinese speaker opens a sentence with (28 of the 96 cards of the Chinese evaluation talks opened on 所以, 但是 or 那).
		['zh', '所以其實這裡最重要的事情就是信任。', ['sentences:所以其實這裡最重要的事情就是信任。', 'marker:其實這裡最重要的事情就是信任。']],
		['zh', '但是呢，生成式 AI 就不是這樣了。', ['sentences:但是呢，生成式 AI 就不是這樣了。', 'marker:生成式 AI 就不是這樣了。']],
		['zh', '可是，这个方法已经用了很多年。', ['sentences:可是，这个方法已经用了很多年。', 'marker:这个方法已经用了很多年。']],
		['zh', '而且大家都知道这个方法很难。', ['sentences:而且大家都知道这个方法很难。', 'marker:大家都知道这个方法很难。']],
		['zh', '那 5G 它很多的技術特性都不一樣。', ['sentences:那 5G 它很多的技術特性都不一樣。', 'marker:5G 它很多的技術特性都不一樣。']],
		['zh', '那現在像 o3 這個系列已經很強了。', ['sentences:那現在像 o3 這個系列已經很強了。', 'marker:現在像 o3 這個系列已經很強了。']],
		// 那 pointing at something stays: 那個場景, 那麼, 那些人, 那時候.
		['zh', '那個場景中間差一點時間都沒有辦法。', ['sentences:那個場景中間差一點時間都沒有辦法。']],
		['zh', '那麼我們就必須先解決這個問題。', ['sentences:那麼我們就必須先解決這個問題。']],
		['zh', '那些人都不知道這個問題有多難。', ['sentences:那些人都不知道這個問題有多難。']],
		['zh', '那時候我們都不知道這個問題。', ['sentences:那時候我們都不知道這個問題。']],
		['zh', '所以呢我們就必須先解決這個問題。', ['sentences:所以呢我們就必須先解決這個問題。']],
		// 所以 or 那 with the verb after it is no marker: "说，测试…" and "是一个…" are no cards.
		['zh', '所以说，测试最大的问题其实是速度。', ['sentences:所以说，测试最大的问题其实是速度。']],
		['zh', '那是一个我们都没有想到的好问题。', ['sentences:那是一个我们都没有想到的好问题。']],
	])('%s: %s', (language, text, expected) => {
		expect(texts(language, text)).toEqual(expected);
	});

	it('offers the closing clauses of a sentence too long for a card', () => {
		const long = `${'我们看到这可能如何演变，'.repeat(11)}我们需要找到新的经济模型，让全世界都能参与其中。`;
		const got = texts('zh', long);
		expect(got.some((t) => t.startsWith('sentences:'))).toBe(false);
		expect(got).toContain('clause:我们需要找到新的经济模型，让全世界都能参与其中。');
	});

	it.each([
		// The Changelog & Friends #50: "…It's a labor of love. It's a labor of love." was one card (a lone short sentence is below the shortest a quote may be).
		['en', "We keep doing it. It's a labor of love. It's a labor of love!", ["sentences:We keep doing it. It's a labor of love."]],
		['zh', '这是我们的热爱。这是我们的热爱！大家都知道。', ['sentences:这是我们的热爱！大家都知道。']],
	])('%s: no span says a sentence twice in a row: %s', (language, text, expected) => {
		expect(texts(language, text)).toEqual(expected);
	});
});
