import {countCjkLetters} from '../text/classify-char';

/** How long speech takes to say, for turns whose end the source does not give: 150 English words or 270 Chinese characters a minute. */
const MS_PER_WORD = 400;
const MS_PER_CJK_CHAR = 220;

const LATIN_WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’-][A-Za-z0-9\u00C0-\u024F]+)*/g;

/** Estimated ms to say `text` aloud (at least one second). */
export const estimateSpeakingMs = (text: string): number => {
	const cjk = countCjkLetters(text);
	const words = text.match(LATIN_WORD)?.length ?? 0;
	return Math.max(1000, words * MS_PER_WORD + cjk * MS_PER_CJK_CHAR);
};
