import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/**
 * Traditional Chinese characters → Simplified, one character for one, so that the rules
 * written with Simplified words (就是 / 那个 / 我觉得 / 这就是…) read a Taiwanese or Hong
 * Kong transcript (那個 / 我覺得 / 這就是…) as well. The table is OpenCC's character table
 * (`TSCharacters`, Apache-2.0, from the opencc-js package, about 4 000 pairs); a pair
 * whose sides differ in UTF-16 length is left out, so the folded text has the same length
 * and offsets as the original. Only characters are mapped, not regional words (軟體 stays
 * 软体), which is what matching function words needs.
 */
const TABLE: ReadonlyMap<string, string> = (() => {
	const table = new Map<string, string>();
	for (const entry of TS_CHARACTERS.split('|')) {
		const [from, to] = entry.split(' ');
		if (from === undefined || to === undefined || from.length !== 1 || to.length !== 1) continue;
		table.set(from, to);
	}
	return table;
})();

/** CJK ideographs (with extension A and the compatibility block), where every entry of the table lies. */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Characters only Simplified writing uses: the table's Simplified sides that are not also Traditional (们, 这, 说). */
const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set([...TABLE.values()].filter((ch) => !TABLE.has(ch)));

/**
 * Whether Chinese text is written in Traditional characters: more of its characters are
 * Traditional-only forms (們, 這, 說) than Simplified-only ones (们, 这, 说). Characters
 * both scripts share (我, 人, 的) count for neither.
 */
export const isWrittenInTraditional = (text: string): boolean => {
	let traditional = 0;
	let simplified = 0;
	for (const [ch] of text.matchAll(HAN)) {
		if (TABLE.has(ch) && TABLE.get(ch) !== ch) traditional++;
		else if (SIMPLIFIED_ONLY.has(ch)) simplified++;
	}
	return traditional > simplified;
};

/** `text` with every Traditional character that has a one-unit Simplified form replaced by it; same length, same offsets. */
export const foldToSimplified = (text: string): string => text.replace(HAN, (ch) => TABLE.get(ch) ?? ch);
