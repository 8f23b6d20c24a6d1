/**
 * Quotability: can the span stand on a card by itself? Every part is a named number so
 * that the CLI can show why a line won or lost. Rules are per language where the words
 * differ; both sets apply to every text, since Chinese talks quote English and back.
 * English spans are read by their parts of speech (`tagEnglish`), Chinese spans by their
 * words (`Intl.Segmenter`): whether the span is a whole sentence (`judgeCompleteness`),
 * how disfluent it is (`measureDisfluency*`), whether it opens on a reference it does not
 * resolve (`opensOnReference*`) and how much it says (`measureSubstance*`).
 */
import {foldToSimplified} from '../text/fold-to-simplified';
import {type EnglishToken, endsSentenceAt, isWordToken, tagEnglish} from '../text/tag-english';
import {judgeChinese, judgeEnglish, readsAsChinese} from './judge-completeness';
import {opensOnReferenceChinese, opensOnReferenceEnglish} from './judge-self-contained';
import {type Disfluency, measureDisfluencyChinese, measureDisfluencyEnglish} from './measure-disfluency';
import {measureSubstanceChinese, measureSubstanceEnglish, type Substance} from './measure-substance';

/** Parts of the quotability score; each is 0 when the rule does not fire. */
export type QuotabilityParts = {
	/** Opens on a word that needs what came before: a conjunction or an answer (所以 / 但是 / 不， / "but", "because", "no,"). */
	opener: number;
	/**
	 * Opens on a word speakers open almost every sentence with ("So", "And", "Yeah",
	 * "Well", "Okay"): the line still stands, a mild cost.
	 */
	spokenOpener: number;
	/**
	 * Opens on a pronoun pointing back (这 / 他 / "that" / "it"): the line still reads on a
	 * card, the reader only has to guess what "this" is. A mild cost, not a disqualifier:
	 * editors quote "That's not a reason to panic, it's a reason to plan." gladly.
	 */
	pointer: number;
	/** States a view: 我认为 / I think / we need / should. */
	stance: number;
	/** Carries a fact: a number, a comparison, a superlative. */
	evidence: number;
	/**
	 * Sets itself against a view: a denial or a contrast (不是…而是 / 我不认为 / "is not" /
	 * "rather than"), or against what the speaker expected (出乎意料 / 比我预想的 / "surprised").
	 */
	contrast: number;
	/** Hedges that blur the claim: 有点 / 某种程度上 / "kind of" / "sort of". */
	hedge: number;
	/** Makes the idea concrete: an analogy or a hypothetical put to the listener (就像 / 想象 / 如果你 / "like a" / "imagine" / "if you"). */
	imagery: number;
	/** Does not end on a sentence end (。！. …). */
	ending: number;
	/** Contains a question; more when it ends on one. */
	question: number;
	/**
	 * Filler words and courtesies (`measureDisfluency*`: um, "you know", "I mean", "like"
	 * as a filler, 嗯 / 就是， / 那个， / 你知道; "thank you"): a light cost for one filler
	 * in a line of words, a full one when they are dense (FILLER_DENSITY) or two or more.
	 */
	filler: number;
	/** Stage directions and brackets: `[laughter]`, `(笑)`. */
	direction: number;
	/** Trailing off: an ellipsis (`...`, `……`), as transcripts mark a pause or a sentence left unfinished. */
	trailing: number;
	/** Speech that restarts itself (`measureDisfluency*`): a broken-off `--`, a stutter (`I I`, `the the`, `我我`), a phrase said again ("for every, like every fifth"). */
	disfluency: number;
	/** Opens on a reference the card cannot show ("That's why…", "This is really cool.", "He said…", 这就是…): `opensOnReference*`. Never a quote. */
	reference: number;
	/** Not a whole sentence: it stops on an auxiliary, preposition, article or conjunction, or has no verb (`judgeCompleteness`). Never a quote. */
	incomplete: number;
	/** How much it says (`measureSubstance*`): the share of content words against chit-chat, a name, a number with what it counts. */
	substance: number;
	/** Logistics, not content: hand-overs and courtesies of the show itself ("let's dive in", "thanks for having me", "link in the show notes", 有请…, 我先做个开场). */
	logistics: number;
	/** Turn-taking: addresses someone on stage by name ("Lester，" / ", Sam,"). */
	address: number;
};

export const QUOTABILITY_WEIGHTS = {
	opener: -0.45,
	spokenOpener: -0.1,
	pointer: -0.1,
	stance: 0.25,
	evidence: 0.15,
	contrast: 0.25,
	imagery: 0.25,
	hedge: -0.15,
	ending: -0.3,
	question: -0.7,
	questionAtEnd: -0.3,
	fillerEach: -0.25,
	fillerLight: -0.05,
	fillerMax: -0.75,
	direction: -0.5,
	trailing: -0.15,
	disfluency: -0.3,
	disfluencyMax: -0.6,
	logistics: -1,
	address: -0.3,
	reference: -1,
	incomplete: -1,
	/** Substance: points per share of content words above SUBSTANCE_PIVOT, within ±substanceMax. */
	substancePerShare: 0.5,
	substancePerShareZh: 0.1,
	substanceMax: 0.12,
	named: 0.05,
	counted: 0.05,
} as const;

/** One filler in this many words or fewer is light; denser, each costs fillerEach. */
const FILLER_DENSITY = 1 / 15;
/** The share of content words at which an English span neither gains nor loses for substance: about the median of the candidates of the English evaluation talks. */
const SUBSTANCE_PIVOT = 0.36;

/** Conjunctions and answers that need the sentence before them (不，/ 没有欸，完全没有。/ 没错，…: the question is not on the card). */
const DANGLING_OPENER_ZH =
	/^(?:不[，,]|(?:没有|不是|没错)(?:欸|啊|呀|啦|耶)?[，,。！!]|更像|而是|所以|但是|但|不过|而且|而|并且|因此|因为|然后|或者|还有|另外|就是|是的|是啊|对|嗯|好吧|好的|比如|例如|同时|此外|当然|首先让我)/;
