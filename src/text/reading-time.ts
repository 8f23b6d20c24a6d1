import {countCjkLetters} from './classify-char';
import {segmenterFor} from './segmenter-for';

export type ReadingTimeInput = {
	text: string;
};

/**
 * Chinese reading speed, characters per second. Source: Netflix Simplified Chinese (PRC)
 * Timed Text Style Guide, reading speed limit for adult programs: 9 characters per second.
 */
export const ZH_CHARS_PER_SECOND = 9;

/**
 * English reading speed, words per minute. Source: Netflix English (USA) Timed Text Style
 * Guide, adult programs: 20 characters per second. At 6 characters per English word
 * (4.7 letters on average plus the space and punctuation after it) that is 200 words per
 * minute, the top of the usual 180–200 wpm range for on-screen text.
 */
export const EN_WORDS_PER_MINUTE = 200;

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60_000;

const WORD_SEGMENTER = segmenterFor({locale: 'zh', granularity: 'word'});

/**
 * Time to read `text` on screen, in ms (rounded up). Text is counted by script and the
 * parts are summed: every CJK letter (Han, also kana and Hangul) at ZH_CHARS_PER_SECOND,
 * every other word (Latin words and numbers such as `GPT-6` parts or `2022`, from
 * Intl.Segmenter word mode) at EN_WORDS_PER_MINUTE. Punctuation and spaces add nothing.
 */
export const readingTimeMs = ({text}: ReadingTimeInput): number => {
	let cjkCharCount = 0;
	let otherWordCount = 0;
	for (const {segment, isWordLike} of WORD_SEGMENTER.segment(text)) {
		if (!isWordLike) {
			continue;
		}
		const cjkLetters = countCjkLetters(segment);
		if (cjkLetters > 0) {
			cjkCharCount += cjkLetters;
		} else {
			otherWordCount += 1;
		}
	}
	const ms = (cjkCharCount / ZH_CHARS_PER_SECOND) * MS_PER_SECOND + (otherWordCount / EN_WORDS_PER_MINUTE) * MS_PER_MINUTE;
	return Math.ceil(ms);
};
