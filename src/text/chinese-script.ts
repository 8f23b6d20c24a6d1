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
