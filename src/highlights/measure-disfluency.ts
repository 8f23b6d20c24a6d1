import {foldToSimplified} from '../text/fold-to-simplified';
import {segmentInChunks} from '../text/segment-in-chunks';
import type {EnglishToken} from '../text/tag-english';

/**
 * What makes a spoken line hard to read on a card, counted:
 * - `fillers`: words that carry nothing — "um", "uh", "you know", "I mean", "like" as a
 *   filler (not the verb, nor a comparison: "it's like a racket"), 嗯 / 呃 / 你知道, and
 *   就是 / 那个 / 然后 where they are fillers (before a pause, or 然后 again and again);
 * - `restarts`: a phrase broken off and said again ("for every, like every fifth", "we
 *   were -- we were", "So, so this is…"), a stutter ("I I", "the the", 我我), an article
 *   cut off by a new subject ("the we, in…"), a subject begun again after its auxiliary
 *   ("I can I remember"), an interjection inside a sentence where
 *   captions ran two starts together ("That's why Oh, yeah, it's…"), a break-off dash
 *   (` -- `);
 * - `words`: the words counted, for the density of fillers.
 */
export type Disfluency = {fillers: number; restarts: number; words: number};

/** Words said twice in a row on purpose ("very, very", "no, no"), not restarts. */
const EMPHATIC = new Set([
	'very',
	'really',
	'so',
	'no',
	'yes',
	'yeah',
	'many',
	'much',
	'more',
	'bye',
	'ha',
	'oh',
	'hey',
	'far',
	'long',
	'way',
	'over',
	'again',
	'and',
	'or',
	'that',
	'had',
]);
const INTERJECTIONS = new Set(['oh', 'yeah', 'yes', 'um', 'uh', 'well', 'okay', 'ok', 'wow', 'hmm']);
const PLAIN_FILLERS = new Set(['um', 'uh', 'er', 'erm', 'hmm', 'mm', 'basically', 'literally']);
/** After "you know", these make it a real question or clause ("you know what I mean", "you know that…"). */
const KNOW_OBJECTS = new Set(['what', 'that', 'how', 'why', 'where', 'who', 'when', 'if', 'whether', 'the', 'a', 'it', 'this', 'him', 'her', 'them', 'about']);
/** Verbs after which "like" compares ("looks like a…") and words before it that make it a noun phrase ("something like that"). */
const LIKE_COMPARERS = new Set([
	'look',
	'looks',
	'looked',
	'feel',
	'feels',
	'felt',
	'seem',
	'seems',
	'seemed',
	'sound',
	'sounds',
	'sounded',
	'something',
	'things',
	'stuff',
	'anything',
	'nothing',
	'more',
	'much',
	'just',
	'exactly',
	'would',
	"'d",
	'i',
	'you',
	'we',
	'they',
	"don't",
	'not',
	"n't",
	'do',
	'did',
	'does',
]);

const lower = (t: EnglishToken | undefined) => t?.text.toLowerCase() ?? '';
const isPunct = (t: EnglishToken | undefined) => t !== undefined && (t.pos === 'PUNCT' || t.pos === 'SYM');

/** "like" as a filler: not the verb ("I like it"), not a comparison ("looks like a", "it's like a racket", "something like that"). */
const isFillerLike = (tokens: readonly EnglishToken[], i: number): boolean => {
	const prev = tokens[i - 1];
	const next = tokens[i + 1];
	if (LIKE_COMPARERS.has(lower(prev))) return false;
	if (next === undefined || isPunct(next)) return prev === undefined || isPunct(prev);
	// "like a racket", "like this little fee", "like that": a comparison with a noun phrase.
	if (next.pos === 'DET' || (next.pos === 'PRON' && ['that', 'this', 'it', 'him', 'her', 'them', 'me', 'us'].includes(lower(next)))) return false;
	// "it is like driving a car": a comparison with an act; "I was like trying to…" is a filler.
	const after = tokens[i + 2];
	if (/ing$/i.test(next.text) && after !== undefined && (after.pos === 'DET' || after.pos === 'NOUN')) return false;
	return true;
};

