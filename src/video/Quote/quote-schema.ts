import {zColor} from '@remotion/zod-types';
import {z} from 'zod';
import {ClipSchema, ClipShapeSchema} from '../../plan/clip-schema';
import {DEFAULT_MAX_SECONDS} from '../../plan/timing';
import {PLAN_LIMITS} from '../../plan/plan-talk';
import {TalkSchema} from '../../talk/talk-schema';
import {DEFAULT_TALK_SLUG} from '../recap-schema';
import {MixSchema} from '../sound/mix-schema';
import {DEFAULT_THEME, ThemeSchema} from '../theme';

/**
 * Input props of the Quote compositions (`Quote-landscape`, `Quote-square`,
 * `Quote-portrait`); Studio's props panel comes from this schema. `clip` is filled by
 * `calculateMetadata`; pass one in to draw it exactly as given (the planner is skipped).
 */
export const QuotePropsSchema = z.object({
	/** Which talk of data/ is shown when `talk` is null (Studio); ignored otherwise. */
	talkSlug: z.string(),
	/** The talk, as JSON (what the CLI passes); null → the bundled `talkSlug`. */
	talk: TalkSchema.nullable(),
	/** A quote id of the recap (`t012s3`, as `talkreel highlights` lists them); null → the first. */
	quoteId: z.string().nullable(),
	/** The clip's shape; each composition defaults to its own. */
	shape: ClipShapeSchema,
	/** The recap length whose quotes (and ids) the clips follow, as `talkreel render --max-seconds`. */
	maxSeconds: z.number().min(5).max(PLAN_LIMITS.maxMaxSeconds),
	theme: ThemeSchema,
	/** Colour overrides by speaker id, e.g. `{"sam-altman": "#ff8a65"}`. */
	speakerColors: z.record(z.string(), zColor()).optional(),
	clip: ClipSchema.nullable(),
	/** Mount the clip's `<Audio>` (Studio, the plain renderer; default). The fast renderer sets false: it muxes a track built in Node. */
	withAudio: z.boolean().optional(),
	/** The gains the Node mixer measured, for `<Audio>` to play at the same levels; absent: 0 dB. */
	mix: MixSchema.optional(),
});

export type QuoteProps = z.infer<typeof QuotePropsSchema>;

export const DEFAULT_QUOTE_PROPS: QuoteProps = {
	talkSlug: DEFAULT_TALK_SLUG,
	talk: null,
	quoteId: null,
	shape: 'landscape',
	maxSeconds: DEFAULT_MAX_SECONDS,
	theme: DEFAULT_THEME,
	speakerColors: {},
	clip: null,
};
