import {z} from 'zod';
import type {TextBox} from '../text/fit-text';

/**
 * Where text sits on each scene, as fractions of the frame, and the type size range of
 * each text block. The planner breaks lines and fits type into these boxes; the video
 * components place the same boxes. One source for both, so the plan's lines are the
 * lines drawn.
 */

/** Font weights the text layer has metrics for (`font-metrics.ts`). */
export const FontWeightSchema = z.union([z.literal(400), z.literal(700), z.literal(800)]);

const TextBoxLayoutSchema = z.object({
	/** Box width and height as fractions of the frame width and height. */
	widthFraction: z.number().positive(),
	heightFraction: z.number().positive(),
	/** Type size range in px for a frame whose shorter side is 1080 (scaled with that side). */
	minFontSizePx: z.number().positive(),
	maxFontSizePx: z.number().positive(),
	lineHeight: z.number().positive(),
	weight: FontWeightSchema,
	maxLines: z.number().int().positive().optional(),
});
export type TextBoxLayout = z.infer<typeof TextBoxLayoutSchema>;

export type ShapeLayout = {
	titleBox: TextBoxLayout;
	sectionTitleBox: TextBoxLayout;
	quoteBox: TextBoxLayout;
	/** The talk's title again on the outro, under "Source". */
	outroTitleBox: TextBoxLayout;
};

/** 16:9 recap frame. */
export const LANDSCAPE_LAYOUT: ShapeLayout = {
	titleBox: {widthFraction: 0.8, heightFraction: 0.34, minFontSizePx: 56, maxFontSizePx: 88, lineHeight: 1.25, weight: 800, maxLines: 3},
	sectionTitleBox: {widthFraction: 0.76, heightFraction: 0.3, minFontSizePx: 64, maxFontSizePx: 120, lineHeight: 1.2, weight: 800, maxLines: 2},
	quoteBox: {widthFraction: 0.78, heightFraction: 0.5, minFontSizePx: 44, maxFontSizePx: 68, lineHeight: 1.5, weight: 700},
	outroTitleBox: {widthFraction: 0.8, heightFraction: 0.2, minFontSizePx: 44, maxFontSizePx: 52, lineHeight: 1.35, weight: 700, maxLines: 3},
};

/** The shorter side every layout's px sizes are given for. */
const REFERENCE_SIDE_PX = 1080;

/** Scale a layout's px sizes from the 1080 reference to a frame of `widthPx` × `heightPx`. */
const scaleFontSizePx = ({fontSizePx, widthPx, heightPx}: {fontSizePx: number; widthPx: number; heightPx: number}): number =>
	(fontSizePx * Math.min(widthPx, heightPx)) / REFERENCE_SIDE_PX;

/** A layout box in px of a `widthPx` × `heightPx` frame, with its type range scaled from the 1080 reference: what fitText takes. */
export const scaleTextBox = ({box, widthPx, heightPx}: {box: TextBoxLayout; widthPx: number; heightPx: number}): TextBox => {
	const size = (fontSizePx: number) => Math.round(scaleFontSizePx({fontSizePx, widthPx, heightPx}));
	return {
		widthPx: box.widthFraction * widthPx,
		heightPx: box.heightFraction * heightPx,
		minFontSizePx: size(box.minFontSizePx),
		maxFontSizePx: size(box.maxFontSizePx),
		lineHeight: box.lineHeight,
		weight: box.weight,
		...(box.maxLines === undefined ? {} : {maxLines: box.maxLines}),
	};
};

/** Outer margin of every scene, as a fraction of the frame's shorter side. */
const FRAME_MARGIN_FRACTION = 0.075;

/** A box of a recap frame in px: horizontally centred, `widthPx` × `heightPx`. */
const RecapBoxPxSchema = z.object({leftPx: z.number(), widthPx: z.number().positive(), heightPx: z.number().positive()});
type RecapBoxPx = z.infer<typeof RecapBoxPxSchema>;

/** Where a recap's scenes draw, in px of its frame: the plan carries it, so the scenes draw in the boxes the text was fitted to. */
export const RecapLayoutPxSchema = z.object({
	/** 1 px of the 1080 reference, in px of this frame. */
	unitPx: z.number().positive(),
	marginPx: z.number().nonnegative(),
	titleBox: RecapBoxPxSchema,
	sectionTitleBox: RecapBoxPxSchema,
	quoteBox: RecapBoxPxSchema,
	outroTitleBox: RecapBoxPxSchema,
});
export type RecapLayoutPx = z.infer<typeof RecapLayoutPxSchema>;

