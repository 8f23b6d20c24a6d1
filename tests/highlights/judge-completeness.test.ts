import {describe, expect, it} from 'vitest';
import {judgeCompleteness} from '../../src/highlights/judge-completeness';

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
		// A long sentence the tagger gives no verb is not held to the verb rule.
		['People sign up to call or knock on the door of someone who lives alone, twice a day.', null],
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
	] as const)('Chinese: %s → %s', (text, expected) => {
		expect(judge(text, 'zh')).toBe(expected);
	});

	it('an English quote in a Chinese talk is read by the English rule', () => {
		expect(judge('The real problem with the plan is.', 'zh')).toBe('ending');
	});
});
