import {describe, expect, it} from 'vitest';
import {isDependentClauseZh, judgeCompleteness} from '../../src/highlights/judge-completeness';

const judge = (text: string, locale = 'en') => judgeCompleteness({text, locale});

describe('judgeCompleteness: a quote is a whole sentence', () => {
	it.each([
		// The cards of the issue: a clause cut where a caption cue ended.
		['I think that the last 30 to 40 years has been.', 'ending'],
		['I think the idea that I was like trying to get at is.', 'ending'],
		['I think I heard someone on Joe Rogan talk about. He had like a nice analogy.', 'ending'],
		// Ending on an auxiliary, copula, preposition, article, conjunction or "to".
		['The real problem with the plan is.', 'ending'],
		['We talked for an hour about.', 'ending'],
		['And then we went to the.', 'ending'],
		['You should play around with it and.', 'ending'],
		['We did it because.', 'ending'],
		['Everyone on the team wanted to.', 'ending'],
		// No verb at all.
		['Not responses. There is a bunch of new bad laws.', 'no-verb'],
		['Exactly. Well, there is something that is not in version 27.', 'no-verb'],
		['Last question.', 'no-verb'],
		// A main clause with an -ing form for its only verb: a participial fragment.
		["And people getting bitten while they're up in the trees.", 'no-verb'],
		['Everything changing so fast, and nobody noticing.', 'no-verb'],
		['And the kids playing outside because the schools were closed.', 'no-verb'],
		['People trying to make money.', 'no-verb'],
		// The -ing form beside a verb of the main clause, or in a clause before it, is no fragment.
		['People getting rich is fine.', null],
		["The company making them, it's a small one.", null],
		['Thinking about it, I realized we were wrong.', null],
		['Looking back, that was the best decision.', null],
		['We are seeing people leaving the cities.', null],
		['Imagine working there.', null],
		// Verbs in -ing that are not -ing forms, and "everything", which the tagger takes for a verb: as before the rule.
		['People bring food and sing.', null],
		['We knocked out a lot. DNS, TLS, HTTP, everything.', null],
		// Whole sentences that end on such words and are not cut.
		["That's what it is.", null],
		["I don't know where the problem is.", null],
		['We have to figure it out.', null],
		["That's what I'm talking about.", null],
		["It's something to think about.", null],
		["Yes, and it's the thing I'm proudest of.", null],
		['I agree with you, though.', null],
		['I think they do.', null],
		["I don't think my mom does.", null],
		['And yeah, I just want to say that.', null],
		["I'm Dana Ruiz.", null],
		["It's basically just lip service.", null],
		["They're not gonna just give up their 30% without a fight.", null],
		// A sentence the next words complete: the cue ended, the sentence did not.
		['I think the last 30 years has been. really good for the web.', null],
		['I think the last 30 years has been. Really good for the web.', null],
		// Cut inside a quotation: a closing mark with no opening one, an opening one never closed.
		['I want an analysis sample." So you know, walk me through a hard problem that you solved.', 'quotation'],
		['I\'m very surprised by this conflict."', 'quotation'],
		['And Apple said, "If your app gets downloaded a million times, we are coming after you.', 'quotation'],
		['They call it the last stand of the web” and they mean it.', 'quotation'],
		['He told me, "Ship it on Friday." So we shipped it on Friday.', null],
		['They call it “the web’s last stand”, and they mean it.', null],
		['So they\'re like "We are in a battle against Apple", and every day there is something new.', null],
		// A comment tagged on after a comma carries no verb of the sentence's (The Changelog & Friends 72: "Oregon State University, whatever it is.").
		['Oregon State University, whatever it is.', 'no-verb'],
		['The big one, whatever that means.', 'no-verb'],
		['Probably about 40,000 people, I would say.', 'no-verb'],
		["Close to 20 times, I'd say.", 'no-verb'],
		['A great interview question, I think.', 'no-verb'],
		['Hard to please, you know?', 'no-verb'],
		['Two, I guess.', 'no-verb'],
		['Not the same group, but the same unit, right?', 'no-verb'],
		['It works, I think.', null],
		['Ship it, I think.', null],
		['People love it, I think.', null],
		// The tagger's noun for a verb, with an object after it, with or without a tag: an imperative, a sentence.
		['Ship it.', null],
		['People love it.', null],
		['Bitcoin fixes this.', null],
		['Kids these days, I guess.', 'no-verb'],
		['Alright, Chris, your question.', 'no-verb'],
		['Whatever it is, it works.', null],
		['Python, I think, is the better first language.', null],
		['Mostly the compiler, which I think is fine.', 'no-verb'],
		['We wrote it in Python, I think.', null],
		// Infinitives are all the verbs a short noun phrase has (bitcoin++'s panel: "Lastly, just not enough places to spend it.").
		['Lastly, just not enough places to spend it.', 'no-verb'],
		['A lot of things to unpack here.', 'no-verb'],
		['Happy to have you.', 'no-verb'],
		['You have to spend it.', null],
		["We're ready to ship it to every customer.", null],
		['Nobody wanted to touch the billing code.', null],
		// "to be" is an infinitive too; a verb the tagger reads as a noun or a name is still the sentence's ("People love to complain.", an imperative).
		['Happy to be here.', 'no-verb'],
		['Too good to be true.', 'no-verb'],
		['People love to complain.', null],
		['Many people love to complain.', null],
		['Use Rust to write it.', null],
		['Click here to subscribe.', null],
		// Longer than the verb rule's reach, a sentence is left to the tagger.
		['A lot of very small and very old things to unpack here in the next hour or so.', null],
		// A full stop inside a word ends no sentence: the verb after "Coder.com" is the sentence's.
		['Coder.com is so cool.', null],
		['Because sync.Pool is gonna give you something randomly.', 'no-main-clause'],
		['So what is it?Not responses.', 'no-verb'],
		['So you can check it out at changelog.com and join the chat.', null],
		// A long sentence the tagger gives no verb is not held to the verb rule.
		['People sign up to call or knock on the door of someone who lives alone, twice a day.', null],
		// A participle that is an adjective, between a determiner and its noun, is no verb (Zoom's saved captions).
		['And with a highly regulated customer base.', 'no-verb'],
		['With the updated numbers.', 'no-verb'],
		['The regulated banks failed.', null],
		['They highly regulated banks.', null],
		// A relative clause after a comma is not the main clause: its verb is not the sentence's.
		['Working with the team, which is great.', 'no-verb'],
		["Working with the team, that's what I miss.", null],
		// "gonna" waits for its verb.
		["And then No, it's gonna. I think it's transcribing.", 'ending'],
		["They're not gonna just give up their 30% without a fight.", null],
		// A subordinate clause said as a sentence of its own (a Google Meet transcript): no main clause follows.
		['And if you use the Small rust binding.', 'no-main-clause'],
		['So if you do the Network inspect.', 'no-main-clause'],
		['Because the mint never sees your message.', 'no-main-clause'],
		['When we shipped it on a Friday.', 'no-main-clause'],
		['If you want it, and if you ask.', 'no-main-clause'],
		['No matter how hard it is.', 'no-main-clause'],
		['Every time I get to speak with other junior people.', 'no-main-clause'],
		['And as soon as the build goes green.', 'no-main-clause'],
		['Anytime you push to main.', 'no-main-clause'],
		// Buzzsprout's own transcript: the "because" clause holds two subordinate clauses and no main one.
		[
			"Creating good audio is really key to keeping your podcast listeners engaged because no matter how good the content is, if your audio quality isn't good.",
			'no-main-clause',
		],
		// A condition at the end of a longer span says nothing of what follows; a reason after a whole sentence reads on.
		["You shouldn't be able to do that, really. If you can do that...", 'no-main-clause'],
		["I'd do it again. Because it worked.", null],
		// A main clause after the comma, after "then", or after a subject with its verb; and questions.
		['If you want it, you can have it.', null],
		['If you want it you can have it.', null],
		['If it rains then we stay home.', null],
		['You will love it if you try it.', null],
		['No matter how hard it is, we keep going.', null],
		['We keep going no matter what.', null],
		['Once, we shipped on a Friday.', null],
		['Every time I ship on a Friday, the build fails.', null],
		['Each time we shipped it the customers complained.', null],
		['Every time is different.', null],
		// The tagger reads "sort" as a noun; the pronoun after the comma still opens the main clause.
		['And each time an INV is constructed, we first sort the sets.', null],
		['When an INV is constructed, we first sort the sets.', null],
		['Like, if there is a bit of smell in the code, it bothers me.', null],
		['As soon as possible, we ship it.', null],
		['When did you start?', null],
		['Though one thing I believe was observed is that the release started drifting.', null],
		['If you want it. You can have it.', null],
		// A main clause with a noun subject and no comma, as speech-to-text drops it; subordinator words that open no clause; a time or a concession after a whole sentence.
		['When the market crashed our customers stayed with us.', null],
		['If the product is good the marketing takes care of itself.', null],
		['When customers complain the good companies listen.', null],
		['When I joined the company had twelve people.', null],
		['Once again the market proved us wrong.', null],
		['If anything the opposite is true.', null],
		['Because of the pandemic we had to rethink everything.', null],
		["We'll get there. Once the rules are clear.", null],
		["I'd do it again. Even if it cost me everything.", null],
		// "I think" or "I mean" before the subordinator (a Teams transcript): still no main clause.
		["I think because I don't have the feature.", 'no-main-clause'],
		['I mean if you want it.', 'no-main-clause'],
		['I think if you want it, you can have it.', null],
		// A degree adverb waits for its adjective; "pretty" may be one.
		['Thank you very.', 'ending'],
		['It was pretty.', null],
		['I like it very much.', null],
		// The first half of a correlative pair, the second never said (Buzzsprout's transcript).
		["If you nail all three of these elements, you'll not only intrigue new listeners.", 'half-pair'],
		['On the one hand, the city pays for it.', 'half-pair'],
		["You'll not only intrigue new listeners but keep the ones you have.", null],
		['It not only saves money, it also saves lives.', null],
		['We not only survived, we thrived.', null],
		["Not only is it cheaper, it's faster.", null],
		["It's not only about the money.", null],
		["On the one hand it's scary, but it's also exciting.", null],
		['On the one hand, the city pays; on the other, the people do.', null],
		// Speech drops the "but": a sentence after the first half may be the second.
		["I think it's not only an on-ramp. Bitcoin is the first money that can be programmed.", null],
		// A speaker who trails off after a copula or a connective (a Zoom call, Go Time): ", which is" never closes.
		['Here are those results. Docker takes 31 seconds, which is…', 'ending'],
		['Docker takes 31 seconds, which is.', 'ending'],
		['We tried everything and it was…', 'ending'],
		["To give the good example of it, obviously, we'll break something, so...", 'ending'],
		['So...', 'ending'],
		['and it is their proprietary stuff for VSL, and so…', 'ending'],
		['We tried everything and it was.', null],
		["That's what it is…", null],
		['I think so…', null],
		['Well, we will see…', null],
		["I've used it quite a few times, so... I like it, because you opt into what you support.", null],
		['It was… amazing.', null],
		// Trailing off on an auxiliary, a negation, a relative pronoun or a degree word (the Podman project's Zoom calls).
		['Materia supports that with setup scripts, and those are now contained within SystemD units, which…', 'ending'],
		["Materia is more for the deployment level, so it's out of scope, I'm…", 'ending'],
		['Not a lot this time around, because the Podman 6.0 release was quite…', 'ending'],
		// An auxiliary or a negation that stands for what was said before closes the sentence (the rule, attacked).
		['People said Bitcoin would die a hundred times, and it never did...', null],
		["Will AI replace programmers? I really don't think it will...", null],
		["We thought the migration would be easy, and it wasn't...", null],
		['Will we go back to the office five days a week? I hope not...', null],
		['My co-founder hated the name, and so did I…', null],
		['She said the food was amazing, and it was too...', null],
		['Every Friday night we watched Doctor Who...', null],
		// A speaker who starts again with the words they stopped on goes on; "so…" and a bare "Yeah." do not.
		['It was… It was the best year of my life.', null],
		["I'm… I'm into it, I don't know how far, but it's kind of a long book.", null],
		['We lost the data, so… Yeah.', 'ending'],
		["It's the kind of thing that…", 'ending'],
		["I'd never do that…", null],
		// A noun phrase and a relative clause, the main clause never said (Zoom's saved captions of a FINOS call).
		['My co-speaker here, Cameron, who is the CEO of Bread.', 'no-verb'],
		['Bitcoin, which is the first programmable money.', 'no-verb'],
		['Our CEO, who founded the company, left.', null],
		['We shipped it on Friday, which was a mistake.', null],
		['This is my friend Ana, who runs the lab.', null],
		['The man who came to dinner left early.', null],
		// Its closing comma dropped, a main verb after the clause; a noun the tagger took for the verb; a question without its mark.
		['My co-founder, who I met at Google is now running the company.', null],
		['Apple, which controls the only browser engine on iOS gets to decide what the web can do.', null],
		['Prices rise, which hurts everyone.', null],
		['So, Francesco, which of these techniques would you start with', null],
		['As a user, Rita, who do you most agree with here and why?', null],
		['Yes, which is why we left.', null],
		// A noun phrase and the clause that defines it, no comma, the main verb never said (a panel at BTC Prague's Berlin edition; The Changelog's transcripts).
		['The number of people who use Bitcoin for payments instead of just ETFs and stacking.', 'no-verb'],
		['The guy that does everything at Google...', 'no-verb'],
		['Big YouTubers that have a whole team around them.', 'no-verb'],
		['Everyone who has ever built a compiler.', 'no-verb'],
		['Developers who have been doing this for years.', 'no-verb'],
		// A bare noun after a noun may be the main verb the tagger missed, so "cloud servers" lets this fragment through.
		['The things that we monitor now in cloud servers.', null],
		// The main verb after the clause, the head a clause of its own, or a verb the tagger read as a noun.
		['The people who use it love it.', null],
		['The second thing that you need is a good hook.', null],
		['A company that I really admire just shipped it.', null],
		['Every new version of Streams that we did ended up causing some break with the old stuff.', null],
		['The resources that the average person has is obfuscated by all the noise out there.', null],
		['The only thing that matters is speed.', null],
		['People who want to build things keep coming back.', null],
		['And so the things that are really important kind of bubble up.', null],
		['It deserializes that public key into an actual point and then does the multiplication.', null],
		['just the sheer number increases the count of those that you see.', null],
		['And obviously now due to Covid that has become particularly germane for a lot of companies.', null],
		['But note that a lot of people mistake this - CAP Theorem is not the same as high availability.', null],
		['I know people who do.', null],
		// An imperative whose verb the tagger read as a name; a main verb it read as a noun (attacked: each was a fragment by the rule's first form).
		['Use the tool that works for you.', null],
		['Call anyone who can help.', null],
		['Trust the people who built it.', null],
		['The people who use it every day love it.', null],
		['Startups that raise too much money struggle.', null],
		['The companies that pay for open source benefit the most.', null],
		['The services that we run in production page us constantly.', null],
		['Speakers who rehearse sound better.', null],
		// A noun its object follows is a main verb too; an infinitive and the verb of a clause a question word opens are not (the rule's misses and false alarm of the last round).
		['The tests that we run nightly catch most regressions.', null],
		['The engineers who review code daily ship safer releases.', null],
		['The people who know what they want win.', null],
		['The book that changed how I think about software.', 'no-verb'],
		['A bug that took us three weeks to find.', 'no-verb'],
		['The team that taught me how to write tests.', 'no-verb'],
		// A finite verb after a stranded "to" is the main verb; a noun after a preposition or a possessive is a noun (attacked).
		['Every investor that we talked to said no.', null],
		['The people that we reached out to were incredibly generous.', null],
		['Every founder that I have talked to says the same thing.', null],
		['The feature that we shipped in version 3.', 'no-verb'],
		['The conference that changed my career.', 'no-verb'],
		["I hope I'm not consuming your time. So, I wanted to ask that I'm, means I…", 'ending'],
		['They said it was for you and me…', null],
		['We will see how it goes, I think…', null],
		['We do.', null],
	] as const)('English: %s → %s', (text, expected) => {
		expect(judge(text)).toBe(expected);
	});

	it.each([
		['我认为问题是。', 'ending'],
		['我们必须把。', 'ending'],
		['限制条款非常。', 'ending'],
		['我们讨论了很久关于。', 'ending'],
		['这就是我们想做的事情，但是。', 'ending'],
		['成本降下来以后，所以。', 'ending'],
		['真正的原因是。', 'ending'],
		['这就是我的观点。', null],
		['对。', null],
		['我觉得是。', null],
		['如果你真的想知道一个人是什么样的，就看看他们在危机中的表现。', null],
		['我们会一直在。', null],
		['他说：「我们下周就发布。」然后他就走了。', null],
		['我们下周就发布。」然后他就走了。', 'quotation'],
		['他说：“我们下周就发布。', 'quotation'],
		['这本书叫『多元宇宙』，讲的是协作的技术。', null],
		// A subordinate clause alone, and a condition at the end of a longer span.
		['如果你愿意的话。', 'no-main-clause'],
		['那如果你用这个工具。', 'no-main-clause'],
		['因為健保的誘因滿大的。', 'no-main-clause'],
		['我不去了。如果下雨的话。', 'no-main-clause'],
		['我不去了。因为太远了。', null],
		// A reason's own 还 is no main clause (Bilibili's AI subtitles); 所以 is.
		['因为自重大电助力还是优点嘛。', 'no-main-clause'],
		['因为下雨所以没去。', null],
		['即使下雨也要去。', null],
		// 是 after a noun that waits for its complement (a translated lecture's subtitles).
		['关于政策我想说的第二件事是。', 'ending'],
		['我想说的一点是。', 'ending'],
		['我是。', null],
		['如果你愿意就来吧。', null],
		['虽然很难，但我们做到了。', null],
		// The first half of a correlative pair without the second.
		['我们不仅降低了成本。', 'half-pair'],
		['一方面我们要快。', 'half-pair'],
		['我们不仅降低了成本，还提高了效率。', null],
		['一方面要快，另一方面要稳。', null],
		['另一方面，我们也要稳。', null],
		['这不只是技术问题。', null],
		// Trailing off on a connective or a copula: the clause it leads to unsaid (an interview's transcript).
		['你知道你很像臺灣的羅禮士嗎？就是唐鳳聰明到…就是…', 'ending'],
		['我们先做了这个，然后……', 'ending'],
		['这件事情很重要，所以...', 'ending'],
		['我觉得是…', 'ending'],
		['他就是这样的人…', null],
		['我们还有很长的路要走…', null],
		// A modal, a negation, a verb of thinking, a measure without its noun, a preposition (a Taiwanese podcast and talk show).
		['對不對，他想當這個，以後這個你們怎麼搞我不管，反正煞車板要......', 'ending'],
		['大家應該要執著於這件事，還是它也沒有…', 'ending'],
		['如果你今天車子停不下來，你到底要撞死駕駛還是…', 'ending'],
		['不過我覺得…', 'ending'],
		['我们的产品是一个…', 'ending'],
		['我記得台灣應該是在…', 'ending'],
		['对啊，本来就是…', null],
		['对，我也是…', null],
		['问题一直存在…', null],
		['好的…', null],
		['这不仅仅是钱的问题。', null],
		['這不僅僅是錢的問題。', null],
		['不但没赚钱，反而亏了很多。', null],
		['一方面要快，一方面要稳。', null],
		// A main clause with no comma and no connective: a subject again, or a clause closed by 了; and 假设 as a noun.
		['如果你真的想做一件事你总会找到办法。', null],
		['要是我的话我会直接辞职。', null],
		['只要方向对了慢一点没关系。', null],
		['假设是创新的起点。', null],
		// A condition closed by 的话 is one, whatever it holds.
		['如果你可以的话。', 'no-main-clause'],
	] as const)('Chinese: %s → %s', (text, expected) => {
		expect(judge(text, 'zh')).toBe(expected);
	});

	it('an English quote in a Chinese talk is read by the English rule', () => {
		expect(judge('The real problem with the plan is.', 'zh')).toBe('ending');
	});
});

