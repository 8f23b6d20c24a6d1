import {InternalError} from '../errors';
import {breakLines} from './break-lines';
import type {FontWeight} from './font-metrics';
import {measureTextWidth} from './measure-text-width';
import {segmenterFor} from './segmenter-for';

export type TextBox = {
	widthPx: number;
	heightPx: number;
	minFontSizePx: number;
	maxFontSizePx: number;
	/** CSS line-height as a multiple of the font size. */
	lineHeight: number;
	weight: FontWeight;
	maxLines?: number;
};

export type FitTextInput = TextBox & {
	text: string;
	/** Default true: return balanced lines (see breakLines); false returns greedy lines, which is cheaper. */
	balance?: boolean;
};

export type FitTextResult = {
	/** False when even minFontSizePx overflows the box (lines are then those at minFontSizePx). */
	fits: boolean;
	fontSizePx: number;
	lines: string[];
};

// Tolerance for the height check: lines × size × lineHeight is computed in floating point
// (3 × 40 × 1.2 = 144.00000000000003), and a billionth of a pixel is not an overflow.
const HEIGHT_EPSILON_PX = 1e-9;

const fitsBox = (lines: readonly string[], fontSizePx: number, box: TextBox): boolean =>
	lines.length * fontSizePx * box.lineHeight <= box.heightPx + HEIGHT_EPSILON_PX &&
	(box.maxLines === undefined || lines.length <= box.maxLines) &&
	// breakLines keeps every line within the width unless one grapheme is wider than the box.
	lines.every((line) => measureTextWidth({text: line, fontSizePx, weight: box.weight}) <= box.widthPx);

/** Integer font sizes from the largest to the smallest in [min, max]; just [min] when none is an integer. */
const candidateFontSizesPx = (minFontSizePx: number, maxFontSizePx: number): number[] => {
	const sizes: number[] = [];
	for (let size = Math.floor(maxFontSizePx); size >= Math.ceil(minFontSizePx); size -= 1) {
		sizes.push(size);
	}
	return sizes.length > 0 ? sizes : [minFontSizePx];
};

/**
 * Largest integer font size in [minFontSizePx, maxFontSizePx] at which the text, broken by
 * breakLines, fits the box: every line within widthPx, lines × fontSizePx × lineHeight
 * ≤ heightPx, and at most maxLines lines. Sizes are probed with greedy breaking (same line
 * count as balanced); the lines returned are balanced.
 */
export const fitText = ({text, balance = true, ...box}: FitTextInput): FitTextResult => {
	const {widthPx, minFontSizePx, maxFontSizePx, weight} = box;
	if (!(minFontSizePx > 0) || !(maxFontSizePx >= minFontSizePx)) {
		throw new InternalError({code: 'TEXT_FIT', problem: `font size range ${minFontSizePx}..${maxFontSizePx} px is empty or not positive`});
	}
	for (const fontSizePx of candidateFontSizesPx(minFontSizePx, maxFontSizePx)) {
		const probe = breakLines({text, maxWidthPx: widthPx, fontSizePx, weight, balance: false});
		if (fitsBox(probe.lines, fontSizePx, box)) {
			if (!balance) {
				return {fits: true, fontSizePx, lines: probe.lines};
			}
			const {lines} = breakLines({text, maxWidthPx: widthPx, fontSizePx, weight});
			if (fitsBox(lines, fontSizePx, box)) {
				return {fits: true, fontSizePx, lines};
			}
		}
	}
	const {lines} = breakLines({text, maxWidthPx: widthPx, fontSizePx: minFontSizePx, weight, balance});
	return {fits: false, fontSizePx: minFontSizePx, lines};
};

export const ELLIPSIS = '…';

const GRAPHEMES = segmenterFor({locale: 'en', granularity: 'grapheme'});

/** A line shortened by whole graphemes until it and a trailing `…` fit `widthPx`. */
const ellipsize = ({line, widthPx, fontSizePx, weight}: {line: string; widthPx: number; fontSizePx: number; weight: TextBox['weight']}): string => {
	const graphemes = [...GRAPHEMES.segment(line)].map((g) => g.segment);
	while (graphemes.length > 0) {
		const candidate = `${graphemes.join('').trimEnd()}${ELLIPSIS}`;
		if (measureTextWidth({text: candidate, fontSizePx, weight}) <= widthPx) return candidate;
		graphemes.pop();
	}
	return ELLIPSIS;
};

/**
 * fitText, and when even the smallest size overflows: the first lines that fit (at most
 * `maxLines`), greedy so they are full and the cut comes as late as it can, the last
 * shortened to end in `…`. For one-off labels (a title, a kicker) where a cut beats
 * an overflow; `truncated` says whether it was cut.
 */
export const fitTextEllipsized = ({text, ...box}: FitTextInput): FitTextResult & {truncated: boolean} => {
	const balanced = fitText({text, ...box});
	if (balanced.fits) return {...balanced, truncated: false};
	const fitted = fitText({text, ...box, balance: false});
	const maxLines = Math.max(1, Math.min(box.maxLines ?? Number.POSITIVE_INFINITY, Math.floor(box.heightPx / (fitted.fontSizePx * box.lineHeight))));
	const kept = fitted.lines.slice(0, maxLines);
	kept[kept.length - 1] = ellipsize({line: kept[kept.length - 1] ?? '', widthPx: box.widthPx, fontSizePx: fitted.fontSizePx, weight: box.weight});
	return {fits: false, fontSizePx: fitted.fontSizePx, lines: kept, truncated: true};
};
