import {foldToSimplified} from '../text/fold-to-simplified';
import {type EnglishToken, isWordToken, tagEnglish} from '../text/tag-english';
import {judgeCompleteness} from './judge-completeness';
import {LEADING_MARKERS} from './judge-self-contained';

/**
 * Whether a sentence says nothing a card could carry: a reaction or a hedge said between
 * thoughts ("So I don't know.", "So it's like okay.", "That's great.", "Yeah.", 我不知道。,
 * 对对对。). A span of several sentences that opens or closes on one is padded: the span
 * without it says the same, and reads better.
 */

/**
 * Verbs of a reaction or a hedge in a short sentence ("I don't know", "I guess so", "I
 * see", "it is what it is"); not "do" or "have", which end a point ("But that's what I did.").
 */
const LIGHT_VERBS = new Set(['know', 'think', 'guess', 'mean', 'say', 'said', 'like', 'be', 'is', 'was', 'see', 'agree', 'suppose']);
/** Verdicts with nothing to hold: "it's fun", "that's great", "it's like okay". */
const HOLLOW_VERDICTS = new Set([
	'okay',
	'ok',
	'fine',
	'good',
	'great',
	'cool',
	'nice',
	'fun',
	'right',
	'true',
	'sure',
	'interesting',
	'funny',
	'crazy',
	'awesome',
	'amazing',
	'wild',
	'weird',
	'hard',
	'tough',
	'terrifying',
	'scary',
	'insane',
	'incredible',
	'unbelievable',
	'hilarious',
	'awful',
	'terrible',
	'brilliant',
	'fantastic',
	'wonderful',
	'perfect',
	'fascinating',
]);
const DOING = new Set(['do', 'did', 'does', 'have', 'had', 'has']);
/** Nouns of a reaction: "That's a great point.", "Good question.", "Oh my God." */
const HOLLOW_NOUNS = new Set(['point', 'question', 'idea', 'thing', 'things', 'stuff', 'one', 'god', 'gosh', 'goodness', 'wow', 'man']);
/** Longer than this many words, a sentence is more than a reaction, whatever its words. */
const MAX_HOLLOW_WORDS = 6;

/**
 * A speaker's disclaimer that they do not know, said of what came before ("I'm not too
 * familiar with that.", "But I'm not sure.", "I don't know much about it.", "I'm not
 * sure, to be honest.", "I don't remember exactly.", "I'm forgetting the name of…", "His
 * name escapes me."): nothing a card could carry. Matched
 * on the sentence's words in lower case, as the tagger splits them ("i'm not sure", "i do
 * n't know much about it"), its punctuation left out. "Don't quote me on that." is one too:
 * the speaker takes back what they said.
 */
const DISCLAIMER_EN =
	/^(?:(?:so|but|and|or|yeah|well|oh|honestly|actually|to be honest|please) )*(?:(?:do ?n't|do not) quote me(?: on (?:that|this|it))?|(?:i ?'m|i am) not (?:too |very |that |so |really |entirely |quite |super |totally |completely |fully |a hundred percent |100 percent |100 )?(?:sure|certain|familiar with (?:it|that|this|those|them)|an expert(?: (?:on|in) (?:it|that|this))?)(?: (?:about (?:it|that|this)|exactly|anymore|either))?|i (?:honestly |really |actually |just )?(?:do ?n't|do not) (?:really |actually )?know(?: (?:(?:too |that |very )?much |a lot |the details )?about (?:it|that|this|those|them))?|i (?:honestly |really |actually |just )?(?:do ?n't|do not|ca ?n't|can not|cannot) (?:really |quite |actually )?(?:remember|recall)(?: (?:it|that|this|exactly|the (?:details|specifics)|(?:his|her|their|the) name|now|anymore|off the top of my head))*|(?:i ?'m|i am) (?:forgetting|blanking on|getting stuck on) (?:the|his|her|their) (?:last |first |full )?name(?: of (?:the |that |this )?(?:\w+ ){0,3}\w+)?|(?:the|his|her|their) (?:last |first )?name (?:escapes|eludes) me)(?: (?:to be honest|honestly|to be fair|though|either|tbh))?$/;

