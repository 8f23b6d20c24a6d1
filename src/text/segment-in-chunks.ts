import {segmenterFor} from './segmenter-for';

/** Longest piece given to `Intl.Segmenter` at once. */
const SEGMENT_CHUNK_CHARS = 2000;
/** How far back from the chunk's end a space or punctuation mark is looked for, to cut there. */
const CUT_SEARCH_CHARS = 200;
const CUT_AFTER = /[\s\p{P}]/u;
/** Where a sentence chunk is best cut: after a sentence's end mark (then after any space or punctuation). */
const SENTENCE_END_MARK = /[.!?。！？…]/u;

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
			// Sentences are cut after an end mark, where the segmenter ends one anyway.
			if (granularity === 'sentence')
				for (let i = end; i > end - CUT_SEARCH_CHARS && i > start; i--) {
					if (SENTENCE_END_MARK.test(text[i - 1] ?? '') && !SENTENCE_END_MARK.test(text[i] ?? '')) {
						cut = i;
						break;
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
