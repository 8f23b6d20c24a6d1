import {describe, expect, it} from 'vitest';
import {isFalseStart, isFiller, isHollowChinese, isHollowEnglish, isTeaser} from '../../src/highlights/judge-hollow';
import {isDisqualified} from '../../src/highlights/select-highlights';
import {tagEnglish} from '../../src/text/tag-english';
import {oneTurnCandidates} from '../support/candidates-of';

describe('a sentence that says nothing a card could carry', () => {
	it.each([
		["So I don't know.", true],
		["So it's like okay.", true],
		["So it's really fun.", true],
		["That's great.", true],
		["That's a great point.", true],
		['Yeah.', true],
		['Exactly right.', true],
		['I agree.', true],
		['Which I think is great.', true],
		["Oh my God, it's terrifying.", true],
		['Oh my gosh.', true],
		['No.', true],
		['No, no, no.', true],
		['Of course not.', true],
		['No way.', true],
		["No. No, I don't.", true],
		["No, we didn't.", true],
		["No, it isn't.", true],
		["No, I don't think that's how the mint works.", false],
		['No one knows.', false],
		['No code ships on Fridays.', false],
		// A fact, an act, a name, a number, a point made: it stands.
		['It died instantaneously.', false],
		["But that's what I did.", false],
		['So I left in 94.', false],
		['Heat kills.', false],
		['God is in the details of the code.', false],
		['Apple takes a 30% cut.', false],
		['The point is the price of the chips.', false],
		['It is so good that we shipped it to every customer on the list.', false],
		// A disclaimer that the speaker does not know (the Brink podcast: "I think it was related to BRC 20 documents. I'm not too familiar with that.").
		["I'm not too familiar with that.", true],
		["But I'm not sure.", true],
		["I don't know much about it.", true],
		['I am not sure about that.', true],
		["I'm not sure this will scale.", false],
		["I'm not familiar with Rust's borrow checker.", false],
		// Said with a tail or of memory, the same disclaimer.
		["I'm not sure, to be honest.", true],
		['I am not a hundred percent sure, honestly.', true],
		["I don't remember exactly.", true],
		["I can't recall off the top of my head.", true],
		["I honestly don't remember.", true],
		["I don't recall the specifics.", true],
		["I don't know, to be honest.", true],
		["I'm not 100% sure.", true],
		["I don't remember his name.", true],
		// After "or", the same disclaimer (The Changelog & Friends 72: "…there's $100,000 a month." Or I don't know."), and a speaker asking not to be quoted.
		["Or I don't know.", true],
		["Or yeah, I don't know.", true],
		["Don't quote me on that.", true],
		['But please do not quote me on this.', true],
		["Don't quote me on that number, it was 2019.", false],
		["Or I don't know the details of that, but they shipped it anyway.", false],
		["I don't know why we ever used it, it cost us a fortune.", false],
		["I don't remember the last time a deploy went this smoothly.", false],
		["To be honest, I'm not sure this design survives a second region.", false],
		// A bare yes answers a question the span does not hold (Practical AI #189: "It does. And if anyone doubts…"); a lapse of memory says nothing (JS Party #142, The Changelog #425).
		['It does.', true],
		['We did.', true],
		['I do, actually.', true],
		['It does matter.', false],
		["I'm forgetting the name of the two question marks.", true],
		["I'm getting stuck on his last name.", true],
		['His name escapes me.', true],
		["I'm forgetting everything today.", false],
		// A bare number answers a question the span does not hold (Go Time #267: "17-18. And it turns out it's not that hard."); a number with what it counts is a fact.
		['17-18.', true],
		['About 30.', true],
		['Maybe ten.', true],
		['10 million.', true],
		['About 30 people showed up.', false],
		['Ten percent of the fleet.', false],
		['Like 40 times a day, every day, for two years.', false],
	] as const)('English: %s → %s', (text, expected) => {
		expect(isHollowEnglish({tokens: tagEnglish({text}).tokens})).toBe(expected);
	});

	it.each([
		['所以我也不知道。', true],
		['对对对。', true],
		['挺好的。', true],
		['是啊。', true],
		['哈哈哈', true],
		['很有意思。', true],
		// A point closed without a word of it (the seed: "这就是我想说的。你知道，这就像科学一样…" was a card).
		['这就是我想说的。', true],
		['這就是我想說的話。', true],
		['就这些。', true],
		['我想说的就这些。', true],
		['我不记得了。', true],
		['好，我想说的就这些。', true],
		['我今天要讲的就这么多啦。', true],
		['我也記不太清楚了。', true],
		['我忘了。', true],
		['我忘了带钥匙，只好在门口等了三个小时。', false],
		['这个我真不记得了。', true],
		['说实话我想不起来了。', true],
		['不太记得了。', true],
		// With another subject or after "and then", a point (attacked).
		['但是我们可以。', false],
		['我們真的可以！', false],
		['但是我们不知道。', false],
		['然后我就忘了。', false],
		['但是我们没错。', false],
		['我想说的就是这些了。', true],
		['这就是我想说的重点：数据会用完。', false],
		['我不知道答案在哪里。', false],
		['对于GPT-4，我们训练了8个月。', false],
		['好的产品会自己说话。', false],
		['沒有欸，完全沒有。', true],
		['没有。', true],
		['不是，不是。', true],
		['当然不是。', true],
		['不会啊。', true],
		['嗯，没错。', true],
		['没有人知道。', false],
		['不是所有人都这样。', false],
		['完全没有问题。', false],
		['不，我们不会。', false],
		['不会的话就去学。', false],
		['不是的。', true],
		['沒有喔。', true],
		['没有没有。', true],
		['不是不是不是。', true],
		['那倒没有。', true],
		['对，没有。', true],
		['不不不，不是。', true],
		['没有啊，从来没有。', true],
		['根本不是这样。', true],
		['不行。', true],
		['不是这样的人才会成功。', false],
		['没有钱也能做。', false],
		['不用写代码。', false],
		['对，没有人知道。', false],
		// A verdict on the question, as "That's a great question." (TABConf's translated panel).
		['这是一个非常棒的问题。', true],
		['好问题！', true],
		['這個問題很好。', true],
		['这确实是一个好问题。', true],
		['很好的问题。', true],
		['问得好！', true],
		['这个问题问得好。', true],
		['谢谢，这是一个很好的问题。', true],
		['这个问题很重要。', true],
		['哦，好问题。', true],
		['这是一个非常棒的问题，因为没有人测过。', false],
		['问题是没有人测过。', false],
		// Figures alone, as a sentence without letters reads (17-18. / 30%。); with what they count, a fact.
		['17-18.', true],
		['30%。', true],
		['2019年我们上线了。', false],
		['30%的人没有网络。', false],
	] as const)('Chinese: %s → %s', (text, expected) => {
		expect(isHollowChinese({text})).toBe(expected);
	});

	it.each([
		[
			'en',
			"Rigor and urgency are the fundamental tension in software engineering, and we navigate it every single day. So I don't know.",
			'Rigor and urgency are the fundamental tension in software engineering, and we navigate it every single day.',
		],
		['zh', '城市降温最便宜的办法是先测量每个街区的温度，再决定把树种在哪里。对对对。', '城市降温最便宜的办法是先测量每个街区的温度，再决定把树种在哪里。'],
	] as const)('%s: a span closing on one is never a quote; the span without it still is', (language, padded, plain) => {
		const of = oneTurnCandidates({language, text: padded});
		expect(of(padded).score.parts.padding).toBe(-1);
		expect(isDisqualified(of(padded))).toBe(true);
		expect(of(plain).score.parts.padding).toBe(0);
		expect(isDisqualified(of(plain))).toBe(false);
	});

	it.each([
		[
			'en',
			"Transaction counts doubled between March and May of last year. I'm not too familiar with that. Fees on the chain went up tenfold in the same weeks.",
			"I'm not too familiar with that.",
		],
		['en', 'Nobody reads the logs until something breaks at three in the morning. Yeah. Then everybody reads them at once and blames the logger.', 'Yeah.'],
		['zh', '城市降温最便宜的办法是先测量每个街区的温度。对对对。测完再决定把树种在哪里，钱就花在刀刃上。', '对对对。'],
		// A verdict on the question, inside a span as at its edge, in English as in Chinese.
		[
			'en',
			'Nobody reads the logs until something breaks at three in the morning. That is a great question. Then everybody reads them at once and blames the logger.',
			'That is a great question.',
		],
		['zh', '城市降温最便宜的办法是先测量每个街区的温度。好问题。测完再决定把树种在哪里，钱就花在刀刃上。', '好问题。'],
		// After "or", and a speaker taking back what they said (The Changelog & Friends 72).
		['en', "Most open source doesn't make that much money. Or I don't know. A few projects make a hundred thousand a month.", "Or I don't know."],
		['en', "Most open source doesn't make that much money. Don't quote me on that. A few projects make a hundred thousand a month.", "Don't quote me on that."],
		// A hedge after its comma, as the Chinese patterns write it.
		['zh', '城市降温最便宜的办法是先测量每个街区的温度。所以，我也不记得了。测完再决定把树种在哪里，钱就花在刀刃上。', '所以，我也不记得了。'],
	] as const)('%s: a span with one inside is never a quote; the sentences on either side still are', (language, text, hollow) => {
		const of = oneTurnCandidates({language, text});
		const at = text.indexOf(hollow);
		const before = text.slice(0, at).trim();
		const after = text.slice(at + hollow.length).trim();
		expect(of(text).score.parts.padding).toBe(-1);
		expect(isDisqualified(of(text))).toBe(true);
		for (const side of [before, after]) expect(of(side).score.parts.padding).toBe(0);
	});

	it.each([
		['en', 'Investors expected us to lay off half the company. We did not. We cut our own salaries to zero for a year instead.'],
		['en', "Sure, the new bridge saves four minutes on the commute. That's not the point. The point is that kids can finally walk to school."],
		['zh', '很多人以为城市热是因为太阳太大。其实不是。真正的原因是柏油路面把热量存了一整天。'],
		['zh', '大家以为你要会写代码才能用它。不用。你只要会说话就行。'],
		// A short line that closes the point, a rhetorical question, a set-up, the answer to the span's own question.
		['en', 'Everybody said the rewrite would fail within a year. It didn’t.'],
		['en', 'Investors expected us to lay off half the company. We did not.'],
		['en', 'We shipped the whole thing in one afternoon. Why? Because nobody trusted the old one anymore.'],
		['en', "We had dashboards for everything. Here's the thing. Nobody read them until something broke."],
		['zh', '很多人担心AI会取代所有程序员。其实不会。'],
		['zh', '白色屋顶真的能让室内降温吗？对。平均能降三到四度。'],
		['zh', '我们把会议砍到一个都不留。真的。结果产出反而翻了一倍。'],
	] as const)('%s: a no inside a span turns its point, and the span stays: %s', (language, text) => {
		expect(oneTurnCandidates({language, text})(text).score.parts.padding).toBe(0);
	});
});