/** The auxiliaries a bare answer ends on, as the tagger writes them in lower case ("'m" of "I'm"); a negation adds "wo" and "ca" (won't, can't). */
const AUXILIARIES_EN = "do|did|does|have|had|has|was|were|am|'m|is|are|would|will|can|could|should";

/**
 * A bare no the tagger reads as a noun ("No.", "No, no, no.", "Of course not.", "No way.",
 * "No. No, I don't."), as Chinese 没有。 / 当然不是。: the other bare answers ("Nope.", "Not
 * really.") have no content word.
 */
const BARE_NO_EN = new RegExp(
	`^(?:(?:oh|well|um|uh) )?(?:no|of course not|no way)(?: (?:no|not at all|not really|never|of course not|no way))*(?: (?:i|we|it|that) (?:${AUXILIARIES_EN}|wo|ca) ?(?:n't|not))?$`,
);

/**
 * A bare yes, a subject and its auxiliary without what they answer ("It does.", "We did.",
 * "I do, actually."), as the tagger splits them (a contraction apart: "i 'm").
 */
const BARE_YES_EN = new RegExp(
	`^(?:(?:oh|well|yeah|yes|yep|um|uh|and|so) )*(?:i|we|it|that|they|he|she|you|this) (?:${AUXILIARIES_EN})(?: (?:too|indeed|actually|definitely|absolutely|sometimes))?$`,
);

/** Words that hedge or open a bare number ("About 30.", "Like 17-18.", "Maybe ten."). */
const APPROXIMATING = new Set([
	'about',
	'around',
	'roughly',
	'approximately',
	'nearly',
	'almost',
	'like',
	'maybe',
	'probably',
	'oh',
	'um',
	'uh',
	'so',
	'and',
	'well',
	'yeah',
]);
/** At most this many words, a sentence of a number and its hedges is a bare answer. */
const MAX_BARE_NUMBER_WORDS = 4;

/**
 * English, by its tags (`tagEnglish`): at most MAX_HOLLOW_WORDS words, none a noun, name,
 * number, adjective or content verb other than a bare verdict (HOLLOW_VERDICTS,
 * HOLLOW_NOUNS); a disclaimer (DISCLAIMER_EN); a bare no or yes (BARE_NO_EN, BARE_YES_EN:
 * "No, we didn't.", "It does."); or a bare number, the answer to a question the span does
 * not hold ("17-18. And it turns out it's not that hard.", Go Time #267; "About 30.").
 */
export const isHollowEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): boolean => {
	const words = tokens.filter(isWordToken);
	// "No." is one token to the tagger (the abbreviation of "number"): its full stop is the sentence's.
	const said = words.map((t) => t.text.toLowerCase().replace(/’/g, "'").replace(/\.$/, '')).join(' ');
	if (DISCLAIMER_EN.test(said) || BARE_NO_EN.test(said) || BARE_YES_EN.test(said)) return true;
	if (isBareNumber(words)) return true;
	if (words.length === 0 || words.length > MAX_HOLLOW_WORDS) return false;
	return words.every((t, i) => {
		const w = t.text.toLowerCase();
		// "…what I did.", "…and we have.": the auxiliary stands for the act, which is the point.
		if (i === words.length - 1 && t.pos === 'AUX' && DOING.has(w)) return false;
		// By the word first: the tagger reads "fun" and "right" as verbs now and then.
		if (HOLLOW_VERDICTS.has(w) || HOLLOW_NOUNS.has(w)) return true;
		if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ') return false;
		if (t.pos === 'VERB') return LIGHT_VERBS.has(w);
		return true;
	});
};

