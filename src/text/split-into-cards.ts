import {countCjkLetters, isCjkChar} from './classify-char';
import {detectLanguage} from './detect-language';
import {type TextBox, fitText} from './fit-text';
import {measureTextWidth} from './measure-text-width';
import {readingTimeMs} from './reading-time';
import {segmentBreakUnits} from './segment-break-units';
import {segmentSentences} from './segment-sentences';
import {SENTENCE_CLOSERS, SENTENCE_TERMINATORS} from './sentence-marks';
import {segmenterFor} from './segmenter-for';
import {isWordToken, tagEnglish} from './tag-english';

export type Card = {
	/** input.slice(start, end): no leading or trailing whitespace. */
	text: string;
	start: number;
	end: number;
	fontSizePx: number;
	lines: string[];
	/** False only when a piece that cannot be split further (one grapheme) overflows the box. */
	fits: boolean;
};

export type SplitIntoCardsInput = TextBox & {
	text: string;
	/** Locale for sentence segmentation; defaults to detectLanguage(text). */
	locale?: string;
	/** When given, a card also reads within this many ms (`readingTimeMs`): a passage that fits the box but not one card's time goes on several. */
	maxReadingMs?: number;
};

export type SplitIntoCardsResult = {
	cards: Card[];
};

/** Clause ends inside a sentence: the in-sentence pause marks ，、：；(句内点号, GB/T 15834-2011) and the dash ——. */
const CJK_CLAUSE_DELIMITERS = new Set([...'，、：；—﹐﹑']);
/** Latin clause ends, only when a space, CJK character or the end of the span follows (so 3,000 and 10:30 stay whole). */
const LATIN_CLAUSE_DELIMITERS = new Set([...',;:']);

type Span = {start: number; end: number};
/** A span the packing places, and which cards it may share: pieces of one group only. */
type Piece = Span & {group: number};
type SplitLevel = 'clause' | 'phrase' | 'grapheme';
const SPLIT_LEVELS: readonly SplitLevel[] = ['clause', 'phrase', 'grapheme'];

const GRAPHEME_SEGMENTER = segmenterFor({locale: 'zh', granularity: 'grapheme'});

const trimSpan = (text: string, {start, end}: Span): Span | undefined => {
	let from = start;
	let to = end;
	while (from < to && /\s/u.test(text[from]!)) {
		from += 1;
	}
	while (to > from && /\s/u.test(text[to - 1]!)) {
		to -= 1;
	}
	return to > from ? {start: from, end: to} : undefined;
};

const cutAt = (text: string, span: Span, cuts: readonly number[]): Span[] => {
	const edges = [span.start, ...cuts.filter((cut) => cut > span.start && cut < span.end), span.end];
	return edges.slice(1).flatMap((end, index) => trimSpan(text, {start: edges[index]!, end}) ?? []);
};

const isClauseEnd = (text: string, index: number, spanEnd: number): boolean => {
	const char = text[index]!;
	if (CJK_CLAUSE_DELIMITERS.has(char)) {
		return true;
	}
	if (!LATIN_CLAUSE_DELIMITERS.has(char)) {
		return false;
	}
	const next = text[index + 1];
	return index + 1 >= spanEnd || next === undefined || /\s/u.test(next) || isCjkChar(next);
};

/**
 * `span` of `text` cut after its clause punctuation (，、：；— always; , ; : before a space,
 * a CJK character or the end); a run such as —— or ，” stays with the clause it ends.
 * Trimmed spans, in order. Also the phrases a quote clip reveals one by one.
 */
export const splitClauses = ({text, span}: {text: string; span: Span}): {clauses: Span[]} => ({clauses: splitClausesOf(text, span)});

const splitClausesOf = (text: string, span: Span): Span[] => {
	const cuts: number[] = [];
	let index = span.start;
	while (index < span.end) {
		if (!isClauseEnd(text, index, span.end)) {
			index += 1;
			continue;
		}
		let end = index + 1;
		// A run such as —— or ，” stays with the clause it ends.
		while (end < span.end && (CJK_CLAUSE_DELIMITERS.has(text[end]!) || SENTENCE_CLOSERS.has(text[end]!) || SENTENCE_TERMINATORS.has(text[end]!))) {
			end += 1;
		}
		cuts.push(end);
		index = end;
	}
	return cutAt(text, span, cuts);
};

const splitPhrases = (text: string, span: Span): Span[] => {
	const {units} = segmentBreakUnits({text: text.slice(span.start, span.end)});
	const cuts = units.filter((unit) => unit.isPhraseBreakBefore).map((unit) => span.start + unit.start);
	return cutAt(text, span, cuts);
};

const splitGraphemes = (text: string, span: Span): Span[] => {
	const cuts = [...GRAPHEME_SEGMENTER.segment(text.slice(span.start, span.end))].map(({index}) => span.start + index);
	return cutAt(text, span, cuts);
};