describe('a false start: a sentence broken off and begun again', () => {
	it.each([
		// Go Time 253: a card opened on the broken-off sentence.
		["Every time I'm asked, at least...", 'Every time I get to speak with other junior people.', true],
		['I would...', 'I would be like "Come on, man."', true],
		['You can correct me if I am wrong, but…', 'You can see a pretty simple kind of scenario here.', true],
		// Emphasis: said again no longer; two attempts each said whole; a new sentence; no trailing off; a dash, which ends no sentence.
		["I don't want to spin up background workers...", "I don't want to spin up queues.", false],
		["It's just talking...", "It's just talking.", false],
		['We tried Kubernetes...', 'We tried Nomad, and it finally worked for our small team.', false],
		['We shipped it...', 'Then it broke on every phone we had.', false],
		['Every time I ship on a Friday.', 'Every time I ship on a Friday something breaks.', false],
		['We have these things --', 'We have these things called waveguides.', false],
		// The same first word only, or a sentence too long to be a false start.
		["Every time I'm asked, at least...", 'Every once in a while someone asks me about the outage.', false],
		['Every time we ship it to the customers in Europe, at least...', 'Every time we ship it to the customers in Europe and Asia, somebody gets paged.', false],
	] as const)('%s | %s → %s', (text, next, expected) => {
		expect(isFalseStart({text, next})).toBe(expected);
	});

	it('a span that opens on one is never a quote; the sentence said whole still is', () => {
		const text = "We ran the retro on Monday. Every time I'm asked, at least... Every time I get asked about it, I tell juniors to own the outage.";
		const of = oneTurnCandidates({language: 'en', text});
		const padded = "Every time I'm asked, at least... Every time I get asked about it, I tell juniors to own the outage.";
		expect(of(padded).score.parts.padding).toBe(-1);
		expect(of('Every time I get asked about it, I tell juniors to own the outage.').score.parts.padding).toBe(0);
	});
});

