import {foldToSimplified} from '../text/fold-to-simplified';
import {countCjkLetters} from '../text/classify-char';
import {segmentInChunks} from '../text/segment-in-chunks';
import {type EnglishToken, endsSentenceAt, IRREGULAR_PAST, isWordToken, SENTENCE_END_TOKEN, tagEnglish} from '../text/tag-english';
import {DEMONSTRATIVES} from './judge-self-contained';

/**
 * Why a span is not a whole sentence, or null when it is:
 * - `ending`: it stops on a word that needs more after it — an auxiliary or copula
 *   ("has been.", "get at is."), a preposition ("talk about."), an article or a
 *   conjunction ("and the.") — as a transcript does where a caption cue ended mid-clause;
 * - `no-verb`: a short sentence of it has no verb at all ("Not responses.", "Exactly."),
 *   or its main clause has only a participle where a verb should be ("And people getting
 *   bitten while they're up in the trees."), or a noun phrase and its relative clause
 *   are all there is ("The number of people who use Bitcoin for payments."); English
 *   only (Chinese is read without parts of speech, by its last word);
 * - `quotation`: it starts or stops inside a quotation — a closing mark with no opening
 *   one (`I'm very surprised by this conflict."`) or an opening mark never closed
 *   (`He said, "we're coming after you.`): the card shows half of what someone said;
 * - `no-main-clause`: it ends on a subordinate clause said as a sentence of its own, the
 *   clause it depends on never said ("So if you do the network inspect.", 如果你愿意的话。):
 *   a quote of that one sentence, or a condition at the end of a longer one ("…. And if
 *   you use the binding."); a reason or concession after a whole sentence reads on ("I'd do
 *   it again. Because it worked.");
 * - `half-pair`: the first half of a correlative pair without the second ("you'll not
 *   only intrigue new listeners.", 我们不仅降低了成本。, "On the one hand, …").
 * A sentence that ends open is complete when the span goes on with the words that close
 * it ("… has been. Really good for us." reads on), not when the next sentence starts a
 * clause of its own ("… talk about. He had a nice analogy.").
 */
export type Incompleteness = 'ending' | 'no-verb' | 'quotation' | 'no-main-clause' | 'half-pair' | null;

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

/** Closing quotes and brackets that may follow the last word. */
const CLOSERS = /^["'”’)\]]+$/;
/** An ellipsis: the speaker trails off. */
const TRAILING_OFF = /^(?:…+|\.\.\.)$/;
/** Whether a sentence's last token is an ellipsis. */
const trailsOff = (sentence: readonly EnglishToken[]): boolean => TRAILING_OFF.test(sentence.at(-1)?.text ?? '');

/** Articles and possessive determiners: a noun must follow. (`all`, `each`, `both` may end a sentence.) */
const OPEN_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'its', 'every', 'no']);
/**
 * Degree adverbs that need their adjective after them ("Thank you very."); "Not really.",
 * "Not quite." and "I'd rather." close, and "pretty" may be the adjective ("It was
 * pretty."), which the tagger does not tell from the adverb.
 */
const OPEN_DEGREE_WORDS = new Set(['very', 'extremely', 'fairly', 'incredibly', 'somewhat']);
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

/** Splits tokens at sentence-final punctuation (kept with the sentence it ends), not at a full stop inside a word. */
const sentencesOf = (tokens: readonly EnglishToken[]): EnglishToken[][] => {
	const out: EnglishToken[][] = [];
	let current: EnglishToken[] = [];
	tokens.forEach((t, i) => {
		current.push(t);
		const next = tokens[i + 1];
		// A dot inside a word ("caniuse.com", "Next.js") ends nothing (`endsSentenceAt`).
		if (endsSentenceAt(tokens, i) && !(next !== undefined && SENTENCE_END_TOKEN.test(next.text)) && !(next !== undefined && CLOSERS.test(next.text))) {
			out.push(current);
			current = [];
		} else if (CLOSERS.test(t.text) && i > 0 && SENTENCE_END_TOKEN.test(tokens[i - 1]?.text ?? '')) {
			out.push(current);
			current = [];
		}
	});
	if (current.some(isWordToken)) out.push(current);
	return out.filter((s) => s.some(isWordToken));
};

/** A subject pronoun the speaker stopped after: "So, I wanted to ask that I'm, means I…" ("…for you and me…" ends on an object, "…and so did I…" on an inverted subject). */
const TRAILING_SUBJECT = /^(?:i|we|they|he|she)$/;
/** Degree words that wait for their adjective after a copula: "the release was quite…" ("and it was too…" means "also"). */
const TRAILING_DEGREE = new Set(['quite', 'very', 'pretty', 'rather', 'extremely', 'super']);

/**
 * Words a trailing-off ("…") leaves a clause open on, where a full stop may close it: a
 * copula or "have" not negated ("and it was…", "…, I'm…"), a subject pronoun ("…means
 * I…"), a relative pronoun ("…SystemD units, which…", "the kind of thing that…") and a
 * degree word after a copula ("was quite…"). An auxiliary that stands for a verb already
 * said closes ("…and it never did...", "Of course it does...", "I don't think it will...",
 * "…and it wasn't..."), as do a negation ("I hope not...") and "I'd never do that…".
 */
