import {isCjkChar} from '../text/classify-char';
import {SENTENCE_END_ODDS} from './sentence-end-odds';

/**
 * Auto captions (YouTube's, some ASR exports) have no punctuation: a quote cut on cue
 * edges is a fragment. Sentences are found from the pauses between words instead.
 */

/**
 * A word, or a whole cue when the source has no word times; `endKnown` is false when the
 * source gives only start times (YouTube's word tags), whose `endMs` is the next word's start.
 */
export type PauseUnit = {
	text: string;
	startMs: number;
	endMs: number;
	endKnown: boolean;
	startEstimated?: boolean;
	/** A word inside a cue whose times are its share of the cue's (no pause is known after it). */
	estimated?: boolean;
	/** The last word of a cue that the source gives without word times. */
	cueEnd?: boolean;
};

/** A sentence has at least this many words (CJK: two characters count as one)… */
const MIN_SENTENCE_WORDS = 6;
/** …and is cut at its longest pause once it has this many. */
const MAX_SENTENCE_WORDS = 45;
/** A pause shorter than this never ends a sentence, however still the speaker is. */
const MIN_SENTENCE_PAUSE_MS = 350;
/** The pauses that end sentences are the longest this share of them (a fast talker pauses less)… */
const PAUSE_QUANTILE = 0.9;
/** …and any pause this long: a second of silence ends a sentence, whatever the rest. */
const SURE_SENTENCE_PAUSE_MS = 1000;