/**
 * A clause narrower than this share of its sentence is no card of its own: it goes with
 * the clause after it (the last, with the one before), and what does not fit together is
 * cut at its phrases. "On April 21," alone on a card, before the 30 words of the rest of
 * its sentence, read as a caption, not as a quote (Changelog News #92).
 */
const SHORT_CLAUSE_SHARE = 0.2;

/** A sentence's clauses for cards: `splitClausesOf`, a short one joined to its neighbour. */
const splitCardClauses = (text: string, span: Span): Span[] => {
	const parts = splitClausesOf(text, span);
	if (parts.length < 2) return parts;
	// A share of widths: the regular weight measures it as well as any.
	const width = (part: Span) => measureTextWidth({text: text.slice(part.start, part.end), fontSizePx: 1, weight: 400});
	const short = SHORT_CLAUSE_SHARE * width(span);
	const joined: Span[] = [];
	for (const part of parts) {
		const previous = joined[joined.length - 1];
		if (previous !== undefined && width(previous) < short) joined[joined.length - 1] = {start: previous.start, end: part.end};
		else joined.push(part);
	}
	const last = joined[joined.length - 1];
	const beforeLast = joined[joined.length - 2];
	if (last !== undefined && beforeLast !== undefined && width(last) < short) joined.splice(-2, 2, {start: beforeLast.start, end: last.end});
	return joined;
};

const SPLITTERS: Record<SplitLevel, (text: string, span: Span) => Span[]> = {
	clause: splitCardClauses,
	phrase: splitPhrases,
	grapheme: splitGraphemes,
};

/** A packing of the pieces from one on: its cards, how many of them end leaving a phrase open, its widest card, the sum of its cards' squared widths (smaller when they are even), where its first card ends. */
type Candidate = {cardCount: number; openEnds: number; largestCardEm: number; squaresEm: number; nextPiece: number};

