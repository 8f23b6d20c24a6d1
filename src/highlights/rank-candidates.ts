import {opensOnSmallWord} from '../text/open-as-sentence';
import {foldToSimplified} from '../text/fold-to-simplified';
import type {Talk} from '../talk/talk-schema';
import {isUnnamedSpeaker} from '../talk/unnamed-speaker';
import {isGapMark, saysAWord} from '../talk/non-speech';
import {buildCandidates, type Candidate, type TalkSentence} from './build-candidates';
import {findAdReads} from './find-ad-reads';
import {findIntroductions} from './find-introductions';
import {measureQuoteLength, quoteLengthBoundsFor, type QuoteLengthBounds} from './measure-quote-length';
import {inverseDocumentFrequency, scoreCentrality} from './score-centrality';
import {QUOTABILITY_WEIGHTS, roundParts, scoreQuotability, type QuotabilityParts} from './score-quotability';
import {type EnglishToken, tagEnglish} from '../text/tag-english';
import {tokenizeWords} from '../text/tokenize-words';
import {isDependentClauseZh, readsAsChinese} from './judge-completeness';
import {isFalseStart, isFiller, isHollowChinese, isHollowEnglish, isTeaser} from './judge-hollow';
import {type Claim, measureClaimChinese, measureClaimEnglish} from './measure-claim';
import {type Conversation, hasLaughter, interviewersOf, readConversation} from './read-conversation';
import {SCORE_WEIGHTS} from './score-weights';

/** The quotability rules that rule a span out rather than weigh it: a part of `ScoreParts`, not a feature. */
type RuleOutRule = 'logistics' | 'incomplete' | 'reference';

/**
 * What a span is measured by, each a named number (0 when its rule does not fire): the
 * quotability rules (`scoreQuotability`, in units of each rule's nominal weight, so that a
 * rule that fires is 1), the span's place in its section and talk, and the conversation
 * around it (`readConversation`). A candidate's score part is its feature times the weight
 * fitted to the editors' marks (`SCORE_WEIGHTS`).
 */
export type ScoreFeatures = Omit<QuotabilityParts, RuleOutRule> & {
	/** LexRank of the span's sentences among its section's sentences (0–1). */
	sectionCentrality: number;
	/** LexRank of the span's sentences among the whole talk's sentences (0–1). */
	talkCentrality: number;
	/** Share of the section title's content words the span uses (0–1). */
	titleRelevance: number;
	/** Said by a speaker the talk names its host. */
	role: number;
	/** Share of the speaker's turns that ask a question (`readConversation`): hosts ask, guests answer. */
	asks: number;
	/** Said by the speaker who opens the talk: on a show, its host. */
	opensTalk: number;
	/** How long the speaker's turns are against the longest-talking speaker's (log₂, −3–0). */
	floor: number;
	/** How much the turns around say (log₂ against the talk's mean turn, ±2): low in banter. */
	exchange: number;
	/** In the talk's opening or closing turns: greetings, introductions, goodbyes. */
	framing: number;
	/** Its turn answers another speaker's question. */
	answers: number;
	/** Laughter in the span or right after it: a joke. */
	laughter: number;
	/** Below the language's ideal length, from 0 (at it) to 1 (at the minimum). */
	short: number;
	/** Beyond the language's ideal length, from 0 (at it) to 1 (at the maximum). */
	long: number;
	/** Sentences beyond the first (a claim and what explains it). */
	sentences: number;
	/** The span opens its turn (answers often open on a run-up). */
	opensTurn: number;
	/** The closing clauses of a long sentence, not a whole one. */
	partial: number;
	/** A lesson told to the listener: an imperative or a rule (`measureClaim*`). */
	advice: number;
	/** A short general claim about a thing (`measureClaim*`). */
	maxim: number;
	/** How long the span's turn is against the talk's mean speech turn (log₂, −3–3): a long answer, not an aside. */
	turnLength: number;
	/** The talk's keywords the span uses (its most spread content words), 0–1 at three. */
	keywords: number;
	/** How rare the span's content words are in the talk (mean idf against the highest): vivid, specific words. */
	rarity: number;
};

export type FeatureName = keyof ScoreFeatures;

