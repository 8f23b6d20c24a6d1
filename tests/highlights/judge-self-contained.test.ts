import {describe, expect, it} from 'vitest';
import {opensOnReferenceChinese, opensOnReferenceEnglish} from '../../src/highlights/judge-self-contained';
import {isDisqualified} from '../../src/highlights/select-highlights';
import {tagEnglish} from '../../src/text/tag-english';
import {oneTurnCandidates} from '../support/candidates-of';

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
		// After the words a speaker opens with; "these" and "which" as the subject; "one" names nothing.
		["And that's really universal.", true],
		['So this is how it works.', true],
		["Yeah, that's correct.", true],
		["I mean, that's why I asked about it.", true],
		['These are really cool.', true],
		["That's a good one.", true],
		["That's an open question still.", true],
		['They were quite large inputs, and they ate all the CPU.', true],
		['He said Apple would never allow it.', false],
		['Which was awesome, by the way.', true],
		// The sentence says what it points at, after a comma, a colon or a dash; unless that part points back too.
		["That's why portals were so big, because search was so bad.", false],
		['This is how it works: you pay once, and you own it forever.', false],
		["That's how I became a software engineer, is because I automated my old job.", false],
		["That's why you burn a lot of fat even while you're sleeping, because it's so energetic.", true],
		["That's why I'm scrutinizing our domains, because I'm like --", true],
		["That's why we say it, because of that.", true],
		["That's why we left the city. Rents were too high, because landlords got greedy fast.", true],
		["That's exactly why portals were so big, because search was so bad.", false],
		['Those are good ones.', true],
		['Those are the questions.', true],
		// Said of everyone, or a saying.
		['They say you should never meet your heroes.', false],
		['He who hesitates is lost.', false],
		["That's what friends are for.", false],
		['That’s what friends are for.', false],
		["He said O'Brien would fix it.", false],
		["They say 'send it' and walk away.", true],
		['They said it would be faster to rewrite the site.', true],
		['They say "Send it" and walk away.', true],
		// A verdict names its topic in its own sentence, not in the next one ("Well, that's not bad. $10/day is not bad.").
		["Well, that's not bad. $10 a day is not bad.", true],
		['That was amazing. Rust made the whole thing safe.', true],
		['That was amazing Rust work. It made the whole thing safe.', false],
		['That was a Next.js thing. Everyone copied it.', false],
		// A noun phrase that only owns or judges what came before (The Changelog 496: "Those are our principles.", "That is such an important construct.").
		['Those are our principles.', true],
		['That is such an important construct.', true],
		["That's a really interesting take.", true],
		["So that's my background.", true],
		['That is the strictest definition.', true],
		['That is the main problem with PWAs on iOS.', false],
		['That is our plan for the grid: paint every roof white.', false],
		["That's a very successful software business model for small teams.", false],
		['That is its purpose.', true],
		// A noun phrase that only says what kind of thing it is leaves the thing outside the card (Go Time #267: "And those are not comparable types.").
		['And those are not comparable types.', true],
		['This is a solar panel.', true],
		["That's a real estate company.", true],
		['That is a modest proposal.', true],
		['That was a Next.js thing. Everyone copied it.', false],
		["That's a business model that pays for itself.", false],
		// A stand-in for what it points at ("That's something that benefits every single one of the people using npm today.", Founders Talk #61): it describes the thing and never names it.
		["That's something that benefits every single one of the people using npm today.", true],
		["So that's one of the things people underestimate about open source.", true],
		["That's the kind of thing that keeps me up at night.", true],
		['This is one of the reasons Rust won.', true],
		['This is something every founder should know: you ship before you are ready.', false],
		['Something like that is one of the things people underestimate.', false],
		// A review's attacks: two words after a colon say it; "something of a myth" is a verdict with its topic; two adjectives and "kinds" are the same stand-in.
		["That's one of the lessons of 2008: leverage kills.", false],
		["That's something of a myth, that remote work kills culture.", false],
		["That's one of the most important things we learned.", true],
		['Those are the kinds of things that break builds.', true],
		// What "that" does, with the verb after it: it points back as a verdict does ("And sometimes that means not always doing what people are asking.", Founders Talk #85).
		['And that means not always doing what people are asking.', true],
		['That means team one steals 42 points.', true],
		['That took you all day.', true],
		['This approach means we can ship on Fridays.', false],
		// A point made earlier in the talk ("As Paul just said, …", Backstage #18); "As the saying goes" and "Like most people" name no one who said it.
		["As Paul just said, you just don't develop the main character most of the time.", true],
		['Like I said, the cache was the problem.', true],
		['As you pointed out, the grid is old.', true],
		['As the saying goes, measure twice and cut once.', false],
		['Like most people, I said yes to the first offer.', false],
		['As a kid I said no to everything.', false],
		// Someone outside the talk quoted ("As Einstein said, …") stands; a name said "just" or "earlier" is someone in it.
		['As Einstein said, imagination is more important than knowledge.', false],
		['As my dad said, measure twice and cut once.', false],
		['Like it says on the tin, the compiler is slow.', false],
		['As Paul said earlier, the grid is old.', true],
		// The other speaker's words pointed at in the first sentence (Brain Science #2: "…this jury-rigging, as you're mentioning."; Bitcoin Review: "…a comment on what you said.").
		["Because that reminds me of habits; this short-circuiting, this jury-rigging, as you're mentioning.", true],
		['First of all, maybe just a comment on what you said.', true],
		['The grid you just mentioned is older than the city itself.', true],
		['Get to your point in the first thirty seconds, or you have lost the room.', false],
		['Nobody remembers that you mentioned the risk; they remember that you shipped.', false],
		['The grid is old. As you said, we should map the heat first.', false],
		['What you said to a child matters for decades.', false],
		['Whatever you say, the grid is old.', false],
		["As you've said, the grid is older than the city.", true],
		["The grid, as you've said, is older than the city.", true],
		['To your point, the grid is older than the city.', true],
		['What you just said about the grid is the whole story.', true],
		// A "you" that is anyone.
		['Nobody cares about what you said; they care about what you did.', false],
		['Think hard about your question before you ask the whole room.', false],
		['Never delete your tweet when you are wrong, correct it.', false],
		['Just do as you said you would, and people will trust you.', false],
		// An adverb before the verb; a noun the tagger read as a verb before its preposition ("This focus on speed…", "That set of tools…").
		['That just means you need more tests.', true],
		['This really changed everything for our team.', true],
		['This focus on speed hurts the quality of the code.', false],
		['That set of tools changed how we deploy.', false],
		['This process takes forever.', false],
		// A bare verb after "this" is the noun the tagger missed; "That being said" is a marker.
		['And so this redesign was an effort to have a different page for the news.', false],
		['That being said, the cache was the real problem.', false],
		// A name after the comma says what it is (an appositive), not a tag.
		["That's our biggest customer, Walmart.", false],
		["That's my favorite feature, TypeScript.", false],
		["That's a good feeling, right?", true],
		// "This" may point ahead, at the sentence after it.
		['This is my advice. Ship early and talk to users every week.', false],
		['That is my advice. Ship early and talk to users every week.', true],
		// Someone's words reported with a quotative "like", whatever the words name (The Changelog 594: "And they're like "July 27th, 2022."").
		['And they\'re like "July 27th, 2022."', true],
		['He was like, "Tim, ship it on Friday."', true],
		['She\'s like "Oh my God, yeah, that\'s so clutch."', true],
		['They were like -- they look like ball bearings.', true],
		["They're like the old ones, only faster.", false],
		["They're like, super expensive.", false],
		["They're like -- they're basically free.", false],
		["She was like, oh my God, that's so clutch.", true],
		['I was like "Maybe I want to work with these people."', false],
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
		// After the words a speaker opens with, in quote marks; a verdict in other words; a person's words with an adverb.
		['所以这就是为什么我们要开源。', true],
		['那这个就是很大的一个转变。', true],
		['其实这是因为我们第一次见面。', true],
		['這個不錯喔！', true],
		['这样就可以了。', true],
		['他也说过同样的话。', true],
		['「這就是我的觀點。」', true],
		['这是我的观点。', true],
		['「这是我的。」', true],
		['這是妳的觀點。', true],
		['這個是很大的落差。', true],
		['对，这就是我的意思。', true],
		// A colon answers a demonstrative, not a person's words; six characters of the same sentence.
		['他说：预算永远不会通过。', true],
		['这就是我的建议：读书。今天我们先聊到这里。', true],
		// 是 before a noun that opens on an adverb's character; 对 as "to".
		['这是太阳能板。', false],
		['这是真相。', false],
		['这是好处。', false],
		['对他说这些没有用。', false],
		// 他 / 她 alone, as English "He…" without the name; 他们 of a group, as "They…", only when they say.
		['他几乎总是对的，我学会了闭嘴。', true],
		['她寫這樣子當官三個月。', true],
		['他们只是把症状输入到ChatGPT，然后去看了医生。', false],
		['他們只是把症狀輸入到ChatGPT。', false],
		// A colon says what it points at; "my" with a noun of its own names the topic.
		['这就是我的建议：每天读一点书，坚持十年。', false],
		['这是我们的时代。', false],
		['这是我的第一次TED演讲。', false],
		['这是一个巨大的变化，我们必须赢得很多信任。', false],
		['这个问题的关键在于成本。', false],
		['限制条款是一种限制资金去向的办法。', false],
		// A point made earlier in the talk (TABConf: 如 Shaun 所说，…); 像 as "like" names no one who said it.
		['如 Shaun 所说，某种程度上我代表着限制条款的 CHECKSIGFROMSTACK 流派。', true],
		['就像刚才说的，我们要先测量每个街区。', true],
		['正如我之前提到的，这很难。', true],
		['像我这样的人不多。', false],
		// 如果, 如今, 如何 are other words; a saying or a sage quoted is no one in the talk.
		['如果你说的是性能，Rust 更好。', false],
		['如今大家说的 AI，其实是大模型。', false],
		['像他这样说的人很少。', false],
		['就像老话说的，磨刀不误砍柴工。', false],
		['正如我在上一期节目中提到过的，这很难。', true],
		// What was just said, pointed at in the first clause (好朝日新闻: 我剛剛講到 Cofacts，…); later in the line it only leans on it.
		['我剛剛講到 Cofacts，它用語言模型，那個也是用毫秒在計算的。', true],
		['但是如果是像短影音，你剛剛講到那些平台，現在你 PO 的跟你看的是鎖死的。', false],
		['你刚刚讲的那些平台，现在是锁死的。', true],
		['那就会产生出像之前您有提过的问题。', true],
		['如果还有哪些行库说只能到我的 ATM 才提得出钱，像我刚刚那个跨行提款的例子，就会被淘汰。', false],
		['刚性需求才是问题。', false],
		['像你说的，这个平台现在是锁死的。', true],
		['政府刚刚提出的预算，根本不够用。', false],
		['我们刚提出这个政策的时候，大家都反对。', false],
		['一旦你提到钱，大家就安静了。', false],
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
		const of = oneTurnCandidates({language, text});
		expect(of(pointing).score.parts.reference).toBe(-1);
		expect(isDisqualified(of(pointing))).toBe(true);
		expect(of(text).score.parts.reference).toBe(0);
		expect(isDisqualified(of(text))).toBe(false);
	});
});
