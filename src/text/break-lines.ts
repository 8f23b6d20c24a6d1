import type {FontWeight} from './font-metrics';
import {advanceUnitsToPx, getGraphemeAdvanceUnits} from './get-grapheme-advance';
import {type BreakUnit, segmentBreakUnits} from './segment-break-units';

export type BreakLinesInput = {
	text: string;
	maxWidthPx: number;
	fontSizePx: number;
	weight: FontWeight;
	/**
	 * Default true. Chinese breaks first only between dictionary words (Intl.Segmenter word
	 * mode, so 合作伙伴 stays whole) when that costs no extra line, else between any two
	 * characters. Then it keeps the greedy line count but narrow the measure until the lines are as
	 * even as possible (like CSS `text-wrap: balance`), so the last line is not an orphan.
	 * False: plain greedy first-fit.
	 */
	balance?: boolean;
};

export type BreakLinesResult = {
	lines: string[];
};

// Balancing stops when the measure is known to within half a pixel: below that no line changes visibly.
const BALANCE_PRECISION_PX = 0.5;
const PARAGRAPH_SEPARATOR = /\r\n|[\n\r\u2028\u2029]/u;

type Paragraph = {text: string; units: BreakUnit[]; prefixUnits: number[]};
type Layout = {lines: string[]; emergencyBreakCount: number};
/** 'word': break only at word boundaries; 'char': also between any two CJK characters. */
type BreakMode = 'word' | 'char';

const segmentParagraph = (text: string, weight: FontWeight): Paragraph => {
	const {units} = segmentBreakUnits({text});
	const prefixUnits = [0];
	for (const unit of units) {
		prefixUnits.push(prefixUnits.at(-1)! + getGraphemeAdvanceUnits({grapheme: unit.text, weight}));
	}
	return {text, units, prefixUnits};
};

// fitText and splitIntoCards break the same text at many sizes: cache the segmentation
// (pure data; bounded so a long session does not grow without limit).
const PARAGRAPH_CACHE_LIMIT = 512;
const PARAGRAPH_CACHE = new Map<string, Paragraph>();

const prepareParagraph = (text: string, weight: FontWeight): Paragraph => {
	const key = `${weight}\u0000${text}`;
	const cached = PARAGRAPH_CACHE.get(key);
	if (cached !== undefined) {
		return cached;
	}
	if (PARAGRAPH_CACHE.size >= PARAGRAPH_CACHE_LIMIT) {
		PARAGRAPH_CACHE.clear();
	}
	const paragraph = segmentParagraph(text, weight);
	PARAGRAPH_CACHE.set(key, paragraph);
	return paragraph;
};

const skipSpaces = (units: readonly BreakUnit[], index: number): number => {
	let next = index;
	while (next < units.length && units[next]!.isSpace) {
		next += 1;
	}
	return next;
};

/** Greedy first-fit: each line takes the last break opportunity that still fits. */
const layoutGreedy = (paragraph: Paragraph, maxWidthPx: number, fontSizePx: number, mode: BreakMode): Layout => {
	const {text, units, prefixUnits} = paragraph;
	const lines: string[] = [];
	let emergencyBreakCount = 0;
	let start = skipSpaces(units, 0);
	if (start >= units.length) {
		return {lines: [''], emergencyBreakCount};
	}
	while (start < units.length) {
		let breakAt = -1;
		let lastFittingEnd = start;
		for (let end = start + 1; end <= units.length; end += 1) {
			if (!units[end - 1]!.isSpace) {
				const widthPx = advanceUnitsToPx({units: prefixUnits[end]! - prefixUnits[start]!, fontSizePx});
				if (widthPx > maxWidthPx) {
					break;
				}
				lastFittingEnd = end;
			}
			if (end === units.length || (mode === 'char' ? units[end]!.canBreakBefore : units[end]!.isWordBreakBefore)) {
				breakAt = end;
			}
		}
		if (breakAt === -1) {
			// Last resort: a word wider than the line (a long URL) breaks between graphemes;
			// a single grapheme wider than the line gets a line of its own.
			breakAt = Math.max(lastFittingEnd, start + 1);
			emergencyBreakCount += 1;
		}
		let contentEnd = breakAt;
		while (contentEnd > start && units[contentEnd - 1]!.isSpace) {
			contentEnd -= 1;
		}
		lines.push(text.slice(units[start]!.start, units[contentEnd - 1]!.end));
		start = skipSpaces(units, breakAt);
	}
	return {lines, emergencyBreakCount};
};

const isNoWorse = (candidate: Layout, reference: Layout): boolean =>
	candidate.lines.length <= reference.lines.length && candidate.emergencyBreakCount <= reference.emergencyBreakCount;

/** Word-boundary breaks when they cost nothing, then the smallest measure that keeps the line count: even lines, no orphan. */
const layoutBalanced = (paragraph: Paragraph, maxWidthPx: number, fontSizePx: number): Layout => {
	const charGreedy = layoutGreedy(paragraph, maxWidthPx, fontSizePx, 'char');
	const wordGreedy = layoutGreedy(paragraph, maxWidthPx, fontSizePx, 'word');
	const mode: BreakMode = isNoWorse(wordGreedy, charGreedy) ? 'word' : 'char';
	const greedy = mode === 'word' ? wordGreedy : charGreedy;
	if (greedy.lines.length < 2) {
		return greedy;
	}
	let best = greedy;
	let tooNarrowPx = 0;
	let wideEnoughPx = maxWidthPx;
	while (wideEnoughPx - tooNarrowPx > BALANCE_PRECISION_PX) {
		const candidatePx = (tooNarrowPx + wideEnoughPx) / 2;
		const candidate = layoutGreedy(paragraph, candidatePx, fontSizePx, mode);
		if (isNoWorse(candidate, greedy)) {
			best = candidate;
			wideEnoughPx = candidatePx;
		} else {
			tooNarrowPx = candidatePx;
		}
	}
	return best;
};

/**
 * Breaks text into lines no wider than maxWidthPx (measured with measureTextWidth).
 * Opportunities come from segmentBreakUnits: spaces, and between CJK characters; Latin
 * words and numbers are never split except, as a last resort, a single word wider than
 * the line. Kinsoku is kept by pushing a character down with its closing mark (oidashi).
 * Spaces at line ends are dropped; a line break in the text always ends a line (an empty
 * line in the text gives an empty line). Text that is empty or only whitespace gives no lines.
 */
export const breakLines = ({text, maxWidthPx, fontSizePx, weight, balance = true}: BreakLinesInput): BreakLinesResult => {
	const trimmed = text.trim();
	if (trimmed === '') {
		return {lines: []};
	}
	const lines = trimmed.split(PARAGRAPH_SEPARATOR).flatMap((paragraphText) => {
		const paragraph = prepareParagraph(paragraphText, weight);
		return balance ? layoutBalanced(paragraph, maxWidthPx, fontSizePx).lines : layoutGreedy(paragraph, maxWidthPx, fontSizePx, 'char').lines;
	});
	return {lines};
};