/** Every feature, in the order the fit reads them. */
export const FEATURE_NAMES = [
	'sectionCentrality',
	'talkCentrality',
	'titleRelevance',
	'role',
	'asks',
	'opensTalk',
	'floor',
	'exchange',
	'framing',
	'answers',
	'laughter',
	'short',
	'long',
	'sentences',
	'opensTurn',
	'partial',
	'advice',
	'maxim',
	'turnLength',
	'keywords',
	'rarity',
	'opener',
	'spokenOpener',
	'pointer',
	'stance',
	'evidence',
	'contrast',
	'imagery',
	'hedge',
	'ending',
	'question',
	'filler',
	'direction',
	'trailing',
	'disfluency',
	'address',
	'substance',
] as const satisfies readonly FeatureName[];
// Every feature is in FEATURE_NAMES: a feature left out is a type error here.
const EVERY_FEATURE: Record<Exclude<FeatureName, (typeof FEATURE_NAMES)[number]>, never> = {};
void EVERY_FEATURE;

/** Every part of a candidate's score: each feature times its weight, and the rules that rule a span out. `total` is their sum. */
export type ScoreParts = ScoreFeatures & {
	/**
	 * Not a whole sentence: the closing clauses of a Latin-script sentence, or a span
	 * opening in lower case on the first sentence of a turn (the rest of someone else's
	 * sentence, as diarized transcripts split them).
	 */
	fragment: number;
	/** Part of a sponsor read (`findAdReads`). */
	promo: number;
	/** Said by no one the talk can name: Otter's `Unknown Speaker`. */
	attribution: number;
	/** The show's own logistics (`scoreQuotability`), or a host's introduction of the show and its guest (`findIntroductions`). */
	logistics: number;
	/** Not a whole sentence (`judgeCompleteness`). */
	incomplete: number;
	/**
	 * Opens on a reference the card cannot show and the quote does not resolve ("That's
	 * why…", "He said…" without the name, 这就是…, 他说…: `opensOnReference*`); the span that
	 * takes in the sentence it points back to is a candidate too.
	 */
	reference: number;
	/** Several sentences, the first or last of them a reaction or hedge that says nothing (`isHollow*`: "…So I don't know."); the span without it is a candidate too. */
	padding: number;
};

export type ScoredCandidate = Candidate & {
	score: {total: number; parts: ScoreParts};
	/** The features the parts were weighed from. */
	features: ScoreFeatures;
	/** Content words of the span, for diversity. */
	words: string[];
};

/** What a rule that rules a span out costs: never a quote, whatever the budget. */
const DISQUALIFIER_WEIGHT = -1;

/**
 * A quotability part divided by this is its feature: 1 when a yes/no rule fires; the
 * graded rules (question, filler, restarts, substance) keep their shape.
 */
const QUOTABILITY_UNITS: Record<Exclude<keyof QuotabilityParts, RuleOutRule>, number> = {
	opener: QUOTABILITY_WEIGHTS.opener,
	spokenOpener: QUOTABILITY_WEIGHTS.spokenOpener,
	pointer: QUOTABILITY_WEIGHTS.pointer,
	stance: QUOTABILITY_WEIGHTS.stance,
	evidence: QUOTABILITY_WEIGHTS.evidence,
	contrast: QUOTABILITY_WEIGHTS.contrast,
	imagery: QUOTABILITY_WEIGHTS.imagery,
	hedge: QUOTABILITY_WEIGHTS.hedge,
	ending: QUOTABILITY_WEIGHTS.ending,
	question: QUOTABILITY_WEIGHTS.question,
	filler: QUOTABILITY_WEIGHTS.fillerEach,
	direction: QUOTABILITY_WEIGHTS.direction,
	trailing: QUOTABILITY_WEIGHTS.trailing,
	disfluency: QUOTABILITY_WEIGHTS.disfluency,
	address: QUOTABILITY_WEIGHTS.address,
	substance: QUOTABILITY_WEIGHTS.substanceMax,
};

