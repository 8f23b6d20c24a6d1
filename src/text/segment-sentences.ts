import {segmentInChunks} from './segment-in-chunks';
import {SENTENCE_CLOSERS, SENTENCE_CONTINUERS, SENTENCE_TERMINATORS} from './sentence-marks';

type Sentence = {
	/** Equal to input.slice(start, end); no leading or trailing whitespace. */
	text: string;
	/** UTF-16 offset of the first character. */
	start: number;
	/** UTF-16 offset just past the last character. */
	end: number;
};

export type SegmentSentencesInput = {
	text: string;
	/** BCP 47 locale for Intl.Segmenter, e.g. 'zh' or 'en'. */
	locale: string;
};

export type SegmentSentencesResult = {
	sentences: Sentence[];
};

// Abbreviations after which ICU splits but should not. V8 does not enable ICU's
// sentence-break suppressions (the `ss=standard` data, which lists these for English).
const ABBREVIATIONS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'vs.', 'U.S.', 'U.K.', 'No.', 'Inc.', 'Ltd.', 'Co.']);

const isDigit = (char: string | undefined): boolean => char !== undefined && /^[0-9０-９]$/.test(char);
const isLineBreak = (char: string): boolean => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';

/**
 * Whether the last word of `text` is one of ABBREVIATIONS: looked for from the end, so a
 * long run of letters costs its length once (`/(\S+)\s*$/` retried the run from every
 * start: 18 s on an 80 000-letter word).
 */
const endsWithAbbreviation = (text: string): boolean => {
	const trimmed = text.trimEnd();
	for (const abbreviation of ABBREVIATIONS) {
		const before = trimmed.length - abbreviation.length;
		if (before >= 0 && trimmed.endsWith(abbreviation) && (before === 0 || /\s/u.test(trimmed[before - 1]!))) return true;
	}
	return false;
};

/** Offsets after which a sentence ends because of our own terminators and line breaks. */
const findExtraBoundaries = (text: string): number[] => {
	const boundaries: number[] = [];
	let index = 0;
	while (index < text.length) {
		const char = text[index]!;
		if (isLineBreak(char)) {
			boundaries.push(index + 1);
			index += 1;
			continue;
		}
		// Full-width full stop between digits is a decimal point (３．５).
		const isDecimalPoint = char === '．' && isDigit(text[index - 1]) && isDigit(text[index + 1]);
		if (!SENTENCE_TERMINATORS.has(char) || isDecimalPoint) {
			index += 1;
			continue;
		}
		let end = index + 1;
		// Runs such as ？！ …… ?!. and closers such as 。” stay in the sentence.
		while (end < text.length && (SENTENCE_TERMINATORS.has(text[end]!) || SENTENCE_CLOSERS.has(text[end]!) || text[end] === '.')) {
			end += 1;
		}
		// A comma or colon after the run continues the sentence, as ICU has it (UAX #29's SContinue): `we asked "Are you using TypeScript?", and 46% said yes.`
		let next = end;
		while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next += 1;
		if (!SENTENCE_CONTINUERS.has(text[next] ?? '')) boundaries.push(end);
		index = end;
	}
	return boundaries;
};

/**
 * Whether the full stop at `at` opens a word, as in a name (`.NET`, `.Net`, `.NET's`): a
 * space or the text's start before it and a letter right after. "based on .NET, and…"
 * was cut into "based on ." and "NET, and…". A full stop after a word is left to ICU.
 */
const opensName = (text: string, at: number): boolean => (at === 0 || /\s/u.test(text[at - 1] ?? '')) && /\p{L}/u.test(text[at + 1] ?? '');

