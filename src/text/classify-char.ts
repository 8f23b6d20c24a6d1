/**
 * Character-class predicates shared by the text layer. Each takes one character (or a
 * grapheme; only its first code point is looked at) and is cheap enough for hot loops,
 * so they take a plain string instead of an object argument.
 */

// East Asian Width W/F blocks (Unicode UAX #11, EastAsianWidth.txt), coarsened to whole
// blocks; emoji are handled separately by isEmojiGrapheme.
const WIDE_CODE_POINT_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x1100, 0x115f], // Hangul Jamo initial consonants
	[0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
	[0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
	[0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
	[0x4e00, 0x9fff], // CJK Unified Ideographs
	[0xa000, 0xa4cf], // Yi
	[0xa960, 0xa97f], // Hangul Jamo Extended-A
	[0xac00, 0xd7a3], // Hangul syllables
	[0xf900, 0xfaff], // CJK compatibility ideographs
	[0xfe10, 0xfe19], // vertical forms
	[0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
	[0xff00, 0xff60], // full-width ASCII variants and full-width brackets
	[0xffe0, 0xffe6], // full-width signs (￠ ￡ ￥ …)
	[0x1b000, 0x1b16f], // Kana supplement and extended
	[0x1f200, 0x1f2ff], // enclosed ideographic supplement
	[0x20000, 0x2fffd], // CJK Extension B–F, compatibility supplement
	[0x30000, 0x3fffd], // CJK Extension G–H
];

const HAN_PATTERN = /^\p{Script=Han}/u;
const EMOJI_PATTERN = /\p{Emoji_Presentation}|\uFE0F|\p{Regional_Indicator}|\p{Extended_Pictographic}/u;
const TEXT_PRESENTATION_SELECTOR = '\uFE0E';
// Below U+2000 only © and ® are pictographic, and Inter draws them as text.
const FIRST_EMOJI_CANDIDATE_CODE_UNIT = 0x2000;

/** True for a code point in an East Asian Wide or Fullwidth block (CJK ideographs, kana, Hangul, CJK and full-width punctuation). */
export const isWideCodePoint = (codePoint: number): boolean => {
	for (const [from, to] of WIDE_CODE_POINT_RANGES) {
		if (codePoint < from) {
			return false;
		}
		if (codePoint <= to) {
			return true;
		}
	}
	return false;
};

/** True when the character is drawn full-width: CJK ideographs, kana, Hangul, CJK punctuation (，。、《》…) and full-width forms (！？（）％). */
export const isCjkChar = (char: string): boolean => {
	const codePoint = char.codePointAt(0);
	return codePoint !== undefined && isWideCodePoint(codePoint);
};

const LETTER_PATTERN = /^\p{L}/u;

/** True for a CJK letter: a Han ideograph, kana or Hangul (a wide character that is a letter, not punctuation). */
export const isCjkLetter = (char: string): boolean => isCjkChar(char) && LETTER_PATTERN.test(char);

/** The first wide code point (Hangul Jamo): a code unit below it is no CJK letter, and is passed over without a look. */
const FIRST_WIDE_CODE_UNIT = 0x1100;

/**
 * How many CJK letters `text` holds (`isCjkLetter`, one per code point): what
 * `[...text].filter(isCjkLetter).length` counts, without an array of the text's
 * characters, and looking only at code units from U+1100 on (a long English turn has none).
 */
export const countCjkLetters = (text: string): number => {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < FIRST_WIDE_CODE_UNIT) continue;
		const codePoint = text.codePointAt(i) ?? unit;
		if (codePoint > 0xffff) i++;
		if (isWideCodePoint(codePoint) && LETTER_PATTERN.test(String.fromCodePoint(codePoint))) count++;
	}
	return count;
};

/** True for a Han ideograph (汉字), including 〇 and 々; false for CJK punctuation. */
export const isHanChar = (char: string): boolean => HAN_PATTERN.test(char);

/**
 * True when a grapheme renders as a colour emoji: emoji-presentation characters, anything
 * with VS16 or regional indicators, and pictographs (a lone ☺ usually falls back to an
 * emoji font too). Text-style symbols that Inter draws (© ® ™ ↑) must be looked up in the
 * Inter table first; VS15 (U+FE0E) forces text style.
 */
export const isEmojiGrapheme = (grapheme: string): boolean => {
	// Fast path: nothing below U+2000 on its own is drawn as an emoji (© and ® are text in Inter).
	if (grapheme.length === 1 && grapheme.charCodeAt(0) < FIRST_EMOJI_CANDIDATE_CODE_UNIT) {
		return false;
	}
	return !grapheme.includes(TEXT_PRESENTATION_SELECTOR) && EMOJI_PATTERN.test(grapheme);
};

/** True when a line may break next to this grapheme as freely as next to a CJK character (CJK and emoji, UAX #14 class ID). */
export const isIdeographicBreakGrapheme = (grapheme: string): boolean => isCjkChar(grapheme) || isEmojiGrapheme(grapheme);