/** `layout` placed on a `widthPx` × `heightPx` frame. */
export const placeRecapLayout = ({layout, widthPx, heightPx}: {layout: ShapeLayout; widthPx: number; heightPx: number}): RecapLayoutPx => {
	const box = (b: TextBoxLayout): RecapBoxPx => ({
		leftPx: ((1 - b.widthFraction) / 2) * widthPx,
		widthPx: b.widthFraction * widthPx,
		heightPx: b.heightFraction * heightPx,
	});
	return {
		unitPx: Math.min(widthPx, heightPx) / REFERENCE_SIDE_PX,
		marginPx: FRAME_MARGIN_FRACTION * Math.min(widthPx, heightPx),
		titleBox: box(layout.titleBox),
		sectionTitleBox: box(layout.sectionTitleBox),
		quoteBox: box(layout.quoteBox),
		outroTitleBox: box(layout.outroTitleBox),
	};
};

/** The speaker label's line height: the label is this many times its type size tall (`SpeakerChip`). */
export const SPEAKER_LABEL_LINE_HEIGHT = 1.2;

/** An opening quotation mark placed above a clip's quote takes a block this many of its em tall (the glyph sits in the top half of its em box). */
export const QUOTE_MARK_ABOVE_EM = 0.45;

/** The clip header's kicker (section number and title): its line height, weight, and the gap after the number in em. */
export const CLIP_KICKER = {lineHeight: 1.4, weight: 700, numberGapEm: 0.6} as const;

/** The three shapes of a quote clip. */
export const CLIP_SHAPES = ['landscape', 'square', 'portrait'] as const;
export type ClipShape = (typeof CLIP_SHAPES)[number];

/**
 * Where everything sits on a quote clip, in px of the clip's own frame (every shape's
 * shorter side is 1080, so these are also the 1080-reference sizes). The planner fits
 * the text blocks into these boxes; `src/video/Quote/` places the same boxes.
 *
 * Top to bottom: a header (section kicker, talk title), the stage (speaker label over
 * the quote, the group centred vertically between `stageTopPx` and `stageBottomPx`),
 * and a one-line attribution at `footerBottomPx` from the bottom edge.
 */
export const ClipLayoutSchema = z.object({
	widthPx: z.number().int().positive(),
	heightPx: z.number().int().positive(),
	/** Left edge of the header, stage and footer (they share one column). */
	leftPx: z.number(),
	/** Width of the column. */
	columnWidthPx: z.number().positive(),
	/** Top of the header block. */
	headerTopPx: z.number(),
	/** Size of the section kicker and the speaker label's name. */
	kickerSizePx: z.number().positive(),
	speakerSizePx: z.number().positive(),
	/** The talk's title in the header, fitted (and, failing that, cut with an ellipsis). */
	talkTitleBox: TextBoxLayoutSchema,
	/** Where the speaker label and the quote are centred as a group. */
	stageTopPx: z.number(),
	stageBottomPx: z.number(),
	/** Gap between the speaker label and the quote. */
	speakerGapPx: z.number().nonnegative(),
	/** The label over the quote (as on the recap's card) or under it, as a byline. */
	speakerPosition: z.enum(['above', 'below']),
	/** The quote: widthFraction/heightFraction here are of the frame, as in ShapeLayout. */
	quoteBox: TextBoxLayoutSchema,
	/** The big opening quotation mark in the speaker's colour: its size, and whether it hangs in the left margin or sits above the quote. */
	quoteMarkSizePx: z.number().positive(),
	quoteMarkPlacement: z.enum(['hang', 'above']),
	/** One line: event, date, author, source host; drawn after a 28 px accent rule and a 16 px gap, so 44 px narrower than the column. */
	attributionBox: TextBoxLayoutSchema,
	footerBottomPx: z.number(),
	/**
	 * The level band of a clip that plays sound (an audiogram): bars across the column
	 * from `topPx`, `heightPx` tall, `barWidthPx` wide with `barGapPx` between them. The
	 * stage then ends `speakerGapPx` above it.
	 */
	waveform: z.object({topPx: z.number(), heightPx: z.number().positive(), barWidthPx: z.number().positive(), barGapPx: z.number().nonnegative()}),
	/** Cover art, when the talk has it: a square this size at the right end of the header; the header's text gives way. */
	coverSizePx: z.number().positive(),
});
export type ClipLayout = z.infer<typeof ClipLayoutSchema>;

/**
 * 16:9 (YouTube, X, LinkedIn): wide measure, so the quote gets few long lines and large
 * type; the opening mark hangs in the left margin, as on the recap's quote card.
 */
