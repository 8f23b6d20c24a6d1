import {foldToSimplified} from '../text/fold-to-simplified';
import {countCjkLetters} from '../text/classify-char';
import {segmentInChunks} from '../text/segment-in-chunks';
import {type EnglishToken, isWordToken, tagEnglish} from '../text/tag-english';

/**
 * Why a span is not a whole sentence, or null when it is:
 * - `ending`: it stops on a word that needs more after it — an auxiliary or copula
 *   ("has been.", "get at is."), a preposition ("talk about."), an article or a
 *   conjunction ("and the.") — as a transcript does where a caption cue ended mid-clause;
 * - `no-verb`: a short sentence of it has no verb at all ("Not responses.", "Exactly."),
 *   or its main clause has only a participle where a verb should be ("And people getting
 *   bitten while they're up in the trees."); English only (Chinese is read without parts
 *   of speech, by its last word);
 * - `quotation`: it starts or stops inside a quotation — a closing mark with no opening
 *   one (`I'm very surprised by this conflict."`) or an opening mark never closed
 *   (`He said, "we're coming after you.`): the card shows half of what someone said.
 * A sentence that ends open is complete when the span goes on with the words that close
 * it ("… has been. Really good for us." reads on), not when the next sentence starts a
 * clause of its own ("… talk about. He had a nice analogy.").
 */
export type Incompleteness = 'ending' | 'no-verb' | 'quotation' | null;

/** Quotation marks that pair, opening → closing. Single quotes are left out: ’ is an apostrophe as often as a closing mark. */
const QUOTE_CLOSERS: ReadonlyMap<string, string> = new Map([
	['“', '”'],
	['「', '」'],
	['『', '』'],
	['«', '»'],
]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(QUOTE_CLOSERS.values());

/**
 * Whether the quotation marks of `text` fail to pair: a closing mark before any opening
 * one, or an opening mark left open at the end. A straight `"` opens or closes by what is
 * open. Pure; reads each character once.
 */
const cutsQuotation = (text: string): boolean => {
	const open: string[] = [];
	for (const ch of text) {
		if (ch === '"') {
			if (open[open.length - 1] === '"') open.pop();
			else open.push('"');
			continue;
		}
		const closer = QUOTE_CLOSERS.get(ch);
		if (closer !== undefined) open.push(closer);
		else if (CLOSING_QUOTES.has(ch)) {
			if (open[open.length - 1] !== ch) return true;
			open.pop();
		}
	}
	return open.length > 0;
};

/** Sentence-final punctuation as the tagger gives it (a token of its own). */
const SENTENCE_END = /^[.!?…]+$|^\.\.\.$/;
/** Closing quotes and brackets that may follow the last word. */
const CLOSERS = /^["'”’)\]]+$/;

/** Articles and possessive determiners: a noun must follow. (`all`, `each`, `both` may end a sentence.) */
const OPEN_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'its', 'every', 'no']);
/** Subordinators that may close a sentence as adverbs ("I agree, though."). */
const CLOSING_SUBORDINATORS = new Set(['though', 'too', 'so', 'either']);
/**
 * Adverbial particles of phrasal verbs: "figure it out.", "it's over.", "come back." — a
 * tagger calls them prepositions, yet they close a clause.
 */
const PARTICLES = new Set([
	'out',
	'up',
	'down',
	'off',
	'on',
	'in',
	'over',
	'back',
	'away',
	'around',
	'through',
	'along',
	'by',
	'apart',
	'aside',
	'together',
	'before',
	'after',
	'inside',
	'outside',
	'ahead',
	'behind',
	'forward',
]);
/** Forms of "be" and "have" that need a complement or a participle after them. */
const WAITING_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m", 'has', 'have', 'had', "'ve", 'get', 'got']);
/** Subject pronouns: a noun right before one starts a relative clause without "that" ("the thing I'm proudest of"). */
const SUBJECT = /^(?:i|you|we|they|he|she|it|people|everyone|everybody|someone|somebody|nobody|no one)(?:['’](?:m|re|s|ve|d|ll))?$/;
/** Words that front what a stranded preposition or a bare copula belongs to: "that's what it is.", "what I'm talking about." */
const FRONTING = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'how', 'whatever', 'whoever', 'than', 'as', 'there', 'here']);

/** Splits tokens at sentence-final punctuation (kept with the sentence it ends). */
const sentencesOf = (tokens: readonly EnglishToken[]): EnglishToken[][] => {
	const out: EnglishToken[][] = [];
	let current: EnglishToken[] = [];
	tokens.forEach((t, i) => {
		current.push(t);
		const next = tokens[i + 1];
		if (SENTENCE_END.test(t.text) && !(next !== undefined && SENTENCE_END.test(next.text)) && !(next !== undefined && CLOSERS.test(next.text))) {
			out.push(current);
			current = [];
		} else if (CLOSERS.test(t.text) && i > 0 && SENTENCE_END.test(tokens[i - 1]?.text ?? '')) {
			out.push(current);
			current = [];
		}
	});
	if (current.some(isWordToken)) out.push(current);
	return out.filter((s) => s.some(isWordToken));
};

