import {countCjkLetters} from './classify-char';
import {segmentInChunks} from './segment-in-chunks';

/** One piece of text a voice says after the one before it: a word, a number, or a Chinese word of one or more characters. */
export type SpokenUnit = {
	/** UTF-16 offsets into the input: `text.slice(start, end)` is the unit, without spaces or punctuation. */
	start: number;
	end: number;
	/** Its share of the speaking time when only the time of a whole cue is known: its CJK letters, or LATIN_WORD_WEIGHT. */
	weight: number;
};

/**
 * Time weight of one Latin word (or number) against one CJK letter. Mandarin is spoken at
 * about 4–5 characters (syllables) a second and English at about 2.5 words a second, so
 * a word takes about as long as two characters; the same 2 : 1 that quote lengths count
 * for Chinese (`measureQuoteLength`).
 */
export const LATIN_WORD_WEIGHT = 2;

/**
 * The units of `text` in the order they are said: Intl.Segmenter's word-like segments
 * (Chinese words as ICU's dictionary cuts them, `广州市` `房地产`; Latin words and numbers
 * whole), each weighted by its CJK letters, or LATIN_WORD_WEIGHT for a word without any.
 * Spaces and punctuation are not said: they belong to no unit. A word is the smallest
 * piece the voice is followed by, so a marked word changes only when the next is said.
 */
export const segmentSpokenUnits = ({text}: {text: string}): {units: SpokenUnit[]} => {
	const units: SpokenUnit[] = [];
	// In chunks: a long turn (a transcript without paragraphs) would take V8 quadratic time in one piece.
	for (const {segment, index, isWordLike} of segmentInChunks({text, locale: 'zh', granularity: 'word'})) {
		if (!isWordLike) continue;
		const cjkLetters = countCjkLetters(segment);
		units.push({start: index, end: index + segment.length, weight: cjkLetters > 0 ? cjkLetters : LATIN_WORD_WEIGHT});
	}
	return {units};
};