/** Symbols that, right after a full stop, make it code (`.*`, `./`, `.=`), not a sentence end. */
const CODE_SYMBOL = /^[*/\\|^$~=+<>%&#@_]$/;

/** A list item's number alone (`2.`): it opens the item after it. */
const LIST_NUMBER_ONLY = /^\s*(\d{1,2})\.\s*$/;
/** A list's number after the colon that introduces it, at the end of a piece (`include: 1.`; not a time or a score, `2:1.`); group 1 is the colon and the spaces after it, group 2 the number. */
const LIST_NUMBER_AFTER_COLON = /(?<!\d)([:：]\s*)(\d{1,2})\.\s*$/;
/** How far a list's next or previous number is looked for. */
const LIST_REACH = 600;
/** How many numbers before it a list's number must have (`4.` needs `3.`, `2.` and `1.`). */
const LIST_CHAIN = 3;
/** A list item's number `k.`, standing alone: not the end of a number, a time or a score (`3.5`, `2:1.`, `v2.`). */
const itemNumbered = (k: number): RegExp => new RegExp(`(?<![\\p{L}\\p{N}.:])${k}\\.(?!\\d)`, 'gu');

/**
 * Whether the number `n.` whose full stop ends at `at` counts a list: `1.` with `2.` after
 * it within LIST_REACH; a later number with the LIST_CHAIN numbers before it (or all of
 * them, down to `1.`), each within LIST_REACH of the next. `The answer: 42.`, `We scored:
 * 10. They scored: 11.` and `How many? 2.` count nothing.
 */
const isListNumber = ({text, at, n}: {text: string; at: number; n: number}): boolean => {
	if (n === 1) return itemNumbered(2).test(text.slice(at, at + LIST_REACH));
	let to = at - String(n).length - 1;
	for (let k = n - 1; k >= Math.max(1, n - LIST_CHAIN); k--) {
		const from = Math.max(0, to - LIST_REACH);
		const found = [...text.slice(from, to).matchAll(itemNumbered(k))].pop();
		if (found === undefined) return false;
		to = from + found.index;
	}
	return true;
};

/** Text of opening quotes and brackets (and spaces) only: the start of a sentence, not one. */
const OPENERS_ONLY = /^[\s“‘「『《〈（(［[｛{【〔〖«‹"']+$/u;

/**
 * Splits text into sentences with UTF-16 offsets into the input. Boundaries come from
 * Intl.Segmenter (sentence mode) plus: after 。！？；… ！？；． …… and !? (with any closing
 * quotes or brackets that follow), and after every line break. ICU boundaries after
 * common abbreviations (Mr. Dr. U.S.) are dropped, and a list's numbers open their items
 * (`include: 1. Local publishing. 2. Tokens.` → `include:`, `1. Local publishing.`,
 * `2. Tokens.`).
 */
export const segmentSentences = ({text, locale}: SegmentSentencesInput): SegmentSentencesResult => {
	const boundaries = new Set<number>([0, text.length]);
	// In chunks: V8 segments one long string in quadratic time (a 138 000-character paragraph: 2.7 s).
	for (const {index, segment} of segmentInChunks({text, locale, granularity: 'sentence'})) {
		const end = index + segment.length;
		// ICU ends a sentence at a full stop a symbol follows with no space between, as in code said aloud (`.*.*`): no sentence ends there.
		if (!endsWithAbbreviation(segment) && !(text[end - 1] === '.' && (CODE_SYMBOL.test(text[end] ?? '') || opensName(text, end - 1)))) {
			boundaries.add(end);
		}
	}
	for (const boundary of findExtraBoundaries(text)) {
		boundaries.add(boundary);
	}
	// A list's number opens its item, not ends the line before it: `…to only include: 1. Local publishing… 2. Granular tokens…`.
	for (const boundary of [...boundaries]) {
		const before = LIST_NUMBER_AFTER_COLON.exec(text.slice(Math.max(0, boundary - 12), boundary));
		if (before === null || boundary === text.length || !isListNumber({text, at: boundary, n: Number(before[2])})) continue;
		boundaries.delete(boundary);
		boundaries.add(boundary - before[0].length + (before[1]?.length ?? 0));
	}
	const sorted = [...boundaries].sort((a, b) => a - b);
	const sentences: Sentence[] = [];
	// ICU may end a sentence after an opening quote that follows 。 (`。“`): a piece of
	// opening marks only goes with the sentence it opens.
	let carried: number | null = null;
	for (let i = 0; i < sorted.length - 1; i += 1) {
		let start: number = carried ?? sorted[i]!;
		let end = sorted[i + 1]!;
		carried = null;
		const piece = text.slice(start, end);
		const listNumber = LIST_NUMBER_ONLY.exec(piece);
		if (i < sorted.length - 2 && (OPENERS_ONLY.test(piece) || (listNumber !== null && isListNumber({text, at: end, n: Number(listNumber[1])})))) {
			carried = start;
			continue;
		}
		while (start < end && /\s/u.test(text[start]!)) {
			start += 1;
		}
		while (end > start && /\s/u.test(text[end - 1]!)) {
			end -= 1;
		}
		if (end > start) {
			sentences.push({text: text.slice(start, end), start, end});
		}
	}
	return {sentences};
};