/** Function words whose repetition across a comma is a restart ("for every, like every"); a list repeats "or" and "and", a clause boundary repeats a pronoun ("use it, it says"). */
const RESTARTING_POS = new Set(['DET', 'ADP', 'SCONJ', 'PART']);

/**
 * Whether a phrase of two to four words starting at `i` is said twice in a row ("you're
 * gonna you're gonna", "that seemed to be that seemed to be"); with `distinct`, only a
 * phrase with a word that is not said twice on purpose ("no no no no", "over and over
 * and over" are emphasis).
 */
const repeatsPhrase = (tokens: readonly EnglishToken[], i: number, distinct: boolean): boolean => {
	for (let n = 2; n <= 4 && i + 2 * n <= tokens.length; n++) {
		let same = true;
		for (let j = 0; j < n && same; j++) {
			const a = tokens[i + j];
			const b = tokens[i + n + j];
			same = !isPunct(a) && !isPunct(b) && lower(a) === lower(b);
		}
		if (same && (!distinct || tokens.slice(i, i + n).some((t) => !EMPHATIC.has(lower(t))))) return true;
	}
	return false;
};

/** Connectives said twice for emphasis never: said again before a pronoun or an article, they restart ("So, so this is…", "and, and the"). */
const RESTARTING_CONNECTIVES = new Set(['so', 'and', 'or', 'that']);

/**
 * A restart at a word that is also said twice on purpose (EMPHATIC: "very, very", "no,
 * no"): only a phrase of different words said twice, or a connective said again before a
 * pronoun or an article ("So, so this is not gonna be"; "so, so good" is emphasis).
 */
const restartsAtEmphatic = (tokens: readonly EnglishToken[], i: number): boolean => {
	if (repeatsPhrase(tokens, i, true)) return true;
	const word = lower(tokens[i]);
	if (!RESTARTING_CONNECTIVES.has(word)) return false;
	let k = i + 1;
	while (tokens[k] !== undefined && isPunct(tokens[k]) && /^[,—-]+$/.test(tokens[k]?.text ?? '')) k++;
	const after = tokens[k + 1];
	return lower(tokens[k]) === word && after !== undefined && (after.pos === 'PRON' || after.pos === 'DET');
};

