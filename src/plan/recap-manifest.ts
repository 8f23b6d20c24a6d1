import {z} from 'zod';
import type {Talk} from '../talk/talk-schema';
import type {Plan} from './plan-schema';
import type {PlannedQuote} from './plan-talk';
import {recapChapters} from './recap-sidecars';
import {speechTimeOf} from './time-speech';
import {framesToMs} from './timing';

/** A bare file name beside the recap. */
const FileNameSchema = z.string().regex(/^[^/\\]+$/);

const SpanMsSchema = z.object({startMs: z.number().int().nonnegative(), endMs: z.number().int().nonnegative()});

/** `recap.json`: what was written beside the recap, its scenes with times, and each quote with where it comes from. */
export const RecapManifestSchema = z.object({
	talkSlug: z.string(),
	title: z.string(),
	language: z.string(),
	video: z.object({
		file: FileNameSchema,
		width: z.number().int().positive(),
		height: z.number().int().positive(),
		fps: z.number().int().positive(),
		durationInFrames: z.number().int().positive(),
		seconds: z.number().positive(),
	}),
	/** The sidecars, by kind; `chapters` is null when the recap cannot give YouTube chapters (see `chaptersNote`). */
	files: z.object({
		srt: FileNameSchema,
		vtt: FileNameSchema,
		chapters: FileNameSchema.nullable(),
		poster: FileNameSchema,
		storyboard: FileNameSchema,
	}),
	chapters: z.array(z.object({startMs: z.number().int().nonnegative(), title: z.string()})),
	chaptersNote: z.string().optional(),
	scenes: z.array(
		z.object({
			id: z.string(),
			type: z.enum(['title', 'section', 'quote', 'outro']),
			fromFrame: z.number().int().nonnegative(),
			durationInFrames: z.number().int().positive(),
			startMs: z.number().int().nonnegative(),
			endMs: z.number().int().nonnegative(),
		}),
	),
	quotes: z.array(
		z.object({
			id: z.string(),
			number: z.number().int().positive(),
			speaker: z.object({id: z.string(), name: z.string()}),
			section: z.object({id: z.string(), title: z.string()}),
			text: z.string().min(1),
			/** Scene ids of its cards, in order. */
			scenes: z.array(z.string()).min(1),
			/** Where it is in the transcript: the turn, its source line, and, when the talk is timed, when it is said (its first word's start to its last word's end, as the recording plays them). */
			source: z.object({turnId: z.string(), line: z.number().int().positive(), time: SpanMsSchema.nullable()}),
		}),
	),
});
export type RecapManifest = z.infer<typeof RecapManifestSchema>;

/** The recap's manifest for `recap.json` (file names as written beside the video). */
export const buildRecapManifest = ({
	talk,
	plan,
	quotes,
	files,
	width,
	height,
}: {
	talk: Talk;
	plan: Plan;
	quotes: readonly PlannedQuote[];
	files: RecapManifest['files'] & {video: string};
	/** The video's pixel size (the plan's × the render scale). */
	width: number;
	height: number;
}): RecapManifest => {
	const ms = (frames: number) => framesToMs({frames, fps: plan.fps});
	const turns = new Map(talk.sections.flatMap((s) => s.turns.map((t) => [t.id, t] as const)));
	const sections = new Map(talk.sections.map((s) => [s.id, s] as const));
	const {chapters, usable, reason} = recapChapters({plan});
	const {video, ...sidecars} = files;
	return RecapManifestSchema.parse({
		talkSlug: talk.slug,
		title: talk.metadata.title,
		language: talk.metadata.language,
		video: {file: video, width, height, fps: plan.fps, durationInFrames: plan.durationInFrames, seconds: Number((plan.durationInFrames / plan.fps).toFixed(3))},
		files: {...sidecars, chapters: usable ? sidecars.chapters : null},
		chapters: usable ? chapters : [],
		...(reason === undefined ? {} : {chaptersNote: reason}),
		scenes: plan.scenes.map((s) => ({
			id: s.id,
			type: s.type,
			fromFrame: s.from,
			durationInFrames: s.durationInFrames,
			startMs: ms(s.from),
			endMs: ms(s.from + s.durationInFrames),
		})),
		quotes: quotes
			.map((q) => {
				const turn = turns.get(q.turnId);
				return {
					id: q.id,
					number: q.number,
					speaker: {id: q.speakerId, name: talk.speakers.find((s) => s.id === q.speakerId)?.name ?? q.speakerId},
					section: {id: q.sectionId, title: sections.get(q.sectionId)?.title ?? q.sectionId},
					text: q.text,
					scenes: plan.scenes.filter((s) => s.type === 'quote' && s.quoteId === q.id).map((s) => s.id),
					source: {turnId: q.turnId, line: turn?.line ?? 1, time: turn === undefined ? null : speechTimeOf({turn, start: q.start, end: q.end})},
				};
			})
			.filter((q) => q.scenes.length > 0),
	});
};