const trailsOffMidClause = (last: EnglishToken, before: EnglishToken | undefined): boolean => {
	const word = last.text.toLowerCase();
	if ((last.pos === 'AUX' || CONTRACTED_VERB.test(last.text)) && !/n['’]t$/.test(word)) return WAITING_AUXILIARIES.has(word) || /['’](?:m|re|s|ve)$/.test(word);
	if (word === 'which') return true;
	if (TRAILING_SUBJECT.test(word)) return before?.pos !== 'AUX' && !/^(?:so|neither|nor)$/i.test(before?.text ?? '');
	if ((last.text === 'that' || last.text === 'who') && before?.pos === 'NOUN') return true;
	return TRAILING_DEGREE.has(word) && before?.pos === 'AUX';
};

/** A speaker who starts again with the words they stopped on: "It was… It was the best year of my life.", "I'm… I'm into it." */
const restarts = (sentence: readonly EnglishToken[], next: readonly EnglishToken[]): boolean => {
	const first = next.find(isWordToken)?.text.toLowerCase();
	return (
		first !== undefined &&
		sentence
			.filter(isWordToken)
			.slice(-3)
			.some((t) => t.text.toLowerCase() === first)
	);
};

/**
 * "…, so…" and "and so…" stop on the connective, unless the span goes on with what it
 * leads to ("…, so… I like it."); "I think so…" says so.
 */
const trailsOffOnSo = (sentence: readonly EnglishToken[]): boolean => {
	const n = sentence.length;
	if (!trailsOff(sentence) || sentence[n - 2]?.text.toLowerCase() !== 'so') return false;
	return sentence.filter(isWordToken).length === 1 || /^(?:,|and|but)$/i.test(sentence[n - 3]?.text ?? '');
};

/** Whether an English sentence stops on a word that needs more after it. */
const endsOpenEnglish = (sentence: readonly EnglishToken[]): boolean => {
	const words = sentence.filter(isWordToken);
	const last = words[words.length - 1];
	if (last === undefined) return false;
	const word = last.text.toLowerCase();
	const before = words[words.length - 2];
	const fronted = words.slice(0, -1).some((t) => FRONTING.has(t.text.toLowerCase()));
	// A speaker who trails off ("…") after a copula or a connective has left the clause unsaid: "and it was…", "…, so…".
	if (trailsOff(sentence) && !fronted && trailsOffMidClause(last, before)) return true;
	switch (last.pos) {
		case 'AUX': {
			// Only a copula or a perfect auxiliary waits for more ("has been.", "get at is."); a modal or "do" stands for the verb phrase before it ("I don't think my mom does.").
			if (!WAITING_AUXILIARIES.has(word)) return false;
			// ", which is." never closes: the relative pronoun is the copula's subject, not its fronted complement.
			if (before?.text.toLowerCase() === 'which') return true;
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
			// "it's gonna." waits for its verb, whatever the tagger calls it; "very." for its adjective.
			if (word === 'gonna' || OPEN_DEGREE_WORDS.has(word)) return true;
			return trailsOffOnSo(sentence);
	}
};

/** A contraction carries its verb even where the tagger took it for one word ("I'm" as a name). */
const CONTRACTED_VERB = /(?:'|’)(?:m|re|s|ve|ll|d)$|n(?:'|’)t$/i;
/** A verb, an auxiliary or a contraction that carries one. */
const isVerbToken = (t: EnglishToken): boolean => t.pos === 'VERB' || t.pos === 'AUX' || CONTRACTED_VERB.test(t.text);
const hasVerb = (sentence: readonly EnglishToken[]): boolean => sentence.some((t, i) => isVerbToken(t) && !(t.pos === 'VERB' && isAttributive(sentence, i)));

/**
 * A verb form used as an adjective, between a determiner (and adverbs) and its noun: "a
 * highly regulated customer base", "the updated numbers". "They highly regulated banks."
 * has no determiner before it.
 */
const isAttributive = (sentence: readonly EnglishToken[], at: number): boolean => {
	let before = at - 1;
	while (sentence[before]?.pos === 'ADV') before--;
	const next = sentence[at + 1];
	return sentence[before]?.pos === 'DET' && next !== undefined && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos);
};
/**
 * A sentence this long without a verb is the tagger's mistake ("People sign up to call…"
 * tagged without one), not a fragment: only short units are held to the verb rule.
 */
const MAX_VERBLESS_WORDS = 8;

/**
 * A comment tagged on after a comma that carries no claim of its own: "…, I think.",
 * "…, you know.", "…, I guess.", "…, whatever it is.". Its verb is not the sentence's:
 * "Mostly the tooling, I think." and "Oregon State University, whatever it is." have
 * none. Matched on the words after the sentence's last comma, in lower case as the
 * tagger splits them ("i 'd say").
 */
const TRAILING_TAG =
	/^(?:i (?:think|guess|mean|believe|suppose|imagine|reckon|feel|'d say|would say|'d guess|'d imagine|'d think|'m guessing|'m sure|bet)|you know|you see|right|whatever(?: (?:it|that|this|they|those) (?:is|was|are|were|'s|'re|means|meant))?)$/;

/** The sentence without a tag after its last comma (TRAILING_TAG), or the sentence itself. */
const withoutTrailingTag = (sentence: readonly EnglishToken[]): readonly EnglishToken[] => {
	const comma = sentence.findLastIndex((t) => t.text === ',');
	if (comma <= 0) return sentence;
	const tail = sentence
		.slice(comma + 1)
		.filter(isWordToken)
		.map((t) => t.text.toLowerCase().replace(/’/g, "'"))
		.join(' ');
	return TRAILING_TAG.test(tail) ? sentence.slice(0, comma) : sentence;
};

/**
 * A participial fragment this long or longer is left alone: a finite verb the tagger
 * missed is likelier in a long sentence than a fragment that long.
 */
const MAX_PARTICIPIAL_WORDS = 16;
/** Relative pronouns that open a clause of their own ("people who are…"). */
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;
/** The relative pronouns that open a clause after a comma too (", which is…"); ", that" is as often a new clause ("…, that's it."). */
const NON_RESTRICTIVE = /^(?:who|whom|whose|which)$/i;
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
	if (sentence.filter(isWordToken).length >= MAX_PARTICIPIAL_WORDS) return false;
	let subordinate = false;
	let participle = false;
	for (const [i, t] of sentence.entries()) {
		const before = sentence[i - 1];
		const relative =
			t.pos === 'PRON' &&
			RELATIVE.test(t.text) &&
			before !== undefined &&
			(/^(?:NOUN|PROPN|PRON)$/.test(before.pos) || (before.text === ',' && NON_RESTRICTIVE.test(t.text)));
		if (t.pos === 'SCONJ' || relative) subordinate = true;
		else if (t.text === ',' || t.text === ';') subordinate = false;
		if (subordinate) continue;
		if (t.pos === 'AUX' || CONTRACTED_VERB.test(t.text)) return false;
		if (t.pos !== 'VERB') continue;
		if (isParticiple(t)) participle = true;
		else if (before === undefined || !(isParticiple(before) || isInfinitiveTo(before))) return false;
	}
	return participle;
};

