import type {FontWeight} from './font-metrics';
import {advanceUnitsToPx, getGraphemeAdvanceUnits} from './get-grapheme-advance';
import {type BreakUnit, segmentBreakUnits} from './segment-break-units';

export type BreakLinesInput = {
	text: string;
	maxWidthPx: number;
	fontSizePx: number;
	weight: FontWeight;
	/**
	 * Default true: keep the greedy line count but narrow the measure until the lines are
	 * as even as possible (like CSS `text-wrap: balance`), so the last line is not an
	 * orphan. False: plain greedy first-fit (the same breaks, cheaper).
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
/** Lines, and the costs a layout pays: breaks inside a phrase, and breaks inside a word or grapheme run (last resort). */
type Layout = {lines: string[]; phraseSplitCount: number; emergencyBreakCount: number};
/** Which breaks a line prefers: 'word' those that are both phrase and dictionary-word boundaries, 'phrase' any phrase boundary. */
type Preference = 'word' | 'phrase';

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

/** Width of the phrase that starts at unit `from` (up to the next preferred break), without trailing spaces. */
const phraseWidthPx = ({units, prefixUnits}: Paragraph, from: number, fontSizePx: number, preference: Preference): number => {
	let end = from + 1;
	while (end < units.length && !(preference === 'word' ? units[end]!.isWordBreakBefore : units[end]!.isPhraseBreakBefore)) end += 1;
	let contentEnd = end;
	while (contentEnd > from && units[contentEnd - 1]!.isSpace) contentEnd -= 1;
	return advanceUnitsToPx({units: prefixUnits[contentEnd]! - prefixUnits[from]!, fontSizePx});
};

/**
 * Greedy first-fit by phrases: each line takes the last phrase break (a space, or the
 * start of a BudouX phrase) that still fits. It breaks inside a phrase, at the last
 * character break that fits (kinsoku kept), only when that phrase is wider than a whole
 * line (so it must split anyway: the line is filled first); and only when not even that
 * fits (a word wider than the line, such as a long URL), between graphemes.
 */
const layoutGreedy = (paragraph: Paragraph, maxWidthPx: number, fontSizePx: number, preference: Preference = 'phrase'): Layout => {
	const {text, units, prefixUnits} = paragraph;
	const lines: string[] = [];
	let phraseSplitCount = 0;
	let emergencyBreakCount = 0;
	let start = skipSpaces(units, 0);
	if (start >= units.length) {
		return {lines: [''], phraseSplitCount, emergencyBreakCount};
	}
	while (start < units.length) {
		let phraseBreak = -1;
		let charBreak = -1;
		let lastFittingEnd = start;
		for (let end = start + 1; end <= units.length; end += 1) {
			if (!units[end - 1]!.isSpace) {
				const widthPx = advanceUnitsToPx({units: prefixUnits[end]! - prefixUnits[start]!, fontSizePx});
				if (widthPx > maxWidthPx) {
					break;
				}
				lastFittingEnd = end;
			}
			if (end === units.length || (preference === 'word' ? units[end]!.isWordBreakBefore : units[end]!.isPhraseBreakBefore)) {
				phraseBreak = end;
			}
			if (end === units.length || units[end]!.canBreakBefore) {
				charBreak = end;
			}
		}
		let breakAt = phraseBreak;
		// The phrase after the last phrase break will not fit any line: rather than leave
		// this line short, fill it and split that phrase here.
		if (charBreak > phraseBreak && phraseBreak !== -1 && phraseWidthPx(paragraph, phraseBreak, fontSizePx, preference) > maxWidthPx) {
			breakAt = charBreak;
			phraseSplitCount += 1;
		}
		if (breakAt === -1 && charBreak !== -1) {
			breakAt = charBreak;
			phraseSplitCount += 1;
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
	return {lines, phraseSplitCount, emergencyBreakCount};
};

const isNoWorse = (candidate: Layout, reference: Layout): boolean =>
	candidate.lines.length <= reference.lines.length &&
	candidate.phraseSplitCount <= reference.phraseSplitCount &&
	candidate.emergencyBreakCount <= reference.emergencyBreakCount;

/**
 * Breaks at phrases that are also dictionary words when that costs nothing (职业生涯 stays
 * whole though BudouX splits it), else at any phrase; then the greedy line count and
 * costs at the smallest measure that keeps them: even lines, no orphan.
 */
const layoutBalanced = (paragraph: Paragraph, maxWidthPx: number, fontSizePx: number): Layout => {
	const byPhrase = layoutGreedy(paragraph, maxWidthPx, fontSizePx, 'phrase');
	const byWord = layoutGreedy(paragraph, maxWidthPx, fontSizePx, 'word');
	const preference: Preference = isNoWorse(byWord, byPhrase) ? 'word' : 'phrase';
	const greedy = preference === 'word' ? byWord : byPhrase;
	if (greedy.lines.length < 2) {
		return greedy;
	}
	let best = greedy;
	let tooNarrowPx = 0;
	let wideEnoughPx = maxWidthPx;
	while (wideEnoughPx - tooNarrowPx > BALANCE_PRECISION_PX) {
		const candidatePx = (tooNarrowPx + wideEnoughPx) / 2;
		const candidate = layoutGreedy(paragraph, candidatePx, fontSizePx, preference);
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
 * Opportunities come from segmentBreakUnits: lines break at spaces and between BudouX
 * phrases of CJK text (a phrase such as `阈值，` or `合作伙伴` stays on one line), inside a
 * phrase only when the phrase is wider than the line; Latin words and numbers are never
 * split except, as a last resort, a single word wider than the line. Kinsoku is kept by
 * pushing a character down with its closing mark (oidashi).
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
		return balance ? layoutBalanced(paragraph, maxWidthPx, fontSizePx).lines : layoutGreedy(paragraph, maxWidthPx, fontSizePx).lines;
	});
	return {lines};
};
