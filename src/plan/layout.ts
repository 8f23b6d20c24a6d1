/**
 * Where text sits on each scene, as fractions of the frame, and the type size range of
 * each text block. The planner breaks lines and fits type into these boxes; the video
 * components place the same boxes. One source for both, so the plan's lines are the
 * lines drawn.
 */

export type TextBoxLayout = {
	/** Box width and height as fractions of the frame width and height. */
	widthFraction: number;
	heightFraction: number;
	/** Type size range in px for a frame whose shorter side is 1080 (scaled with that side). */
	minFontSizePx: number;
	maxFontSizePx: number;
	lineHeight: number;
	weight: 400 | 700 | 800;
	maxLines?: number;
};

export type ShapeLayout = {
	titleBox: TextBoxLayout;
	sectionTitleBox: TextBoxLayout;
	quoteBox: TextBoxLayout;
};

/** 16:9 recap frame. */
export const LANDSCAPE_LAYOUT: ShapeLayout = {
	titleBox: {widthFraction: 0.8, heightFraction: 0.34, minFontSizePx: 56, maxFontSizePx: 88, lineHeight: 1.25, weight: 800, maxLines: 3},
	sectionTitleBox: {widthFraction: 0.76, heightFraction: 0.3, minFontSizePx: 64, maxFontSizePx: 120, lineHeight: 1.2, weight: 800, maxLines: 2},
	quoteBox: {widthFraction: 0.78, heightFraction: 0.5, minFontSizePx: 44, maxFontSizePx: 68, lineHeight: 1.5, weight: 700},
};

/** Scale a layout's px sizes from the 1080 reference to a frame of `widthPx` × `heightPx`. */
export const scaleFontSizePx = ({fontSizePx, widthPx, heightPx}: {fontSizePx: number; widthPx: number; heightPx: number}): number =>
	(fontSizePx * Math.min(widthPx, heightPx)) / 1080;

/**
 * Frames, from the end of a scene's incoming transition, during which its contents
 * animate in. The planner starts a scene's still range at
 * `scene.from + scene.transitionInFrames + ENTRY_ANIMATION_FRAMES`; the video's entry
 * animations are clamped to end exactly there, so the picture is constant afterwards.
 */
export const ENTRY_ANIMATION_FRAMES = 8;

/** Outer margin of every scene, as a fraction of the frame's shorter side. */
export const FRAME_MARGIN_FRACTION = 0.075;

/**
 * Frames over which one reveal step of a quote clip fades in. The planner's still
 * ranges start `REVEAL_STEP_FRAMES` after a step's `fromFrame`; the component's fade is
 * clamped to end exactly there.
 */
export const REVEAL_STEP_FRAMES = 9;

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
export type ClipLayout = {
	widthPx: number;
	heightPx: number;
	/** Left edge of the header, stage and footer (they share one column). */
	leftPx: number;
	/** Width of the column. */
	columnWidthPx: number;
	/** Top of the header block. */
	headerTopPx: number;
	/** Size of the section kicker and the speaker label's name. */
	kickerSizePx: number;
	speakerSizePx: number;
	/** The talk's title in the header, fitted (and, failing that, cut with an ellipsis). */
	talkTitleBox: TextBoxLayout;
	/** Where the speaker label and the quote are centred as a group. */
	stageTopPx: number;
	stageBottomPx: number;
	/** Gap between the speaker label and the quote. */
	speakerGapPx: number;
	/** The label over the quote (as on the recap's card) or under it, as a byline. */
	speakerPosition: 'above' | 'below';
	/** The quote: widthFraction/heightFraction here are of the frame, as in ShapeLayout. */
	quoteBox: TextBoxLayout;
	/** The big opening quotation mark in the speaker's colour: its size, and whether it hangs in the left margin or sits above the quote. */
	quoteMarkSizePx: number;
	quoteMarkPlacement: 'hang' | 'above';
	/** One line: event, date, author, source host; drawn after a 28 px accent rule and a 16 px gap, so 44 px narrower than the column. */
	attributionBox: TextBoxLayout;
	footerBottomPx: number;
};

/**
 * 16:9 (YouTube, X, LinkedIn): wide measure, so the quote gets few long lines and large
 * type; the opening mark hangs in the left margin, as on the recap's quote card.
 */
export const LANDSCAPE_CLIP_LAYOUT: ClipLayout = {
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
};

/**
 * 1:1 (Instagram and X feeds): a narrower column with the mark above the quote; the
 * type range is smaller than landscape because the measure is ~17 CJK characters.
 */
export const SQUARE_CLIP_LAYOUT: ClipLayout = {
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
};

/**
 * 9:16 (Reels, Shorts, TikTok): the quote sits in the upper-middle, clear of the
 * platforms' caption and button overlays along the bottom ~20 % and the right edge;
 * the title may take two lines, the quote many short ones.
 */
export const PORTRAIT_CLIP_LAYOUT: ClipLayout = {
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
};

export const CLIP_LAYOUTS: Record<ClipShape, ClipLayout> = {
	landscape: LANDSCAPE_CLIP_LAYOUT,
	square: SQUARE_CLIP_LAYOUT,
	portrait: PORTRAIT_CLIP_LAYOUT,
};
