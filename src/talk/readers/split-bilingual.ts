import {countCjkLetters} from '../../text/classify-char';

type Script = 'kana' | 'cjk' | 'latin';

/** Two kana or more: Japanese, which Chinese never writes (an anime fansub's `ぼっちちゃん` over its 小孤独). */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}].*[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A line's script: Japanese with two kana or more, CJK with two or more CJK letters
 * (`欢迎来到 Hugging Face 课程。`), Latin with Latin letters and no CJK one; else neither.
 */
const scriptOf = (line: string): Script | null => {
	const cjk = countCjkLetters(line);
	if (KANA.test(line)) return 'kana';
	if (cjk >= 2) return 'cjk';
	return cjk === 0 && /\p{Script=Latin}/u.test(line) ? 'latin' : null;
};

/**
 * A bilingual cue's two languages: the lines of the first line's script, then those of
 * the other (`欢迎来到 Hugging Face 课程。` / `Welcome to the Hugging Face Course.`). Null
 * when the cue has one language only.
 */
export const splitBilingualLines = (lines: readonly string[]): {main: string[]; translation: string[]} | null => {
	const scripts = lines.map(scriptOf);
	const first = scripts.find((s) => s !== null);
	if (first === undefined || first === null) return null;
	const switchAt = scripts.findIndex((s) => s !== null && s !== first);
	if (switchAt <= 0) return null;
	// After the switch, the first language must not come back: two lines of one speaker, not a translation.
	if (scripts.slice(switchAt).some((s) => s === first)) return null;
	return {main: lines.slice(0, switchAt), translation: lines.slice(switchAt)};
};

/** A file is bilingual when at least 3 of its cues, and half of them, pair lines of two scripts (CJK and Latin, Japanese and Chinese). */
export const isBilingual = (cueTexts: readonly string[]): boolean => {
	const paired = cueTexts.filter((t) => t.includes('\n') && splitBilingualLines(t.split('\n')) !== null).length;
	return paired >= 3 && paired >= 0.5 * cueTexts.length;
};
