import {segmenterFor} from './segmenter-for';
import {SENTENCE_CLOSERS, SENTENCE_CONTINUERS, SENTENCE_TERMINATORS} from './sentence-marks';

/** Longest piece given to `Intl.Segmenter` at once. */
const SEGMENT_CHUNK_CHARS = 2000;
/** How far back from the chunk's end a space or punctuation mark is looked for, to cut there. */
const CUT_SEARCH_CHARS = 200;
const CUT_AFTER = /[\s\p{P}]/u;
/** A sentence's end mark: the segmenter's own, and the full stop it leaves to ICU. */
const isEndMark = (char: string | undefined): boolean => char !== undefined && (char === '.' || SENTENCE_TERMINATORS.has(char));
/** What a sentence may open on: a capital, a CJK letter, a digit, an opening quote or bracket (a straight quote opens only after a space: `?"` closes). */
const SENTENCE_START = /[\p{Lu}\p{Lo}\p{N}“‘([（「『]/u;
const STRAIGHT_QUOTE = /["']/u;
/** After an end mark, what closes its sentence or goes on with it (`?",`, `?;`). */
const closesOrGoesOn = (char: string | undefined): boolean =>
	char !== undefined && (SENTENCE_CLOSERS.has(char) || SENTENCE_CONTINUERS.has(char) || char === ';');

/**
 * Whether a sentence chunk may end at `i`: where a sentence ends whatever follows — after an
 * end mark, the quotes and brackets that close it and the spaces after them, before what
 * opens a sentence. Not between `?` and the `",` that goes on with its sentence
 * (`asked "Are you using TypeScript?", and 46%…`), which the segmenter, seeing only one
 * side of the cut, could not know.
 */
const endsSentenceAt = (text: string, i: number): boolean => {
	const first = text[i] ?? '';
	const spaced = /\s/u.test(text[i - 1] ?? '');
	if (!SENTENCE_START.test(first) && !(spaced && STRAIGHT_QUOTE.test(first))) return false;
	let j = i;
	while (j > 0 && /\s/u.test(text[j - 1] ?? '')) j--;
	while (j > 0 && SENTENCE_CLOSERS.has(text[j - 1] ?? '')) j--;
	return isEndMark(text[j - 1]);
};

/**
 * `Intl.Segmenter(locale, {granularity}).segment(text)`, one chunk of at most
 * SEGMENT_CHUNK_CHARS at a time, with `index` into the whole text. V8 before 12.3
 * (Node 20 included) segments a long string in time quadratic in its length
 * (crbug.com/326176949): 80 000 Chinese characters take 20 s in one piece, 0.5 s in
 * chunks. Chunks end after a space or punctuation mark when one is near, where no word
 * or grapheme spans the cut; otherwise at the limit, never inside a surrogate pair.
 */
export function* segmentInChunks({
	text,
	locale,
	granularity,
}: {
	text: string;
	locale: string;
	granularity: 'grapheme' | 'word' | 'sentence';
}): Generator<Intl.SegmentData> {
	const segmenter = segmenterFor({locale, granularity});
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + SEGMENT_CHUNK_CHARS);
		if (end < text.length) {
			let cut = -1;
			// Sentences are cut where one ends, where the segmenter ends one anyway; else after an end mark that nothing closing or continuing follows (text in lower case).
			if (granularity === 'sentence') {
				for (let i = end; cut === -1 && i > end - CUT_SEARCH_CHARS && i > start; i--) if (endsSentenceAt(text, i)) cut = i;
				for (let i = end; cut === -1 && i > end - CUT_SEARCH_CHARS && i > start; i--) {
					if (isEndMark(text[i - 1]) && !isEndMark(text[i]) && !closesOrGoesOn(text[i])) cut = i;
				}
			}
			for (let i = end; cut === -1 && i > end - CUT_SEARCH_CHARS && i > start; i--) {
				if (CUT_AFTER.test(text[i - 1] ?? '')) {
					cut = i;
					break;
				}
			}
			if (cut !== -1) end = cut;
			else if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
		}
		const chunk = text.slice(start, end);
		for (const s of segmenter.segment(chunk)) yield {...s, index: s.index + start, input: text};
		start = end;
	}
}