/** A number with at most its hedges (APPROXIMATING), in at most MAX_BARE_NUMBER_WORDS words. */
const isBareNumber = (words: readonly EnglishToken[]): boolean =>
	words.length > 0 &&
	words.length <= MAX_BARE_NUMBER_WORDS &&
	words.some((t) => t.pos === 'NUM') &&
	words.every((t) => t.pos === 'NUM' || APPROXIMATING.has(t.text.toLowerCase()));

const ZH_PARTICLES = '吧|啊|呀|呢|了|嘛|啦';
const ZH_PARTICLE = `(?:${ZH_PARTICLES})?`;
/** A bare no or yes, without what it answers: 没有欸 / 完全没有 / 当然不是的 / 那倒没有 / 不会啊 / 沒有喔 / 没错 / 根本不是这样. */
const ZH_BARE_ANSWER = `(?:完全|当然|真的|确实|根本|其实也|其实|也|那倒|倒|还真|并|好像|应该|绝对|一点也|从来)?(?:没有|没什么|没|不是|没错|不会|不用|不对|不行|不)(?:这样|那样)?的?(?:欸|诶|耶|喔|哦|噢|捏|啰|囉|咯|${ZH_PARTICLES})?`;
/**
 * A verdict on the question asked, as English "That's a great question.", with a thanks
 * before it or not: 好问题。/ 这是一个非常棒的问题。/ 这确实是一个好问题。/ 很好的问题。/ 这个问题很好。/ 问得好！
 */
const GOOD_QUESTION_ZH =
	'(?:(?:谢谢|谢谢你)[，,]?)?(?:(?:(?:这|那)(?:个)?(?:确实|真的)?(?:是|真是)(?:一个|个)?)?(?:非常|很|真|特别|超)?(?:好|棒|精彩|有意思|有趣|重要)的?问题|(?:这|那)个问题(?:问得)?(?:非常|很|真|特别|超)?(?:好|棒|精彩|有意思|有趣|重要)|问得(?:非常|很|真|特别|超)?好)';
/** What a reaction may open with: a hesitation or a marker (嗯，对。/ 哦，好问题。/ 那，可以。). */
const REACTION_OPENER_ZH = '(?:嗯|呃|哦|噢|那|好)?[，,]?';
/** Reactions whole wherever they stand (REACTION_ZH) and at a span's edge (REACTION_OR_VERDICT_ZH, which adds the ones that may be the point elsewhere: 真的。/ 可以。). */
const REACTIONS_ZH = `对+|是的|是啊|嗯+|哈+|没错|挺好的?|很好|不错|有意思|很有意思|太棒了|厉害|${GOOD_QUESTION_ZH}`;
/**
 * Chinese: a short reaction, whole, with no subject (对对对。/ 挺好的。/ 是啊。/ 可以。/ 哈哈;
 * "但是我们可以。" is a point); a speaker's hedge that they do not know or remember, said of
 * themselves (所以我也不知道。/ 我不记得了。/ 具体我忘了。/ 说实话我想不起来了; "但是我们不知道。",
 * "然后我就忘了。" tell something); or a point closed without a word of it (这就是我想说的。/
 * 就这些。/ 我想说的就这些。); or a bare answer without its question (没有欸，完全没有。/ 当然不是。;
 * "没有人知道。" tells something).
 */
const REACTION_OR_VERDICT_ZH = new RegExp(`^${REACTION_OPENER_ZH}(?:${REACTIONS_ZH}|好的?|当然|真的|就这样|这样|可以)${ZH_PARTICLE}$`);
const HEDGE_ZH = new RegExp(
	`^(?:所以|嗯|呃|那|说实话|老实说|这个|具体|细节)?[，,]?(?:我(?:也|真的|真|已经|实在)?(?:不知道|不太清楚|不记得|不太记得|记不(?:太)?清(?:楚)?|忘了|忘记了|想不起来|不好说|说不好)|(?:不太清楚|不太记得|记不(?:太)?清(?:楚)?|想不起来|不好说|说不好))${ZH_PARTICLE}$`,
);
const CLOSING_ZH = new RegExp(
	`^(?:嗯|那|好|好的)?[，,]?(?:这就是我想说的(?:话)?|这是我想说的(?:话)?|(?:我|我们)?(?:今天)?(?:想|要)(?:说|讲)的就(?:是)?(?:这些|这么多)|就这些|我说完了|我就说这么多|我想说的就是这些)${ZH_PARTICLE}$`,
);
const BARE_ANSWER_ZH = new RegExp(`^(?:(?:嗯|呃|那|对|哦|噢|啊)[，,]?)?${ZH_BARE_ANSWER}(?:[，,]?\\s*${ZH_BARE_ANSWER})*$`);
const HOLLOW_ZH = [REACTION_OR_VERDICT_ZH, HEDGE_ZH, CLOSING_ZH, BARE_ANSWER_ZH];

