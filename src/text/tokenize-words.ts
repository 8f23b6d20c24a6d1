import {isCjkChar} from './classify-char';
import {STOP_WORDS_EN, STOP_WORDS_ZH} from './stop-words';
import {segmentInChunks} from './segment-in-chunks';

/**
 * The content words of `text`: `Intl.Segmenter` word mode (`isWordLike` only, in chunks: `segmentInChunks`),
 * lower-cased, without Chinese and English stop words and without one-letter Latin
 * tokens. Both stop lists apply whatever the locale, because Chinese talks quote
 * English names and terms. Deterministic: same text, same words in order. `surfaces`
 * are the same words as written (`OpenAI` for `openai`) and `offsets` where they start in
 * `text`, index for index.
 */
export const tokenizeWords = ({text, locale}: {text: string; locale: string}): {words: string[]; surfaces: string[]; offsets: number[]} => {
	const words: string[] = [];
	const surfaces: string[] = [];
	const offsets: number[] = [];
	for (const {segment, isWordLike, index} of segmentInChunks({text, locale, granularity: 'word'})) {
		if (!isWordLike) continue;
		const word = segment.toLowerCase();
		if (STOP_WORDS_ZH.has(word) || STOP_WORDS_EN.has(word)) continue;
		if (![...word].some(isCjkChar) && word.length < 2 && !/\d/.test(word)) continue;
		words.push(word);
		surfaces.push(segment);
		offsets.push(index);
	}
	return {words, surfaces, offsets};
};
