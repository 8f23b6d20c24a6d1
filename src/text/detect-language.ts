import {isHanChar} from './classify-char';
import {isWrittenInTraditional} from './fold-to-simplified';

export type Language = 'zh' | 'en';

export type DetectLanguageInput = {
	text: string;
};

/**
 * Text is Chinese when Han characters make up at least this share of its letters.
 * Why 0.15 and not 0.5: a Han character carries about as much as two Latin letters
 * (Netflix reading-speed limits: 9 Chinese characters/s vs 20 English characters/s), and
 * Chinese transcripts embed many Latin names and product terms, so name-heavy Chinese
 * such as `Sam Altman 和 Brian Chesky 的对话` is only ~17% Han by letters. English text
 * quoting a Chinese name (`Interview with 马云 in Hangzhou`, 8%) stays below it.
 */
export const ZH_HAN_LETTER_SHARE_THRESHOLD = 0.15;

const LETTER_PATTERN = /\p{L}/gu;

/** 'zh' when Han characters are at least ZH_HAN_LETTER_SHARE_THRESHOLD of the letters; 'en' otherwise (also for text without letters). */
export const detectLanguage = ({text}: DetectLanguageInput): Language => {
	const letterCount = text.match(LETTER_PATTERN)?.length ?? 0;
	if (letterCount === 0) {
		return 'en';
	}
	// 〇 and 々 are Han letters; CJK radicals (Han script, category So) are not letters and not counted.
	const hanLetterCount = (text.match(LETTER_PATTERN) ?? []).filter(isHanChar).length;
	return hanLetterCount / letterCount >= ZH_HAN_LETTER_SHARE_THRESHOLD ? 'zh' : 'en';
};

/**
 * A talk's language when its metadata states none, or only `zh`: `zh-Hant` for Chinese
 * written in Traditional characters (a Taiwanese or Hong Kong transcript), so its
 * labels and opening title are written in them too; else `detectLanguage`'s. `sample`
 * gives the talk's text (its first turns); it is read only when the language stated
 * leaves the question open.
 */
export const detectTalkLanguage = ({sample, stated = null}: {sample: () => string; stated?: string | null}): string => {
	if (stated !== null && stated !== 'zh') return stated;
	const text = sample();
	const language = stated ?? detectLanguage({text});
	return language === 'zh' && isWrittenInTraditional(text) ? 'zh-Hant' : language;
};