/** The "to" of an infinitive, as the tagger marks it (a particle, not the preposition). */
const isInfinitiveTo = (t: EnglishToken | undefined): boolean => t?.pos === 'PART' && /^to$/i.test(t.text);
/**
 * Whether the tagger read a verb as a noun: a word it calls a noun or a name with an
 * object or "to" after it, first ("Ship it.", "Trust the tests.") or after a noun or a
 * name ("People love it.", "People love to complain."). "A great interview question." is
 * a noun after a noun, with nothing after it, and "Kids these days." a first word before
 * a phrase of its own: no verb.
 */
const hasNounAsVerb = (sentence: readonly EnglishToken[]): boolean => {
	const first = sentence.findIndex(isWordToken);
	return sentence.some((t, k) => {
		if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
		// Right after it, with no comma between: "Chris, your question." calls someone.
		const next = sentence[k + 1];
		// "Kids these days…": a demonstrative after a first word opens a phrase of its own, not an imperative's object ("Bitcoin fixes this." has its verb).
		const object =
			next !== undefined &&
			((/^(?:PRON|DET)$/.test(next.pos) && !(k === first && DEMONSTRATIVES.has(next.text.toLowerCase()))) || (k > first && /^to$/i.test(next.text)));
		return object && (k === first || /^(?:NOUN|PROPN)$/.test(sentence[k - 1]?.pos ?? ''));
	});
};

/**
 * A short noun phrase whose only verbs are infinitives: "Lastly, just not enough places to
 * spend it.", "A lot of things to unpack here.", "Happy to have you." The verb a sentence
 * needs never comes; "You have to spend it." has its own. Held to the length of the verb
 * rule (MAX_VERBLESS_WORDS and two for the infinitive's "to" and verb).
 */
const isInfinitiveOnly = (sentence: readonly EnglishToken[]): boolean => {
	const words = sentence.filter(isWordToken);
	if (words.length > MAX_VERBLESS_WORDS + 2) return false;
	// It opens on a modifier or a determiner ("Lastly, just not enough…", "A lot of…"), or on a word the tagger calls a noun or a name with "to" right after it ("Happy to help.", "Needless to say."); other openers may be an imperative's verb ("Use Rust to write it.", "Click here to subscribe."), and a noun after a noun a verb ("People love to complain.").
	const at = words.findIndex((t) => t.pos !== 'CCONJ' && t.pos !== 'INTJ' && !LEAD_IN.test(t.text));
	const opener = words[at];
	const nounBeforeTo = (opener?.pos === 'NOUN' || opener?.pos === 'PROPN') && /^to$/i.test(words[at + 1]?.text ?? '');
	if (opener === undefined || !(/^(?:DET|ADJ|ADV|PART|NUM)$/.test(opener.pos) || nounBeforeTo) || hasNounAsVerb(sentence)) return false;
	let infinitive = false;
	for (const [i, t] of sentence.entries()) {
		const before = sentence[i - 1];
		const afterTo = isInfinitiveTo(before);
		// "Happy to be here.": "be" after "to" is an infinitive too.
		if ((t.pos === 'AUX' && !afterTo) || CONTRACTED_VERB.test(t.text)) return false;
		if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
		if (afterTo) infinitive = true;
		// "enough places to…": the tagger reads the noun after "enough" as a verb when "to" follows.
		else if (!(/^enough$/i.test(before?.text ?? '') && /^to$/i.test(sentence[i + 1]?.text ?? ''))) return false;
	}
	return infinitive;
};

/**
 * A noun phrase and a relative clause after a comma that runs to the sentence's end, with
 * no verb before it: "My co-speaker here, Cameron, who is the CEO of Bread." The verb is
 * the relative clause's, the main clause never comes. "Our CEO, who founded it, left." has
 * its verb after the clause, as has "My co-founder, who I met at Google is now running it."
 * with its comma dropped; "Yes, which is why…" names nothing first; a question asks.
 */
const isRelativeOnly = (sentence: readonly EnglishToken[]): boolean => {
	// "As a user, Rita, who do you most agree with?" asks.
	if (sentence.some((t) => t.text === '?')) return false;
	const at = sentence.findIndex((t, i) => i > 0 && sentence[i - 1]?.text === ',' && NON_RESTRICTIVE.test(t.text));
	if (at === -1) return false;
	const head = sentence.slice(0, at).filter(isWordToken);
	if (head.some(isVerbToken) || !head.some((t) => /^(?:NOUN|PROPN|PRON)$/.test(t.pos))) return false;
	// "Prices rise, which…", "The market crashes, which…": a noun after a noun may be the verb the tagger missed.
	if (head.at(-1)?.pos === 'NOUN' && /^(?:NOUN|PROPN)$/.test(head.at(-2)?.pos ?? '')) return false;
	const clause = sentence.slice(at + 1);
	// "So, Francesco, which of these would you start with" asks, its mark dropped.
	if (clause.some((t, i) => t.pos === 'AUX' && clause[i + 1]?.pos === 'PRON')) return false;
	const comma = clause.findIndex((t) => t.text === ',' || t.text === ';');
	const tail = comma === -1 ? clause : clause.slice(0, comma);
	// A verb after the clause's own, not another clause's ("…the techniques we used"): the main one, its comma dropped ("My co-founder, who I met at Google is now running the company.").
	const own = tail.findIndex(isVerbToken);
	if (own !== -1 && tail.some((t, i) => i > own && isVerbToken(t) && !isParticiple(t) && !/^(?:PRON|PART|AUX|VERB)$/.test(tail[i - 1]?.pos ?? '')))
		return false;
	return comma === -1 || !clause.slice(comma + 1).some(isVerbToken);
};

