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
export const ENTRY_ANIMATION_FRAMES = 12;

/** Outer margin of every scene, as a fraction of the frame's shorter side. */
export const FRAME_MARGIN_FRACTION = 0.075;
