import {isCjkChar} from './classify-char';
import {STOP_WORDS_EN, STOP_WORDS_ZH} from './stop-words';
import {isLatinText, latinWords} from './latin-words';
import {segmentInChunks} from './segment-in-chunks';

/**
 * The content words of `text`: `Intl.Segmenter` word mode (`isWordLike` only, in chunks: `segmentInChunks`;
 * Latin text by `latinWords`, which gives the same words faster),
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
	for (const {segment, index} of wordLikeSegments({text, locale})) {
		const word = segment.toLowerCase();
		if (STOP_WORDS_ZH.has(word) || STOP_WORDS_EN.has(word)) continue;
		if (word.length < 2 && !/\d/.test(word) && ![...word].some(isCjkChar)) continue;
		words.push(word);
		surfaces.push(segment);
		offsets.push(index);
	}
	return {words, surfaces, offsets};
};

const wordLikeSegments = ({text, locale}: {text: string; locale: string}): Iterable<{segment: string; index: number}> =>
	isLatinText(text) ? latinWords(text) : icuWordLikeSegments({text, locale});

function* icuWordLikeSegments({text, locale}: {text: string; locale: string}): Generator<{segment: string; index: number}> {
	for (const s of segmentInChunks({text, locale, granularity: 'word'})) if (s.isWordLike === true) yield s;
}