/** A relative pronoun right after the noun it defines: "people who…", "the thing that…". */
const RESTRICTIVE = /^(?:who|whom|whose|which|that)$/i;
const PERSONAL_SUBJECT = /^(?:i|you|we|they|he|she|it)$/i;
/** Auxiliaries a bare verb follows. */
const BARE_AFTER = /^(?:do|does|did|can|could|will|would|shall|should|may|might|must)$/i;
/** A sentence longer than this is left alone: the tagger's mistakes grow with it. */
const MAX_RESTRICTIVE_WORDS = 30;
/** Pronouns a relative clause defines as a noun: "everyone who…", "something that…", "those who…". */
const INDEFINITE = /^(?:(?:every|any|some|no)(?:one|body|thing)|those)$/i;
/** Verb forms that are finite only: after an auxiliary they start a clause of their own ("the resources that a person has is…"), they do not carry on its verb. */
const FINITE_ONLY = /^(?:is|are|was|were|am|has|does|did|'s|’s|'re|’re)$/i;

/**
 * A noun phrase and the relative clause that defines it, with no comma and no main verb:
 * "The number of people who use Bitcoin for payments instead of just ETFs and stacking.",
 * "The guy that I met in Lisbon.", "Everyone who has ever built a compiler." The subject
 * is named and its verb never comes. The clause holds one verb group, its own (with its
 * auxiliaries, an infinitive or an -ing form after it); a verb after that is the main one
 * ("The people who use it love it.", "Anyone who says otherwise is wrong."), and a verb,
 * a subject pronoun or a preposition before the relative pronoun makes the head no
 * subject ("I know people who do.", "It's the thing that matters.", "On the network
 * that…"). Long sentences and ones with a comma, colon or dash are left alone.
 */
const isRestrictiveOnly = (sentence: readonly EnglishToken[]): boolean => {
	if (sentence.some((t) => /^(?:[?,;:]|-+|[–—])$/.test(t.text)) || sentence.filter(isWordToken).length > MAX_RESTRICTIVE_WORDS) return false;
	const at = sentence.findIndex((t, i) => {
		const before = sentence[i - 1];
		return before !== undefined && RESTRICTIVE.test(t.text) && (/^(?:NOUN|PROPN)$/.test(before.pos) || INDEFINITE.test(before.text));
	});
	if (at === -1) return false;
	const head = sentence.slice(0, at).filter(isWordToken);
	// A subject pronoun in the head is a clause whose verb the tagger read as a noun ("It deserializes/NOUN that key…").
	// A preposition before the noun ("due to Covid that has…", "On the network that…") makes it no subject; "of" stays inside one ("the number of people who…").
	if (head.some(isVerbToken) || head.some((t) => PERSONAL_SUBJECT.test(t.text) || (t.pos === 'ADP' && !/^of$/i.test(t.text)))) return false;
	// A noun right before a determiner or a pronoun is a verb the tagger missed: "the number increases/NOUN the count of those that…", an imperative's "Use/PROPN the tool that…", "Call/PROPN anyone who…".
	if (head.some((t, i) => /^(?:NOUN|PROPN)$/.test(t.pos) && /^(?:DET|PRON)$/.test(head[i + 1]?.pos ?? ''))) return false;
	const clause = sentence.slice(at + 1).filter(isWordToken);
	// The clause's own verb: its first; or the word right after the pronoun, or after the clause's own subject pronoun, when the tagger read it as a noun ("people who use/NOUN it", "the thing that you need/NOUN").
	const own = clause[0]?.pos === 'NOUN' ? 0 : clause[0]?.pos === 'PRON' && clause[1]?.pos === 'NOUN' ? 1 : clause.findIndex(isVerbToken);
	if (own === -1) return false;
	// Its verb group: auxiliaries and the verb they carry (not a finite form), an adverb between them ("has ever built"), an infinitive or an -ing form after it ("want to build", "keeps going").
	let end = own;
	for (;;) {
		const current = clause[end] as EnglishToken;
		const next = clause[end + 1];
		if (next === undefined) break;
		const carried = next.pos === 'ADV' ? clause[end + 2] : next;
		const carries =
			carried !== undefined &&
			isVerbToken(carried) &&
			!FINITE_ONLY.test(carried.text) &&
			// After do or a modal comes the bare verb: "did end", not "that we did ended up…".
			!(BARE_AFTER.test(current.text) && /(?:ed|[^s]s)$/i.test(carried.text));
		if (current.pos === 'AUX' && carries) end += next.pos === 'ADV' ? 2 : 1;
		// "to" and a bare verb is the clause's infinitive ("want to build"); a finite verb after a stranded "to" is the main one ("…that we talked to said no").
		else if (/^to$/i.test(next.text) && clause[end + 2]?.pos === 'VERB' && !isFiniteForm(clause[end + 2] as EnglishToken)) end += 2;
		else if (isParticiple(next)) end++;
		else break;
	}
	// A main verb after its verb group: the sentence has one, and the span is no fragment.
	return !clause.some((_, i) => i > end && readsAsMainVerb(clause, i));
};

/**
 * Whether the word at `i` of a relative clause, after the clause's own verb group, is the
 * sentence's main verb: a verb, not an infinitive ("…three weeks to find") nor the verb of
 * a clause a question word opens ("…changed how I think about…"); a word after a hedge,
 * which is one whatever its tag ("… kind of bubble/NOUN up"); or a noun the tagger made
 * of it (`isNounAsVerb`).
 */
const readsAsMainVerb = (clause: readonly EnglishToken[], i: number): boolean => {
	const t = clause[i] as EnglishToken;
	const before = clause[i - 1] as EnglishToken;
	if (isVerbToken(t))
		return !isParticiple(t) && !(/^to$/i.test(before.text) && !isFiniteForm(t)) && !(before.pos === 'PRON' && EMBEDDING.test(clause[i - 2]?.text ?? ''));
	if (/^of$/i.test(t.text)) return /^(?:kind|sort)$/i.test(before.text) && /^(?:NOUN|VERB)$/.test(clause[i + 1]?.pos ?? '');
	return t.pos === 'NOUN' && isNounAsVerb(clause, i);
};

