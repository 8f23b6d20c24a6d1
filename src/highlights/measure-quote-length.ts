/**
 * Length bounds of a quote, per language, in the unit a reader of that language counts.
 *
 * Chinese (`char`): one unit per CJK letter (Han, also kana and Hangul), two per Latin word or number (a name such
 * as "ChatGPT" reads like a two-character word). Netflix's Timed Text Style Guide sets
 * 9 characters/s for adult Simplified Chinese subtitles; the planner keeps one card on
 * screen for at most 10 s (MAX_CARD_MS) of which 0.7 s is the lead-in, so about 80
 * characters is the most one card can hold and still be read. A quote is a moment — a
 * claim and what explains it — of up to 120 characters, two cards at most; the ideal
 * 20–80 fits one. Below 10 characters a sentence of a talk is almost never a view of its
 * own (谢谢大家。/ 很难说。); a claim as short as 我不认为这是一场比赛。(10) can be.
 *
 * English (`word`): one unit per word. At the 200 words a minute of on-screen text, one
 * card holds about 31 words; a moment is up to 48 (two cards), ideally 12–32 (one).
 * Below 6 words a spoken sentence is rarely self-contained ("Thank you so much."), while
 * "You can't cool what you haven't mapped." (7) is. The fitted weights, not these
 * bounds alone, set how long the chosen moments are.
 */
import {isCjkLetter} from '../text/classify-char';

const QUOTE_LENGTH_BOUNDS = {
	zh: {unit: 'char', min: 10, idealMin: 20, idealMax: 80, max: 120},
	en: {unit: 'word', min: 6, idealMin: 12, idealMax: 32, max: 48},
} as const;

export type QuoteLengthBounds = (typeof QUOTE_LENGTH_BOUNDS)[keyof typeof QUOTE_LENGTH_BOUNDS];

export const quoteLengthBoundsFor = ({locale}: {locale: string}): QuoteLengthBounds =>
	locale.startsWith('zh') || locale.startsWith('ja') ? QUOTE_LENGTH_BOUNDS.zh : QUOTE_LENGTH_BOUNDS.en;

const isAlphanumeric = (unit: number): boolean => (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
/** `'`, `’`, `.`, `-`: inside a word between two letters or digits (`don't`, `3.14`, `GPT-6`). */
const isJoiner = (unit: number): boolean => unit === 39 || unit === 0x2019 || unit === 46 || unit === 45;

/**
 * Length of `text` in the unit of `bounds` (see `QUOTE_LENGTH_BOUNDS`): its Latin words
 * and numbers (what `/[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*\/g` matches) and its CJK letters.
 */
export const measureQuoteLength = ({text, bounds}: {text: string; bounds: QuoteLengthBounds}): number => quoteLengthsOf({text, bounds})(0, text.length);

/**
 * `measureQuoteLength` of every span `[start, end)` of `text`, each in constant time: the
 * counts of word starts and CJK letters before each position, read at both ends (a long
 * turn's candidates are thousands of overlapping spans; measured one by one, they read
 * its text ten times over). Equal to `measureQuoteLength({text: text.slice(start, end)})`:
 * a word starting at `start` or just after it is counted as the span alone sees it, and a
 * surrogate pair cut by `end` is no letter.
 */
export const quoteLengthsOf = ({text, bounds}: {text: string; bounds: QuoteLengthBounds}): ((start: number, end: number) => number) => {
	const n = text.length;
	const wordStarts = new Int32Array(n + 1);
	const cjkLetters = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) {
		const unit = text.charCodeAt(i);
		// A run of letters and digits starts a word unless a joiner with a letter or digit before it joins it to the one before.
		const starts =
			isAlphanumeric(unit) &&
			!(i > 0 && isAlphanumeric(text.charCodeAt(i - 1))) &&
			!(i > 1 && isJoiner(text.charCodeAt(i - 1)) && isAlphanumeric(text.charCodeAt(i - 2)));
		wordStarts[i + 1] = (wordStarts[i] ?? 0) + (starts ? 1 : 0);
		let letter = false;
		if (unit >= 0x1100 && !(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) {
			const codePoint = text.codePointAt(i) ?? unit;
			letter = isCjkLetter(String.fromCodePoint(codePoint));
		}
		cjkLetters[i + 1] = (cjkLetters[i] ?? 0) + (letter ? 1 : 0);
	}
	return (start, end) => {
		if (end <= start) return 0;
		const at = (i: number) => text.charCodeAt(i);
		let words = isAlphanumeric(at(start)) ? 1 : 0;
		if (start + 1 < end && isAlphanumeric(at(start + 1)) && !isAlphanumeric(at(start))) words++;
		if (start + 2 < end) words += (wordStarts[end] ?? 0) - (wordStarts[start + 2] ?? 0);
		let cjk = (cjkLetters[end] ?? 0) - (cjkLetters[start] ?? 0);
		// A pair whose low half is past `end` was counted as a letter at end − 1; the span sees a lone high surrogate.
		if (isHighSurrogate(at(end - 1)) && end < n && (cjkLetters[end] ?? 0) - (cjkLetters[end - 1] ?? 0) === 1) cjk--;
		return bounds.unit === 'word' ? words + cjk : cjk + 2 * words;
	};
};

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