/** What scoring a span needs, computed once per talk. */
export type ScoringContext = {
	talk: Talk;
	sentences: TalkSentence[];
	sectionCentrality: number[];
	talkCentrality: number[];
	titleWords: Map<string, string[]>;
	/** The hosts who host someone (`interviewersOf`): none in a show of co-hosts alone. */
	hosts: Set<string>;
	/** Speakers the talk cannot name (`Unknown Speaker`). */
	unnamed: Set<string>;
	/** Sentence indexes of sponsor reads. */
	ads: Set<number>;
	/** Sentence indexes of a host's introduction of the show and its guest (`findIntroductions`). */
	introductions: Set<number>;
	/** First sentence index of each turn. */
	turnStarts: Set<number>;
	/** The talk opens its Latin sentences in capitals (OPENS_IN_CAPITALS of them, at least MIN_LATIN_SENTENCES): one in lower case is the rest of a sentence. */
	opensInCapitals: boolean;
	names: string[];
	bounds: QuoteLengthBounds;
	locale: string;
	/** The English tokens of sentence `index` (`tagEnglish`, offsets into the turn's text), tagged on first use; empty for a Chinese sentence. */
	sentenceTokens: (index: number) => readonly EnglishToken[];
	/**
	 * What sentence `index` is at a span's edge, each judged on first use (a sentence edges
	 * many spans): it says nothing (`isHollowEnglish`, `isHollowChinese`), it is filler
	 * wherever it stands (`isFiller`), it only announces what comes next (`isTeaser`), it is
	 * broken off and begun again in the turn's next sentence (`isFalseStart`).
	 */
	isHollowSentence: (index: number) => boolean;
	isFillerSentence: (index: number) => boolean;
	isTeaserSentence: (index: number) => boolean;
	isFalseStartSentence: (index: number) => boolean;
	/** Who asks, who holds the floor, where the talk frames itself or banters (`readConversation`). */
	conversation: Conversation;
	/** Each turn's text, by id. */
	turnTexts: ReadonlyMap<string, string>;
	/** Where in a turn's text words are missing (`isGapMark`: `So you would do [unintelligible] For people…`), by turn id: the offsets a text transcript gives. */
	gaps: ReadonlyMap<string, readonly number[]>;
	/** Each turn's sentences, in order, by turn id (a pin and a joined quote read their turn's). */
	turnSentences: ReadonlyMap<string, readonly TalkSentence[]>;
	/** The content words of each sentence (`tokenizeWords`), by its index. */
	sentenceWords: readonly string[][];
	/** The mean length of a speech turn, in characters. */
	meanTurnLength: number;
	/** The talk's keywords (`TALK_KEYWORDS` content words spread widest, by sentence count times idf). */
	keywords: ReadonlySet<string>;
	/** Each content word's idf among the talk's sentences, and the highest. */
	idf: ReadonlyMap<string, number>;
	maxIdf: number;
	/** The weight of each feature (`SCORE_WEIGHTS`, or others when the weights are being fitted). */
	weights: ScoreWeights;
};

/** Weights of the features, fitted to the editors' marks (`scripts/fit-score-weights.ts`): a part is its feature times its weight; `intercept` turns a total into the odds that an editor marks the span. */
export type ScoreWeights = {intercept: number; weights: Readonly<Record<FeatureName, number>>};

/**
 * Scores every candidate quote of the talk and returns them best first (ties: talk
 * order). Pure and deterministic.
 */
export const rankCandidates = ({
	talk,
	weights = SCORE_WEIGHTS,
}: {
	talk: Talk;
	weights?: ScoreWeights;
}): {candidates: ScoredCandidate[]; context: ScoringContext} => {
	const {sentences, candidates: every} = buildCandidates({talk});
	const context = buildScoringContext({talk, sentences, weights});
	// Who says each turn, looked up once: a candidate per sentence span would otherwise scan every turn.
	const speakersByTurn = new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t.speakerIds]));
	const candidates = every.length <= MAX_SCORED_CANDIDATES ? every : preselect({candidates: every, context, speakersByTurn});
	const scored: ScoredCandidate[] = candidates.map((c) => ({
		...c,
		...scoreSpan({
			context,
			turnId: c.turnId,
			sectionId: c.sectionId,
			speakerIds: speakersByTurn.get(c.turnId) ?? [],
			text: c.text,
			sentenceIndexes: c.sentenceIndexes,
			partial: c.cut === 'clause',
			start: c.start,
			end: c.end,
			// Whole sentences: their words, read once per sentence, not again per span.
			...(c.cut === 'sentences' ? {words: c.sentenceIndexes.flatMap((i) => context.sentenceWords[i] ?? [])} : {}),
		}),
	}));
	scored.sort((a, b) => b.score.total - a.score.total || a.order - b.order);
	return {candidates: scored, context};
};

