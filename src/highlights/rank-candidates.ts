import type {Talk} from '../talk/talk-schema';
import {isUnnamedSpeaker} from '../talk/unnamed-speaker';
import {buildCandidates, type Candidate, type TalkSentence} from './build-candidates';
import {findAdReads} from './find-ad-reads';
import {measureQuoteLength, quoteLengthBoundsFor, type QuoteLengthBounds} from './measure-quote-length';
import {inverseDocumentFrequency, scoreCentrality} from './score-centrality';
import {roundParts, scoreQuotability, type QuotabilityParts} from './score-quotability';
import {type EnglishToken, tagEnglish} from '../text/tag-english';
import {tokenizeWords} from '../text/tokenize-words';
import {readsAsChinese} from './judge-completeness';

/** Every part of a candidate's score; `total` is their sum. */
export type ScoreParts = QuotabilityParts & {
	/** LexRank of the span's sentences among its section's sentences (0–1), weighted. */
	sectionCentrality: number;
	/** LexRank of the span's sentences among the whole talk's sentences (0–1), weighted. */
	talkCentrality: number;
	/** Share of the section title's content words the span uses, weighted. */
	titleRelevance: number;
	/** Host turns frame the talk; a guest's answer should outrank them. */
	role: number;
	/** Distance from the language's ideal quote length. */
	length: number;
	/** The closing clauses of a long sentence, not a whole one. */
	partial: number;
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
};

export type ScoredCandidate = Candidate & {
	score: {total: number; parts: ScoreParts};
	/** Content words of the span, for diversity. */
	words: string[];
};

export const SCORE_WEIGHTS = {
	sectionCentrality: 0.3,
	talkCentrality: 0.2,
	titleRelevance: 0.4,
	host: -0.6,
	tooShort: -0.3,
	tooLong: -0.2,
	partial: -0.15,
	fragment: -1,
	promo: -1,
	attribution: -1,
} as const;

/** What scoring a span needs, computed once per talk. */
export type ScoringContext = {
	talk: Talk;
	sentences: TalkSentence[];
	sectionCentrality: number[];
	talkCentrality: number[];
	titleWords: Map<string, string[]>;
	hosts: Set<string>;
	/** Speakers the talk cannot name (`Unknown Speaker`). */
	unnamed: Set<string>;
	/** Sentence indexes of sponsor reads. */
	ads: Set<number>;
	/** First sentence index of each turn. */
	turnStarts: Set<number>;
	names: string[];
	bounds: QuoteLengthBounds;
	locale: string;
	/** The English tokens of sentence `index` (`tagEnglish`, offsets into the turn's text), tagged on first use; empty for a Chinese sentence. */
	sentenceTokens: (index: number) => readonly EnglishToken[];
};

/**
 * Scores every candidate quote of the talk and returns them best first (ties: talk
 * order). Pure and deterministic.
 */
export const rankCandidates = ({talk}: {talk: Talk}): {candidates: ScoredCandidate[]; context: ScoringContext} => {
	const {sentences, candidates} = buildCandidates({talk});
	const context = buildScoringContext({talk, sentences});
	// Who says each turn, looked up once: a candidate per sentence span would otherwise scan every turn.
	const speakersByTurn = new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t.speakerIds]));
	const scored = candidates.map((c) => ({
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
		}),
	}));
	scored.sort((a, b) => b.score.total - a.score.total || a.order - b.order);
	return {candidates: scored, context};
};