/** An article right before a subject pronoun is a phrase broken off and begun again ("the we, in Olymos…", "And the it began…"). */
const ARTICLES = new Set(['the', 'a', 'an']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you']);

/**
 * Whether the word at `i` is said again at once (a stutter: "the the", "I I"; or a few
 * words twice: "you're gonna you're gonna"), or within
 * two words after a comma, dash or filler — a function word alone ("for every, like
 * every fifth") or two words together ("we were, we were going").
 */
const restartsAt = (tokens: readonly EnglishToken[], i: number): boolean => {
	const word = lower(tokens[i]);
	const next = tokens[i + 1];
	if (lower(next) === word) return true;
	if (repeatsPhrase(tokens, i, false)) return true;
	for (let k = i + 1, between = 0; k < tokens.length && between <= 2; k++) {
		const other = tokens[k];
		if (other === undefined || (isPunct(other) && /[.!?]/.test(other.text))) return false;
		if (lower(other) === word) {
			// Broken off right after the word ("for every, like every"), not a phrase that went on ("a racket, a little fee").
			const after = tokens[i + 1];
			const broken = after !== undefined && (isPunct(after) || PLAIN_FILLERS.has(lower(after)) || lower(after) === 'like');
			if (!broken) return false;
			// "we were, we were": the word before it is said again too.
			const twoWords = i > 0 && !isPunct(tokens[i - 1]) && lower(tokens[k - 1]) === lower(tokens[i - 1]);
			return RESTARTING_POS.has(tokens[i]?.pos ?? 'X') || twoWords;
		}
		between++;
	}
	return false;
};

/** The disfluencies of an English span (`tagEnglish` tokens). */
export const measureDisfluencyEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): Disfluency => {
	let fillers = 0;
	let restarts = 0;
	let words = 0;
	tokens.forEach((t, i) => {
		const word = lower(t);
		if (isPunct(t)) {
			if (t.text === '--' || t.text === '—') restarts++;
			return;
		}
		words++;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		if (PLAIN_FILLERS.has(word)) fillers++;
		else if (word === 'like' && isFillerLike(tokens, i)) fillers++;
		else if (word === 'know' && lower(prev) === 'you' && !KNOW_OBJECTS.has(lower(next)) && !(next !== undefined && next.pos === 'PRON')) fillers++;
		else if (word === 'mean' && lower(prev) === 'i' && (next === undefined || isPunct(next)) && (tokens[i - 2] === undefined || isPunct(tokens[i - 2])))
			fillers++;
		// An interjection inside a sentence, right after a word: two starts run together.
		if (INTERJECTIONS.has(word) && prev !== undefined && !isPunct(prev) && /^[A-Z]/.test(t.text) && i > 0) restarts++;
		if (EMPHATIC.has(word) ? restartsAtEmphatic(tokens, i) : restartsAt(tokens, i)) restarts++;
		else if (t.pos === 'DET' && ARTICLES.has(word) && next?.pos === 'PRON' && SUBJECT_PRONOUNS.has(lower(next))) restarts++;
		// A subject begun again after its auxiliary: "I can I remember", "we were we went".
		else if (SUBJECT_PRONOUNS.has(word) && next?.pos === 'AUX' && lower(tokens[i + 2]) === word) restarts++;
	});
	return {fillers, restarts, words};
};

/** Chinese hesitation sounds, as whole words. */
const FILLERS_ZH = new Set(['嗯', '呃', '额', '唔']);
/** Spoken crutches of several words (a segmenter cuts 你知道 into 你 / 知道): counted in the text. */
const PHRASE_FILLERS_ZH = ['你知道', '我是说', '我的意思是', '怎么说呢', '对吧', '是吧'];
/** Demonstratives and connectives that are fillers when a pause (a comma) follows them, or said again at once: 就是， / 那个， / 然后，. */
const PAUSE_FILLERS_ZH = new Set(['就是', '那个', '这个', '然后', '所以说', '反正', '其实']);

/** The disfluencies of a Chinese span, by `Intl.Segmenter` words. */
export const measureDisfluencyChinese = ({text, locale}: {text: string; locale: string}): Disfluency => {
	const segments = [...segmentInChunks({text: foldToSimplified(text), locale, granularity: 'word'})];
	let fillers = 0;
	let restarts = 0;
	let words = 0;
	let thens = 0;
	segments.forEach((s, i) => {
		if (!s.isWordLike) {
			if (/--|——/.test(s.segment)) restarts++;
			return;
		}
		words++;
		const next = segments[i + 1];
		const pause = next !== undefined && !next.isWordLike && /[，,、…]/.test(next.segment);
		if (FILLERS_ZH.has(s.segment)) fillers++;
		else if (PAUSE_FILLERS_ZH.has(s.segment) && pause) fillers++;
		else if (s.segment.startsWith('然后') && ++thens > 1) fillers++;
		// The same word again at once, or after a comma: 我我 / 我们，我们.
		let k = i + 1;
		while (segments[k] !== undefined && !segments[k]?.isWordLike && /^[，,、\s]+$/.test(segments[k]?.segment ?? '')) k++;
		const again = segments[k];
		if (again?.isWordLike && again.segment === s.segment && !/^[哈呵嘿啊]$/.test(s.segment)) restarts++;
	});
	for (const phrase of PHRASE_FILLERS_ZH) for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) fillers++;
	return {fillers, restarts, words};
};
