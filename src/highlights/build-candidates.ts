import {foldToSimplified} from '../text/fold-to-simplified';
import {formatQuoteId} from '../talk/quote-id';
import type {Talk} from '../talk/talk-schema';
import {turnSentences} from '../talk/turn-sentences';
import {quoteLengthBoundsFor, quoteLengthsOf} from './measure-quote-length';

/** One sentence of a speech turn, with UTF-16 offsets into the turn's text. */
export type TalkSentence = {
	/** Index in talk order over all speech sentences. */
	index: number;
	turnId: string;
	/** Who says it: the turn's first speaker, as a candidate's `speakerId`. */
	speakerId: string;
	sectionId: string;
	/** Index of the paragraph (`\n`-separated) within the turn. */
	paragraph: number;
	start: number;
	end: number;
	text: string;
};

/** A possible quote: one to three consecutive sentences of one paragraph of one turn. */
export type Candidate = {
	/** The stable quote id of the span (`formatQuoteId`): `t012s3`. */
	id: string;
	turnId: string;
	speakerId: string;
	sectionId: string;
	start: number;
	end: number;
	text: string;
	/** Indexes into the talk's sentences, in order. */
	sentenceIndexes: number[];
	/** Length in the language's unit (see `measureQuoteLength`). */
	length: number;
	/** Position in talk order, for stable ties. */
	order: number;
	/**
	 * How the span was cut: `sentences` whole; `marker` without a leading discourse marker
	 * (是的， / 你知道， / "Yes," / "You know,"); `clause` the closing clauses of a sentence
	 * too long for a card.
	 */
	cut: 'sentences' | 'marker' | 'clause';
};

/**
 * Discourse markers and fillers a quote may start after: they answer the previous
 * speaker, or hold the floor, not speak to the reader. With a comma (`是的，` / `就是，` /
 * `那个，` / `Yes,` / `You know,` / `Um,` / `Like,`), or, in spoken English, the connectives
 * a speaker opens nearly every sentence with (`So whenever a bug is fixed…`, `And we've
 * seen…`, `Yeah so…`, `Um so…`) and a hedge before a new start (`Kind of Imagine…`, as
 * speech-to-text writes it), but not `so that` or a marker standing alone; in Chinese
 * 然后 / 嗯 / 呃 without a comma too (`然后我们发现…` → `我们发现…`; `然后呢，` and `然后啊，` go whole, never
 * leaving `呢，`), and the connectives a Chinese speaker opens a sentence with, 所以 / 但是 /
 * 可是 / 而且 / 那 (`所以其实这里最重要的…`, `那现在像 o3…`; not 那个人 or 那么, where 那
 * points at something). Trimming only takes
 * words off the front: the quote stays a verbatim span of the turn.
 */
const LEADING_MARKER =
	/^(?:(?:是的|是啊|嗯|呃|额|当然|你知道|我是说|我的意思是|就是说|就是|那个|这个|然后[呢啊呀]?|所以|但是[呢啊呀]?|可是|而且|那|对|好|好的|没错|绝对是的|实际上|老实说|yes|yeah|well|so|you know|i mean|honestly|actually|okay|ok|right|sure|absolutely|of course|look|anyway|anyways|basically|um|uh|like|oh)\s*[，,]\s*|(?:yeah so|okay so|ok so|and so|so|and|but|yeah|well|okay|anyway|anyways|um|uh|kind of|sort of) (?!that\b|[,.!?;:])|(?:然后|嗯|呃|所以|但是|可是|而且)(?!\s*[，,。！？呢啊呀吧嘛])\s*|那(?![么个些种样边里时天年次位家件本条部段份句场首只张把]|\s*[，,。！？呢啊呀吧嘛])\s*)/i;
/** Where a sentence's own words start after the discourse markers it opens with (LEADING_MARKER, as often as they come: `Yeah, so, …`); 0 when it opens on none. */
export const leadingMarkerEnd = (sentence: string): number => {
	// Traditional characters read as Simplified (然後 as 然后): same length, same offsets.
	const folded = foldToSimplified(sentence);
	let end = 0;
	for (let m = LEADING_MARKER.exec(folded); m !== null && end < folded.length; m = LEADING_MARKER.exec(folded.slice(end))) {
		const rest = folded.slice(end + m[0].length);
		// Not a marker but the start of what is said, with the word after it: "So far", "So much for", "Well over half", "and so on"; 所以说, 那是.
		if (MARKER_PART_OF_PHRASE.test(rest) || (/\p{sc=Han}/u.test(m[0]) && MARKER_PART_OF_PHRASE_ZH.test(rest))) break;
		end += m[0].length;
	}
	return end;
};

/** The word after "so", "well" or "and" that makes one phrase with it: the marker stays. */
const MARKER_PART_OF_PHRASE =
	/^(?:far|much|many|long|little|few|too|very|do|does|did|is|was|are|were|am|will|would|can|could|should|shall|may|might|must|have|has|had|to|on|forth|called|as|over|under|before|after|above|below|done|known|off|enough|well|and|said)\b/i;