const DANGLING_OPENER_EN = /^(?:no(?=,)|but|because|or|then|also|which|um|uh|plus|like|anyway|sure|and then|so then|and that's why|so that's why)\b/i;
/** Spoken openers: most sentences of a conversation start so; the sentence still stands. */
const SPOKEN_OPENER_EN = /^(?:and|so|yes|yeah|well|right|okay|ok|alright|now)\b/i;
/** Pronouns pointing back: the line still reads, but the reader must guess what "this" is. */
const POINTING_OPENER_ZH = /^(?:这|那|它|他|她)/;
const POINTING_OPENER_EN = /^(?:that|this|these|those|it|it's|its|he|she|they|them)\b/i;

const STANCE = [
	/我认为|我觉得|我相信|我希望|我学会|我学到|我意识到|我发现|我预计|我期望|我期待|我确信|我们需要|我们必须|需要|必须|应该|最重要|关键|重要的是|真正|不是[^。！？]{0,30}而是/,
	/\b(?:i think(?! (?:it was|maybe|probably|so)\b)|i believe|i hope|i learned|i realized|i've learned|i expect|i'm convinced|we need|we have to|we must|should|the most important|the key|what matters|the point is|the real|the (?:best|worst|biggest|hardest|only) (?:thing|mistake|lesson)s? (?:that )?(?:i|you|we|they|people|a \w+|any \w+)\b)\b|\b(?:is not|isn't|not)\b[^.!?]{0,40}\bbut\b/i,
];

/**
 * A number with meaning, a comparison or an absolute. A digit inside a name is none: an
 * acronym's (`BRC 20`, GPT-4, x86, IPv6) or a capitalised word's inside a sentence
 * (Python 3, iPhone 15, Fortune 500), not a sentence's first word or "I"; a year, a date,
 * a share or a figure with its unit still is ("In 2019", "on March 23rd", "AWS 3 years
 * ago", "Shopify 10x", "App 500 万日活").
 */
const EVIDENCE = [
	/(?<![A-Z]{2,}[a-z]*[- ]?|[A-Za-z]|\d[.,]?|[^\s.!?。！？]\s+(?!I\s)[A-Za-z]*[A-Z][A-Za-z]*\s)\d|\d\s*[万亿]|百分之|[一二三四五六七八九十两几百千万亿]+(?:倍|年|个月|万|亿|百万|千万)|翻倍|超过|越来越|总是|永远|从不|每一|远比|比[^，。！？]{1,12}更|最(?:重要|大|好|难|快|多|少|有趣|糟糕|关心)/,
	/(?<![A-Z]{2,}[a-z]*[- ]?|[A-Za-z]|\d[.,]?|[^\s.!?。！？]\s+(?!I\s)[A-Za-z]*[A-Z][A-Za-z]*\s)\d|\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d|\b\d+(?:[.,]\d+)?\s*(?:%|[kx]\b|(?:percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|people|users|customers|employees|engineers|servers|machines|nodes|dollars|bucks|euros|pounds|yuan|grand)\b)|\b(?:percent|twice|double|half|times|hundred|thousand|million|billion|trillion|more than|less than|fewer|better|worse|faster|slower|than|never|always|every|first|most|least)\b/i,
];

/**
 * Denials and contrasts: a line that says what something is not is a line that takes a
 * side. Chinese 不是 except in 是不是 (a question form) and 不是吗 (a tag); English
 * negated copulas and verbs of opinion, "never", "rather than", "instead of".
 */
const CONTRAST = [
	/不认为|(?<!是)不是(?!吗)|而不是|并不|并非|不同于|完全不同|从未|从不|永远不|绝不|不再|惊讶|出乎意料|没想到|意想不到|比我(?:预想|想象|预期|预料)/,
	/\b(?:not|isn't|aren't|wasn't|weren't|don't think|doesn't|never|no longer|rather than|instead of|nobody|unlike|surprised|surprising|than (?:i|we) expected|turns out)\b/i,
];

/**
 * Analogies and hypotheticals put to the listener. 像 only as a comparison, not inside
 * 图像 / 影像 / 录像 / 肖像 / 想像 / 画像 / 偶像; English "like a/an" and "is / feels … like a"
 * (not the verb "I like", nor the spoken filler "it's like well over…").
 */
const IMAGERY = [
	/(?<![图影录肖想画偶])像|比喻|好比|仿佛|想象|如果你|假设你/,
	/\b(?:like an?|(?:is|are|was|were|it's|feels?|looks?|sounds?) like (?:a|an|the|[a-z]{2,}ing)|as if|as though|imagine|picture this|think of (?:it|this|them) as|if you)\b/i,
];

/**
 * Vague hedges. English "kind of" / "sort of" only as adverbs, not after a determiner
 * ("any other kind of weather").
 */
const HEDGES = [
	/有点|某种程度|某种意义|一定程度|某些方面/,
	/(?<!\b(?:a|an|any|other|the|this|that|what|every|one|some|which)\s)\b(?:kind of|sort of)\b|\bsomewhat\b|\bmore or less\b/i,
];

/** Courtesies: said to the people in the room, not to the reader. */
const COURTESIES = [/谢谢|很高兴/g, /\b(?:thank you|thanks|glad to be|great to be)\b/gi];

const SENTENCE_END = /[。！!.…」』”"）)]$/;
/** A question mark, or a Chinese question said without one (ASR subtitles): 吗 closing a clause, but not the filler 你知道吗. */
const QUESTION = /[？?]|(?<!知道)吗(?:[，,。！!]|\s*$)|(?<!不管|无论)是不是|(?:怎么|什么|为什么|哪|谁|多少)[^。！？，,]*呢[。]?\s*$/;
/**
 * A request that someone talk, a question without its mark ("Maybe talk a little bit
 * about how you let the Bitcoin Core team know…", "Tell us about your first job.",
 * 你能跟我们讲讲…): a host's prompt, not a line of the answer.
 */
const PROMPT =
	/^\s*(?:(?:so|and|but|well|okay|ok|now|yeah),?\s+)*(?:(?:maybe|can you|could you|would you|will you|why don't you|do you want to|I'd love for you to|I'd love to hear (?:you|about))\s+(?:just\s+)?(?:tell (?:us|me)|talk (?:a (?:little )?bit )?about|walk (?:us|me) through|explain (?:to (?:us|me) )?(?:how|what|why)|describe (?:how|what)|share (?:with (?:us|me)|a (?:little )?bit))\b|(?:tell|talk) (?:us|me) (?:about|a (?:little )?bit)\b(?! it\.)|walk (?:us|me) through\b|(?:talk|tell us) about how you\b|give (?:us|me) a sense of\b|describe (?:the|a) \w+ (?:you|when you)\b|I'm curious (?:to (?:hear|know) )?(?:how|what|why|whether|if) you\b|I(?:['’]m| am| was|['’]ve been| have been)? (?:just |really )?wonder(?:ing)? (?:if|whether|how|what|why) (?:you|any of you|either of you)\b|I'd be curious (?:to hear )?(?:how|what|why) you\b|I have (?:a|one|two|three|a couple(?: of)?|a few) (?:quick |small |more )?questions?\b|I(?:'d| would)? (?:want(?:ed)?|like|love) to (?:hear|get) your (?:thoughts|take|opinion)\b)|^(?:那|所以|好|嗯|对)*(?:请你?|你(?:可以|能不能|能|要不要)|(?:可以|能不能)(?=跟|给))(?:跟|给|为)?(?:我们|大家)?(?:讲讲|说说|聊聊|介绍一下|谈谈|分享一下)|我们(?:很)?想听听你/i;
/**
 * An English question its transcript wrote without the mark (captions seldom have one),
 * put to the listeners: an auxiliary before `you` or `we`, "Do you need to look at that.",
 * "Should we move on.", or after a question word, "Why would anyone do that.", "How do we
 * fix it." Other subjects are left to the mark: a speaker who drops their
 * subject states ("Did that for ten years…", "Does it every single time."), a conditional
 * said that way runs on without its comma ("Had we known we would have…", "Were it up to
 * me…", "Should you need help just ask."), and a question the speaker answers at once
 * ("Will it replace developers. No, …") is the start of a point.
 */
const ASKED =
	/^\s*(?:(?:so|and|but|okay|ok|well|now|yeah|um|uh|right|hmm|I mean|you know),?\s+)*(?:(?:what|why|how|where|when|who)\s+(?:do|does|did|is|are|can|could|would|will|should|have|has|ca|wo)(?:n't|n’t)?\s+(?:you|we|y'all|anyone|anybody|people)|(?:do|does|did|is|are|am|can|could|would|will|should|have|has|ca|wo)(?:n't|n’t)?\s+(?:you|we|y'all))\b[^,;:]*$/i;
/** What a Chinese question may open on: 那, 所以, 好, 我想问一下…. */
const ZH_LEAD = '^(?:(?:那|所以|好|嗯|对|然后|那么|好的|我想请问|我想问|想问|我想)(?:一下)?[，,]?)*';
const ZH_YOU = '[你您]们?';
const ZH_WHEN = '(?:当时|现在|平时|后来|最|到底|究竟|真的)?';
/**
 * A Chinese question its transcript wrote without the mark (captions seldom have one), put
 * to the listener, at the sentence's start: 请问…; 你 / 您 会不会 / 能不能 / 有没有 / 为什么 /
 * 如何… said short or closing on 吗 / 呢 (你有没有发现，… and 你能不能成功取决于你自己 are
 * claims); 你觉得 / 你认为… with a question word or an A-not-A near its end, but not
 * "whatever you think, then…" (你觉得怎么舒服就怎么来, 你觉得难的时候就…) nor 你认为的…;
 * 你怎么看, 大家怎么看; 你是怎么 / 什么时候…; 你对…有什么建议; 你…是什么; 如果…你会怎么做. Matched on the
 * Simplified text.
 */
const ASKED_ZH = [
	new RegExp(`${ZH_LEAD}请问`),
	new RegExp(`${ZH_LEAD}${ZH_YOU}${ZH_WHEN}(?:会不会|能不能|有没有|为什么|如何|打算怎么)(?:[^，,；;。！？]{0,6}|[^，,；;。！？]*[吗呢])[。？?]?\\s*$`),
	new RegExp(
		`${ZH_LEAD}${ZH_YOU}(?:觉得|认为)(?!的)(?![^。！？]*(?:的时候|就|都))[^。！？]*(?:怎么|什么|为什么|哪|谁|多少|如何|吗|呢|会不会|有没有|对不对|是不是|好不好|行不行|能不能)[^。！？，,]{0,12}[。？?]?\\s*$`,
	),
	new RegExp(`${ZH_LEAD}(?:${ZH_YOU}|大家)${ZH_WHEN}(?:怎么看|怎么想)(?![^。！？]*都)`),
	new RegExp(`${ZH_LEAD}${ZH_YOU}${ZH_WHEN}是(?:怎么|什么时候|如何|为什么|从哪)`),
	new RegExp(`${ZH_LEAD}${ZH_YOU}对[^。！？，,]{1,20}有(?:什么|哪些)(?:建议|看法|想法|期待|期望)`),
	new RegExp(`${ZH_LEAD}${ZH_YOU}[^。！？，,]{1,16}是(?:什么|哪个|哪些|哪里|哪一个)[。？?]?\\s*$`),
	new RegExp(`${ZH_LEAD}(?:如果|假如|要是)[^。！？]{1,20}${ZH_YOU}(?:会|要|该|应该)?(?:怎么做|怎么办|怎么选|如何做|如何选择)[。？?]?\\s*$`),
];
/** A question without its mark (ASKED, ASKED_ZH); one its speaker answers, in the span or with "because", is the start of a point ("Why do we do this. Because nobody else will."), so only a span's last sentence is asked. */
const isAskedUnmarked = (sentence: string): boolean =>
	(ASKED.test(sentence) && !NOT_ASKED.test(sentence) && !/\bbecause\b/i.test(sentence)) || (ASKED_ZH.some((re) => re.test(sentence)) && !/因为/.test(sentence));
/** Said that way and no question: agreement ("So do we.", "And so can you.") a bidding ("Do it!") and a condition ("Should you ever need help, …"). */
const NOT_ASKED =
	/^\s*(?:(?:and|but|yeah|oh),?\s+)*(?:(?:so|neither|nor)\s+(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|had)\s+\w+|do\s+(?:it|this|that)\b|should\s+(?:you|we)\s+(?:ever\s+)?(?:need|want|find|run into|have any)\b)/i;
const DIRECTION = /[[【][^\]】]{0,80}[\]】]|[(（][^)）]{0,80}[)）]/;
const TRAILING = /\.\.\.|……|…/;

/** What a Chinese segue may open on (好，/ 那 / 嗯), and how it closes when nothing follows it (吧 / 了 and its mark). */
const ZH_SEGUE_LEAD = '^(?:(?:好|那|那么|好的|嗯|OK|ok)[，,]?)*';
const ZH_SEGUE_END = String.raw`(?:吧|了|啊)?[。！!]?\s*$`;
/**
 * A Chinese segue or break and nothing else, at the sentence's start (after
 * `ZH_SEGUE_LEAD`): 那我们换一个话题, 好，下一个问题, 今天就聊到这里，谢谢大家, 我们先进一段广告,
 * 说回正题, 接下来进入问答环节, 我们继续, 欢迎在评论区留言. Said of someone, or with a point
 * after it, it is content (他一被问到薪资就换个话题, 聊到这里，我想说的是…, 我们聊聊天就能解决一半的问题).
 * The first list closes there (`ZH_SEGUE_END`); the second says how each may close.
 */
const SEGUE_ZH = new RegExp(
	[
		...[
			'(?:我们)?就?(?:进入|来到|来看|看|聊|问)?下一个(?:问题|环节|话题|部分|议题)?',
			'(?:广告之后|广告回来|稍后)(?:见|马上回来|再见|回来)',
			'(?:不要|别)走开',
			'(?:我们|咱们)?(?:回到|说回|拉回到?|把话题拉回到?)(?:刚才|今天|我们)?的?(?:话题|正题)',
			'(?:我们|咱们)?(?:把话题)?拉回(?:到|来)[^，,。！？]{0,10}(?:上|来)?',
			'(?:接下来|下面|那)?(?:我们|咱们)?就?(?:进入|是|到了)(?:今天的)?(?:正题|问答环节|提问环节|观众提问(?:环节)?)',
			'(?:我们|咱们)(?:继续|接着聊|聊点别的)',
			'欢迎(?:大家)?留言',
			'(?:谢谢|感谢)(?:大家|各位)(?:的)?收听',
			'(?:接下来|下面|然后|现在|那)?(?:我们|咱们)就?(?:来|再|先)?(?:聊聊|聊一聊|谈谈|谈一谈|说说|讲讲)(?!天)(?![^，,。！？]*[就能会都才])[^，,。！？：:]{1,12}',
		].map((segue) => `${ZH_SEGUE_LEAD}${segue}${ZH_SEGUE_END}`),
		...[
			'(?:我们|咱们)?就?(?:换|转)(?:个|一个|一下)?话题(?:吧|了)?(?:[，,。！!]|$)',
			String.raw`(?:今天|今天的节目|这期|这一期|本期|我们|咱们)?(?:就)?(?:先)?(?:聊|讲)?到这(?:里|儿)?(?:吧|了)?(?:[，,](?:谢谢|感谢|我们下期|下期|再见)[^。！？]{0,20})?[。！!]?\s*$`,
			String.raw`(?:我们|咱们)?(?:先)?(?:休息一下|稍作休息|进一段广告|插播一条广告)[^。！？]{0,12}[。！!]?\s*$`,
			'(?:欢迎|记得|也欢迎)(?:大家)?(?:在)?评论区(?:留言|告诉我们|见)',
		].map((segue) => `${ZH_SEGUE_LEAD}${segue}`),
	].join('|'),
);

/**
 * The show talking about itself. A span holding any of these is logistics: never a quote.
 * English hand-overs, greetings and housekeeping (a live show's too: "good to meet you",
 * "I saw Tom joined.", "can you hear me"); saying who one is ("Hi, I'm Dan.", "I'm a front
 * end developer from Cleveland."); playing something ("let's take a listen to number
 * two"); a question from the floor written into a lecture's text ("Q - …"); a talk's
 * own agenda ("I'm gonna first give a quick overview of what we're gonna talk about",
 * "then we'll dive right into…", "we'll wrap up by covering…"); Chinese moderation (有请,
 * 你想先来吗, 这就是我的观点), agenda (今天我们要聊…) and a podcast's own calls (欢迎收听,
 * 下期再见, 点赞订阅).
 */
const LOGISTICS = [
	/\b(?:[Hh]i|[Hh]ello|[Hh]ey)(?: there| everyone| everybody| all| folks)?,? (?:I'm|I am|[Tt]his is|[Mm]y name is|[Ii]t's) [A-Z][a-z]/,
	// Playing something to the listeners ("So let's take a listen to number two."), and a question from the floor a lecture's transcript writes into the speaker's text ("Q - Starting from here…").
	/\blet's (?:take a |have a )?(?:listen|look) (?:to|at) (?:number \w+|the (?:first|second|third|next|last|other) one|it|this|that|them|a clip|the clip)\b|^\s*Q\s?[-–—:] /i,
	// A sentence that only says what one does and where from: "I'm a front end developer from Cleveland.", "I'm based in Northern Italy, I'm often in London…" (Zoom's saved captions of a FINOS call).
	/^\s*(?:[Aa]nd )?I(?:'m| am) (?:a|an) [\w -]{1,40}? (?:from|based in|out of) (?:the )?[A-Z][\w.]*(?:,? [A-Z][\w.]*){0,3}\s*[.!]?\s*$|^\s*(?:[Aa]nd |[Ss]o,? |My name(?:'s| is) [A-Z]\w*,? and )?I(?:'m| am) (?:currently )?(?:based|located) (?:in|out of) (?:the )?[A-Z][\w ,]{0,40}?(?:[.!]?\s*$|,\s*(?:and |but |uh,? )?I(?:'m| am)\b)/,
	// A meeting's opening: its welcome, its date, who talks when ("I'm gonna welcome everybody to the Podman Community Cabal meeting. Today is Tuesday, May 5th.", "And then, finally, Brent and or Matt will be talking about Podman 6.0 updates.").
	/\bwelcome,? (?:(?:everybody|everyone|folks|you all|y'all|all of you|all),? )?(?:here )?(?:today )?(?:back )?(?:to|for) (?:the |our |this |today's )?[\w -]{0,40}?(?:meeting|call(?! cent)|session|sync|stand-?up|office hours|webinar|seminars?|workshop|class|lecture|cabal)\b/i,
	/^\s*(?:[Ss]o,? |[Aa]nd,? )?[Tt]oday(?:'s| is) (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d|\b(?:[Tt]hen|[Nn]ext|[Ff]inally|[Aa]fter that),? [A-Z][a-z]+(?: (?:and|or|and or|and\/or) [A-Z][a-z]+)?(?:'s| will| is| are) (?:be )?(?:going to |gonna )?(?:talk(?:ing)? about|speak(?:ing)? about|present(?:ing)?|demo(?:ing)?|walk(?:ing)? us through|show(?:ing)? us)\b|\b(?:links?|it) in the (?:agenda|meeting notes|notes doc)\b|\b(?:[Tt]he )?links? (?:is|are) in the (?:agenda|chat|meeting notes)\b|(?:^|[,.;] )(?:(?:[Aa]nd|[Ss]o|[Oo]r),? )?(?:[Jj]ust|[Pp]lease) (?:e-?mail|ping|message) me\b(?! (?:your|their|a|an)\b)|\b[Yy]ou can (?:e-?mail|reach|ping) me at\b/,
	// Introductions to come: "I'll introduce myself and my colleague momentarily."
	/\b(?:I'll|I will|let me|I'm going to|I'm gonna|we'll|I'd like to|I want to|allow me to)(?: (?:first|quickly|briefly|just))* introduce (?:to you (?:all )?)?(?:myself|ourselves|my (?:colleague|co-?speaker|co-?host|guest|team)|our (?:guests?|speakers?|panel))\b/i,
	/\b(?:[Ll]et me|I'd like to|I want to|[Aa]llow me to|we should(?: actually)?)(?: (?:first|quickly|briefly|just))* introduce (?:to you (?:all )?)?[A-Z][a-z]+|我(?:先)?(?:简单)?介绍一下(?:我)?自己/,
	// A talk's housekeeping: how to ask questions ("I'd like to keep this as interactive as possible, so please do stop me and ask questions…").
	/\bkeep (?:this|it|things|the (?:session|talk|call|meeting)) as interactive as possible\b|\b(?:please )?(?:feel free to|do) (?:stop|interrupt) (?:me|us)\b|\bfeel free to (?:interrupt|jump in|chime in|unmute)\b|\b(?:please|feel free to|you can|do) ask (?:your |any )?questions (?:at any (?:time|point)|as we go|in the (?:chat|Q&A))\b|\b(?:hold|save|keep) (?:your |any |all )?(?:questions|them) (?:for|until|till) the end\b|\bput (?:them|your questions?) in the (?:chat|Q&A)\b|\bif you have (?:any )?questions,? (?:please )?(?:feel free to|just|you can)\b/i,
	/\b(?:I'm|I am|we're|we are) (?:gonna|going to)(?: to)? (?:first |now |also )?(?:be )?(?:(?:do|give)(?:ing)? (?:a |an )?(?:brief|quick|short) (?:discussion|update|demo|overview|intro)|talk(?:ing)? about|cover(?:ing)?|go(?:ing)? over|discuss(?:ing)?|give (?:you )?(?:a |an )?(?:quick |brief |short )?(?:overview|intro(?:duction)?|rundown|outline))\b|\b(?:then |and then |next |finally,? |after that,? )?we'll (?:talk (?:a little bit |a bit )?about|dive (?:right )?in(?:to)?|wrap (?:it )?up|go over)\b|\bwhat (?:we're|we are|I'm|I am) (?:gonna|going to) (?:talk about|cover)\b|^\s*(?:(?:so|and|and then|then),? )?(?:for )?(?:today|this (?:morning|afternoon|evening|session|episode)),? (?:we are|we're|I am|I'm|we'll be|I'll be|we will be|I want to|I'd like to|we want to) (?:going to be |gonna be )?(?:talk(?:ing)?|speak(?:ing)?) (?:to you )?about\b(?! (?:a |an )?(?:\d|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|(?:a |one )?(?:hundred|thousand|million|billion)))|^\s*(?:so,? |and,? |then,? )?(?:we|I)(?:'ll| will) (?:first )?(?:explain what(?! (?:happened|went wrong))|walk you through) /i,
	/(?:今天|接下来|下面|首先|最后|然后)我(?:们)?(?:会|要|先|再|来)?(?:跟大家|和大家|给大家)?(?:聊|讲|谈|介绍|分享)(?:一下|一聊|一讲|一谈)?(?:的是|关于|我们|今天)|今天(?:的)?(?:节目|这期)(?:我们)?(?:要|会)?(?:聊|讲|谈)/,
	/\b(?:let's|let us) (?:dive|jump|get|dig) (?:in|into it|right in|started|going)\b|\b(?:just )?(?:get|jump|dive) right in(?:to it)?\b|\blet's (?:turn|move|switch|go|get) (?:now )?(?:to|on to|over to|back to) (?:the )?(?:news|topic|show|interview|episode|questions?)\b|(?:^|[.;!?] )(?:(?:so|and|okay|ok|alright|all right|now|yeah|well|great|cool|with that|next|then|um|uh),? )*let's (?:now |just |quickly |briefly )?(?:talk|chat) (?:a (?:bit|little)(?: bit)? |briefly |quickly |now )?about\b(?! (?:why|what actually|the elephant)\b)(?![^.!?]*(?::|\bbecause\b|, not\b|\bopenly\b))|\b(?:it makes sense to|let's|let me|we should|we'll|I'll) start (?:off )?with a (?:brief|quick|short|little) (?:recap|overview|intro(?:duction)?|summary|background|history)\b(?! (?:before|after|every|whenever)\b)|\b(?:thanks?|thank you)(?: so much| very much)? for (?:having (?:me|us)|joining (?:me|us)|coming on|being (?:here|on)|listening|tuning in)\b|\b(?:it's )?(?:great|good|nice) to (?:be here|have you)\b|\bwelcome (?:back )?to (?:the|our|this) (?:show|podcast|episode|program)\b|\b(?:link|links) (?:is |are |will be )?in the (?:show ?notes|description)\b|\b(?:we|I)(?:'ll| will| can| could|'d| should) (?:also |definitely |just )?link (?:to )?(?:it|that|this|them|those|these|both(?: of (?:them|those|these))?|all (?:of )?(?:them|those|these)|(?:the|his|her|their|our|my|that|this) (?:\w+ )?(?:story|article|post|blog|video|paper|talk|repo|repository|thread|tweet|issue|docs|website|site|page|episode|book|project|library|tool|list))(?=\s*(?:[.,;:!?…)]|$)|\s+(?:and|in|into|on|below|up|later|for (?:you|folks|people|listeners|anyone|everyone)|so|if|there|here|too|as well)\b)|\b(?:we|I)(?:'ll| will| can| could|'d) (?:also )?(?:include|add|put|drop|share|post) (?:a |the )?links?(?: (?:to|for) (?:it|that|this|them|those))?(?: (?:to|on|in|into) the (?:show ?notes|notes|description|episode page|page))?(?=\s*(?:[.,;!?]|$)|\s+(?:in|on|below|for)\b)|\bon the episode page\b|\blinks? (?:below|in the description)\b|\b(?:CFP|call for (?:papers|proposals|speakers))\b[^.!?]{0,60}?\b(?:ends?|closes?|close|closing|opens?|opened|open|due|deadline)\b(?:\s+\w+){0,2}?\s+(?:on|by|until|soon|today|tomorrow|tonight|this|next|in (?:a|two|three|\d+) (?:days?|weeks?)|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the \d+(?:st|nd|rd|th))\b|\b(?:CFP|call for (?:papers|proposals|speakers))\b[^.!?]{0,30}?\bis (?:still |now |not yet )?open\b|\bshow ?notes\b|\bsubscribe (?:to (?:the|our|my|this) (?:show|podcast|channel|newsletter)|(?:and|or) (?:rate|review|follow|like))\b|\b(?:please|don't forget to|make sure (?:you|to)|be sure to) (?:\w+ )?subscribe\b|\brate and review\b|\b(?:we'll be right back|after the break|before we (?:get started|begin|dive in|jump in|do that))\b|\b(?:I'm done talking|that's (?:all|it) (?:from me|for (?:today|this (?:week|episode)))|see you next (?:time|week)|until next time)\b|\b(?:take it away|over to you)\b|\byou're listening to\b|\bgo back to \w+ for a second\b|\b(?:hi|hello|hey),? (?:everyone|everybody|folks|all)\b|\bgood (?:morning|afternoon|evening),? (?:everyone|everybody|folks|all)\b|\bhow are you(?: doing)?\b(?!\s+(?:going|gonna|planning|thinking|supposed|able|handling|dealing))|\b(?:good|nice|great|lovely|a pleasure) to (?:meet|see) you\b|\b(?:I see|I saw|looks like) (?:\w+ ){1,3}(?:has )?(?:just )?joined(?: us| the (?:call|space|stream|show|chat|room))?(?:[.!,]|$)|\bcan (?:you|everyone|everybody) hear (?:me|us)\b|\byou(?:'re| are) (?:still )?(?:on )?mute[d]?\b|\b(?:check out|pick up|grab) (?:my|our) (?:new )?(?:book|course|newsletter|merch|patreon|channel)\b|\bfollow (?:me|us) on\b|\b(?:join|support) (?:us|our|me) on (?:patreon|discord|substack)\b|\byou can find (?:me|us) (?:at|on)\b|\b(?:our|my) (?:patreon|newsletter|discord)\b|\b(?:my|our) (?:\w+ )?(?:referral|affiliate) (?:link|code)\b|\bthis (?:video|episode) is(?: not|n't)? sponsored\b/i,
	// A meeting's own business: its screen, its recording ("your message is being recorded", in a conversation with Taiwan's digital minister), its next date, who speaks next ("I will point out that our next meeting for the call is on January 7th.", a Podman community call).
	/\b(?:shar(?:e|ing)|stop(?:ping)? sharing) (?:my |the |your |a |this )?screen\b|\bcan (?:you|everyone|everybody|y'all|you all) see (?:my|the|this) (?:screen|slides?|window|browser|terminal)\b|\b(?:next|previous|last) slide,? please\b|\b(?:start|stop|pause|end)(?:ed|ing|s)? the recording\b|\bhit record\b|\b(?:this|it|everything|the (?:meeting|call|session|conversation|webinar|event|panel|discussion)|this (?:call|session|conversation|episode|meeting)|your (?:message|question|comments?|words?|voice)) (?:(?:is|are) being|will be) recorded\b(?! (?:in|on|by|as|into|onto|forever|without)\b)|\bwe're recording this\b|\b(?:is|are) (?:this|we|it) (?:being )?recorded\b|\bour next (?:\w+ )?(?:meeting|call|session|sync|stand-?up|office hours)\b(?: \w+){0,3} (?:is|will be) (?:on|at|in|next|scheduled|tomorrow)\b|\bthe next (?:\w+ )?(?:meeting|call|sync|stand-?up) (?:is|will be) (?:on|at|scheduled|in (?:two|three|a) weeks?)\b|\b(?:let me|I'll|I will|I'm going to|I'm gonna) (?:hand|pass|turn) (?:it|things) (?:over|off|on) to\b|^\s*(?:so,? |okay,? |ok,? |alright,? )?who(?:'s| is| wants to go| goes) next\b|\blet me (?:see if I can )?(?:increase|bump up|make) (?:the )?(?:font |text )?(?:size|it bigger|this bigger)\b|\blet me (?:just )?zoom in\b(?! on)|\b(?:the )?transcri(?:ption|ber)(?: has| is)? (?:started|stopped|running)\b|\b(?:I'll|let me|I'm going to|I'm gonna) stop sharing\b|\bmake the (?:font|text) bigger\b|\b(?:links?|it) in the chat\b|\b(?:thanks?|thank you)(?: so much| very much)?,? (?:everyone|everybody|all|folks),? for (?:joining|coming|being here)\b|\byou're up next\b|\b(?:send|share) (?:the|this) recording\b/i,
	// A demo's narration, what the speaker does on the screen shared: "So, just click on it to see the logs.", "This is red, let's have a look.", "let's just call it Network 1", "Please ignore the failure here." (the Podman project's calls).
	/(?:^|[,.;] )(?:(?:so|and|then|now|okay|ok),? )*(?:you (?:basically |just )?|just )?click (?:on )?(?:it|here|there|the \w+(?: \w+)? (?:button|tab|link|icon))\b|\bif (?:you|I|we) scroll (?:down|up|a bit|further)\b(?! (?:your|their|his|her)\b)|\blet me (?:just )?scroll\b|\blet's (?:have|take) a (?:quick )?look\b(?! at (?:why|how|what|whether))|\b(?:if I|let me|I'll|I'm (?:going to|gonna)|let's) (?:just )?(?:run|re-?run|type|paste|open|start|create|pull up|switch to|go to) (?:the |a |this |that |my |it |another )?(?:\w+ )?(?:command|container|terminal|tab|window|VM|file|script|image|pod|page|browser|repo(?:sitory)?|shell|folder|directory)\b|\bas you can see (?:here|on (?:the|my) screen|in the (?:output|logs|terminal))\b|(?:^|[,.;] )(?:(?:so|and|just|please|you can),? )*ignore (?:the|this|that) (?:\w+ )?(?:errors?|failures?|warnings?)\b|\blet me (?:get|start) (?:the )?screen ?sharing\b|\blet's (?:just )?(?:re-?run(?: it)?[.!]|check the (?:logs?|output)\b)/i,
	/\b[Ll]et's (?:just )?call (?:it|this|that),? [A-Z][\w-]*(?: \d+)?[.!]?\s*$/,
	// A sentence that only shows what is on the screen: "Here are graphs for custom version." (a Podman call), 这是我们的监控图。
	/^\s*(?:(?:so|and|okay|ok|now|then|alright),? )*here(?:'s| is| are) (?:the |my |our |a |an |some |all the |two |three |four )?(?:[\w-]+ ){0,3}(?:graphs?|charts?|plots?|results?|numbers|outputs?|logs?|slides?|screenshots?|diagrams?|tables?|dashboards?|metrics|benchmarks?)(?: (?:for|of|from|with|on|in) [^,;:.!?]{1,40})?[.!]?\s*$/i,
	/^(?:好，?|那)?(?:这|这里|这边)(?:就)?是(?:我们|我)?的?[^，。！？：]{0,10}(?:图|图表|曲线|截图|日志|仪表盘)[。！]?$/,
	/(?:我|我们|大家)(?:先|再)?(?:点|点击)一下|往下(?:拉|滚|翻)(?:一下)?[，,。]|(?:我|我们|先)(?:把这个(?:命令|脚本))?再?(?:跑|运行|执行)(?:一下|一遍)|(?:我|我们)(?:来)?(?:跑|运行|执行)这个(?:命令|脚本|测试)|^(?:好，?|那)?我们(?:来|先)?看一下[。！]?$|^大家可以看到[，,]|(?:屏幕上|终端里)(?:可以)?(?:看到|看见)(?!的)/,
	// A segue and nothing else: "Let's switch gears and talk about hiring.", "Shifting gears a bit.", "Let's move on to the next topic." A point made with its words is content ("Switching gears too often is what kills most startups.", "Let's move on to a world where nobody has to think about servers.", "Let's move on from passwords, because they fail…").
	/^\s*(?:(?:so|and|okay|ok|alright|all right|now|well|great|cool|next|anyway|um|uh),? )*(?:(?:(?:let's|let us|I want to|I'd like to|time to) (?:now |quickly |just )?(?:switch|shift|change) gears|(?:switching|shifting|changing) gears)(?: (?:a (?:little )?bit|here|now|for a (?:moment|minute|second)))?(?:,? (?:and|to) (?:talk|chat|ask|turn|get) (?:a (?:little )?bit )?(?:about |to |into )?[^.!?,;:]{0,40})?|let's (?:now |just )?move on(?: (?:now )?to (?:the next (?:topic|question|one|item|section|segment)|(?:our |the )?(?:listener |audience )?questions|\w+(?: \w+)?))?)(?![^.!?]*\b(?:because|since|so that|which|why)\b)[.!]?\s*$/i,
	SEGUE_ZH,
	// A moderator's pause for the others: "I'm going to pause here to see if Niklas or 0xB10C have any comments." (Brink's podcast). "Pause here and think about what you'd do." is not one.
	/\b(?:I'm going to|I am going to|I'm gonna|I'll|I will|let me|let's|we'll) (?:just )?pause (?:here|there|for a (?:second|moment|minute)) (?:to|and) (?:see|ask|check)(?: if| whether)? [^.!?]{0,60}?\b(?:comments?|questions?|thoughts|anything to add)\b/i,
	// Taking the floor and nothing else: "I can jump in again.", "Let me chime in here." (Bitcoin.Review).
	/^\s*(?:(?:so|and|okay|ok|yeah|well|maybe),? )*(?:I can|I['’]ll|I will|let me|can I|could I|may I|if I (?:can|may|could)) (?:just |quickly |also )?(?:jump|chime|hop) in(?: (?:again|here|there|on that|on this|quickly|real quick|for a (?:second|moment)))*[.!?]?\s*$/i,
	// A date to submit by, with or without the CFP's name: "And March 30th is the deadline to submit your proposal.", "But yes, March 13th is the deadline for GopherCon." (Go Time #267); 投稿截止日期是三月三十号。 A deadline in a story or a claim ("…some arbitrary deadline", "May 25th was the deadline for GDPR, and…") names no date still to come.
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})? (?:is|will be) (?:the )?(?:deadline|last day|cut-?off) (?:to|for)\b|\b(?:the )?(?:deadline|last day|cut-?off) (?:to|for) (?:(?:submit|apply|register|enter|send in|sign up)(?:ting|ing)?\b|(?:your |the |a )?(?:proposals?|submissions?|applications?|registrations?|entries|tickets|CFP)\b)[^.!?]{0,80}?\b(?:is|are|will be|closes|ends) (?:on |by |this |next )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|today|\d{1,2}(?:st|nd|rd|th)|the \d{1,2}(?:st|nd|rd|th)|the end of (?:the|this|next) (?:week|month))\b|(?:报名|投稿|申请|提交|征稿|购票)(?:的)?(?:截止|截至)(?:日期|时间|日)?(?:是|到|为|在)|\d+月\d+(?:日|号)(?:就)?(?:是)?(?:报名|投稿|申请|提交|征稿)?截止/,
	// Choosing what to take first: "Let's do the slices one first though..." (Go Time #267), "Let's start with the first one." "Let's do the hard thing first." is advice.
	/\blet's (?:do|take|start with|begin with|go with|look at|go to) (?:the |this |that )?(?:[\w-]+ ){0,2}one (?:first|next)\b|\blet's (?:start|begin) with the (?:first|second|next|last) one\b/i,
	// A sponsor's offer read out: "…by signing up for a free 7-day trial, no credit card required." (Changelog News #139), "…hit the Book a Demo button on stanza.systems." (JS Party #250). A trial or a demo in a claim is no offer.
	/\b(?:sign(?:ing)? up for|start(?:ing)?|get(?:ting)?|with) (?:a |your )?free (?:\d+|one|two|three|seven|ten|fourteen|thirty)[- ](?:day|week|month) trial\b|\bno credit card (?:required|needed|necessary)\b|\b(?:hit|click|press) the book a demo\b|\bbook a demo (?:at|on|today|now)\b/i,
	// Thanks said on air ("A couple more shout-outs to people new and old who are involved in Changelog.", "So shout-out to listener Alex."), the screen shown ("Look at my CPU, it's at 12%."), a course's own outline (这是本课程的目录。). "Shout-outs are the cheapest way to build a community." and "Look at the logs before you touch the code." say something.
	/\b(?:(?:a |big |quick |special |huge )?shout[- ]?outs? to|(?:give|giving|gave) (?:a |an |some )?(?:quick |big |special |huge )?shout[- ]?outs?|(?:gonna|going to|want to|wanna|have to|gotta|I'd like to|I'll|let me) shout[- ]?out(?! that\b))\b|(?:^|[,;]\s*|\b(?:then|just|please|go) )subscribe(?: (?:now|today|to (?:the|our) (?:show|podcast|newsletter|feed)))?\s*[.!]|\bplease apply(?: (?:now|today|here))?\s*[.!]|^\s*(?:(?:so|and|also),? )?(?:a couple (?:more )?(?:of )?|some |more |a few )?shout-?outs\s*[.!]?\s*$|^\s*(?:(?:so|and|now|okay|ok|yeah),? )*look at (?:my|this) (?:cpu|screen|terminal|dashboard|graph|memory usage|browser|window|output|logs?)\b|本(?:课程|节课)的?(?:目录|大纲|章节|讲师)|本课程(?:一)?共?分为/i,
	// A show's own opening, sign-off and teasers: "I'm Jerod and this is Changelog News for the week of…", "Have a great week! Like, subscribe, and leave us a 5-star review if you dig the show, and I'll talk to you again real soon.", "That's the news for now, but check the companion newsletter…", "We have some great episodes coming up!", "On Wednesday, Sid joins us…" (Changelog News). As imperatives and formulas only: "I'm Dutch, and this is Dutch directness", "Happy users leave us a rating once in a thousand sessions", "The like and subscribe economy…", "Have a nice day, the bot replied…" and "This Friday everyone joins us in the office" say something.
	/^\s*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Ww]hat up),? )?I(?:'m| am) [A-Z][a-z]+(?: [A-Z][a-z]+)?,? and (?:this is|you're listening to|welcome to) [A-Z][\w+&'’-]*(?: [A-Z&][\w+&'’-]*)*(?=\s*(?:[,.!]|$|for the week\b|episode\b|#?\d|on [A-Z]))|\b(?:[Oo]n |[Tt]his |[Nn]ext )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? [A-Z][\w-]*(?: [A-Z][\w-]*){0,2} (?:joins|is joining|will join) us\b|^\s*(?:[Oo]n )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday): /,
	/^\s*(?:(?:so|well|anyway|okay|ok|alright|all right|and),? )*have a (?:great|good|nice|wonderful) (?:week|weekend|day|one)(?:,? (?:everyone|everybody|folks|all|y'all|guys))?(?=\s*(?:[.!]|$|,? and (?:we|I)(?:'ll| will)\b|,? \*{0,2}(?:tell|share|spread|leave|e-?mail|like|subscribe|rate|review)\b))|(?:^|[.!?,;] |\b(?:and|please|so) )\s*(?:(?:please|don't forget to),? )?like(?:,| and) subscribe\b|(?:^|[.!?,;] |\b(?:and|please|so|to) )\s*leave (?:us|me) (?:a|an) (?:(?:\d+|five)[- ]star |quick |nice |good |great |positive |honest )?(?:review|rating)\b|(?:^|[.!?,;] |\b(?:and|please|so) )\s*leave (?:a|an) (?:(?:\d+|five)[- ]star |quick |nice |good |great |positive |honest )?(?:review|rating)\b(?! (?:of|for) )|\b(?:e-?mail|send|DM) (?:me|us) (?:your|a) (?:(?:\d+|five)[- ]star )?review\b|\b(?:I'll|I will|we'll|we will) (?:talk to|see|catch) you (?:(?:all|guys|again|next (?:week|time)|real|very|all again) )*soon\b(?!\s+(?:in|at|on|when|after|if)\b)|\b(?:we have|we've got) (?:some |a few |more |two |three )?(?:great |awesome |amazing |good |fun |new )?episodes (?:coming up|on the way|lined up)\b|^\s*(?:(?:so|well|okay|ok|and),? )*(?:that's|that is) (?:the|all the) news for (?:now|today|this week)\b|\bthe companion newsletter\b|\btime (?:once again )?for (?:some |our )?(?:[\w+]+ )?shout[- ]?outs\b|\bsubscribe to (?:the|our) [\w+ ]{0,20}feed\b|\bour (?:upcoming |next )?(?:[A-Z][\w-]+ )?live show\b/i,
	// A hand-over's formula: "So without further ado, here's Gary." ("ado" is rare in a claim).
	/\bwithout (?:any |much )?further ado\b/i,
	// Who talks next, by name: "It looks like Dan's going to talk." ("AI is going to take over" is a forecast).
	/\b(?:[Ll]ooks|[Ss]eems) like [A-Z][a-z]+(?:'s| is) (?:going to|gonna|about to) (?:talk|present|share|demo|go next)\b/,
	/共享(?:一下)?(?:我的)?屏幕|(?:看|看得|能看)(?:到|见)我的屏幕|(?:开始|停止|暂停)(?:录屏|录制)(?=[了吧啦。，,！!]|$)|下(?:一)?(?:次|周)的?(?:会议|例会|周会)(?:是|在|定在)|交给.{1,8}(?:来讲|来介绍|来分享)|发在(?:聊天框|聊天区|群)里|等一下其他人|(?:今天的)?会议(?:就)?到这里/,
	/大家好(?!像)|很高兴(?:认识|见到)你|(?:能|可以)?听(?:得)?(?:到|见)(?:我|我们)(?:说话)?吗|你(?:那边)?(?:还)?(?:是)?静音|我先做个开场|有请.{0,20}(?:上台|登场|发言|和|与|$)|你想先来吗|这就是我的(?:部分|观点|发言)|感谢(?:各位|大家)(?:的)?(?:收听|参与|到来|光临)?[。！]?$|欢迎(?:收听|收看|来到|回到)|下期(?:再)?见|(?:记得|别忘了|欢迎|请)(?:点赞|订阅|关注|转发)|点赞(?:、|和|加)?(?:关注|订阅|转发|收藏)|一键三连|关注我们|回答观众的问题|我们(?:开始|进入正题)吧|言归正传/,
];

/**
 * Scores one span. `names` are the first and last names of the people on stage, for the
 * vocative rule; `sentences` are the span's sentences (to count questions); `tokens` the
 * span's English tokens when the caller has tagged them already (in their sentence, for
 * better tags), else the span is tagged here.
 */
export const scoreQuotability = ({
	text,
	sentences,
	names,
	tokens,
}: {
	text: string;
	sentences: string[];
	names: string[];
	tokens?: readonly EnglishToken[];
}): {parts: QuotabilityParts} => {
	const w = QUOTABILITY_WEIGHTS;
	// Traditional characters read as Simplified ones: the word lists are written in Simplified (same length, same offsets).
	const trimmed = foldToSimplified(text.trim());
	const questions = sentences
		.map((s) => foldToSimplified(s))
		.filter((s, i, all) => QUESTION.test(s) || PROMPT.test(s) || (i === all.length - 1 && isAskedUnmarked(s))).length;
	const endsOnQuestion = /[？?]\s*$/.test(trimmed);
	const dangling = DANGLING_OPENER_ZH.test(trimmed) || DANGLING_OPENER_EN.test(trimmed);
	const nameWords = lowerCaseSet(names);
	const spoken = readSpoken({text: trimmed, names: nameWords, tokens});
	const courtesies = COURTESIES.reduce((n, re) => n + (trimmed.match(re)?.length ?? 0), 0);
	const fillers = spoken.disfluency.fillers + courtesies;
	const dense = fillers >= 2 || courtesies > 0 || fillers > spoken.disfluency.words * FILLER_DENSITY;
	const {contentShare, names: named, counts} = spoken.substance;
	// The share of content words counts in English only: Chinese words as a segmenter cuts them are content so often that their share says little (on the Chinese evaluation talks it only added noise).
	const perShare = readsAsChinese(trimmed) ? 0 : w.substancePerShare;
	const parts: QuotabilityParts = {
		opener: dangling ? w.opener : 0,
		spokenOpener: !dangling && SPOKEN_OPENER_EN.test(trimmed) ? w.spokenOpener : 0,
		pointer: !dangling && !spoken.reference && (POINTING_OPENER_ZH.test(trimmed) || POINTING_OPENER_EN.test(trimmed)) ? w.pointer : 0,
		stance: STANCE.some((re) => re.test(trimmed)) ? w.stance : 0,
		evidence: EVIDENCE.some((re) => re.test(trimmed)) ? w.evidence : 0,
		contrast: CONTRAST.some((re) => re.test(trimmed)) ? w.contrast : 0,
		imagery: IMAGERY.some((re) => re.test(trimmed)) ? w.imagery : 0,
		hedge: HEDGES.some((re) => re.test(trimmed)) ? w.hedge : 0,
		ending: SENTENCE_END.test(trimmed) || endsOnQuestion ? 0 : w.ending,
		question: questions === 0 ? 0 : w.question * Math.min(1, 0.5 + questions / Math.max(1, sentences.length) / 2) + (endsOnQuestion ? w.questionAtEnd : 0),
		filler: fillers === 0 ? 0 : dense ? Math.max(w.fillerMax, fillers * w.fillerEach) : w.fillerLight,
		direction: DIRECTION.test(trimmed) ? w.direction : 0,
		trailing: TRAILING.test(trimmed) ? w.trailing : 0,
		disfluency: Math.max(w.disfluencyMax, spoken.disfluency.restarts * w.disfluency),
		logistics:
			sentences.some((sentence) => LOGISTICS.some((re) => re.test(sentence)) || givesOwnName({sentence, names: nameWords})) ||
			LOGISTICS.some((re) => re.test(trimmed))
				? w.logistics
				: 0,
		address: addressesSomeone({text: trimmed, names: nameWords}) || spoken.callsOut ? w.address : 0,
		reference: spoken.reference ? w.reference : 0,
		incomplete: spoken.incomplete ? w.incomplete : 0,
		substance:
			Math.max(-w.substanceMax, Math.min(w.substanceMax, perShare * (contentShare - SUBSTANCE_PIVOT))) + (named ? w.named : 0) + (counts ? w.counted : 0),
	};
	return {parts: roundParts(parts)};
};

/** A sentence that only says one's name, one of the talk's speakers': "I'm Cameron." ("I'm Australian." is not a name). */
const OWN_NAME = /^\s*(?:[Aa]nd |[Ss]o )?I'm ([A-Z][a-z]+)(?: [A-Z][a-z]+)?[.!]?\s*$/;
const givesOwnName = ({sentence, names}: {sentence: string; names: ReadonlySet<string>}): boolean => {
	const name = OWN_NAME.exec(sentence)?.[1];
	return name !== undefined && names.has(name.toLowerCase());
};

/** The rules that read a span by its words: English by its tags, Chinese by its segmented words. */
const readSpoken = ({
	text,
	names,
	tokens,
}: {
	text: string;
	names: ReadonlySet<string>;
	tokens: readonly EnglishToken[] | undefined;
}): {disfluency: Disfluency; reference: boolean; incomplete: boolean; substance: Substance; callsOut: boolean} => {
	if (readsAsChinese(text)) {
		return {
			callsOut: false,
			disfluency: measureDisfluencyChinese({text, locale: 'zh'}),
			reference: opensOnReferenceChinese({text}),
			incomplete: judgeChinese({text, locale: 'zh'}) !== null,
			substance: measureSubstanceChinese({text, locale: 'zh', names}),
		};
	}
	const own = tokens ?? tagEnglish({text}).tokens;
	return {
		callsOut: callsOutEnglish({tokens: own}),
		disfluency: measureDisfluencyEnglish({tokens: own}),
		reference: opensOnReferenceEnglish({tokens: own}),
		incomplete: judgeEnglish({tokens: own}) !== null,
		substance: measureSubstanceEnglish({tokens: own, names}),
	};
};

/**
 * The names in lower case, as a set: made once for a talk's list of names (a talk may have
 * thousands of speakers, and every span is scored against them all).
 */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const lowerCaseSet = (names: readonly string[]): ReadonlySet<string> => {
	let set = nameSets.get(names);
	if (set === undefined) {
		set = new Set(names.map((n) => n.toLowerCase()));
		nameSets.set(names, set);
	}
	return set;
};

/**
 * Whether `text` calls someone by name: a piece of it that opens the text or follows a
 * sentence or clause mark (and spaces), and ends at a clause mark or the text's end
 * (`Lester，` / `, Sam,`), is one of the `names` (lower case). Each piece is looked up in
 * the set, so the time is the text's, however many names there are; no pattern is built
 * from a name, which is the user's text and can be long.
 */
const VOCATIVE_OPENS_AFTER = /[，,。！？!?；;—]/;
const VOCATIVE_ENDS_AT = /[，,？?！!]/;
const addressesSomeone = ({text, names}: {text: string; names: ReadonlySet<string>}): boolean => {
	if (names.size === 0) return false;
	const lower = text.toLowerCase();
	for (let i = 0; i < text.length; i++) {
		if (i > 0 && !VOCATIVE_OPENS_AFTER.test(text[i - 1] ?? '')) continue;
		let start = i;
		while (start < text.length && /\s/.test(text[start] ?? '')) start++;
		let end = start;
		while (end < text.length && !VOCATIVE_OPENS_AFTER.test(text[end] ?? '')) end++;
		if (end < text.length && !VOCATIVE_ENDS_AT.test(text[end] ?? '')) continue;
		let last = end;
		while (last > start && /\s/.test(text[last - 1] ?? '')) last--;
		if (last > start && names.has(lower.slice(start, last))) return true;
		// The text opens on a call to someone by a name spelled one letter apart from theirs ("Jonny, that was very well said." to Johnny).
		if (i === 0 && end < text.length && isNearName({word: text.slice(start, last), names}) && TURNS_TO_NEAR.test(text.slice(end))) return true;
	}
	return false;
};

/** After a near name and its comma, words that turn to the person ("Jonny, that was…", "Jonny, what do you…"); "Email, for all its flaws, …" does not. */
const TURNS_TO_NEAR = /^[,，]\s*(?:that|this|thank|thanks|you|your|what|how|why|can|could|do|did|would|will|i|we|tell|let's|great|good)\b/i;
/** Names this long or longer are matched one letter apart: a shorter one is too near a common word ("Nick", "Nice"). */
const NEAR_NAME_MIN = 5;
/** Words that open a sentence with a comma and are no one's name, whatever names are near them. */
const NOT_A_NAME = new Set([
	'great',
	'sorry',
	'right',
	'thanks',
	'sure',
	'well',
	'yeah',
	'okay',
	'alright',
	'honestly',
	'actually',
	'again',
	'anyway',
	'listen',
	'look',
	'first',
	'second',
	'third',
	'finally',
	'exactly',
	'absolutely',
	'totally',
	'indeed',
	'please',
	'agreed',
	'perfect',
	'cheers',
	'hello',
	'thank',
]);
const deletions = (word: string): string[] => Array.from({length: word.length}, (_, i) => word.slice(0, i) + word.slice(i + 1));
/** Each name of NEAR_NAME_MIN letters or more by itself and with each one letter left out: a word one letter apart from a name shares one of these keys with it (made once per talk's names). */
const nearNameKeys = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, ReadonlySet<string>>>();
/** Each key with the first letters of the names it comes from: a near name starts as the name does ("Austin" is not "Justin"). */
const keysOfNames = (names: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> => {
	let keys = nearNameKeys.get(names);
	if (keys === undefined) {
		const made = new Map<string, Set<string>>();
		const add = (key: string, first: string) => made.set(key, (made.get(key) ?? new Set<string>()).add(first));
		for (const name of names) {
			if (name.length < NEAR_NAME_MIN || name.length > 20 || !/^[a-z]+$/.test(name)) continue;
			const first = name[0] ?? '';
			add(name, first);
			for (const key of deletions(name)) add(key, first);
		}
		keys = made;
		nearNameKeys.set(names, keys);
	}
	return keys;
};
/** A capitalised word one letter apart from one of `names` (a letter more, less or other) and starting as it does: "Jonny" for "johnny"; not an adverb in -ly ("Sadly" for "sally") nor an oath. */
const isNearName = ({word, names}: {word: string; names: ReadonlySet<string>}): boolean => {
	if (!/^[A-Z][a-z]{3,19}$/.test(word)) return false;
	const lower = word.toLowerCase();
	if (NOT_A_NAME.has(lower) || lower.endsWith('ly')) return false;
	const keys = keysOfNames(names);
	const first = lower[0] ?? '';
	return [lower, ...deletions(lower)].some((key) => keys.get(key)?.has(first) === true);
};

/** After "Name," the words that turn to the person: "Tom, I have to ask you…", "Steve, what do you think…", "Ana, can you…". */
const TURNS_TO = new Set([
	'you',
	'your',
	'what',
	'how',
	'why',
	'where',
	'when',
	'who',
	'can',
	'could',
	'do',
	'did',
	'does',
	'would',
	'will',
	'are',
	'is',
	'have',
	'tell',
	'let',
	"let's",
	'i',
	'we',
]);
const CALL_MARKERS = new Set(['so', 'well', 'okay', 'ok', 'now', 'yeah', 'alright', 'and', 'but', 'hey', 'hi', 'oh']);
const isGivenName = (t: EnglishToken | undefined) => t?.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t.text);

/**
 * Whether an English span calls someone by a name the talk does not list (a diarized
 * transcript's `Speaker 1`, a guest in the audience): a sentence opening on a given name
 * (after a marker at most: "So, Tom, …") and a comma and turning to them ("Tom, I have to
 * ask you about a story…", "Steve, what do you think?"), or closing on one (", Tom?", ", Steve."). A name before a remark set off
 * by commas is its topic, not a call ("Rigor, we said, matters"; "Paris, I think, is…"),
 * and a name after another is a list ("Berlin, Paris.").
 */
const callsOutEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): boolean => {
	/** Before the first token, past the last, or a sentence's end (`endsSentenceAt`: not a dot inside "Next.js"). */
	const endsSentence = (i: number) => i < 0 || i >= tokens.length || endsSentenceAt(tokens, i);
	for (let i = 0; i < tokens.length; i++) {
		const previous = tokens[i - 1];
		// At a sentence's start, or after its opening marker: "So, Tom, what happened?"
		const opensSentence = endsSentence(i - 1) || (previous?.text === ',' && CALL_MARKERS.has(tokens[i - 2]?.text.toLowerCase() ?? '') && endsSentence(i - 3));
		if (opensSentence && isGivenName(tokens[i]) && tokens[i + 1]?.text === ',') {
			const next = tokens[i + 2];
			const aside = tokens[i + 4]?.text === ',';
			if (next !== undefined && TURNS_TO.has(next.text.toLowerCase()) && !aside) return true;
		}
		if (previous?.text === ',' && isGivenName(tokens[i]) && endsSentence(i + 1) && !isGivenName(tokens[i - 2]) && isWordToken(tokens[i - 2])) return true;
	}
	return false;
};

export const roundParts = <T extends Record<string, number>>(parts: T): T =>
	Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(v * 1000) / 1000 + 0])) as T;