const SENTENCE_END = /[.!?。！？…；;]["'”’)）\]」』]*$/u;
const TERMINATORS = /[.!?。！？…](?=\s|$|["'”’)）」』])/gu;

/** Word count for sentence lengths: Latin words, and CJK characters two to a word. */
export const countWords = (text: string): number => {
	let cjk = 0;
	for (const ch of text) if (isCjkChar(ch)) cjk++;
	const latin = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.filter((w) => ![...w].some(isCjkChar)).length ?? 0;
	return latin + Math.ceil(cjk / 2);
};

/**
 * True when text of at least 30 words has fewer than one sentence end per 40 words and
 * few commas: auto captions. One long sentence with its commas (a preamble read as one
 * sentence) is punctuated text.
 */
export const isUnpunctuated = (text: string): boolean => {
	const words = countWords(text);
	const ends = text.match(TERMINATORS)?.length ?? 0;
	const commas = text.match(COMMAS)?.length ?? 0;
	return words >= 30 && ends * 40 < words && (ends + commas) * 12 < words;
};
const COMMAS = /[,;，、；]/gu;

export const endsSentence = (text: string): boolean => SENTENCE_END.test(text.trimEnd());

/** Whether `text` ends a sentence anywhere in it (`.`, `?`, `。`… before a space, a closer or its end). */
export const holdsSentenceEnd = (text: string): boolean => text.search(TERMINATORS) !== -1;

/** How long saying `text` takes at `msPerChar`: for units whose end the source does not give. */
const expectedMs = (text: string, msPerChar: number): number => msPerChar * (1 + [...text.trim()].length);

/**
 * English words that do not end a sentence (articles, prepositions, conjunctions,
 * auxiliaries, possessives): a pause after `the` is a speaker searching for a word.
 */
const NO_END_AFTER =
	/^(?:a|an|the|of|to|in|on|at|by|for|from|with|into|onto|about|over|under|and|or|but|nor|so|if|because|than|as|that|which|who|whose|my|your|his|her|its|our|their|this|these|those|is|are|was|were|be|been|am|do|does|did|have|has|had|will|would|can|could|should|must|may|might|i|we|you|they|he|she|it's|i'm|we're|you're|they're|not|very|really|just|like|uh|um)$/i;

/** A word as the sentence-end odds list it: lower case, without punctuation but its apostrophes (`it's`). */
export const sentenceEndKey = (word: string): string =>
	word
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/[^\p{L}\p{N}']/gu, '')
		.replace(/^'+|'+$/g, '');

/** Whether a word (`sentenceEndKey`) is one the odds list: about English's 900 commonest. */
export const isCommonEnglishWord = (key: string): boolean => SENTENCE_END_ODDS.after.has(key) || SENTENCE_END_ODDS.before.has(key);

/** Two words each likely at a sentence's edge that together are one phrase: `this right. Now to…`, `all. Because we did`. */
const ONE_PHRASE = new Set([
	'right now',
	'all because',
	'just because',
	'only because',
	'even so',
	'even now',
	'just so',
	'well as',
	'ahead and',
	'yet again',
	'again and',
	'more and',
]);
/**
 * Where no pause is known (a cue without word times), how likely a sentence of spoken
 * English is to end between two words: the log-odds of SENTENCE_END_ODDS, counted in
 * punctuated transcripts, of the word before and the word after (`…double quotes | and
 * you can…` is likely, `…why cities get | so hot…` and `…will help | you to…` are not).
 * Positive: more likely than not. Words that are not Latin (CJK) have no odds: their
 * captions break at phrases, not sentences.
 */
const lexicalOdds = (earlier: string, before: string, after: string): number => {
	// The keys drop the words' punctuation (`quotes.` → `quotes`).
	const a = sentenceEndKey(before);
	const b = sentenceEndKey(after);
	if (a === '' || b === '' || [...a, ...b].some(isCjkChar)) return Number.NEGATIVE_INFINITY;
	if (ONE_PHRASE.has(`${a} ${b}`)) return Number.NEGATIVE_INFINITY;
	const ending = SENTENCE_END_ODDS.afterTwo.get(`${sentenceEndKey(earlier)} ${a}`) ?? SENTENCE_END_ODDS.after.get(a) ?? 0;
	return SENTENCE_END_ODDS.base + ending + (SENTENCE_END_ODDS.before.get(b) ?? 0);
};
/**
 * The odds are English: captions in another language get none (`so` opens a sentence in
 * English, not in German's `wie man so…`). Captions read as English when at least this
 * share of their words are words the odds list…
 */
const ENGLISH_SHARE = 0.5;
/** …among their first this many words (English's 900 commonest words are about 70% of its running words; German's share of them is about a fifth). */
const LANGUAGE_SAMPLE_WORDS = 2000;

/** Whether captions are English: they state no other language, and their words are English by the odds' vocabulary (`readsAsEnglish`). */
export const captionsAreEnglish = ({units, statedLanguage}: {units: readonly PauseUnit[]; statedLanguage: string | null}): boolean =>
	(statedLanguage === null || /^en\b/i.test(statedLanguage)) && readsAsEnglish(units);

/** Whether the units' words are English by the odds' own vocabulary (ENGLISH_SHARE of the first LANGUAGE_SAMPLE_WORDS Latin words). */
const readsAsEnglish = (units: readonly PauseUnit[]): boolean => {
	let seen = 0;
	let known = 0;
	for (const u of units) {
		for (const word of u.text.split(/\s+/)) {
			const key = sentenceEndKey(word);
			if (key === '' || [...key].some(isCjkChar)) continue;
			seen++;
			if (isCommonEnglishWord(key)) known++;
			if (seen >= LANGUAGE_SAMPLE_WORDS) return known >= ENGLISH_SHARE * seen;
		}
	}
	return seen > 0 && known >= ENGLISH_SHARE * seen;
};
/** What a cut's odds are worth against a pause, in ms per unit of log-odds, when a long sentence must be cut. */
const ODDS_MS = 400;

const bareWord = (text: string): string => (text.trim().split(/\s+/).pop() ?? '').replace(/^\p{P}+|\p{P}+$/gu, '');

const quantile = (values: number[], q: number): number => {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/**
 * Indices of the units after which a sentence ends. A sentence ends at every forced
 * break (a speaker change, a sound cue) and at the end; else after a long pause (the
 * longest 10 % of pauses, or one of SURE_SENTENCE_PAUSE_MS, and at least
 * MIN_SENTENCE_PAUSE_MS; never after `the`, `and`, `of`…) once it has
 * MIN_SENTENCE_WORDS; a sentence reaching MAX_SENTENCE_WORDS without one is cut at its
 * longest pause. Deterministic: ties go to the later unit.
 */
export const findSentenceEnds = ({
	units,
	forcedBreaks,
	statedLanguage = null,
}: {
	units: readonly PauseUnit[];
	forcedBreaks: ReadonlySet<number>;
	/** The language the file states (WebVTT's `Language: de`), as a BCP 47 tag: another language than English gets no English odds, whatever its words. */
	statedLanguage?: string | null;
}): Set<number> => {
	const n = units.length;
	// Start times only (YouTube's word tags): the aligner gives a silence to the word after
	// it, so the pause before a word is what its interval holds beyond its own length; a
	// word without a time of its own (a line's first) is placed just before the next one.
	// The speaker's pace: the median time per character of the words whose interval is known.
	const rates = units
		.map((u, i) => ({u, next: units[i + 1]}))
		.filter(({u, next}) => !u.endKnown && !u.startEstimated && next !== undefined && !next.startEstimated)
		.map(({u, next}) => ((next?.startMs ?? 0) - u.startMs) / (1 + [...u.text.trim()].length));
	const msPerChar = rates.length >= 10 ? quantile(rates, 0.5) : 55;
	const pauseBefore = (j: number): number => {
		const u = units[j] as PauseUnit;
		const nextStart = units[j + 1]?.startMs ?? u.endMs;
		if (!u.startEstimated) return Math.max(0, nextStart - u.startMs - expectedMs(u.text, msPerChar));
		const previous = units[j - 1];
		if (previous === undefined) return 0;
		return Math.max(0, nextStart - expectedMs(u.text, msPerChar) - (previous.startMs + expectedMs(previous.text, msPerChar)));
	};
	const pauses = units.map((u, i) => {
		const next = units[i + 1];
		if (next === undefined) return Number.POSITIVE_INFINITY;
		const lastWord = u.text.trim().split(/\s+/).pop() ?? '';
		if (NO_END_AFTER.test(lastWord.replace(/[,;:]$/, ''))) return 0;
		return u.endKnown ? Math.max(0, next.startMs - u.endMs) : pauseBefore(i + 1);
	});
	const blocked = units.map((u) => NO_END_AFTER.test(bareWord(u.text)));
	const ends = new Set<number>();
	const english = captionsAreEnglish({units, statedLanguage});
	/**
	 * The sentence-end odds between unit `i` and the next (`lexicalOdds`): the two words
	 * before (not across a sentence end found already) and the next unit's first word; none
	 * in captions that are not English.
	 */
	const wordsOf = (i: number): string[] => units[i]?.text.trim().split(/\s+/) ?? [];
	const odds = (i: number): number => {
		if (!english) return Number.NEGATIVE_INFINITY;
		const own = wordsOf(i);
		const earlier = own.length > 1 ? own[own.length - 2] : i > 0 && !ends.has(i - 1) ? wordsOf(i - 1).pop() : '';
		return lexicalOdds(earlier ?? '', own[own.length - 1] ?? '', wordsOf(i + 1)[0] ?? '');
	};
	/** How good a cut after `i` is when a sentence must be cut: the longest pause, a cue end, and how likely a sentence ends there (CJK: no odds). */
	const cutScore = (i: number): number => {
		if (blocked[i]) return -1e9;
		const o = odds(i);
		return (pauses[i] ?? 0) + (units[i]?.cueEnd ? 200 : 0) + (Number.isFinite(o) ? ODDS_MS * (o - SENTENCE_END_ODDS.base) : 0);
	};
	const threshold = Math.max(MIN_SENTENCE_PAUSE_MS, Math.min(SURE_SENTENCE_PAUSE_MS, quantile(pauses.filter(Number.isFinite), PAUSE_QUANTILE)));
	const words = units.map((u) => countWords(u.text));
	let start = 0;
	let count = 0;
	for (let i = 0; i < n; i++) {
		count += words[i] ?? 0;
		const pauseUnknown = units[i]?.estimated === true || units[i]?.cueEnd === true;
		// Where no pause is known, a sentence ends where one more likely ends than not.
		const softEnd = pauseUnknown && !blocked[i] && count >= MIN_SENTENCE_WORDS && odds(i) > 0;
		if (forcedBreaks.has(i) || i === n - 1 || (count >= MIN_SENTENCE_WORDS && (pauses[i] ?? 0) >= threshold) || softEnd) {
			ends.add(i);
			start = i + 1;
			count = 0;
			continue;
		}
		if (count >= MAX_SENTENCE_WORDS) {
			// Cut at the longest pause after the first MIN_SENTENCE_WORDS words.
			let acc = 0;
			let best = i;
			let bestPause = Number.NEGATIVE_INFINITY;
			for (let j = start; j <= i; j++) {
				acc += words[j] ?? 0;
				if (acc >= MIN_SENTENCE_WORDS && cutScore(j) >= bestPause) {
					best = j;
					bestPause = cutScore(j);
				}
			}
			ends.add(best);
			start = best + 1;
			count = 0;
			for (let j = start; j <= i; j++) count += words[j] ?? 0;
		}
	}
	return ends;
};