// An editor's review of five of Audrey Tang's published interviews: 28 of 109 cards cut
// were the closing clauses of a long sentence that only continue the clause before.
describe('isDependentClauseZh: the closing clauses of a long Chinese sentence that do not stand alone', () => {
	it.each([
		// Joined to the clause before.
		['以及在國內的公信力提高，這個是我們可以做的事。', '要讓國際看見，', true],
		['而不是藏在我以為別人拿不到的程式碼裡面。', '安全要靠公開驗證，', true],
		['反正講得很好，但是過五年再來弄。', '很多計畫都是這樣，', true],
		['甚至硬體的解決方式也帶到國外去。', '我們把軟體帶出去，', true],
		['也可以試著用一樣的方法來做，是類似的道理。', '讓很多偏鄉、接駁不方便的，', true],
		['所以就可以去把這些指引導入機關。', '形狀是類似的，', true],
		['或者是我家住哪裡。', '證明我成年了，', true],
		// The clause right before set the condition: cut, the claim reads as its opposite.
		['你反正也記不住。', '如果記得住的話，AI 就會破解，如果 AI 不會破解的話，', true],
		['拋下相當多人。', '應該不會像其他國家那樣，', true],
		['我們還是會繼續做。', '雖然很辛苦，', true],
		// Clauses that open like a sentence stand.
		['加密之後很像拼圖一樣，要拼回來也拼不回來。', '資料在傳輸的時候，', false],
		['我們的目的並不是 AIEC。', '這個叫做對齊大會，', false],
		// 所以 and 但是 open the point itself, as "So" and "But" do.
		['所以如果是講成節省這種本來就非得花的錢的一種方法，我覺得論點就比較好。', '也就是讓山難可以減少，', false],
		['但是現在那些新的訓練方法，只需要告訴它標準答案。', '以前要很多資料，', false],
		// Words the openers begin: 也許, 就業, 便宜, 都市.
		['也許我們可以換個方式。', '大家都很累，', false],
		['就業率反而上升了。', '疫情之後，', false],
		['便宜的方案也有。', '價格不是問題，', false],
		['都市的熱島效應最嚴重。', '夏天越來越熱，', false],
		// A condition further back has had its main clause.
		['大家就比較放心。', '如果資料開放，大家就會信任，信任之後，', false],
		// What a review's attacks found: words the openers begin, clauses of their own…
		['並購之後，公司變得更大。', '去年市場很熱，', false],
		['再生能源的比例已經超過兩成。', '這幾年進步很快，', false],
		['都柏林的辦公室也在招人。', '我們在歐洲有據點，', false],
		['就算失敗了，我們也學到很多東西。', '這個實驗很冒險，', false],
		['就像拼圖一樣，少一塊就拼不起來。', '資料要完整，', false],
		['包括台灣在內的很多國家都這樣做。', '這是國際趨勢，', false],
		['還有一個更大的問題是人才。', '錢不是問題，', false],
		// …a condition word that is none, and a frame whose answer stands…
		['後來被推翻了。', '這個假設，', false],
		['其他的都不需要。', '我只要一杯咖啡，', false],
		['我們都會回答。', '你儘管問，', false],
		['我覺得最重要的是信任。', '如果你問我，', false],
		// …and what slipped through.
		['此外，我們也開放了原始碼。', '資料都公開，', true],
		['尤其是偏鄉的學校。', '很多地方都缺老師，', true],
		['才能贏得大家的信任。', '我們要公開所有的資料，', true],
		['都會被淘汰。', '不跟上的公司，', true],
		['「而不是藏在程式碼裡面。」', '安全要靠公開驗證，', true],
		['嗯，而不是藏在程式碼裡面。', '安全要靠公開驗證，', true],
		['我們就改用別的方法。', '萬一系統壞了，', true],
		['我們還是要試。', '即便很困難，', true],
		// A card-text review of 215 transcripts: a "when…" 當 opens and 的時候 closes (三立: cut, the law may be bent without its condition), a "not X" before its "but Y" (寶博: 不是在意它通不通用，應該在意…), a condition closed by 的話, and a demonstrative pointing into the sentence.
		['其實法令並不是不可以稍微作一些突破或者是修改。', '顯然當有個社會目的，好比像幫助偏鄉的時候，', true],
		['應該在意它防守的部分跟攻擊的部分。', '意思是說我們在發展的時候不是在意它通不通用，', true],
		['大家就不會來了。', '如此一來的話，', true],
		['那個流派的想法大概就是覺得說，AGI 要一路飆到 ASI。', '加速的時候就是踩油門，把它踩到底，', true],
		['這個部分叫做「攜碼互通」。', '由他們所決定，', true],
		// 當然 is no "when", and 這麼/那裡 name no thing the sentence said.
		['大家就會很開心。', '當然下雨的時候，', false],
		['那裡的人都很友善。', '我們去過很多地方，', false],
		['這幾年大家都很辛苦。', '經濟不好，', false],
		['這個世界會獎勵那些堅持到最後的人。', '歷史告訴我們，', false],
		['那些堅持到最後的人會贏。', '歷史告訴我們，', false],
		['我們還是要做。', '說句不好聽的話，', false],
		['大家都很開心。', '當天下雨的時候，', false],
	])('%s (after %s) → %s', (text, before, expected) => {
		expect(isDependentClauseZh({text, before})).toBe(expected);
	});
});