const CLOSING_MARKS = new Set([...'。！？!?.…，,、~～']);
/** A sentence as the Chinese patterns read it: folded to Simplified, without its closing marks (CLOSING_MARKS). */
const bareSentence = (text: string): string => {
	const folded = foldToSimplified(text);
	// Cut from the end, one character at a time: a regex anchored at the end retries from every mark of a long run of them.
	let end = folded.length;
	while (end > 0 && (CLOSING_MARKS.has(folded[end - 1] ?? '') || /\s/.test(folded[end - 1] ?? ''))) end--;
	return folded.slice(0, end).trim();
};

/** Figures and nothing else, in any script ("17-18.", "30%。"): a sentence without a letter reads as Chinese (`readsAsChinese`). */
const BARE_FIGURES = /^(?=[^\d]*\d)[\d\s.,:%/~～\-–—、，]*$/;

/** Chinese, by its words: a reaction, a hedge, a point closed without a word of it, a bare answer (HOLLOW_ZH), or figures alone (BARE_FIGURES). */
export const isHollowChinese = ({text}: {text: string}): boolean => {
	const bare = bareSentence(text);
	return BARE_FIGURES.test(bare) || HOLLOW_ZH.some((re) => re.test(bare));
};

/** A reaction to what was said, whole: "Yeah.", "Right, exactly.", "I agree.", "That's great.", "Wow.", "That's a great question." */
const REACTION_EN =
	/^(?:(?:oh|well|um|uh) )?(?:yeah|yes|yep|yup|right|exactly|sure|okay|ok|totally|absolutely|definitely|true|i agree|i see|mm-?hmm|uh-huh|wow|cool|great|nice|(?:great|good) question|that(?:'s| is) (?:great|true|right|fair|cool|awesome|interesting|amazing|so true|a great point|a good point|(?:a|such a) (?:great|good|really good|very good|fair|fantastic) question))(?: (?:yeah|yes|right|exactly|totally|absolutely|definitely|true))*$/;
/** 对对对。/ 是的。/ 嗯嗯。/ 哈哈。/ 没错。/ 太棒了。/ 有意思。/ 好问题。: a reaction; 真的。 and 可以。 may be the point. */
const REACTION_ZH = new RegExp(`^${REACTION_OPENER_ZH}(?:${REACTIONS_ZH}|好的|对啊)${ZH_PARTICLE}$`);

/**
 * Whether a sentence that says nothing is filler wherever it stands in a span, not only
 * at its start: a reaction (REACTION_EN, REACTION_ZH: "…blames the logger. Yeah. Then…")
 * or a disclaimer or lapse of memory ("I'm not too familiar with that.", "So I don't
 * know.", 我不记得了。, 就这些。). A short line after a statement ("…would fail within a
 * year. It didn't.", "We did not.", 其实不会。), a rhetorical question ("Why?") or the
 * answer to one (…降温吗？对。) is the point, not filler.
 */
export const isFiller = ({text}: {text: string}): boolean => {
	const bare = bareSentence(text);
	// English words without their commas ("I'm not sure, to be honest"); the Chinese patterns read their own (所以，我也不记得了).
	const words = bare
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/[,，]\s*/g, ' ')
		.trim();
	return [REACTION_EN, DISCLAIMER_EN].some((re) => re.test(words)) || [REACTION_ZH, HEDGE_ZH, CLOSING_ZH].some((re) => re.test(bare));
};

/** A sentence that announces what comes next and no more: "Here's the bad news.", "The thing is...", 问题来了。 */
const TEASER_EN =
	/^(?:(?:so|and|but|unfortunately|fortunately|well|now|okay|ok|alright|anyway|anyways|then)[,\s]+)*(?:here(?:'s| is) the (?:\w+ ){0,2}(?:thing|news|problem|catch|kicker|deal|story|twist|issue|question|point|part|trick|secret|punchline)|the (?:\w+ )?(?:thing|problem|catch|kicker|point|question) is|what happened (?:was|is)|guess what|and then)\s*[.:!…]*$/i;
const TEASER_ZH =
	/^(?:(?:但是|可是|所以|然后|结果|那)[，,]?)?(?:问题|重点|关键|麻烦|坏消息|好消息)(?:就)?(?:来了|是|在于)[：:。！!…]*$|^结果(?:呢|呀|是)?[？?，,。…]*$/;

/**
 * Whether a sentence only announces what comes next: "Unfortunately, here's the bad news."
 * (Practical AI #189), "What happened was...", 问题来了。 A span that closes on one stops
 * before its point, and is padded; inside a span it leads into the point, as it should.
 */
export const isTeaser = ({text}: {text: string}): boolean => {
	const bare = bareSentence(text);
	return TEASER_EN.test(bare.replace(/’/g, "'")) || TEASER_ZH.test(bare);
};

/** The words of an English sentence in lower case, the words it opens with left out (LEADING_MARKERS: "And so…", "Yeah, …"). */
const wordsOf = (text: string): string[] => {
	const words =
		text
			.toLowerCase()
			.replace(/’/g, "'")
			.match(/[a-z0-9']+/g) ?? [];
	const own = words.findIndex((w) => !LEADING_MARKERS.has(w));
	return own === -1 ? [] : words.slice(own);
};
/** At most this many words, a sentence that trails off and is said again is a false start, not a point made twice. */
const MAX_FALSE_START_WORDS = 10;

/**
 * A sentence broken off and begun again in the next one: it trails off ("...", "…"), is
 * short and not whole (`judgeCompleteness` on `tokens`, its tags when the caller has them,
 * or it stops on a function word: "I would..."),
 * and the next sentence opens with its first two words and says more ("Every time I'm
 * asked, at least... Every time I get to speak with other junior people."). A span that
 * opens on one is padded; the span from the sentence that says it whole is a candidate
 * of its own. Two sentences of the same length or shorter are emphasis ("I don't want to
 * spin up workers... I don't want to spin up queues."), two whole ones two attempts ("We
 * tried Kubernetes... We tried Nomad, and it worked."). English (Latin-script) only; a
 * dash does not end a sentence, so a restart after one is read inside its sentence
 * (`measureDisfluencyEnglish`).
 */
export const isFalseStart = ({text, next, tokens}: {text: string; next: string; tokens?: readonly EnglishToken[]}): boolean => {
	if (!/(?:\.\.\.|…)\s*$/.test(text.trim())) return false;
	const said = wordsOf(text);
	const again = wordsOf(next);
	if (!(said.length >= 2 && said.length <= MAX_FALSE_START_WORDS && again.length > said.length && said[0] === again[0] && said[1] === again[1])) return false;
	// Broken off: not a whole sentence, or stopped on a word that needs more ("I would..."). "We tried Kubernetes... We tried Nomad, and it worked." is two attempts, each said whole.
	const tagged = tokens ?? tagEnglish({text}).tokens;
	const words = tagged.filter(isWordToken);
	return judgeCompleteness({text, locale: 'en', tokens: tagged}) !== null || /^(?:AUX|ADP|DET|CCONJ|SCONJ|PART)$/.test(words[words.length - 1]?.pos ?? '');
};