export const buildScoringContext = ({talk, sentences}: {talk: Talk; sentences: TalkSentence[]}): ScoringContext => {
	const locale = talk.metadata.language;
	const documents = sentences.map((s) => tokenizeWords({text: s.text, locale}).words);
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
	const titleWords = new Map(talk.sections.map((s) => [s.id, s.line === undefined ? [] : [...new Set(tokenizeWords({text: s.title, locale}).words)]] as const));
	const hosts = new Set(talk.speakers.filter((s) => s.role === 'host').map((s) => s.id));
	const unnamed = new Set(talk.speakers.filter(isUnnamedSpeaker).map((s) => s.id));
	const names = [...new Set(talk.speakers.flatMap((s) => [s.name, ...s.name.split(/\s+/)]).filter((n) => n.length >= 2))];
	const ads = findAdReads({sentences, speakerNames: talk.speakers.map((s) => s.name)});
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
	const turnStarts = new Set<number>();
	let previousTurn = '';
	for (const s of sentences) {
		if (s.turnId !== previousTurn) turnStarts.add(s.index);
		previousTurn = s.turnId;
	}
	return {
		talk,
		sentences,
		sectionCentrality,
		talkCentrality,
		titleWords,
		hosts,
		unnamed,
		ads,
		turnStarts,
		names,
		bounds: quoteLengthBoundsFor({locale}),
		locale,
		sentenceTokens,
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
 * A span that is not a whole sentence: the closing clauses of a Latin-script sentence,
 * or Latin text opening in lower case at the start of a turn (the tail of the previous
 * speaker's sentence, as diarization cuts them). A discourse marker taken off the front
 * (`Yes, there's…`) leaves a whole sentence.
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
	// The closing clauses of a long Latin sentence read as a fragment (`I believe, or Advocacy, has been…`); a Chinese clause after `，` often stands.
	if (partial) return /^[A-Za-z0-9"'“‘(]/.test(text.trimStart());
	if (!/^[a-z]/.test(text.trimStart())) return false;
	const first = sentenceIndexes[0];
	const sentence = first === undefined ? undefined : context.sentences[first];
	return first !== undefined && context.turnStarts.has(first) && sentence !== undefined && (start === undefined || start === sentence.start);
};

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores any span of a turn (a candidate or an editor's pin) with the same rules. */
export const scoreSpan = ({
	context,
	sectionId,
	speakerIds,
	text,
	sentenceIndexes,
	partial = false,
	start,
}: {
	context: ScoringContext;
	partial?: boolean;
	/** Where the span starts in its turn, to tell a whole sentence from the rest of one. */
	start?: number;
	turnId: string;
	sectionId: string;
	speakerIds: string[];
	text: string;
	sentenceIndexes: number[];
}): {score: {total: number; parts: ScoreParts}; words: string[]} => {
	const w = SCORE_WEIGHTS;
	const words = tokenizeWords({text, locale: context.locale}).words;
	const title = context.titleWords.get(sectionId) ?? [];
	const used = new Set(words);
	const b = context.bounds;
	const length = measureQuoteLength({text, bounds: b});
	const tokens = spanTokens({context, sentenceIndexes, text, start});
	const {parts: quotability} = scoreQuotability({
		text,
		sentences: sentenceIndexes.map((i) => context.sentences[i]?.text ?? ''),
		names: context.names,
		...(tokens === undefined ? {} : {tokens}),
	});
	const parts: ScoreParts = roundParts({
		sectionCentrality: w.sectionCentrality * mean(sentenceIndexes.map((i) => context.sectionCentrality[i] ?? 0)),
		talkCentrality: w.talkCentrality * mean(sentenceIndexes.map((i) => context.talkCentrality[i] ?? 0)),
		titleRelevance: title.length === 0 ? 0 : (w.titleRelevance * title.filter((t) => used.has(t)).length) / title.length,
		role: speakerIds.length > 0 && speakerIds.every((id) => context.hosts.has(id)) ? w.host : 0,
		length:
			length < b.idealMin
				? (w.tooShort * (b.idealMin - length)) / (b.idealMin - b.min)
				: length > b.idealMax
					? (w.tooLong * Math.min(length - b.idealMax, b.max - b.idealMax)) / (b.max - b.idealMax)
					: 0,
		partial: partial ? w.partial : 0,
		fragment: isFragment({context, text, sentenceIndexes, partial, start}) ? w.fragment : 0,
		promo: sentenceIndexes.some((i) => context.ads.has(i)) ? w.promo : 0,
		attribution: speakerIds.some((id) => context.unnamed.has(id)) ? w.attribution : 0,
		...quotability,
	});
	const total = Math.round(Object.values(parts).reduce((a, x) => a + x, 0) * 1000) / 1000 + 0;
	return {score: {total, parts}, words};
};
