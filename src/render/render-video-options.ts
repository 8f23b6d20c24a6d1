import type {CancelSignal, selectComposition} from '@remotion/renderer';
import type {FrameRange} from '../plan/plan-schema';
import type {RenderBrowser} from './browser';

/**
 * `fast` draws each distinct frame once and lets the encoder repeat still frames;
 * `remotion` is Remotion's plain `renderMedia`, for comparison and as a fallback.
 */
export const RENDERERS = ['fast', 'remotion'] as const;
export type RendererName = (typeof RENDERERS)[number];

export type VideoProgress = {
	stage: 'rendering' | 'encoding';
	/** Video frames done in this stage, of `total`. */
	done: number;
	total: number;
	/** Frames the browser draws for the whole video (fewer than `total` when the fast renderer skips still frames). */
	drawnFrames: number;
};

export type Composition = Awaited<ReturnType<typeof selectComposition>>;

export type RenderVideoOptions = {
	serveUrl: string;
	browser: RenderBrowser;
	/** From `selectComposition` or, for a planned video, `plannedComposition`: with its props resolved. */
	composition: Composition;
	/** Absolute frame ranges where the picture does not change (the plan's promise). */
	stills: FrameRange[];
	outputPath: string;
	scale?: number;
	/** Inclusive `[first, last]`, one frame, or null for all. */
	frameRange?: [number, number] | number | null;
	concurrency?: number | null;
	onProgress?: (progress: VideoProgress) => void;
	cancelSignal?: CancelSignal;
	log?: (line: string) => void;
	/**
	 * A `muxed` renderer's sound: a finished 16-bit WAV exactly as long as the frames
	 * rendered (`buildAudioTrack`), muxed with them. A `composition` renderer plays the
	 * composition's own `<Audio>` instead. Null or absent: a silent video.
	 */
	soundTrack?: string | null;
};

export const windowOf = ({frameRange, durationInFrames}: {frameRange: RenderVideoOptions['frameRange']; durationInFrames: number}): [number, number] => {
	if (frameRange === null || frameRange === undefined) return [0, durationInFrames - 1];
	if (typeof frameRange === 'number') return [frameRange, frameRange];
	return frameRange;
};