/** After 所以 or 那: a verb or an adverb that goes with it (所以说, 那是, 那就是, 然后就是说), not the start of a sentence. */
const MARKER_PART_OF_PHRASE_ZH = /^[说說是就也都还還才又再不没沒而]/u;

/** Clause boundaries inside a sentence where a shorter quote may start. */
const CLAUSE_BREAK = /[，,：:；;—]+\s*/g;

const MAX_SENTENCES_PER_QUOTE = 3;

/** Whether two sentences say the same words, whatever their case and punctuation. */
const sameWords = (a: string, b: string): boolean => {
	const words = (t: string) =>
		foldToSimplified(t)
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	return words(a) !== '' && words(a) === words(b);
};

/**
 * Every sentence of every speech turn (`segmentSentences` per paragraph, so no sentence
 * crosses a paragraph break), and every window of 1–3 consecutive sentences within one
 * paragraph whose length is within the language's bounds. Spans are trimmed of
 * whitespace and are verbatim slices of the turn's text.
 */
export const buildCandidates = ({talk}: {talk: Talk}): {sentences: TalkSentence[]; candidates: Candidate[]} => {
	const locale = talk.metadata.language;
	const bounds = quoteLengthBoundsFor({locale});
	const sentences: TalkSentence[] = [];
	const candidates: Candidate[] = [];
	for (const section of talk.sections) {
		for (const turn of section.turns) {
			if (turn.kind !== 'speech') continue;
			const turnOwn = turnSentences({text: turn.text, locale}).sentences;
			// Every span of the turn measured in constant time: its candidates overlap, a long turn's thousands of times.
			const lengthOf = quoteLengthsOf({text: turn.text, bounds});
			// The turn's sentences by paragraph, grouped once: a turn of thousands of one-line paragraphs is common in captions.
			const byParagraph = new Map<number, typeof turnOwn>();
			for (const s of turnOwn) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
			for (const spans of byParagraph.values()) {
				const own: TalkSentence[] = [];
				for (const span of spans) {
					const sentence: TalkSentence = {
						index: sentences.length,
						turnId: turn.id,
						speakerId: turn.speakerIds[0] ?? '',
						sectionId: section.id,
						...span,
						text: turn.text.slice(span.start, span.end),
					};
					sentences.push(sentence);
					own.push(sentence);
				}
				/** `said`: where the span's own words start, after a leading marker it keeps ("And Microsoft moved…"): the marker does not count toward the shortest a quote may be. */
				const push = ({
					start,
					end,
					sentenceIndexes,
					cut,
					said = start,
				}: {
					start: number;
					end: number;
					sentenceIndexes: number[];
					cut: Candidate['cut'];
					said?: number;
				}): boolean => {
					const length = lengthOf(start, end);
					if (length > bounds.max || lengthOf(said, end) < bounds.min) return length <= bounds.max;
					const text = turn.text.slice(start, end);
					const id = formatQuoteId({turnId: turn.id, sentences: turnOwn, start, end});
					candidates.push({
						id,
						turnId: turn.id,
						speakerId: turn.speakerIds[0] ?? '',
						sectionId: section.id,
						start,
						end,
						text,
						sentenceIndexes,
						length,
						order: candidates.length,
						cut,
					});
					return true;
				};
				for (let i = 0; i < own.length; i++) {
					const first = own[i];
					if (!first) continue;
					let markerEnd = leadingMarkerEnd(first.text);
					// What is left must open like a sentence: `Yes, I think…` → `I think…`, but `Yes, there's…` keeps its `Yes,` (a card opening in lower case reads as a fragment).
					if (markerEnd > 0 && /^[a-z]/.test(first.text.slice(markerEnd))) markerEnd = 0;
					for (let n = 1; n <= MAX_SENTENCES_PER_QUOTE && i + n <= own.length; n++) {
						const last = own[i + n - 1];
						if (!last) continue;
						// A sentence said twice in a row ("It's a labor of love. It's a labor of love.") is said once on a card.
						if (n > 1 && sameWords(last.text, own[i + n - 2]?.text ?? '')) break;
						const sentenceIndexes = own.slice(i, i + n).map((s) => s.index);
						const fits = push({start: first.start, end: last.end, sentenceIndexes, cut: 'sentences', said: first.start + markerEnd});
						if (markerEnd > 0 && markerEnd < first.text.length) push({start: first.start + markerEnd, end: last.end, sentenceIndexes, cut: 'marker'});
						if (!fits) break;
					}
					if (lengthOf(first.start, first.end) > bounds.max) {
						for (const m of first.text.matchAll(CLAUSE_BREAK)) {
							const at = (m.index ?? 0) + m[0].length;
							if (at >= first.text.length) continue;
							push({start: first.start + at, end: first.end, sentenceIndexes: [first.index], cut: 'clause'});
						}
					}
				}
			}
		}
	}
	return {sentences, candidates};
};
