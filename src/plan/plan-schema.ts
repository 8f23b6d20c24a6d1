import {z} from 'zod';
import {SpeakerRoleSchema} from '../talk/talk-schema';
import {FontWeightSchema, RecapLayoutPxSchema} from './layout';

const frames = () => z.number().int().nonnegative();

/** A frame range in absolute video frames: `[from, from + durationInFrames)`. */
const FrameRangeSchema = z.object({
	from: frames(),
	durationInFrames: z.number().int().positive(),
});

export const PlanSpeakerSchema = z.object({
	id: z.string(),
	name: z.string(),
	role: SpeakerRoleSchema.optional(),
	color: z.string(),
});

/** A block of text already broken into the lines it is drawn with, at the type size and weight it was measured in. */
export const TextBlockSchema = z.object({
	text: z.string(),
	lines: z.array(z.string()).min(1),
	fontSizePx: z.number().positive(),
	lineHeight: z.number().positive(),
	weight: FontWeightSchema,
});

/**
 * A span of the recording a scene plays: `[fromMs, toMs)` of the recording (ms of the
 * media file), heard from absolute video frame `atFrame` on, with linear fades of
 * `fadeInMs` and `fadeOutMs` inside it. The renderers place it exactly there.
 */
export const AudioSpanSchema = z.object({
	fromMs: z.number().int().nonnegative(),
	toMs: z.number().int().positive(),
	atFrame: frames(),
	fadeInMs: z.number().int().nonnegative(),
	fadeOutMs: z.number().int().nonnegative(),
});

/**
 * A word of the scene's text marked as the one being said: UTF-16 offsets into the
 * scene's `text`, and the absolute frames `[fromFrame, toFrame)` it is marked in (until
 * the next word is said, or the speech ends).
 */
export const SpokenMarkSchema = z.object({
	start: z.number().int().nonnegative(),
	end: z.number().int().positive(),
	fromFrame: frames(),
	toFrame: frames(),
});

/**
 * A music bed under the whole video (`--music`): looped if shorter, faded in and out,
 * `bedDb` against the speech's loudness, and `duckDb` lower again while speech plays
 * (`ducks`, absolute frame ranges), ramping over `duckRampMs`.
 */
const MusicBedSchema = z.object({
	/** The music file, as the recording is named (a name under public/ for `staticFile`). */
	src: z.string().min(1),
	bedDb: z.number(),
	duckDb: z.number().nonnegative(),
	duckRampMs: z.number().int().nonnegative(),
	fadeInMs: z.number().int().nonnegative(),
	fadeOutMs: z.number().int().nonnegative(),
	ducks: z.array(FrameRangeSchema),
});

/**
 * What a video plays: the recording its spans are of (a name under public/, as
 * `staticFile` takes it; the CLI stages the file it was given under that name), the
 * spans in the order they play (a recap's quote cards, a clip's voice), and the music
 * bed, if any. A video without it is silent.
 */
const SoundSchema = z.object({
	media: z.string().min(1).nullable(),
	music: MusicBedSchema.nullable(),
	spans: z.array(AudioSpanSchema),
});

/**
 * What rendering needs of any planned video, a recap or a clip: its frame, its length,
 * the ranges where the picture does not change (so a still frame is drawn once), and what
 * it plays. The recap's Plan and the Clip both have these fields, so one pipeline renders
 * either.
 */
export const PlannedVideoSchema = z.object({
	fps: z.number().int().positive(),
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	durationInFrames: z.number().int().positive(),
	/** Absolute frame ranges where the picture does not change, in order. */
	stills: z.array(FrameRangeSchema),
	/** What the video plays; absent for a silent video. */
	sound: SoundSchema.optional(),
});
const video = PlannedVideoSchema.shape;

const sceneBase = {
	/** Stable id: `title`, `section-s2`, `quote-t012s3-1` (the quote's id and the card number), `outro`. */
	id: z.string(),
	/** Absolute first frame. A scene starts `transitionInFrames` before the previous one ends. */
	from: frames(),
	durationInFrames: z.number().int().positive(),
	/** Frames this scene overlaps the previous one (the transition into it); 0 for the first. */
	transitionInFrames: frames(),
	/** Index into `plan.chapters` of the section this scene belongs to; -1 before the first section and after the last. */
	chapterIndex: z.number().int().min(-1),
	/** Absolute frame ranges within this scene where the picture does not change. */
	stills: z.array(FrameRangeSchema),
};