const LANDSCAPE_CLIP_LAYOUT: ClipLayout = {
	widthPx: 1920,
	heightPx: 1080,
	leftPx: 230,
	columnWidthPx: 1460,
	headerTopPx: 81,
	kickerSizePx: 30,
	speakerSizePx: 40,
	talkTitleBox: {widthFraction: 1460 / 1920, heightFraction: 44 / 1080, minFontSizePx: 26, maxFontSizePx: 30, lineHeight: 1.4, weight: 400, maxLines: 1},
	stageTopPx: 200,
	stageBottomPx: 940,
	speakerGapPx: 36,
	speakerPosition: 'above',
	quoteBox: {widthFraction: 1460 / 1920, heightFraction: 560 / 1080, minFontSizePx: 48, maxFontSizePx: 84, lineHeight: 1.45, weight: 700},
	quoteMarkSizePx: 160,
	quoteMarkPlacement: 'hang',
	attributionBox: {
		widthFraction: (1460 - 44) / 1920,
		heightFraction: 40 / 1080,
		minFontSizePx: 22,
		maxFontSizePx: 26,
		lineHeight: 1.4,
		weight: 400,
		maxLines: 1,
	},
	footerBottomPx: 72,
	waveform: {topPx: 876, heightPx: 64, barWidthPx: 10, barGapPx: 8},
	coverSizePx: 104,
};

/**
 * 1:1 (Instagram and X feeds): a narrower column with the mark above the quote; the
 * type range is smaller than landscape because the measure is ~17 CJK characters.
 */
const SQUARE_CLIP_LAYOUT: ClipLayout = {
	widthPx: 1080,
	heightPx: 1080,
	leftPx: 90,
	columnWidthPx: 900,
	headerTopPx: 80,
	kickerSizePx: 28,
	speakerSizePx: 36,
	talkTitleBox: {widthFraction: 900 / 1080, heightFraction: 40 / 1080, minFontSizePx: 24, maxFontSizePx: 28, lineHeight: 1.4, weight: 400, maxLines: 1},
	stageTopPx: 190,
	stageBottomPx: 950,
	speakerGapPx: 40,
	speakerPosition: 'below',
	quoteBox: {widthFraction: 900 / 1080, heightFraction: 560 / 1080, minFontSizePx: 40, maxFontSizePx: 68, lineHeight: 1.45, weight: 700},
	quoteMarkSizePx: 120,
	quoteMarkPlacement: 'above',
	attributionBox: {
		widthFraction: (900 - 44) / 1080,
		heightFraction: 36 / 1080,
		minFontSizePx: 20,
		maxFontSizePx: 24,
		lineHeight: 1.4,
		weight: 400,
		maxLines: 1,
	},
	footerBottomPx: 64,
	waveform: {topPx: 890, heightPx: 56, barWidthPx: 10, barGapPx: 8},
	coverSizePx: 96,
};

/**
 * 9:16 (Reels, Shorts, TikTok): the quote sits in the upper-middle, clear of the
 * platforms' caption and button overlays along the bottom ~20 % and the right edge;
 * the title may take two lines, the quote many short ones.
 */
const PORTRAIT_CLIP_LAYOUT: ClipLayout = {
	widthPx: 1080,
	heightPx: 1920,
	leftPx: 90,
	columnWidthPx: 860,
	headerTopPx: 200,
	kickerSizePx: 32,
	speakerSizePx: 42,
	talkTitleBox: {widthFraction: 860 / 1080, heightFraction: 90 / 1920, minFontSizePx: 28, maxFontSizePx: 32, lineHeight: 1.4, weight: 400, maxLines: 2},
	stageTopPx: 400,
	stageBottomPx: 1480,
	speakerGapPx: 48,
	speakerPosition: 'below',
	quoteBox: {widthFraction: 860 / 1080, heightFraction: 820 / 1920, minFontSizePx: 44, maxFontSizePx: 76, lineHeight: 1.45, weight: 700},
	quoteMarkSizePx: 140,
	quoteMarkPlacement: 'above',
	attributionBox: {
		widthFraction: (860 - 44) / 1080,
		heightFraction: 40 / 1920,
		minFontSizePx: 22,
		maxFontSizePx: 26,
		lineHeight: 1.4,
		weight: 400,
		maxLines: 1,
	},
	footerBottomPx: 380,
	waveform: {topPx: 1372, heightPx: 88, barWidthPx: 10, barGapPx: 8},
	coverSizePx: 150,
};

export const CLIP_LAYOUTS: Record<ClipShape, ClipLayout> = {
	landscape: LANDSCAPE_CLIP_LAYOUT,
	square: SQUARE_CLIP_LAYOUT,
	portrait: PORTRAIT_CLIP_LAYOUT,
};
