import {z} from 'zod';
import {CLIP_SHAPES, ClipLayoutSchema} from './layout';
import {AudioSpanSchema, FrameRangeSchema, PlanSpeakerSchema, SoundSchema, SpokenMarkSchema, TextBlockSchema} from './plan-schema';

export const ClipShapeSchema = z.enum(CLIP_SHAPES);

/** A piece of one drawn line that appears with reveal step `step`. */
export const RevealPieceSchema = z.object({
	text: z.string().min(1),
	step: z.number().int().nonnegative(),
});

/** One reveal step: a phrase (or a few) of the quote, fading in from `fromFrame` for `durationInFrames`. */
export const RevealStepSchema = z.object({
	text: z.string().min(1),
	fromFrame: z.number().int().nonnegative(),
	durationInFrames: z.number().int().positive(),
});

/**
 * A clip's level band: the loudness of its finished sound track in `bars` equal slices of
 * its audio span (0–1, relative to the loudest, on a dB scale), each shown as played
 * from absolute frame `playedFrom[i]`. The renderer measures it from the track it built.
 */
export const WaveformSchema = z.object({
	bars: z.array(z.number().min(0).max(1)).min(1),
	playedFrom: z.array(z.number().int().nonnegative()),
});

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
	fps: z.number().int().positive(),
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	durationInFrames: z.number().int().positive(),
	/** Frames the header, label and first phrase take to enter (`ENTRY_MS`). */
	entryFrames: z.number().int().nonnegative(),
	/** Where everything is drawn, in px of this frame: the boxes the text was fitted to. */
	layout: ClipLayoutSchema,
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
	/** Frame ranges where the picture does not change: between reveal steps and the final hold. */
	stills: z.array(FrameRangeSchema),
	/** What the clip plays (the recording, a music bed); absent for a silent clip. */
	sound: SoundSchema.optional(),
	/** The span of the recording that says the shown text (null or absent: silent); it starts on frame 0. */
	audio: AudioSpanSchema.nullable().optional(),
	/** The word being said, as it is said (offsets into `text`). */
	marks: z.array(SpokenMarkSchema).optional(),
	/** The level band, once the renderer has built the sound (`withWaveform`); stills are cut where a bar is reached. */
	waveform: WaveformSchema.nullable().optional(),
	/** Cover art in the header (a name under public/, as `staticFile` takes it); the header text was fitted beside it. */
	cover: z.string().min(1).nullable().optional(),
});

export type RevealPiece = z.infer<typeof RevealPieceSchema>;
export type Waveform = z.infer<typeof WaveformSchema>;
export type RevealStep = z.infer<typeof RevealStepSchema>;
export type Clip = z.infer<typeof ClipSchema>;

/** A file name written by `talkreel clips`: a bare, safe name inside the output folder. */
const FileNameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:mp4|png)$/);

/** One rendered clip, as `manifest.json` lists it for publishing scripts. */
export const ManifestClipSchema = z.object({
	/** The quote's stable id (`t012s3`), and its place among the recap's quotes. */
	id: z.string(),
	number: z.number().int().positive(),
	speaker: z.object({id: z.string(), name: z.string(), role: z.string().optional()}),
	section: z.object({id: z.string(), title: z.string()}),
	/** The words the clip shows (the quote, or its first card plus `…` when `truncated`). */
	text: z.string().min(1),
	/** The whole quote as selected. */
	quoteText: z.string().min(1),
	truncated: z.boolean(),
	shape: ClipShapeSchema,
	/** Pixel size of the files (the composition size × `--scale`). */
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	durationInFrames: z.number().int().positive(),
	fps: z.number().int().positive(),
	seconds: z.number().positive(),
	/** Names relative to the manifest's folder. */
	files: z.object({video: FileNameSchema, card: FileNameSchema}),
	/** The span of the recording the clip plays (ms of the recording) and when in the clip it starts (ms); null for a silent clip. */
	audio: z.object({fromMs: z.number().int().nonnegative(), toMs: z.number().int().positive(), startsAtMs: z.number().nonnegative()}).nullable(),
});

export const ManifestFailureSchema = z.object({
	id: z.string(),
	shape: ClipShapeSchema,
	error: z.string(),
});

/** `manifest.json` of a clips folder: every clip this run wrote, and any that failed. */
export const ClipManifestSchema = z.object({
	talkSlug: z.string(),
	title: z.string(),
	language: z.string(),
	clips: z.array(ManifestClipSchema),
	failed: z.array(ManifestFailureSchema),
});

export type ManifestClip = z.infer<typeof ManifestClipSchema>;
export type ManifestFailure = z.infer<typeof ManifestFailureSchema>;
export type ClipManifest = z.infer<typeof ClipManifestSchema>;
