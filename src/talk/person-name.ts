import {isCommonEnglishWord, sentenceEndKey} from './find-sentence-ends';

/** A word of a person's name: capitalised, with a lower-case letter in it (`O'Brien`, `Jean-Luc`, `McKenzie`, `LeCun`), or a particle (`Ludwig van Beethoven`, `Maria de la Cruz`). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.|van|von|der|den|de|da|di|du|del|della|la|le|bin|al)$/u;
/** Titles before a name (`Dr. Jane Smith`). */
export const TITLES = 'Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame';
const TITLE = new RegExp(`^(?:${TITLES})\\.?$`);

/** The words of a label but a title before them (`Dr. Jane Smith` → Jane, Smith). */
export const nameWords = (label: string): string[] => label.split(/\s+/).filter((w, i) => i > 0 || !TITLE.test(w));

/** A person's name of two or three capitalised words, particles aside, not ending on a common English word ("Tracy Mitrano", not "Open Source" or "Sponsor Break"). */
export const isPersonName = (label: string): boolean => {
	const words = nameWords(label);
	const titled = words.length < label.split(/\s+/).length;
	if (words.length < (titled ? 1 : 2) || words.filter((w) => /^\p{Lu}/u.test(w)).length > 3 || words.length > 5 || !words.every((w) => NAME_WORD.test(w)))
		return false;
	return /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') && !isCommonEnglishWord(sentenceEndKey(words[words.length - 1] ?? ''));
};
