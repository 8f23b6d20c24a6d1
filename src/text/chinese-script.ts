/**
 * Whether a Chinese language tag is written in Traditional characters: its script, or
 * the one its region implies (`zh-Hant`, `zh-TW`, `zh-HK` → yes; `zh`, `zh-CN`,
 * `zh-Hans` → no). False for a tag that is not one.
 */
export const isTraditionalChinese = (language: string): boolean => {
	try {
		return new Intl.Locale(language).maximize().script === 'Hant';
	} catch {
		return false;
	}
};

/** The words talkreel writes itself for a talk (labels, the opening's title, unnamed voices): Chinese in one of its scripts, else English. */
export type Writing = 'zh-Hans' | 'zh-Hant' | 'en';

/** How talkreel writes its own words for a talk in `language` (any case: `ZH-TW` too). */
export const writingOf = (language: string): Writing => {
	if (!language.toLowerCase().startsWith('zh')) return 'en';
	return isTraditionalChinese(language) ? 'zh-Hant' : 'zh-Hans';
};
