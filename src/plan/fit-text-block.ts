import {type TextBox, fitText, fitTextEllipsized} from '../text/fit-text';
import type {TextBlock} from './plan-schema';

/**
 * `text` fitted into `box` as a plan's text block (lines, size, line height and weight).
 * `ellipsize`: when even the smallest size overflows, cut it with `…` (`fitTextEllipsized`)
 * instead of overflowing.
 */
export const fitTextBlock = ({text, box, ellipsize = true}: {text: string; box: TextBox; ellipsize?: boolean}): TextBlock => {
	const fitted = ellipsize ? fitTextEllipsized({text, ...box}) : fitText({text, ...box});
	return {text, lines: fitted.lines, fontSizePx: fitted.fontSizePx, lineHeight: box.lineHeight, weight: box.weight};
};