/**
 * Whether the noun at `i` is the main verb the tagger read as a noun: after a noun, a name
 * or a pronoun that is no possessive ("The people who use it every day love/NOUN it.",
 * "Startups that raise too much money struggle/NOUN."); after a verb with words after it
 * ("Speakers who rehearse sound/NOUN better.", while "…how to write tests." ends on an
 * object); after an -ly adverb; or with its object after it, a determiner, a pronoun, a
 * number or an adjective and a noun, and no preposition, determiner or possessive before
 * it ("The tests that we run nightly catch/NOUN most regressions.", not "…in version 3",
 * "…my career").
 */
const isNounAsVerb = (clause: readonly EnglishToken[], i: number): boolean => {
	const before = clause[i - 1] as EnglishToken;
	const next = clause[i + 1];
	if (/^(?:NOUN|PROPN|PRON)$/.test(before.pos) && !POSSESSIVE.test(before.text)) return true;
	if (before.pos === 'VERB' && isWordToken(next) && !/^(?:ADP|CCONJ|PART)$/.test(next.pos)) return true;
	if (before.pos === 'ADV' && /ly$/i.test(before.text)) return true;
	if (/^(?:ADP|DET)$/.test(before.pos) || POSSESSIVE.test(before.text)) return false;
	return /^(?:DET|PRON|NUM)$/.test(next?.pos ?? '') || (next?.pos === 'ADJ' && clause[i + 2]?.pos === 'NOUN');
};

/** Possessive determiners: the word after one is a noun ("The conference that changed my career."). */
const POSSESSIVE = /^(?:my|your|his|its|our|their)$/i;
/** Words that open a clause inside another: its verb is not the sentence's ("…changed how I think…", "…know what they want…"). */
const EMBEDDING = /^(?:how|what|why|where|when|whether|if|who|whom)$/i;

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
			// After a trailing "so…" any clause with a verb is what it leads to ("…so… Yeah." is not); after "is…" only words that complete it, or the same words again.
			const goesOn = next !== undefined && (trailsOffOnSo(sentence) ? hasVerb(next) : continues(next) || (trailsOff(sentence) && restarts(sentence, next)));
			if (!goesOn) return 'ending';
			continue;
		}
		const core = withoutTrailingTag(unit);
		// A sentence whose verb the tagger read as a noun keeps it ("Ship it.", "People love it, I think.").
		if (!hasVerb(core) && core.filter(isWordToken).length <= MAX_VERBLESS_WORDS && !hasNounAsVerb(core)) return 'no-verb';
		if (isParticipialFragment(unit) || isInfinitiveOnly(core) || isRelativeOnly(unit) || isRestrictiveOnly(unit)) return 'no-verb';
		if (i === sentences.length - 1) {
			const subordinator = danglingSubordinator(unit);
			if (subordinator !== null && (i === 0 || CONDITIONS.test(subordinator))) return 'no-main-clause';
			if (opensHalfPair(unit)) return 'half-pair';
		}
		unit = [];
	}
	return null;
};

/** Words a sentence may open on before its subordinator: "And if…", "So then when…", "Even though…". */
const LEAD_IN = /^(?:and|but|or|so|then|well|yeah|yes|oh|okay|ok|like|now|even|just|also)$/i;
/** Subordinators that open a clause another must complete. */
const SUBORDINATORS = /^(?:if|unless|when|whenever|once|because|although|whereas|while|anytime)$/i;
/** A subordinator of two or three words at `at` ("every time", "each time", "any time", "as soon as"), or null. */
const subordinatorPhrase = (words: readonly EnglishToken[], at: number): string | null => {
	const said = words
		.slice(at, at + 3)
		.map((t) => t.text.toLowerCase())
		.join(' ');
	if (/^as soon as\b/.test(said)) return 'as soon as';
	// "Every time I ship…", not "Every time is different.": a subject follows.
	const time = /^(?:every|each|any) time\b/.exec(said);
	return time !== null && /^(?:PRON|PROPN|NOUN|DET)$/.test(words[at + 2]?.pos ?? '') ? time[0] : null;
};
/**
 * The ones that set a condition: at the end of a span, nothing after them says what
 * follows ("… And if you use the binding."). A time or a concession after a whole
 * sentence reads on ("We'll get there. Once the rules are clear.", "I'd do it again. Even
 * if it cost me everything.").
 */
const CONDITIONS = /^(?:if|unless)$/i;
/** Subordinator words that open no clause here: "Once again…", "Once in a while…", "If anything…", "If only…", "Because of…". */
const NOT_SUBORDINATE = /^(?:once (?:again|in|upon|more|and)|if (?:anything|only|not|so)|because of)$/i;
/**
 * A verb that can head a main clause after a noun subject: an auxiliary, a form in -s or
 * -ed, or a past tense ("…the marketing takes care of itself", "…our customers stayed");
 * a bare form after a noun is as often the tagger's mistake ("the Network inspect").
 */
const isFiniteForm = (t: EnglishToken): boolean =>
	t.pos === 'AUX' || CONTRACTED_VERB.test(t.text) || (t.pos === 'VERB' && (/[^s]s$|ed$/i.test(t.text) || IRREGULAR_PAST.has(t.text.toLowerCase())));
/** Pronouns that open a main clause with no comma before it: "If you want it you can have it." */
const MAIN_SUBJECT = /^(?:i|you|we|they|he|she|it|there|this|that|people|everyone|everybody|nobody)$/i;

/**
 * The subordinator a sentence opens on (after a lead-in: "And if…") when no main clause
 * follows its clause (`lacksMainClause`), or "no matter" when a "no matter" clause inside
 * the sentence is followed only by another subordinate clause ("…because no matter how
 * good the content is, if your audio quality isn't good."). Null for a whole sentence or
 * a question.
 */