describe('a teaser: a sentence that only announces what comes next', () => {
	it.each([
		["Unfortunately, here's the bad news.", true],
		["Well, here's the thing...", true],
		['The thing is...', true],
		['What happened was...', true],
		['问题来了。', true],
		['结果呢？', true],
		["That's the thing.", false],
		["Here's the thing about caches: they lie.", false],
		['问题是没有人测过。', false],
	] as const)('%s → %s', (text, expected) => {
		expect(isTeaser({text})).toBe(expected);
	});

	it.each([
		['en', "So that is a very, very cohesive system. Unfortunately, here's the bad news.", 'So that is a very, very cohesive system.'],
		['zh', '我们的系统非常完整，每个部分都能互相配合。问题来了。', '我们的系统非常完整，每个部分都能互相配合。'],
	] as const)('%s: a span that closes on one stops before its point, and is padded; the span without it stands', (language, padded, plain) => {
		const of = oneTurnCandidates({language, text: padded});
		expect(of(padded).score.parts.padding).toBe(-1);
		expect(of(plain).score.parts.padding).toBe(0);
	});

	it('inside a span it leads into the point, and the span stands', () => {
		const text = "We had dashboards for everything. Here's the thing. Nobody read them until something broke.";
		expect(oneTurnCandidates({language: 'en', text})(text).score.parts.padding).toBe(0);
	});
});

describe('a bare number at the opening of a span', () => {
	it('pads it (the answer to a question the span does not hold); the span after it still is a quote', () => {
		const text = "17-18. And it turns out it's not that hard. If you can hold a pencil and write legibly, you can learn to use chopsticks.";
		const of = oneTurnCandidates({language: 'en', text});
		expect(of("17-18. And it turns out it's not that hard.").score.parts.padding).toBe(-1);
		expect(of(text).score.parts.padding).toBe(-1);
		expect(of("And it turns out it's not that hard. If you can hold a pencil and write legibly, you can learn to use chopsticks.").score.parts.padding).toBe(0);
	});
});

describe('hostile input', () => {
	it('a sentence of forty thousand commas is read in linear time', () => {
		const text = `a${'，'.repeat(40_000)}b`;
		const started = performance.now();
		expect(isFiller({text})).toBe(false);
		expect(isHollowChinese({text})).toBe(false);
		// Quadratic, this took ten seconds.
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
