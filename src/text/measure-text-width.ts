import type {FontWeight} from './font-metrics';
import {advanceUnitsToPx, getGraphemeAdvanceUnits} from './get-grapheme-advance';
import {segmenterFor} from './segmenter-for';

export type MeasureTextWidthInput = {
	text: string;
	fontSizePx: number;
	weight: FontWeight;
};

const GRAPHEME_SEGMENTER = segmenterFor({locale: 'en', granularity: 'grapheme'});

/**
 * Width in px of `text` on one line, from the generated font tables (no DOM, deterministic).
 * Sums grapheme advances; kerning is ignored (Inter's kerning mostly tightens, so this
 * errs wide). Newlines are not line breaks here: they measure 0.
 */
export const measureTextWidth = ({text, fontSizePx, weight}: MeasureTextWidthInput): number => {
	let units = 0;
	for (const {segment} of GRAPHEME_SEGMENTER.segment(text)) {
		units += getGraphemeAdvanceUnits({grapheme: segment, weight});
	}
	return advanceUnitsToPx({units, fontSizePx});
};
