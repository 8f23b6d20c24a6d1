import {isIdeographicBreakGrapheme} from './classify-char';
import {segmentPhrases} from './segment-phrases';
import {segmenterFor} from './segmenter-for';

export type BreakUnit = {
	/** One grapheme cluster. */
	text: string;
	/** UTF-16 offsets into the input. */
	start: number;
	end: number;
	/** Whitespace: dropped at line ends, never starts a line. */
	isSpace: boolean;
	/** A line may end just before this unit (the spaces before it, if any, are dropped). */
	canBreakBefore: boolean;
	/**
	 * canBreakBefore, and the break is also a phrase boundary: a space, or the start of a
	 * BudouX phrase in CJK text (`segmentPhrases`), so not inside `阈值` or `合作伙伴`.
	 */
	isPhraseBreakBefore: boolean;
	/** isPhraseBreakBefore, and the break is also a boundary of ICU's dictionary words (BudouX splits a few words ICU keeps: 职业|生涯). */
	isWordBreakBefore: boolean;
};

export type SegmentBreakUnitsInput = {
	/** One paragraph: callers split on line breaks first. */
	text: string;
};

export type SegmentBreakUnitsResult = {
	units: BreakUnit[];
};

/**
 * Kinsoku (禁则): no line may start with these. Full-width closers and CJK punctuation,
 * the Latin quotes/dashes/ellipsis Chinese text uses (” ’ — …), and half-width , . ; : ! ? )
 * which can only meet a break opportunity when they follow CJK (Latin–Latin is glued).
 * Source: W3C Requirements for Chinese Text Layout (clreq), prohibition rules for line start
 * and line end; JIS X 4051 for the Japanese marks.
 */
const LINE_START_FORBIDDEN = new Set([...'，。、：；！？）」』》〉】〕〗］｝”’…—%％‰℃·・ー～〜ゝゞ々〻', ...',.;:!?)]}']);

/**
 * Kinsoku: no line may end with these opening brackets and quotes (clreq, same rules); nor
 * with the interpunct of a transcribed name (威廉·莎士比亚), which also may not start one.
 */
const LINE_END_FORBIDDEN = new Set([...'（「『《〈【〔〖［｛“‘·・', ...'([{']);

const WORD_SEGMENTER = segmenterFor({locale: 'zh', granularity: 'word'});
const GRAPHEME_SEGMENTER = segmenterFor({locale: 'zh', granularity: 'grapheme'});
const SPACE_PATTERN = /^\s+$/u;
const SINGLE_LATIN_LETTER_PATTERN = /^\p{Script=Latin}$/u;

type Grapheme = {text: string; start: number};
type Atom = {
	text: string;
	start: number;
	graphemes: Grapheme[];
	isSpace: boolean;
	isIdeographic: boolean;
	/** A grapheme of a CJK word after its first (ICU word mode). */
	isWordInternal: boolean;
};

/** Word-mode segments, with segments that contain CJK or emoji split into graphemes (CJK may break between characters). */
const segmentAtoms = (text: string): Atom[] => {
	// Segment graphemes once for the paragraph and hand them out to the word segments:
	// word boundaries are always grapheme boundaries (UAX #29), and one pass is ~10× faster
	// than segmenting every word separately.
	const allGraphemes = Array.from(GRAPHEME_SEGMENTER.segment(text), ({segment, index}) => ({text: segment, start: index}));
	let next = 0;
	const atoms: Atom[] = [];
	for (const {segment, index} of WORD_SEGMENTER.segment(text)) {
		const end = index + segment.length;
		const graphemes: Grapheme[] = [];
		while (next < allGraphemes.length && allGraphemes[next]!.start < end) {
			graphemes.push(allGraphemes[next]!);
			next += 1;
		}
		const isSpace = SPACE_PATTERN.test(segment);
		if (isSpace || graphemes.some((grapheme) => isIdeographicBreakGrapheme(grapheme.text))) {
			graphemes.forEach((grapheme, offset) => {
				atoms.push({
					text: grapheme.text,
					start: grapheme.start,
					graphemes: [grapheme],
					isSpace,
					isIdeographic: isIdeographicBreakGrapheme(grapheme.text),
					isWordInternal: offset > 0,
				});
			});
		} else {
			atoms.push({text: segment, start: index, graphemes, isSpace: false, isIdeographic: false, isWordInternal: false});
		}
	}
	return atoms;
};

const canBreakBetween = (atoms: readonly Atom[], index: number): boolean => {
	const current = atoms[index]!;
	const previous = atoms[index - 1];
	if (previous === undefined || current.isSpace) {
		return false;
	}
	// The kinsoku sets hold BMP characters only, so UTF-16 indexing is enough here.
	if (LINE_START_FORBIDDEN.has(current.text[0]!)) {
		return false;
	}
	if (previous.isSpace) {
		// Vlna rule: a one-letter word does not end a line (keeps `Y Combinator`, `a book`, `I am` together).
		const wordBefore = atoms[index - 2];
		const beforeWordBefore = atoms[index - 3];
		const isOneLetterWord =
			wordBefore !== undefined &&
			!wordBefore.isSpace &&
			SINGLE_LATIN_LETTER_PATTERN.test(wordBefore.text) &&
			(beforeWordBefore === undefined || beforeWordBefore.isSpace || beforeWordBefore.isIdeographic);
		return !isOneLetterWord;
	}
	if (LINE_END_FORBIDDEN.has(previous.text.at(-1)!)) {
		return false;
	}
	// Without a space, only CJK/emoji on either side opens a break: Latin words, numbers,
	// `GPT-6`, `3.5%` and URLs stay whole.
	return previous.isIdeographic || current.isIdeographic;
};

/**
 * Splits a paragraph into grapheme units and marks where a line may break:
 * at spaces, and between CJK characters (and between CJK and Latin), never inside a
 * Latin word or number, and never against the kinsoku rules. A break forbidden by
 * kinsoku moves to the previous opportunity (oidashi, 追い出し: the character before a
 * closing mark is pushed to the next line with it), so lines never grow wider than
 * measured. `isPhraseBreakBefore` marks the breaks a typesetter prefers: spaces, and in
 * CJK text the starts of BudouX phrases; `isWordBreakBefore` those of them that are also
 * ICU dictionary-word boundaries.
 */
export const segmentBreakUnits = ({text}: SegmentBreakUnitsInput): SegmentBreakUnitsResult => {
	const atoms = segmentAtoms(text);
	const {phraseStarts} = segmentPhrases({text});
	const units: BreakUnit[] = [];
	atoms.forEach((atom, index) => {
		const canBreakBefore = canBreakBetween(atoms, index);
		const isPhraseBreakBefore =
			canBreakBefore && (atoms[index - 1]?.isSpace === true || phraseStarts.has(atom.start) || !(atom.isIdeographic || atoms[index - 1]?.isIdeographic));
		atom.graphemes.forEach((grapheme, offset) => {
			units.push({
				text: grapheme.text,
				start: grapheme.start,
				end: grapheme.start + grapheme.text.length,
				isSpace: atom.isSpace,
				canBreakBefore: offset === 0 && canBreakBefore,
				isPhraseBreakBefore: offset === 0 && isPhraseBreakBefore,
				isWordBreakBefore: offset === 0 && isPhraseBreakBefore && !atom.isWordInternal,
			});
		});
	});
	return {units};
};