const danglingSubordinator = (sentence: readonly EnglishToken[]): string | null => {
	if (sentence.some((t) => t.text === '?')) return null;
	const words = sentence.filter(isWordToken);
	const w = words.findIndex((t, i) => !LEAD_IN.test(t.text) && !isHedgeLeadIn(words, i));
	const opener = words[w];
	if (opener === undefined) return null;
	const at = sentence.indexOf(opener);
	if (SUBORDINATORS.test(opener.text)) {
		if (NOT_SUBORDINATE.test(`${opener.text} ${words[w + 1]?.text ?? ''}`) || !lacksMainClause(sentence.slice(at + 1))) return null;
		return words[w - 1]?.text.toLowerCase() === 'even' ? `even ${opener.text.toLowerCase()}` : opener.text.toLowerCase();
	}
	const phrase = subordinatorPhrase(words, w);
	if (phrase !== null) {
		const last = words[w + phrase.split(' ').length - 1] as EnglishToken;
		return lacksMainClause(sentence.slice(sentence.indexOf(last) + 1)) ? phrase : null;
	}
	if (opensNoMatter(sentence, at)) return lacksMainClause(sentence.slice(at + 2)) ? 'no matter' : null;
	// Inside the sentence, "no matter what." may close it; a comma after the clause must lead to a main clause.
	const inner = sentence.findIndex((_, i) => i > at && opensNoMatter(sentence, i));
	const comma = inner === -1 ? -1 : sentence.findIndex((t, i) => i > inner && t.text === ',');
	const next = comma === -1 ? -1 : subordinatorAt(sentence, comma + 1);
	return next !== -1 && lacksMainClause(sentence.slice(next + 1)) ? 'no matter' : null;
};

/** The index of the subordinator that opens the clause at `from`, after its lead-in words ("and if…"); -1 when the clause opens on anything else. */
const subordinatorAt = (tokens: readonly EnglishToken[], from: number): number => {
	let at = from;
	while (at < tokens.length && isWordToken(tokens[at] as EnglishToken) && LEAD_IN.test(tokens[at]?.text ?? '')) at++;
	return SUBORDINATORS.test(tokens[at]?.text ?? '') ? at : -1;
};

/** "I think" / "I guess" / "I mean" / "you know" before a subordinator: "I think because I don't have the feature." */
const isHedgeLeadIn = (words: readonly EnglishToken[], at: number): boolean => {
	const pair = (i: number) => `${words[i]?.text.toLowerCase()} ${words[i + 1]?.text.toLowerCase()}`;
	return HEDGE_LEAD_IN.test(pair(at)) || HEDGE_LEAD_IN.test(pair(at - 1));
};
const HEDGE_LEAD_IN = /^(?:i (?:think|guess|mean|believe|suppose)|you know)$/;

const opensNoMatter = (sentence: readonly EnglishToken[], at: number): boolean =>
	/^no$/i.test(sentence[at]?.text ?? '') && /^matter$/i.test(sentence[at + 1]?.text ?? '');

/**
 * Whether a subordinate clause (`rest`, the words after its subordinator) has no main
 * clause after it: nothing with a verb after a comma or a "then", and no subject pronoun
 * with its verb after the clause's own verb ("If you want it you can have it."). A clause
 * after a comma that opens on a subordinator again is read the same way. One pass.
 */
const lacksMainClause = (rest: readonly EnglishToken[]): boolean => {
	const lastVerb = rest.findLastIndex(isVerbToken);
	let clauseVerb = false;
	for (let i = 0; i < rest.length; i++) {
		const t = rest[i] as EnglishToken;
		if (t.text === ',' || t.text === ';' || /^then$/i.test(t.text)) {
			const next = subordinatorAt(rest, i + 1);
			if (next !== -1) {
				i = next;
				clauseVerb = false;
				continue;
			}
			if (lastVerb > i) return false;
			// A subject pronoun and a word after the comma open the main clause, whatever the tagger made of its verb ("…, we first sort the sets.").
			const after = rest[i + 2];
			if (PERSONAL_SUBJECT.test(rest[i + 1]?.text ?? '') && after !== undefined && isWordToken(after)) return false;
			continue;
		}
		if (!isVerbToken(t)) continue;
		const subject = rest[i - 1]?.pos === 'ADV' ? rest[i - 2] : rest[i - 1];
		const previous = rest[i - 1];
		// A plural noun takes a bare verb too: "When customers complain the good companies listen."
		const plural = subject !== undefined && subject.pos === 'NOUN' && /[^s]s$/i.test(subject.text);
		const newSubject = subject !== undefined && (MAIN_SUBJECT.test(subject.text) || plural || (/^(?:NOUN|PROPN|PRON)$/.test(subject.pos) && isFiniteForm(t)));
		if (clauseVerb && newSubject && previous !== undefined && !isVerbToken(previous)) return false;
		clauseVerb = true;
	}
	return true;
};

/**
 * Whether a span's last sentence opens a correlative pair ("not only", "on the one hand")
 * whose second half ("but", "also", "on the other") it does not say. A sentence after it
 * may be that half, as speech drops the "but" ("It's not only an on-ramp. Bitcoin is the
 * first money that can be programmed.").
 */
const opensHalfPair = (sentence: readonly EnglishToken[]): boolean => {
	const lower = sentence.map((t) => t.text.toLowerCase());
	const lastPair = Math.max(lower.lastIndexOf('but'), lower.lastIndexOf('also'), lower.lastIndexOf('other'));
	const lastVerb = sentence.findLastIndex(isVerbToken);
	return sentence.some((_, i) => {
		// "not only" before a verb of its own ("you'll not only intrigue…"); "It's not only about the money." means "not just". A comma and another clause after its verb may be the second half, as speech drops "but": "We not only survived, we thrived."
		if ((lower[i] === 'not' || lower[i] === "n't") && lower[i + 1] === 'only' && sentence[i + 2]?.pos === 'VERB') {
			const comma = lower.indexOf(',', i + 3);
			return lastPair < i && !(comma !== -1 && lastVerb > comma);
		}
		return lower[i] === 'one' && lower[i - 1] === 'the' && lower[i - 2] === 'on' && lower[i + 1] === 'hand' && lastPair < i;
	});
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
	// "关于政策我想说的第二件事是。"
	'事',
	'事情',
	'一点',
	'部分',
	'理由',
	'办法',
	'方法',
	'道理',
	'秘诀',
	'教训',
	'前提',
	'核心',
	'本质',
	'真相',
]);