/** Whether an English sentence stops on a word that needs more after it. */
const endsOpenEnglish = (sentence: readonly EnglishToken[]): boolean => {
	const words = sentence.filter(isWordToken);
	const last = words[words.length - 1];
	if (last === undefined) return false;
	const word = last.text.toLowerCase();
	const before = words[words.length - 2];
	const fronted = words.slice(0, -1).some((t) => FRONTING.has(t.text.toLowerCase()));
	switch (last.pos) {
		case 'AUX': {
			// Only a copula or a perfect auxiliary waits for more ("has been.", "get at is."); a modal or "do" stands for the verb phrase before it ("I don't think my mom does.").
			if (!WAITING_AUXILIARIES.has(word)) return false;
			// "I don't.", "it is.", "they were." close; "That's what it is." fronts its complement.
			const subject = before !== undefined && (before.pos === 'PRON' || before.text.toLowerCase() === "n't" || before.text.toLowerCase() === 'not');
			return !subject && !fronted;
		}
		case 'ADP': {
			// "talk about." is open; "figure it out.", "what I'm talking about.", "something to think about.", "the thing I'm proudest of." are not.
			const head = words.slice(0, -1);
			const relative = head.some((t, i) => (t.pos === 'NOUN' || t.pos === 'PRON') && SUBJECT.test(head[i + 1]?.text.toLowerCase() ?? ''));
			return !PARTICLES.has(word) && !fronted && !relative && !head.some((t) => t.text.toLowerCase() === 'to' && t.pos === 'PART');
		}
		case 'DET':
			return OPEN_DETERMINERS.has(word);
		case 'CCONJ':
			return true;
		case 'SCONJ':
			// A tagger reads a final "that" as a subordinator ("I just want to say that."): it is a pronoun there.
			return !CLOSING_SUBORDINATORS.has(word) && word !== 'that';
		case 'PART':
			return word === 'to';
		default:
			return false;
	}
};

/** A contraction carries its verb even where the tagger took it for one word ("I'm" as a name). */
const CONTRACTED_VERB = /(?:'|’)(?:m|re|s|ve|ll|d)$|n(?:'|’)t$/i;
const hasVerb = (sentence: readonly EnglishToken[]): boolean => sentence.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || CONTRACTED_VERB.test(t.text));
/**
 * A sentence this long without a verb is the tagger's mistake ("People sign up to call…"
 * tagged without one), not a fragment: only short units are held to the verb rule.
 */
const MAX_VERBLESS_WORDS = 8;

/**
 * A participial fragment this long or longer is left alone: a finite verb the tagger
 * missed is likelier in a long sentence than a fragment that long.
 */
const MAX_PARTICIPIAL_WORDS = 16;
/** Relative pronouns that open a clause of their own ("people who are…"). */
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;
/**
 * An -ing form: a vowel before the -ing ("bring", "sing" are verbs of their own), and not
 * a pronoun in -thing that the tagger took for a verb ("DNS, TLS, HTTP, everything.").
 */
const isParticiple = (t: EnglishToken): boolean => t.pos === 'VERB' && /^[a-z'’-]*[aeiouy][a-z'’-]*ing$/i.test(t.text) && !/thing$/i.test(t.text);

/**
 * Whether the sentence's main clause has an -ing form for its only verb ("And people
 * getting bitten while they're up in the trees.", "Everything changing so fast."): no
 * auxiliary, no contraction, no verb that is not an -ing form, the verb after one
 * ("getting bitten") or after "to" ("trying to make"). A clause opened by a subordinator
 * or a relative pronoun after a noun or pronoun ("while they're…", "people who are…")
 * runs to the next comma and is not the main clause.
 */
const isParticipialFragment = (sentence: readonly EnglishToken[]): boolean => {
	const words = sentence.filter(isWordToken);
	if (words.length >= MAX_PARTICIPIAL_WORDS) return false;
	let subordinate = false;
	let participle = false;
	for (const [i, t] of sentence.entries()) {
		const before = sentence[i - 1];
		const relative = t.pos === 'PRON' && RELATIVE.test(t.text) && before !== undefined && /^(?:NOUN|PROPN|PRON)$/.test(before.pos);
		if (t.pos === 'SCONJ' || relative) subordinate = true;
		else if (t.text === ',' || t.text === ';') subordinate = false;
		if (subordinate) continue;
		if (t.pos === 'AUX' || CONTRACTED_VERB.test(t.text)) return false;
		if (t.pos !== 'VERB') continue;
		if (isParticiple(t)) participle = true;
		else if (before === undefined || !(isParticiple(before) || (before.pos === 'PART' && /^to$/i.test(before.text)))) return false;
	}
	return participle;
};

/**
 * English: the span's tokens (tagged by `tagEnglish`) in sentences; a sentence that ends
 * open is read together with the next; the last reading unit must close, and every unit
 * must have a verb.
 */
