import type {TextBox} from '../text/fit-text';
import {fitTextBlock} from './fit-text-block';
import type {TextBlock} from './plan-schema';

/** Share of a quote's box a translation below it may take. */
const TRANSLATION_SHARE = 0.3;
/** The translation's type is at most this much of the quote's. */
export const TRANSLATION_SCALE = 0.55;
/** Gap between the quote and its translation, in em of the quote's type (the scenes draw the same gap). */
export const TRANSLATION_GAP_EM = 0.4;
const TRANSLATION_LINE_HEIGHT = 1.4;

/** The quote's box with the bottom TRANSLATION_SHARE left free for a translation. */
export const boxAboveTranslation = (box: TextBox): TextBox => ({...box, heightPx: box.heightPx * (1 - TRANSLATION_SHARE)});

/**
 * A quote's translation fitted below it, in smaller, regular-weight type: at most
 * TRANSLATION_SCALE of the quote's size, in the box's bottom TRANSLATION_SHARE less the
 * gap; cut with `…` if even the smallest size overflows.
 */
export const fitTranslation = ({text, box, quoteFontSizePx}: {text: string; box: TextBox; quoteFontSizePx: number}): TextBlock => {
	const maxFontSizePx = Math.max(1, Math.round(quoteFontSizePx * TRANSLATION_SCALE));
	const minFontSizePx = Math.min(maxFontSizePx, Math.max(1, Math.round(box.minFontSizePx * 0.5)));
	return fitTextBlock({
		text,
		box: {
			widthPx: box.widthPx,
			heightPx: Math.max(minFontSizePx * TRANSLATION_LINE_HEIGHT, box.heightPx * TRANSLATION_SHARE - quoteFontSizePx * TRANSLATION_GAP_EM),
			minFontSizePx,
			maxFontSizePx,
			lineHeight: TRANSLATION_LINE_HEIGHT,
			weight: 400,
		},
	});
};
