import {isCjkChar} from '../text/classify-char';

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
const countWords = (text: string): number => {
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

/** How long saying `text` takes at `msPerChar`: for units whose end the source does not give. */
const expectedMs = (text: string, msPerChar: number): number => msPerChar * (1 + [...text.trim()].length);

/**
 * English words that do not end a sentence (articles, prepositions, conjunctions,
 * auxiliaries, possessives): a pause after `the` is a speaker searching for a word.
 */
const NO_END_AFTER =
	/^(?:a|an|the|of|to|in|on|at|by|for|from|with|into|onto|about|over|under|and|or|but|nor|so|if|because|than|as|that|which|who|whose|my|your|his|her|its|our|their|this|these|those|is|are|was|were|be|been|am|do|does|did|have|has|had|will|would|can|could|should|must|may|might|i|we|you|they|he|she|it's|i'm|we're|you're|they're|not|very|really|just|like|uh|um)$/i;

/**
 * English words that usually open a clause: where no pause is known (a cue without word
 * times), a sentence is cut before one of these rather than anywhere else.
 */
const STARTS_CLAUSE = /^(?:so|but|now|okay|ok|well|then|because|anyway|actually|alright|today|remember|imagine)$/i;
/** With the word after it: `and then`, `and so`, `and now`. */
const STARTS_CLAUSE_AFTER_AND = /^(?:then|so|now)$/i;
/** Words that often open a clause in speech, and often do not: a cut only for a sentence already long. */
const MAY_START_CLAUSE = /^(?:and|we|i|let's|there|this|that's|it's|we're|i'm|you|which|when|if)$/i;
/** Where no pause is known, a sentence this long ends before a clause opener… */
const SOFT_SENTENCE_WORDS = 10;
/** …and this long before a word that may open one. */
const LONG_SENTENCE_WORDS = 22;

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
export const findSentenceEnds = ({units, forcedBreaks}: {units: readonly PauseUnit[]; forcedBreaks: ReadonlySet<number>}): Set<number> => {
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
	/** Whether the unit after `i` opens a clause (`so`, `and then`…). */
	const opensClause = (i: number): boolean => {
		const first = bareWord(units[i + 1]?.text ?? '');
		// `right now`, `all because`: the opener ends a phrase here, it does not start one.
		if (/^(?:right|all|even|only|just)$/i.test(bareWord(units[i]?.text ?? ''))) return false;
		return STARTS_CLAUSE.test(first) || (/^and$/i.test(first) && STARTS_CLAUSE_AFTER_AND.test(bareWord(units[i + 2]?.text ?? '')));
	};
	/** How good a cut after `i` is when a sentence must be cut: the longest pause, then a cue end, then before a clause opener. */
	const cutScore = (i: number): number => (blocked[i] ? -1 : (pauses[i] ?? 0) + (units[i]?.cueEnd ? 200 : 0) + (opensClause(i) ? 300 : 0));
	const threshold = Math.max(MIN_SENTENCE_PAUSE_MS, Math.min(SURE_SENTENCE_PAUSE_MS, quantile(pauses.filter(Number.isFinite), PAUSE_QUANTILE)));
	const words = units.map((u) => countWords(u.text));
	const ends = new Set<number>();
	let start = 0;
	let count = 0;
	for (let i = 0; i < n; i++) {
		count += words[i] ?? 0;
		const pauseUnknown = units[i]?.estimated === true || units[i]?.cueEnd === true;
		const softEnd =
			pauseUnknown &&
			!blocked[i] &&
			((count >= SOFT_SENTENCE_WORDS && opensClause(i)) || (count >= LONG_SENTENCE_WORDS && MAY_START_CLAUSE.test(bareWord(units[i + 1]?.text ?? ''))));
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
			let bestPause = -1;
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