export const judgeEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): Incompleteness => {
	const sentences = sentencesOf(tokens);
	if (sentences.length === 0) return null;
	if (cutsQuotation(tokens.map((t) => t.text).join(' '))) return 'quotation';
	let unit: EnglishToken[] = [];
	for (const [i, sentence] of sentences.entries()) {
		unit = [...unit, ...sentence];
		if (endsOpenEnglish(sentence)) {
			const next = sentences[i + 1];
			if (next === undefined || !continues(next)) return 'ending';
			continue;
		}
		if (!hasVerb(unit) && unit.filter(isWordToken).length <= MAX_VERBLESS_WORDS) return 'no-verb';
		if (isParticipialFragment(unit)) return 'no-verb';
		unit = [];
	}
	return null;
};

/**
 * Whether a sentence carries on the open one before it (the cue ended, the sentence did
 * not): it opens in lower case, or it has no verb of its own ("… has been. Really good
 * for us."). "… talk about. He had a nice analogy." starts a new clause instead.
 */
const continues = (sentence: readonly EnglishToken[]): boolean => {
	const first = sentence.find(isWordToken);
	return first !== undefined && (/^[a-z]/.test(first.text) || !hasVerb(sentence));
};

/**
 * Chinese words that cannot end a sentence, by their class in the Penn Chinese Treebank
 * part-of-speech guidelines (Fei Xia, "The Part-Of-Speech Tagging Guidelines for the Penn
 * Chinese Treebank (3.0)", 2000): prepositions (P) such as 把 / 被 / 关于, coordinating
 * (CC) and subordinating (CS) conjunctions such as 和 / 但是 / 因为 / 如果, and degree and
 * scope adverbs (AD) that must modify what follows, such as 很 / 非常 / 都. Words that
 * may also close a sentence in speech (对 "right", 在 "is here", 是 "yes", 不 "no",
 * 这个 "this one") are left out.
 */
const OPEN_WORDS_ZH: ReadonlySet<string> = new Set([
	// P
	'把',
	'被',
	'从',
	'向',
	'关于',
	'对于',
	'通过',
	'根据',
	'按照',
	'除了',
	'随着',
	'由于',
	'为了',
	// CC
	'和',
	'与',
	'或',
	'或者',
	'以及',
	'而且',
	'并且',
	'而',
	// CS and connectives
	'但',
	'但是',
	'可是',
	'然而',
	'所以',
	'因为',
	'因此',
	'如果',
	'虽然',
	'尽管',
	'即使',
	'只要',
	'只有',
	'除非',
	'无论',
	'不管',
	'既然',
	'要是',
	'假如',
	'然后',
	// AD
	'很',
	'非常',
	'特别',
	'比较',
	'更',
	'最',
	'太',
	'都',
	'已经',
	'正在',
	'一直',
	'总是',
	// DT
	'每',
	'各',
	'某',
	'该',
]);
/** Nouns after which a final copula 是 lacks its complement: "问题是。", "关键是。". */
const SUBJECT_NOUNS_ZH = new Set([
	'问题',
	'关键',
	'重点',
	'原因',
	'意思',
	'想法',
	'事实',
	'结果',
	'区别',
	'目标',
	'答案',
	'情况',
	'观点',
	'要点',
	'挑战',
	'好处',
	'难点',
]);

/** Chinese: the quotation marks pair, and the last word of the last sentence, by `Intl.Segmenter`, is not a word that cannot end one (OPEN_WORDS_ZH), nor 是 after 的 or a subject noun. */
export const judgeChinese = ({text, locale}: {text: string; locale: string}): Incompleteness => {
	if (cutsQuotation(text)) return 'quotation';
	const body = foldToSimplified(text).replace(/[\s。！？!?.…；;"”’」』）)]+$/u, '');
	const tail = body.slice(-24);
	const words = [...segmentInChunks({text: tail, locale, granularity: 'word'})].filter((s) => s.isWordLike).map((s) => s.segment);
	const last = words[words.length - 1];
	if (last === undefined) return null;
	if (OPEN_WORDS_ZH.has(last)) return 'ending';
	if (last === '是') {
		const before = words[words.length - 2] ?? '';
		if (before === '的' || before.endsWith('的') || SUBJECT_NOUNS_ZH.has(before)) return 'ending';
	}
	return null;
};

/** Letters of Han script (and kana, Hangul) against Latin letters: which rule reads the span. */
export const readsAsChinese = (text: string): boolean => {
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	return countCjkLetters(text) * 3 >= latin;
};

/**
 * Whether `text` (a quote) is a whole sentence, by the rule of its script: English by its
 * parts of speech (`judgeEnglish`; pass `tokens` when the span is already tagged),
 * Chinese by its last word (`judgeChinese`). Pure and deterministic.
 */
export const judgeCompleteness = ({text, locale, tokens}: {text: string; locale: string; tokens?: readonly EnglishToken[]}): Incompleteness => {
	if (readsAsChinese(text)) return judgeChinese({text, locale: locale.startsWith('zh') || locale.startsWith('ja') ? locale : 'zh'});
	return judgeEnglish({tokens: tokens ?? tagEnglish({text}).tokens});
};