const TitleSceneSchema = z.object({
	...sceneBase,
	type: z.literal('title'),
	title: TextBlockSchema,
	/** The talk's subtitle, fitted to two lines under the title (ellipsized). */
	subtitle: TextBlockSchema.optional(),
	/** `event  ·  date` above the title, fitted to one line (ellipsized). */
	kicker: TextBlockSchema.optional(),
	speakers: z.array(PlanSpeakerSchema),
});

const SectionSceneSchema = z.object({
	...sceneBase,
	type: z.literal('section'),
	sectionId: z.string(),
	title: TextBlockSchema,
	/** 1-based number of this section and the number of sections. */
	number: z.number().int().positive(),
	count: z.number().int().positive(),
	speakers: z.array(PlanSpeakerSchema),
});

const QuoteSceneSchema = z.object({
	...sceneBase,
	type: z.literal('quote'),
	quoteId: z.string(),
	turnId: z.string(),
	speakerId: z.string(),
	/** Display name of the speaker. */
	speaker: z.string(),
	speakerRole: SpeakerRoleSchema.optional(),
	speakerColor: z.string(),
	sectionId: z.string(),
	sectionTitle: z.string(),
	/** The card's text (a part of the quote when the quote spans several cards). */
	text: z.string(),
	body: TextBlockSchema,
	/** 1-based card number within its quote, and the quote's card count. */
	card: z.number().int().positive(),
	cardCount: z.number().int().positive(),
	/** A stage direction heard right after the quote, such as `[欢呼声]`. */
	reaction: z.string().optional(),
	/** The card's words in the source's second language (bilingual subtitles), drawn under it in smaller type. */
	translation: TextBlockSchema.optional(),
	/** The card's words said by the speaker: the span of the recording it plays (absent: a silent card). */
	audio: AudioSpanSchema.optional(),
	/** The word being said, as it is said (with `audio`). */
	marks: z.array(SpokenMarkSchema).optional(),
});

const OutroSceneSchema = z.object({
	...sceneBase,
	type: z.literal('outro'),
	/** The talk's title, fitted to the outro's box (cut with `…` after its last line if it must be). */
	title: TextBlockSchema,
	author: z.string().optional(),
	outlet: z.string().optional(),
	url: z.string().optional(),
	publishedAt: z.string().optional(),
	madeWith: z.string(),
});

const SceneSchema = z.discriminatedUnion('type', [TitleSceneSchema, SectionSceneSchema, QuoteSceneSchema, OutroSceneSchema]);

const ChapterSchema = z.object({
	sectionId: z.string(),
	title: z.string(),
	from: frames(),
	durationInFrames: z.number().int().positive(),
});

export const PlanSchema = z.object({
	talkSlug: z.string(),
	language: z.string(),
	fps: video.fps,
	width: video.width,
	height: video.height,
	durationInFrames: video.durationInFrames,
	/** Length of every transition between scenes; consecutive scenes overlap by it. */
	transitionInFrames: frames(),
	/** Frames a scene's contents take to enter (`ENTRY_MS`), or its incoming transition when longer (`entryEndFrame`); its still range starts there. */
	entryFrames: frames(),
	/** The boxes the text was fitted to, in px of this frame: the scenes draw in them. */
	layout: RecapLayoutPxSchema,
	chapters: z.array(ChapterSchema),
	scenes: z.array(SceneSchema).min(1),
	/** Every scene's still ranges, in order. */
	stills: video.stills,
	/** What the recap plays (its quote cards' `audio`, in order, and a music bed); absent for a silent recap. */
	sound: video.sound,
});

export type FrameRange = z.infer<typeof FrameRangeSchema>;
export type AudioSpan = z.infer<typeof AudioSpanSchema>;
export type SpokenMark = z.infer<typeof SpokenMarkSchema>;
export type MusicBed = z.infer<typeof MusicBedSchema>;
export type Sound = z.infer<typeof SoundSchema>;
export type PlannedVideo = z.infer<typeof PlannedVideoSchema>;
export type PlanSpeaker = z.infer<typeof PlanSpeakerSchema>;
export type TextBlock = z.infer<typeof TextBlockSchema>;
export type TitleScene = z.infer<typeof TitleSceneSchema>;
export type SectionScene = z.infer<typeof SectionSceneSchema>;
export type QuoteScene = z.infer<typeof QuoteSceneSchema>;
export type OutroScene = z.infer<typeof OutroSceneSchema>;
export type Scene = z.infer<typeof SceneSchema>;
export type Chapter = z.infer<typeof ChapterSchema>;
export type Plan = z.infer<typeof PlanSchema>;
