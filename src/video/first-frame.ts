import type {CalculateMetadataFunction} from 'remotion';
import type {FrameRange} from '../plan/plan-schema';

/** Where Remotion Studio remembers each composition's frame (remotion's timeline-position-state). */
export const STUDIO_FRAMES_KEY = 'remotion.time-all';

/**
 * The first frame on which a planned video's content is all on screen: the start of its
 * first still range (every entry has ended there), counted from `from` (a scene's first
 * frame, for a single-scene preview). 0 when nothing stands still.
 */
export const firstFrameShown = ({stills, from = 0}: {stills: readonly FrameRange[]; from?: number}): number => Math.max(0, (stills[0]?.from ?? from) - from);

/** The part of `localStorage` the first frame needs. */
type FrameStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Seeds Studio's remembered frame of `compositionId` with `frame` when it has none, so
 * the preview opens on content rather than on the dark frame 0 before the entries; a
 * frame the user left it on stays.
 */
export const rememberFirstFrame = ({compositionId, frame, storage}: {compositionId: string; frame: number; storage: FrameStorage}): void => {
	const remembered: unknown = JSON.parse(storage.getItem(STUDIO_FRAMES_KEY) ?? '{}');
	const frames = typeof remembered === 'object' && remembered !== null && !Array.isArray(remembered) ? (remembered as Record<string, unknown>) : {};
	if (frames[compositionId] !== undefined) return;
	storage.setItem(STUDIO_FRAMES_KEY, JSON.stringify({...frames, [compositionId]: frame}));
};

/**
 * `calculate` that, in Studio (not while rendering, and only where there is a
 * `localStorage`), also opens the composition on `firstFrame` of its resolved props
 * (`rememberFirstFrame`). What is drawn and rendered does not change.
 */
export const openOnContent =
	<P extends Record<string, unknown>>(calculate: CalculateMetadataFunction<P>, firstFrame: (props: P) => number): CalculateMetadataFunction<P> =>
	async (options) => {
		const metadata = await calculate(options);
		if (!options.isRendering && typeof localStorage !== 'undefined' && metadata.props !== undefined) {
			rememberFirstFrame({compositionId: options.compositionId, frame: firstFrame(metadata.props), storage: localStorage});
		}
		return metadata;
	};