/** Words a Chinese sentence may open on before its subordinator: 那如果…, 所以因为…. */
const LEAD_IN_ZH = /^(?:那么|那|所以|然后|而且|但是|可是|就是|嗯|对|好|其实)*/u;
/** Subordinators that open a clause another must complete; the first group sets a condition. */
const CONDITIONS_ZH = /^(?:如果|要是|假如|假设|只要|即使|哪怕|除非)/u;
const SUBORDINATORS_ZH = /^(?:如果|要是|假如|假设(?!是)|只要|即使|哪怕|除非|因为|虽然|尽管|既然)/u;
/** A subject again after the subordinate clause's own opens the main one: 如果你真的想做一件事你总会找到办法。 */
const SECOND_SUBJECT_ZH = /(?:你|我|他|她|它|大家|没有人|没人)/u;
/** What opens the main clause after a subordinate one with no comma: 如果你愿意就来吧。 */
const MAIN_CLAUSE_ZH = /[，,；;：:]|就|那么|则|也|都|还|才|便|但|可/u;
/** After 因为 or 既然 the main clause opens on 所以, 就, 那, 因此 or 才: their 还 or 也 is the reason's own ("因为自重大电助力还是优点嘛。"). */
const REASONS_ZH = /^(?:因为|既然)/u;
const MAIN_CLAUSE_AFTER_REASON_ZH = /[，,；;：:]|所以|就|那|因此|才/u;
/** Correlative pairs: the first half, and what may answer it. */
const HALF_PAIRS_ZH: readonly (readonly [RegExp, RegExp])[] = [
	// 不仅仅 / 不仅是 mean "not merely" and stand alone: 这不仅仅是钱的问题。
	[/(?:不仅|不但)(?![仅是])/u, /而且|并|还|也|更|甚至|同时|反而/u],
	[/(?<![另外])一方面/u, /一方面|另外|同时|还|也|不过|但|此外|除了/u],
];

/** Chinese: the last sentence of `body` (folded) is a subordinate clause alone, or the first half of a pair (see `Incompleteness`). */
const judgeClausesChinese = (body: string): Incompleteness => {
	const sentences = body.split(/[。！？!?]+/u).filter((s) => s.trim().length > 0);
	const last = (sentences[sentences.length - 1] ?? '').trim().replace(LEAD_IN_ZH, '');
	for (const [first, second] of HALF_PAIRS_ZH) {
		const found = first.exec(last);
		if (found !== null && !second.test(last.slice(found.index + found[0].length))) return 'half-pair';
	}
	const subordinator = SUBORDINATORS_ZH.exec(last)?.[0];
	if (subordinator === undefined) return null;
	const clause = last.slice(subordinator.length);
	// A condition closed by 的话 with nothing after it is one, whatever it holds: 如果你可以的话。
	const closedCondition = CONDITIONS_ZH.test(subordinator) && /的话$/u.test(clause);
	// The subject the clause opens on is its own; one after it opens the main clause.
	const afterOwnSubject = clause.replace(/^(?:你们|我们|他们|大家|你|我|他|她|它)/u, '').slice(1);
	// 了 with more after it closes the clause: 只要方向对了慢一点没关系。
	const main =
		(REASONS_ZH.test(subordinator) ? MAIN_CLAUSE_AFTER_REASON_ZH : MAIN_CLAUSE_ZH).test(clause) ||
		SECOND_SUBJECT_ZH.test(afterOwnSubject) ||
		/了(?!的话)[^了]{2,}$/u.test(clause);
	if (main && !closedCondition) return null;
	return sentences.length === 1 || CONDITIONS_ZH.test(subordinator) ? 'no-main-clause' : null;
};

/**
 * Words a speaker trails off on ("…"), the clause they lead to unsaid: a connective
 * (问题就是…, 然后…, 所以…, 还是…, 不过…), a modal (反正煞车板要…, 就可以…, 我们可能会…), a
 * negation (这个对他并不…, 还没有…), a verb of thinking (不過我覺得…), a measure with no noun
 * (我们的产品是一个…, 我開始有點…) or a preposition (在…, 聊到…).
 */
const CONNECTIVES_ZH: readonly string[] = [
	'是',
	'就是',
	'就',
	'然后',
	'所以',
	'所以说',
	'但是',
	'可是',
	'不过',
	'而且',
	'因为',
	'还是',
	'还有',
	'那',
	'那么',
	'那个',
	'或者',
	'也就是',
	'要',
	'会',
	'可以',
	'应该',
	'能',
	'可能',
	'不',
	'并不',
	'没有',
	'没',
	'觉得',
	'一个',
	'有点',
	'在',
	'到',
	'的',
];
/** Adverbs before 是 that make it the answer itself: 本来就是… ("it always was"), 我也是…, 一直都是…. */
const ANSWERING_ZH = /(?:本来|一直|都|也|确实|真的)就?是$/;
/** Words that end on one of those characters and close: 问题一直存在…, 是的…, 好的…, 就在那…. */
const CLOSING_ZH = /(?:存在|自在|实在|是的|好的|对的|在那)$/;
/**
 * Whether a span (folded, its closing marks taken off) ends on a word it trails off on. Read
 * on the text, not on the segmenter's last word, which joins them to what comes before
 * (我不, 聊到, 是在).
 */