/** Words that lead into the word after them: a card that ends on one leaves its phrase open ("…to the" | "Nix community"). */
const LEADS_ON: ReadonlySet<string> = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);
/** Words of a noun phrase that the word after them goes on ("lengthy open letter", "Nix community", "15 values", "Brian Chesky"): a modifier before a noun, a modifier or another modifier, a noun before a noun. */
const goesOnPhrase = (pos: string, next: string): boolean =>
	((pos === 'ADJ' || pos === 'NUM') && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ' || next === 'NUM')) ||
	((pos === 'NOUN' || pos === 'PROPN') && (next === 'NOUN' || next === 'PROPN'));

/**
 * Where in English `text` a card should not end: right after a word that leads into the
 * next (an article, a preposition, a conjunction, an auxiliary: "a lengthy" | "open
 * letter"), or inside a noun phrase ("open" | "letter", "Brian" | "Chesky"), by the parts of
 * speech `tagEnglish` reads. None in text written mostly in CJK letters.
 */
const openPhraseEnds = (text: string): ReadonlySet<number> => {
	const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
	if (latin === 0 || countCjkLetters(text) > latin) return new Set();
	const {tokens} = tagEnglish({text});
	const ends = new Set<number>();
	tokens.forEach((t, i) => {
		const next = tokens[i + 1];
		if (!isWordToken(t) || !isWordToken(next)) return;
		if (LEADS_ON.has(t.pos) || goesOnPhrase(t.pos, next.pos)) ends.add(t.end);
	});
	return ends;
};

/**
 * The most pieces the packing weighs one by one. A quote's sentences and clauses are a
 * few dozen at most; a run nothing breaks (a thousand `x`, sixteen hundred `，`) falls
 * apart into graphemes, and packing a thousand pieces tried every span of up to a card's
 * worth of them, each laid out anew: minutes for one quote.
 */
const MAX_PIECES = 64;

/**
 * Pieces, at most MAX_PIECES of them: beyond that, runs of neighbours are joined — each
 * run as many as the count asks for, while the joined span still fits a card — so that
 * a card still ends between two of them and no card overflows that would not have.
 */
const coalescePieces = ({pieces, fits}: {pieces: Piece[]; fits: (span: Span) => boolean}): Piece[] => {
	if (pieces.length <= MAX_PIECES) return pieces;
	const perRun = Math.ceil(pieces.length / MAX_PIECES);
	const joined: Piece[] = [];
	for (let i = 0; i < pieces.length; ) {
		const first = pieces[i]!;
		let run: Piece = first;
		let next = i + 1;
		while (next < pieces.length && next - i < perRun && pieces[next]!.group === first.group) {
			const wider = {start: first.start, end: pieces[next]!.end, group: first.group};
			if (!fits(wider)) break;
			run = wider;
			next += 1;
		}
		joined.push(run);
		i = next;
	}
	return joined;
};

/**
 * Splits text into as few cards as possible that each fit the box (fitText at
 * minFontSizePx or larger) and, with `maxReadingMs`, read within that time. Cards hold whole sentences (segmentSentences); a sentence
 * too long for one card is split at clause punctuation (，、：；—, and , ; : before a
 * space), then at phrase boundaries (spaces, BudouX phrases), then (a URL longer than a card) between graphemes.
 * Among the packings with the fewest cards it picks the one with the fewest cards that
 * end leaving an English phrase open (`openPhraseEnds`), then the one whose largest card
 * is smallest, so cards come out balanced rather than full cards and a tiny tail.
 * Card texts are trimmed spans of the input: joined with the whitespace between them
 * they give back the input.
 */
export const splitIntoCards = ({text, locale, maxReadingMs, ...box}: SplitIntoCardsInput): SplitIntoCardsResult => {
	const whole = trimSpan(text, {start: 0, end: text.length});
	if (whole === undefined) {
		return {cards: []};
	}
	const fitsCache = new Map<string, boolean>();
	const fitsAtMinSize = ({start, end}: Span): boolean => {
		const key = `${start}:${end}`;
		let fits = fitsCache.get(key);
		if (fits === undefined) {
			const cardText = text.slice(start, end);
			fits =
				(maxReadingMs === undefined || readingTimeMs({text: cardText}) <= maxReadingMs) &&
				fitText({...box, text: cardText, maxFontSizePx: box.minFontSizePx, balance: false}).fits;
			fitsCache.set(key, fits);
		}
		return fits;
	};
	const toCard = ({start, end}: Span): Card => {
		const cardText = text.slice(start, end);
		return {text: cardText, start, end, ...fitText({...box, text: cardText})};
	};
	if (fitsAtMinSize(whole)) {
		return {cards: [toCard(whole)]};
	}

	const refine = (span: Span, levelIndex: number): Span[] => {
		const level = SPLIT_LEVELS[levelIndex];
		if (level === undefined || fitsAtMinSize(span)) {
			return [span];
		}
		const parts = SPLITTERS[level](text, span);
		return parts.length > 1 ? parts.flatMap((part) => refine(part, levelIndex + 1)) : refine(span, levelIndex + 1);
	};
	const {sentences} = segmentSentences({text, locale: locale ?? detectLanguage({text})});
	// A sentence cut into pieces has cards of its own: none of them holds another sentence too ("the project. They claimed…").
	let group = 0;
	let afterWhole = false;
	const grouped = sentences.flatMap((sentence): Piece[] => {
		const parts = refine(sentence, 0);
		if (parts.length > 1 || !afterWhole) group += 1;
		afterWhole = parts.length === 1;
		return parts.map((part) => ({...part, group}));
	});
	const pieces = coalescePieces({pieces: grouped, fits: fitsAtMinSize});

	// Dynamic programming from the end: best[i] packs pieces i.. into the fewest cards,
	// then minimises the widest card (total advance in em at 1px, a proxy for its area),
	// then the sum of the cards' squared widths.
	const pieceCount = pieces.length;
	// Asked only of a quote cut inside a sentence: one of whole sentences ends every card on its stop.
	const openEnds = pieceCount > sentences.length ? openPhraseEnds(text) : new Set<number>();
	const best: Candidate[] = [];
	best[pieceCount] = {cardCount: 0, openEnds: 0, largestCardEm: 0, squaresEm: 0, nextPiece: pieceCount};
	const spanOf = (from: number, to: number): Span => ({start: pieces[from]!.start, end: pieces[to - 1]!.end});
	for (let from = pieceCount - 1; from >= 0; from -= 1) {
		let chosen: Candidate | undefined;
		for (let to = from + 1; to <= pieceCount; to += 1) {
			const span = spanOf(from, to);
			if (to > from + 1 && (pieces[to - 1]!.group !== pieces[from]!.group || !fitsAtMinSize(span))) {
				break;
			}
			const rest = best[to]!;
			const cardEm = measureTextWidth({text: text.slice(span.start, span.end), fontSizePx: 1, weight: box.weight});
			const candidate = {
				cardCount: rest.cardCount + 1,
				openEnds: rest.openEnds + (to < pieceCount && openEnds.has(span.end) ? 1 : 0),
				largestCardEm: Math.max(cardEm, rest.largestCardEm),
				squaresEm: rest.squaresEm + cardEm * cardEm,
				nextPiece: to,
			};
			const same = candidate.cardCount === chosen?.cardCount;
			if (
				chosen === undefined ||
				candidate.cardCount < chosen.cardCount ||
				// Of as many cards, the fewest that end leaving a phrase open ("…a lengthy open" | "letter to…").
				(same && candidate.openEnds < chosen.openEnds) ||
				(same && candidate.openEnds === chosen.openEnds && candidate.largestCardEm < chosen.largestCardEm) ||
				// The widest card is often another sentence's: then the cards of a cut sentence are made even ("On April" alone before the rest of it).
				(same && candidate.openEnds === chosen.openEnds && candidate.largestCardEm === chosen.largestCardEm && candidate.squaresEm < chosen.squaresEm)
			) {
				chosen = candidate;
			}
		}
		best[from] = chosen!;
	}

	const cards: Card[] = [];
	for (let from = 0; from < pieceCount; from = best[from]!.nextPiece) {
		cards.push(toCard(spanOf(from, best[from]!.nextPiece)));
	}
	return {cards};
};