/**
 * Scoring a candidate in full (its rules, its parts of speech, its claims) takes about a
 * quarter of a millisecond: a talk of 100 000 subtitle cues has 300 000 candidates, over a
 * minute of it. A talk with more than this many candidates — a three-hour talk has about
 * 5 000, so every talk of normal length is scored whole, as before — is
 * scored in full only on the best this many by the features that cost nothing to read
 * (`preselect`).
 */
export const MAX_SCORED_CANDIDATES = 8_000;

/** The features `preselect` reads: known from the span's place, its speaker and its length, without reading its words. */
const CHEAP_FEATURES = [
	'sectionCentrality',
	'talkCentrality',
	'role',
	'asks',
	'opensTalk',
	'floor',
	'exchange',
	'framing',
	'answers',
	'short',
	'long',
	'sentences',
	'opensTurn',
	'partial',
	'turnLength',
] as const satisfies readonly FeatureName[];

/**
 * The candidates of a talk too long to score whole: in each section, its share of
 * MAX_SCORED_CANDIDATES (by its number of candidates, at least one), the best by the
 * weighted sum of CHEAP_FEATURES (ties: talk order); returned in talk order.
 */
const preselect = ({
	candidates,
	context,
	speakersByTurn,
}: {
	candidates: Candidate[];
	context: ScoringContext;
	speakersByTurn: ReadonlyMap<string, string[]>;
}): Candidate[] => {
	const bySection = new Map<string, {candidate: Candidate; score: number}[]>();
	for (const candidate of candidates) {
		const cheap = measureCheapFeatures({
			context,
			turnId: candidate.turnId,
			speakerIds: speakersByTurn.get(candidate.turnId) ?? [],
			sentenceIndexes: candidate.sentenceIndexes,
			partial: candidate.cut === 'clause',
			start: candidate.start,
			length: candidate.length,
		});
		let score = 0;
		for (const name of CHEAP_FEATURES) score += (context.weights.weights[name] ?? 0) * cheap[name];
		const own = bySection.get(candidate.sectionId) ?? [];
		own.push({candidate, score});
		bySection.set(candidate.sectionId, own);
	}
	const kept: Candidate[] = [];
	for (const own of bySection.values()) {
		const quota = Math.max(1, Math.floor((MAX_SCORED_CANDIDATES * own.length) / candidates.length));
		own.sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order);
		for (const {candidate} of own.slice(0, quota)) kept.push(candidate);
	}
	return kept.sort((a, b) => a.order - b.order);
};