const trailsOffZh = (body: string): boolean => !ANSWERING_ZH.test(body) && !CLOSING_ZH.test(body) && CONNECTIVES_ZH.some((w) => body.endsWith(w));
const TRAILING_OFF_ZH = /(?:…|\.\.\.)[\s"”’」』）)]*$/u;

/** Whether `text` trails off on an ellipsis (…, ...), in any script, closing marks after it aside. */
export const trailsOffText = (text: string): boolean => TRAILING_OFF_ZH.test(text);

/**
 * Chinese: the quotation marks pair; the last word of the last sentence, by
 * `Intl.Segmenter`, is not a word that cannot end one (OPEN_WORDS_ZH), nor 是 after 的 or a
 * subject noun; the last sentence is no subordinate clause alone, and no pair is left half
 * said.
 */
export const judgeChinese = ({text, locale}: {text: string; locale: string}): Incompleteness => {
	if (cutsQuotation(text)) return 'quotation';
	const body = foldToSimplified(text).replace(/[\s。！？!?.…；;"”’」』）)]+$/u, '');
	const tail = body.slice(-24);
	const words = [...segmentInChunks({text: tail, locale, granularity: 'word'})].filter((s) => s.isWordLike).map((s) => s.segment);
	const last = words[words.length - 1];
	if (last === undefined) return null;
	if (OPEN_WORDS_ZH.has(last)) return 'ending';
	if (TRAILING_OFF_ZH.test(text) && trailsOffZh(body)) return 'ending';
	if (last === '是') {
		const before = words[words.length - 2] ?? '';
		if (before === '的' || before.endsWith('的') || SUBJECT_NOUNS_ZH.has(before)) return 'ending';
	}
	return judgeClausesChinese(body);
};

/**
 * Words that join a clause to the one before it: 以及, 而不是, 并且, 也, 甚至, 或者, 反正,
 * 此外, 尤其是, 所以就 — not the words they begin (也许, 也门, 就业, 并购, 并行, 再生, 还款,
 * 便宜, 便当, 都市, 都柏林, 而今), nor the words that open a clause of its own (就算, 就像,
 * 还有, 才华), nor 所以 or 但是 alone, which open the point itself, as "So" and "But" do.
 */
const CONTINUING_OPENER_ZH =
	/^(?:以及|而且|而是|而不是|而(?!今)|并且|并非|并(?![购发行列存])|也(?![许门])|又|甚至|乃至|还(?![原款有])|再(?![生造现])|都(?![市柏])|就(?![业算像])|才(?!华)|便(?![宜利当])|所以就|却|反而|因而|或者|或是|要不然|否则|不然|反正|只是|此外|特别是|尤其是|像是)/u;
/** What a line may open with before its first word: quote marks, and a filler (嗯，而不是…). */
const LEADING_NOISE_ZH = /^[\s「『“"（(]*(?:(?:嗯|呃|啊|哦|噢)[，,]?\s*)*/u;
/**
 * A condition, a concession or a comparison the next clause holds under, opening its
 * clause (a pronoun subject before it allowed): 如果…，; 我们虽然…，; 应该不会像…，. Not
 * "如果你问我，" (a frame: the answer stands), 这个假设… (a noun), 我只要一杯 ("I only want").
 */
const CONDITION_BEFORE_ZH =
	/^(?:我们|你们|他们|她们|大家|我|你|他|她|它)?(?:如果(?!你问我|您问我)|要是|假如|假设(?!是)|即使|即便|纵使|就算|哪怕|除非|一旦|虽然|虽说|尽管(?![问说讲来去])|与其|万一)|不会像|不像(?!话)/u;

/**
 * Whether the closing clauses of a long Chinese sentence (`text`, the words of the
 * sentence before it `before`) do not stand alone: they open on a word that joins them to
 * the clause before (「以及在國內的公信力提高…」, 「而不是藏在…」, 「反正講得很好…」), or the
 * clause right before them set the condition they hold under — cut, the claim reads as its
 * opposite (「應該不會像…，…拋下相當多人」), or said when it holds (「當有個社會目的，好比像幫助偏鄉的時候，」), or the
 * clause before said what it is not (「不是在意它通不通用，」); or they point back at the clause
 * before with a demonstrative (「那個流派的想法…」). A clause
 * that opens like a sentence stands (「加密之後很像拼圖一樣…」).
 */
export const isDependentClauseZh = ({text, before}: {text: string; before: string}): boolean => {
	const opening = foldToSimplified(text).replace(LEADING_NOISE_ZH, '');
	if (CONTINUING_OPENER_ZH.test(opening) || POINTS_INTO_SENTENCE_ZH.test(opening)) return true;
	// The clause right before the cut: a condition further back has had its main clause.
	const clauses = foldToSimplified(before)
		.split(/[，,；;：:—]+/u)
		.filter((c) => c.trim().length > 0);
	const last = (clauses[clauses.length - 1] ?? '').replace(LEADING_NOISE_ZH, '');
	const when = WHEN_AFTER_ZH.test(last) && WHEN_BEFORE_ZH.test(foldToSimplified(before));
	return CONDITION_BEFORE_ZH.test(last) || CONDITION_AFTER_ZH.test(last) || when || NOT_THIS_BUT_ZH.test(last);
};

/**
 * A demonstrative a clause cut from inside a sentence opens on, pointing at what the
 * sentence just named (那个流派的想法…, 这个部分叫做…); not 这几年, 这辈子, 这一…, 那些…的人
 * or 这个世界, which name what everyone knows. 但是 opens the point itself, as at a
 * sentence's start.
 */
const POINTS_INTO_SENTENCE_ZH = /^(?:这|那)(?:个|些|样|种|位|段|次)?(?![么里儿时几辈一])(?!世界|时代|社会|年代)(?![^，,。！？]*的人)\p{Script=Han}/u;
/** A clause that says on what condition the next holds, by how it ends: 如此一来的话，; not a saying's frame (说句不好听的话，). */
const CONDITION_AFTER_ZH = /^(?!说).*的话$/u;
/**
 * A "when…" that 当 opens and 的时候 closes, across clauses: 显然当有个社会目的，好比像帮助偏乡的
 * 时候，其实法令并不是不可以…: cut after it, the claim holds without its condition. A
 * time said without 当 (资料在传输的时候，加密之后…) frames a clause that stands.
 */
const WHEN_AFTER_ZH = /(?:的时候|时候|之时)$/u;
const WHEN_BEFORE_ZH = /(?:^|[，,；;\s]|显然|其实|所以|那么?|而且|但是?)当(?![然中时初地年代下今前选成作做天晚日])/u;
/** The first half of "not X, (but) Y", anywhere in the clause: 我们在发展的时候不是在意它通不通用，应该在意… / 不仅…，; not 是不是 (a question), nor a short verdict that stands (价格不是问题，). */
const NOT_THIS_BUT_ZH = /(?<![是并也都就])(?:不是|不仅|不只|不光|不但)[^，,；;]{4,}$/u;

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
