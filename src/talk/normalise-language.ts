/** Language names people write where a tag belongs (`Language: English`, `语言: 中文`). */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
	['english', 'en'],
	['英文', 'en'],
	['英语', 'en'],
	['chinese', 'zh'],
	['mandarin', 'zh'],
	['中文', 'zh'],
	['汉语', 'zh'],
	['漢語', 'zh'],
	['普通话', 'zh'],
	['简体中文', 'zh-Hans'],
	['簡體中文', 'zh-Hans'],
	['繁体中文', 'zh-Hant'],
	['繁體中文', 'zh-Hant'],
	['cantonese', 'yue'],
	['粤语', 'yue'],
	['粵語', 'yue'],
	['japanese', 'ja'],
	['日本語', 'ja'],
	['日语', 'ja'],
	['spanish', 'es'],
	['español', 'es'],
	['french', 'fr'],
	['français', 'fr'],
	['german', 'de'],
	['deutsch', 'de'],
]);

/**
 * A language as a transcript states it → a canonical BCP 47 tag (`zh_CN` → `zh-CN`,
 * `EN-us` → `en-US`, `English` → `en`), or null when it is not one (`x`, `23`, `!!`,
 * private-use `x-foo`): the caller then detects the language from the text.
 */
export const normaliseLanguage = (raw: string): string | null => {
	const trimmed = raw.trim();
	if (trimmed === '' || trimmed.length > 35) return null;
	const named = LANGUAGE_NAMES.get(trimmed.toLowerCase());
	if (named !== undefined) return named;
	let tag: string | undefined;
	try {
		tag = Intl.getCanonicalLocales(trimmed.replace(/_/g, '-'))[0];
	} catch {
		return null;
	}
	if (tag === undefined || !/^[a-z]{2,3}(?:-|$)/.test(tag)) return null;
	return tag;
};
