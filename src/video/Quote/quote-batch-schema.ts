import {z} from 'zod';
import {InternalError} from '../../errors';
import {type Clip, ClipSchema, ClipShapeSchema} from '../../plan/clip-schema';
import {DEFAULT_MAX_SECONDS} from '../../plan/timing';
import {PLAN_LIMITS} from '../../plan/plan-talk';
import {DEFAULT_TALK_SLUG} from '../recap-schema';
import {DEFAULT_THEME, ThemeSchema} from '../theme';

/**
 * Input props of the `Quotes-<shape>` compositions: quote clips of one shape back to
 * back. The fast renderer draws a whole batch of clips in one pass (one page, one frame
 * list) and cuts it into one file per clip; in Studio it shows every quote of the
 * recap in that shape, one after another.
 */
export const QuoteBatchPropsSchema = z.object({
	/** Which talk of data/ is shown when `clips` is null (Studio). */
	talkSlug: z.string(),
	shape: ClipShapeSchema,
	/** The recap length whose quotes Studio shows. */
	maxSeconds: z.number().min(5).max(PLAN_LIMITS.maxMaxSeconds),
	theme: ThemeSchema,
	/** The clips, planned in Node, all of this shape; null → every quote of the bundled talk's recap. */
	clips: z.array(ClipSchema).nullable(),
});

export type QuoteBatchProps = z.infer<typeof QuoteBatchPropsSchema>;

export const DEFAULT_QUOTE_BATCH_PROPS: QuoteBatchProps = {
	talkSlug: DEFAULT_TALK_SLUG,
	shape: 'landscape',
	maxSeconds: DEFAULT_MAX_SECONDS,
	theme: DEFAULT_THEME,
	clips: null,
};

/** Where each clip starts in the batch: clip i starts where clip i − 1 ends. */
export const batchOffsets = (clips: readonly Pick<Clip, 'durationInFrames'>[]): number[] => {
	let from = 0;
	return clips.map((clip) => {
		const at = from;
		from += clip.durationInFrames;
		return at;
	});
};

/** A batch's size, rate and length: its clips back to back, all of one shape and frame rate. */
export const batchMetadata = (clips: readonly Clip[]): Pick<Clip, 'durationInFrames' | 'fps' | 'width' | 'height'> => {
	const first = clips[0];
	if (!first) throw new InternalError({code: 'PLAN', problem: 'a batch of quote clips needs at least one clip'});
	const odd = clips.find((clip) => clip.shape !== first.shape || clip.fps !== first.fps);
	if (odd)
		throw new InternalError({code: 'PLAN', problem: `a batch holds clips of one shape and frame rate; ${odd.quoteId} is ${odd.shape} at ${odd.fps} fps`});
	return {durationInFrames: clips.reduce((sum, clip) => sum + clip.durationInFrames, 0), fps: first.fps, width: first.width, height: first.height};
};
