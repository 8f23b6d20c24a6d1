import {countCjkLetters} from './classify-char';

/**
 * A first word in small letters only (`we`, `the`, `it's`), not a word written with a
 * capital inside or a digit (`iPhone`, `eBay`, `x86`), nor a name's particle (`van Gogh`,
 * `de Gaulle`): a quote that opens on it reads as a sentence with its first letter a
 * capital.
 */
const SMALL_FIRST_WORD = /^(?!(?:van|von|de|da|di|du|la|le|del|della|der|den|ten|ter|al|el|bin|ibn) [A-Z])([a-z]+)(?:['’][a-z]+)?(?![A-Za-z0-9])/;

/** Whether `text` opens on a word in small letters only that `openAsSentence` would give a capital. */
export const opensOnSmallWord = (text: string): boolean => SMALL_FIRST_WORD.test(text);

/** A word opening a sentence: after the start of a text or a paragraph, or a stop and a space. */
const WORD_AT_SENTENCE_START = /(?:^|[.!?]\s+|\n)([A-Za-z][a-z]*)(?![A-Za-z0-9])/g;

/**
 * Words these texts open sentences with in small letters and never with a capital
 * (`npm is the largest registry…`, `ffmpeg can…`): names spelled so, which a card keeps as
 * written. A word a sentence also opens with a capital ("We…") is no such name, though a
 * diarized turn may open on it in small letters.
 */
export const smallNamesOf = (texts: readonly string[]): ReadonlySet<string> => {
	const small = new Set<string>();
	const capital = new Set<string>();
	for (const text of texts)
		for (const m of text.matchAll(WORD_AT_SENTENCE_START)) {
			const word = m[1] ?? '';
			if (/^[a-z]/.test(word)) small.add(word);
			else capital.add(word.toLowerCase());
		}
	return new Set([...small].filter((w) => !capital.has(w)));
};

/**
 * A quote as a card shows it: when it opens on a word in small letters only (a discourse
 * marker was taken off its front: "So we built…" → "we built…"), that word's first letter
 * is a capital ("We built…"), unless the talk writes the word so at a sentence's start
 * (`smallNames`: "npm", "ffmpeg") or the quote is written in CJK letters (所以npm很好用 →
 * npm很好用). The same length as `text`: every offset into it holds. Any other text is
 * returned as it is.
 */
export const openAsSentence = (text: string, smallNames: ReadonlySet<string> = new Set()): string => {
	const word = SMALL_FIRST_WORD.exec(text)?.[1];
	if (word === undefined || smallNames.has(word) || countCjkLetters(text) > 0) return text;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
};
