import {z} from 'zod';
import {CLIP_SHAPES, ClipLayoutSchema} from './layout';
import {AudioSpanSchema, PlanSpeakerSchema, PlannedVideoSchema, SpokenMarkSchema, TextBlockSchema} from './plan-schema';

export const ClipShapeSchema = z.enum(CLIP_SHAPES);

const video = PlannedVideoSchema.shape;

/** A piece of one drawn line that appears with reveal step `step`. */
const RevealPieceSchema = z.object({
	text: z.string().min(1),
	step: z.number().int().nonnegative(),
});

/** One reveal step: a phrase (or a few) of the quote, fading in from `fromFrame` for `durationInFrames` (0: shown at once, as the first step is). */
const RevealStepSchema = z.object({
	text: z.string().min(1),
	fromFrame: z.number().int().nonnegative(),
	durationInFrames: z.number().int().nonnegative(),
});

/**
 * A voiced clip's level band: one bar per equal slice of its audio span, bar i drawn as
 * played from absolute frame `playedFrom[i]` (the still ranges are cut there). The plan
 * lays out the bars; `bars`, each slice's loudness (0–1, relative to the loudest, on a dB
 * scale), is measured by the renderer from the sound track it built (null until then:
 * Studio measures the recording itself).
 */
const WaveformSchema = z.object({
	playedFrom: z.array(z.number().int().nonnegative()).min(1),
	bars: z.array(z.number().min(0).max(1)).min(1).nullable(),
});

/** The block the speaker label and the quote are centred in, in px of the clip's frame: above the level band in a voiced clip. */
const ClipStageSchema = z.object({topPx: z.number(), heightPx: z.number().positive()});

/**
 * One quote as a short video: everything the Quote composition draws, already laid out
 * (lines broken, sizes fitted) and timed in frames. Plain JSON, like the recap's Plan.
 * A clip is a single scene, so its frames are both local and absolute.
 */
export const ClipSchema = z.object({
	talkSlug: z.string(),
	language: z.string(),
	/** The quote's stable id (`t012s3`), and its place among the recap's quotes, for people. */
	quoteId: z.string(),
	quoteNumber: z.number().int().positive(),
	turnId: z.string(),
	shape: ClipShapeSchema,
	fps: video.fps,
	width: video.width,
	height: video.height,
	durationInFrames: video.durationInFrames,
	/** Where everything is drawn, in px of this frame: the boxes the text was fitted to. */
	layout: ClipLayoutSchema,
	/** Where the speaker label and the quote are drawn: the text was fitted to the room left in it. */
	stage: ClipStageSchema,
	speaker: PlanSpeakerSchema,
	sectionId: z.string(),
	sectionTitle: TextBlockSchema,
	/** 1-based number of the quote's section among the recap's sections, and their count. */
	sectionNumber: z.number().int().positive(),
	sectionCount: z.number().int().positive(),
	talkTitle: TextBlockSchema,
	/** Event, date, author and source host on one line; null when the talk names none. */
	attribution: TextBlockSchema.nullable(),
	/** The quote as selected (a verbatim span of the turn). */
	quoteText: z.string().min(1),
	/**
	 * The text shown: the whole quote, or, when it overflows the box even at the smallest
	 * type size, its first card (splitIntoCards, as the recap would show it) plus `…`.
	 */
	text: z.string().min(1),
	truncated: z.boolean(),
	body: TextBlockSchema,
	/** The shown text in the source's second language (bilingual subtitles), drawn under it in smaller type. */
	translation: TextBlockSchema.optional(),
	/** `body.lines` cut where reveal steps change: line i's pieces, joined, give `body.lines[i]`. */
	revealLines: z.array(z.array(RevealPieceSchema)),
	steps: z.array(RevealStepSchema).min(1),
	/** Frames the quote needs to be read (`cardReadingMs` of `text`), and the final hold after it. */
	readingFrames: z.number().int().positive(),
	holdFrames: z.number().int().nonnegative(),
	/** Frame ranges where the picture does not change: between reveal steps, marked words and bars of the level band, and the final hold. */
	stills: video.stills,
	/** What the clip plays (the recording, its voice's span, a music bed); absent for a silent clip. */
	sound: video.sound,
	/** The span of the recording that says the shown text (null: silent); it starts on frame 0. */
	audio: AudioSpanSchema.nullable(),
	/** The word being said, as it is said (offsets into `text`). */
	marks: z.array(SpokenMarkSchema).optional(),
	/** The level band of a voiced clip (null: silent). */
	waveform: WaveformSchema.nullable(),
	/** Cover art in the header (a name under public/, as `staticFile` takes it); the header text was fitted beside it. */
	cover: z.string().min(1).nullable().optional(),
});

export type RevealPiece = z.infer<typeof RevealPieceSchema>;
export type Waveform = z.infer<typeof WaveformSchema>;
export type RevealStep = z.infer<typeof RevealStepSchema>;
export type Clip = z.infer<typeof ClipSchema>;
