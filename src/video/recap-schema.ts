import {zColor} from '@remotion/zod-types';
import {z} from 'zod';
import {DEFAULT_MAX_SECONDS} from '../plan/timing';
import {PlanSchema} from '../plan/plan-schema';
import {PLAN_LIMITS} from '../plan/plan-talk';
import {TalkSchema} from '../talk/talk-schema';
import {MixSchema} from './sound/mix-schema';
import {DEFAULT_THEME, ThemeSchema} from './theme';

export const DEFAULT_TALK_SLUG = 'aspen-2024-altman-chesky';

/**
 * Input props of `Recap` (and of the single-scene previews). Studio's props panel is
 * generated from this schema. `plan` is filled by `calculateMetadata`; pass one in to
 * draw a plan exactly as given (the planner is then skipped).
 */
export const RecapPropsSchema = z.object({
	/** Which talk of data/ is shown when `talk` is null (Studio); ignored otherwise. */
	talkSlug: z.string(),
	/** The talk to recap, as JSON (what the CLI and Lambda pass); null → the bundled `talkSlug`. */
	talk: TalkSchema.nullable(),
	maxSeconds: z.number().min(5).max(PLAN_LIMITS.maxMaxSeconds),
	theme: ThemeSchema,
	/** Colour overrides by speaker id, e.g. `{"sam-altman": "#ff8a65"}`. */
	speakerColors: z.record(z.string(), zColor()).optional(),
	plan: PlanSchema.nullable(),
	/** Mount the plan's `<Audio>` (Studio, the plain renderer; default). The fast renderer sets false: it muxes a track built in Node. */
	withAudio: z.boolean().optional(),
	/** The gains the Node mixer measured, for `<Audio>` to play at the same levels; absent: 0 dB. */
	mix: MixSchema.optional(),
});

export type RecapProps = z.infer<typeof RecapPropsSchema>;

export const SCENE_TYPES = ['title', 'section', 'quote', 'outro'] as const;

export const ScenePreviewPropsSchema = RecapPropsSchema.extend({
	sceneType: z.enum(SCENE_TYPES),
	/** A scene id of the plan (`quote-t012s3-1`); null → the first scene of `sceneType`. */
	sceneId: z.string().nullable(),
});

export type ScenePreviewProps = z.infer<typeof ScenePreviewPropsSchema>;

export const DEFAULT_RECAP_PROPS: RecapProps = {
	talkSlug: DEFAULT_TALK_SLUG,
	talk: null,
	maxSeconds: DEFAULT_MAX_SECONDS,
	theme: DEFAULT_THEME,
	speakerColors: {},
	plan: null,
};
