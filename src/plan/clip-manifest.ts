import {z} from 'zod';
import {ClipShapeSchema} from './clip-schema';
import type {ClipBatch} from './plan-clip-jobs';

/** A file name written by `talkreel clips`: a bare, safe name inside the output folder. */
const FileNameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:mp4|png)$/);

/** One rendered clip, as `manifest.json` lists it for publishing scripts. */
const ManifestClipSchema = z.object({
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

const ManifestFailureSchema = z.object({
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

type ManifestClip = z.infer<typeof ManifestClipSchema>;
export type ClipManifest = z.infer<typeof ClipManifestSchema>;

/** The file `talkreel clips` writes its manifest to, beside the clips. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest of a rendered batch: every clip that was written, in the batch's order,
 * with the span of the recording it plays as the plan placed it, and every clip that
 * failed, with why (`errors[i]` is job i's error, null when it was written, absent when it was not rendered). `scale`:
 * the render's size factor, for the files' pixel size.
 */
export const buildClipManifest = ({batch, errors, scale}: {batch: ClipBatch; errors: readonly (string | null)[]; scale: number}): ClipManifest => {
	const clips: ManifestClip[] = [];
	const failed: ClipManifest['failed'] = [];
	batch.jobs.forEach(({clip, files}, i) => {
		const error = errors[i];
		if (error !== null) {
			failed.push({id: clip.quoteId, shape: clip.shape, error: error ?? 'not rendered'});
			return;
		}
		clips.push({
			id: clip.quoteId,
			number: clip.quoteNumber,
			speaker: {id: clip.speaker.id, name: clip.speaker.name, ...(clip.speaker.role === undefined ? {} : {role: clip.speaker.role})},
			section: {id: clip.sectionId, title: clip.sectionTitle.text},
			text: clip.text,
			quoteText: clip.quoteText,
			truncated: clip.truncated,
			shape: clip.shape,
			width: Math.round(clip.width * scale),
			height: Math.round(clip.height * scale),
			durationInFrames: clip.durationInFrames,
			fps: clip.fps,
			seconds: Number((clip.durationInFrames / clip.fps).toFixed(3)),
			files,
			audio:
				clip.audio === null
					? null
					: {fromMs: clip.audio.fromMs, toMs: clip.audio.toMs, startsAtMs: Number(((clip.audio.atFrame * 1000) / clip.fps).toFixed(3))},
		});
	});
	return ClipManifestSchema.parse({talkSlug: batch.talkSlug, title: batch.title, language: batch.language, clips, failed});
};