const buildScoringContext = ({talk, sentences, weights}: {talk: Talk; sentences: TalkSentence[]; weights: ScoreWeights}): ScoringContext => {
	const locale = talk.metadata.language;
	const documents = sentences.map((s) => tokenizeWords({text: foldToSimplified(s.text), locale}).words);
	const idf = inverseDocumentFrequency({documents});
	const talkCentrality = scoreCentrality({documents, idf}).scores;
	const sectionCentrality = new Array<number>(sentences.length).fill(0);
	for (const section of talk.sections) {
		const own = sentences.filter((s) => s.sectionId === section.id);
		const {scores} = scoreCentrality({documents: own.map((s) => documents[s.index] ?? []), idf});
		own.forEach((s, i) => {
			sectionCentrality[s.index] = scores[i] ?? 0;
		});
	}
	const titleWords = new Map(
		talk.sections.map((s) => [s.id, s.line === undefined ? [] : [...new Set(tokenizeWords({text: foldToSimplified(s.title), locale}).words)]] as const),
	);
	const hosts = interviewersOf({talk});
	const unnamed = new Set(talk.speakers.filter(isUnnamedSpeaker).map((s) => s.id));
	const names = [...new Set(talk.speakers.flatMap((s) => [s.name, ...s.name.split(/\s+/)]).filter((n) => n.length >= 2))];
	const ads = findAdReads({sentences, speakerNames: talk.speakers.map((s) => s.name)});
	const introductions = findIntroductions({sentences});
	const tagged = new Map<number, readonly EnglishToken[]>();
	const sentenceTokens = (index: number): readonly EnglishToken[] => {
		const cached = tagged.get(index);
		if (cached !== undefined) return cached;
		const sentence = sentences[index];
		const tokens =
			sentence === undefined || readsAsChinese(sentence.text)
				? []
				: tagEnglish({text: sentence.text}).tokens.map((t) => ({...t, start: t.start + sentence.start, end: t.end + sentence.start}));
		tagged.set(index, tokens);
		return tokens;
	};
	const textOf = (index: number): string => sentences[index]?.text ?? '';
	const isHollowSentence = judgedOnce((index) =>
		readsAsChinese(textOf(index)) ? isHollowChinese({text: textOf(index)}) : isHollowEnglish({tokens: sentenceTokens(index)}),
	);
	const isFillerSentence = judgedOnce((index) => isFiller({text: textOf(index)}));
	const isTeaserSentence = judgedOnce((index) => isTeaser({text: textOf(index)}));
	const isFalseStartSentence = judgedOnce(
		(index) =>
			sentences[index + 1]?.turnId === sentences[index]?.turnId && isFalseStart({text: textOf(index), next: textOf(index + 1), tokens: sentenceTokens(index)}),
	);
	const turnSentences = new Map<string, TalkSentence[]>();
	for (const s of sentences) {
		const own = turnSentences.get(s.turnId);
		if (own === undefined) turnSentences.set(s.turnId, [s]);
		else own.push(s);
	}
	const turnStarts = new Set<number>();
	let previousTurn = '';
	for (const s of sentences) {
		if (s.turnId !== previousTurn) turnStarts.add(s.index);
		previousTurn = s.turnId;
	}
	const speechTurns = talk.sections.flatMap((s) => s.turns).filter((t) => t.kind === 'speech');
	const df = new Map<string, number>();
	for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
	const keywords = new Set(
		[...df]
			.filter(([, count]) => count >= 3)
			.map(([w, count]) => [w, count * (idf.get(w) ?? 0)] as const)
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
			.slice(0, TALK_KEYWORDS)
			.map(([w]) => w),
	);
	let maxIdf = 0;
	for (const v of idf.values()) maxIdf = Math.max(maxIdf, v);
	const latinOpenings = sentences.map((s) => /^[A-Za-z]/.exec(s.text.trimStart())?.[0]).filter((c) => c !== undefined);
	const capitalised = latinOpenings.filter((c) => c !== c.toLowerCase()).length;
	return {
		opensInCapitals: latinOpenings.length >= MIN_LATIN_SENTENCES && capitalised >= OPENS_IN_CAPITALS * latinOpenings.length,
		sentenceWords: documents,
		meanTurnLength: speechTurns.length === 0 ? 1 : Math.max(1, speechTurns.reduce((a, t) => a + t.text.length, 0) / speechTurns.length),
		keywords,
		idf,
		maxIdf,
		talk,
		sentences,
		sectionCentrality,
		talkCentrality,
		titleWords,
		hosts,
		unnamed,
		ads,
		introductions,
		turnStarts,
		names,
		bounds: quoteLengthBoundsFor({locale}),
		locale,
		sentenceTokens,
		isHollowSentence,
		isFillerSentence,
		isTeaserSentence,
		isFalseStartSentence,
		conversation: readConversation({talk}),
		weights,
		turnTexts: new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t.text])),
		turnSentences,
		gaps: gapsOf({talk}),
	};
};

/**
 * The English tokens of a span `[start, end)` of a turn, from its sentences' tags (a word
 * is tagged in its whole sentence, which tags it better than the span alone would);
 * undefined when the span is Chinese or its start is not known.
 */
const spanTokens = ({context, sentenceIndexes, text, start}: {context: ScoringContext; sentenceIndexes: number[]; text: string; start: number | undefined}) => {
	if (start === undefined || readsAsChinese(text)) return undefined;
	const end = start + text.length;
	return sentenceIndexes.flatMap((i) => context.sentenceTokens(i)).filter((t) => t.start >= start && t.end <= end);
};

/**
 * A span that is not a whole sentence: one opening on punctuation or on a particle a
 * trimmed marker left (`, and 46%…`, `呢，大家…`), the closing clauses of a Latin-script sentence,
 * Latin text opening in lower case at the start of a turn (the tail of the previous
 * speaker's sentence, as diarization cuts them), or, in a talk that opens its sentences
 * in capitals, anywhere (`headquartered in London, but…`: the rest of a sentence that
 * speech-to-text ended too early). A word with a capital inside (`iPhone`) opens a
 * sentence in lower case as written. A discourse marker taken off the front (`Yes,
 * there's…`) leaves a whole sentence.
 */
const isFragment = ({
	context,
	text,
	sentenceIndexes,
	partial,
	start,
}: {
	context: ScoringContext;
	text: string;
	sentenceIndexes: number[];
	partial: boolean;
	start: number | undefined;
}): boolean => {
	// A span opening on a comma, a colon or a stop is the rest of a sentence (`, and 46% of people said yes.`, `", and…`), or a particle a trim left (`呢，大家…`); `.NET` and `!important` are words.
	if (REST_OF_SENTENCE.test(text.trimStart())) return true;
	// The closing clauses of a long Latin sentence read as a fragment (`I believe, or Advocacy, has been…`); a Chinese clause after `，` often stands, unless it continues the one before.
	if (partial) {
		if (/^[A-Za-z0-9"'“‘(]/.test(text.trimStart())) return true;
		const sentence = context.sentences[sentenceIndexes[0] ?? -1];
		return sentence !== undefined && start !== undefined && isDependentClauseZh({text, before: sentence.text.slice(0, Math.max(0, start - sentence.start))});
	}
	if (!/^[a-z]/.test(text.trimStart())) return false;
	if (context.opensInCapitals && opensOnSmallWord(text.trimStart())) return true;
	const first = sentenceIndexes[0];
	const sentence = first === undefined ? undefined : context.sentences[first];
	return first !== undefined && context.turnStarts.has(first) && sentence !== undefined && (start === undefined || start === sentence.start);
};

/** Each speech turn's gaps: the offsets of the transcriber's marks for missing words heard within it (the sound turns after it). */
const gapsOf = ({talk}: {talk: Talk}): Map<string, number[]> => {
	const gaps = new Map<string, number[]>();
	for (const section of talk.sections) {
		let speech: string | undefined;
		for (const turn of section.turns) {
			if (turn.kind === 'speech') speech = turn.id;
			else if (speech !== undefined && turn.heard === 'within' && turn.at !== undefined && isGapMark(turn.text)) {
				const own = gaps.get(speech);
				if (own === undefined) gaps.set(speech, [turn.at]);
				else own.push(turn.at);
			}
		}
	}
	return gaps;
};

/** Whether words are missing inside the span, with words said on both sides of the gap (`So you would do [unintelligible] For people…`): not what anyone said whole. */
const spansGap = ({context, turnId, start, end}: {context: ScoringContext; turnId: string; start: number | undefined; end: number | undefined}): boolean => {
	if (start === undefined || end === undefined) return false;
	const text = context.turnTexts.get(turnId) ?? '';
	return (context.gaps.get(turnId) ?? []).some((at) => start < at && at < end && saysAWord(text.slice(start, at)) && saysAWord(text.slice(at, end)));
};

/** The opening of the rest of a sentence: closing marks and a comma, colon or stop (not one that opens a word: `.NET`), or a particle that ends a clause (呢，/ 吧，/ 嘛，; 啊， is an interjection that opens one). */
const REST_OF_SENTENCE = /^[\s"”’'」』)）\]]*(?:[,，、;；:：。！？]|[.．!?](?![\p{L}\p{N}]))|^[呢吧嘛][，,]/u;

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores any span of a turn (a candidate or an editor's pin) with the same rules. */
export const scoreSpan = ({
	context,
	turnId,
	sectionId,
	speakerIds,
	text,
	sentenceIndexes,
	partial = false,
	start,
	end,
	words: known,
}: {
	context: ScoringContext;
	partial?: boolean;
	/** Where the span starts and ends in its turn, to tell a whole sentence from the rest of one. */
	start?: number;
	end?: number;
	turnId: string;
	sectionId: string;
	speakerIds: string[];
	text: string;
	sentenceIndexes: number[];
	/** The span's content words when they are already known (a span of whole sentences); else read from `text`. */
	words?: string[];
}): {score: {total: number; parts: ScoreParts}; features: ScoreFeatures; words: string[]} => {
	const words = known ?? tokenizeWords({text: foldToSimplified(text), locale: context.locale}).words;
	const tokens = spanTokens({context, sentenceIndexes, text, start});
	const {parts: quotability} = scoreQuotability({
		text,
		sentences: sentenceIndexes.map((i) => context.sentences[i]?.text ?? ''),
		names: context.names,
		...(tokens === undefined ? {} : {tokens}),
	});
	const {logistics, incomplete, reference, ...rules} = quotability;
	const claim = tokens === undefined ? measureClaimChinese({text}) : measureClaimEnglish({tokens});
	const features = measureFeatures({context, turnId, sectionId, speakerIds, text, sentenceIndexes, partial, start, end, words, rules, claim});
	const weighted = Object.fromEntries(Object.entries(features).map(([k, v]) => [k, (context.weights.weights[k as FeatureName] ?? 0) * v])) as ScoreFeatures;
	const ruledOut = (fires: boolean) => (fires ? DISQUALIFIER_WEIGHT : 0);
	const parts: ScoreParts = roundParts({
		...weighted,
		fragment: ruledOut(isFragment({context, text, sentenceIndexes, partial, start}) || spansGap({context, turnId, start, end})),
		promo: ruledOut(sentenceIndexes.some((i) => context.ads.has(i))),
		attribution: ruledOut(speakerIds.some((id) => context.unnamed.has(id))),
		logistics: ruledOut(logistics !== 0 || sentenceIndexes.some((i) => context.introductions.has(i))),
		incomplete: ruledOut(incomplete !== 0),
		reference: ruledOut(reference !== 0),
		padding: ruledOut(isPadded({context, sentenceIndexes})),
	});
	const total = Math.round(Object.values(parts).reduce((a, x) => a + x, 0) * 1000) / 1000 + 0;
	return {score: {total, parts}, features: roundParts(features), words};
};

/**
 * A span of several sentences one of which says nothing (`isHollowEnglish`,
 * `isHollowChinese`): its first ("No. We never raised…": the answer needs its question),
 * or a later one that is filler (`isFiller`: "…every single day. So I don't know.",
 * "…doubled in May. I'm not too familiar with that. Fees went up tenfold…", "…blames the
 * logger. Yeah. Then…"), where an editor would cut it and a verbatim card cannot. The
 * sentences on either side are candidates of their own. A short line that turns or
 * closes the point ("…would fail within a year. It didn't.", "We did not.", 其实不会。) or
 * answers the span's own question (…降温吗？对。) is the point: the span stays. A span that
 * opens on a false start (`isFalseStart`: "Every time I'm asked, at least... Every time I
 * get to speak…") or closes on a teaser (`isTeaser`: "…Unfortunately, here's the bad
 * news.") is padded too.
 */
const isPadded = ({context, sentenceIndexes}: {context: ScoringContext; sentenceIndexes: readonly number[]}): boolean => {
	if (sentenceIndexes.length < 2) return false;
	// A span's sentences follow each other in its turn: its first one's next is its second.
	if (context.isFalseStartSentence(sentenceIndexes[0] ?? -1)) return true;
	// A span that closes on a teaser stops before its point ("…Unfortunately, here's the bad news.").
	if (context.isTeaserSentence(sentenceIndexes[sentenceIndexes.length - 1] ?? -1)) return true;
	return sentenceIndexes.some((index, k) => {
		if (!context.isHollowSentence(index)) return false;
		if (k === 0) return true;
		// After its opening, only filler pads a span, and not as the answer to a question the span asks.
		const before = context.sentences[sentenceIndexes[k - 1] ?? -1]?.text ?? '';
		return context.isFillerSentence(index) && !/[?？]\s*$|吗\s*$/.test(before.trim());
	});
};

/** `judge` of each sentence index, computed on first use and kept. */
const judgedOnce = (judge: (index: number) => boolean): ((index: number) => boolean) => {
	const seen = new Map<number, boolean>();
	return (index) => {
		let found = seen.get(index);
		if (found === undefined) {
			found = judge(index);
			seen.set(index, found);
		}
		return found;
	};
};

/** The features of a span (see `ScoreFeatures`): the quotability rules `rules` in their units, and the span's place in the talk and the conversation. */
const measureFeatures = (span: {
	context: ScoringContext;
	turnId: string;
	sectionId: string;
	speakerIds: string[];
	text: string;
	sentenceIndexes: number[];
	partial: boolean;
	start: number | undefined;
	end: number | undefined;
	words: string[];
	rules: Omit<QuotabilityParts, RuleOutRule>;
	claim: Claim;
}): ScoreFeatures => {
	const {context, text, start, claim} = span;
	const title = context.titleWords.get(span.sectionId) ?? [];
	const used = new Set(span.words);
	const setting = context.conversation.turns.get(span.turnId);
	const turnText = context.turnTexts.get(span.turnId) ?? '';
	const spanEnd = span.end ?? (start === undefined ? turnText.length : start + text.length);
	// Laughter in the span, in the words right after it, or in the turn after it when the span ends its turn.
	const laughs =
		hasLaughter(text) || hasLaughter(turnText.slice(spanEnd, spanEnd + 40)) || (setting?.laughterAfter === true && turnText.slice(spanEnd).trim().length === 0);
	const normalised = Object.fromEntries(
		Object.entries(span.rules).map(([k, v]) => [k, v / QUOTABILITY_UNITS[k as keyof typeof QUOTABILITY_UNITS]]),
	) as typeof span.rules;
	return {
		...normalised,
		...measureCheapFeatures({...span, length: measureQuoteLength({text, bounds: context.bounds})}),
		titleRelevance: title.length === 0 ? 0 : title.filter((t) => used.has(t)).length / title.length,
		laughter: laughs ? 1 : 0,
		advice: claim.advice ? 1 : 0,
		maxim: claim.maxim ? 1 : 0,
		keywords: Math.min(1, [...used].filter((w) => context.keywords.has(w)).length / 3),
		rarity: used.size === 0 || context.maxIdf === 0 ? 0 : mean([...used].map((w) => context.idf.get(w) ?? 0)) / context.maxIdf,
	};
};

/** The features of a span read from its place, its speaker and its length alone (`CHEAP_FEATURES`): no word of it is read. */
const measureCheapFeatures = ({
	context,
	turnId,
	speakerIds,
	sentenceIndexes,
	partial,
	start,
	length,
}: {
	context: ScoringContext;
	turnId: string;
	speakerIds: readonly string[];
	sentenceIndexes: readonly number[];
	partial: boolean;
	start: number | undefined;
	/** In the language's unit (`measureQuoteLength`). */
	length: number;
}): Pick<ScoreFeatures, (typeof CHEAP_FEATURES)[number]> => {
	const b = context.bounds;
	const speaker = context.conversation.speakers.get(speakerIds[0] ?? '');
	const setting = context.conversation.turns.get(turnId);
	const first = sentenceIndexes[0];
	return {
		sectionCentrality: mean(sentenceIndexes.map((i) => context.sectionCentrality[i] ?? 0)),
		talkCentrality: mean(sentenceIndexes.map((i) => context.talkCentrality[i] ?? 0)),
		role: speakerIds.length > 0 && speakerIds.every((id) => context.hosts.has(id)) ? 1 : 0,
		asks: speaker?.asks ?? 0,
		opensTalk: speaker?.opensTalk === true ? 1 : 0,
		floor: speaker?.floor ?? 0,
		exchange: setting?.exchange ?? 0,
		framing: setting?.framing === true ? 1 : 0,
		answers: setting?.answers === true ? 1 : 0,
		short: length < b.idealMin ? Math.min(1, (b.idealMin - length) / (b.idealMin - b.min)) : 0,
		long: length > b.idealMax ? Math.min(1, (length - b.idealMax) / (b.max - b.idealMax)) : 0,
		sentences: Math.max(0, sentenceIndexes.length - 1),
		opensTurn: first !== undefined && context.turnStarts.has(first) && (start === undefined || start <= (context.sentences[first]?.start ?? 0)) ? 1 : 0,
		partial: partial ? 1 : 0,
		turnLength: Math.max(-3, Math.min(3, Math.log2(Math.max(1, (context.turnTexts.get(turnId) ?? '').length) / context.meanTurnLength))),
	};
};

/** How many of the talk's content words are its keywords. */
const TALK_KEYWORDS = 30;

/**
 * A talk whose Latin sentences open in capitals this often writes sentences as they are
 * written: one in lower case is the rest of another. Speech-to-text without casing
 * (YouTube's automatic captions) opens every one in lower case.
 */
const OPENS_IN_CAPITALS = 0.8;
const MIN_LATIN_SENTENCES = 5;
