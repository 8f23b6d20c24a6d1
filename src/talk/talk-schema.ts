import {z} from 'zod';

/** A CSS hex colour such as `#ffb000`. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const SpeakerRoleSchema = z.enum(['host', 'guest', 'speaker']);

const SpeakerSchema = z.object({
	/** Stable, ASCII, kebab-case: `sam-altman`, or `speaker-2` when the name has no Latin letters. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	name: z.string().min(1),
	role: SpeakerRoleSchema.optional(),
	color: z.string().regex(HEX_COLOR).optional(),
});

const TurnKindSchema = z.enum(['speech', 'reaction']);

/** One timed word of a turn (Whisper words, Remotion captions): where it is in the turn's text and when it is said. */
const WordSchema = z.object({
	/** UTF-16 offsets into the turn's text: `text.slice(start, end)` is the word. */
	start: z.number().int().nonnegative(),
	end: z.number().int().positive(),
	/** When it is said, in ms of the recording. */
	startMs: z.number().int().nonnegative(),
	endMs: z.number().int().nonnegative(),
});

/** A part of a turn's text and the part of its translation that says the same (UTF-16 offsets). */
const TranslationSpanSchema = z.object({
	start: z.number().int().nonnegative(),
	end: z.number().int().positive(),
	translationStart: z.number().int().nonnegative(),
	translationEnd: z.number().int().positive(),
});

const TurnSchema = z.object({
	/** Stable within a talk: `t001`, `t002`, … in source order; a split adds a suffix (`t017-2`). */
	id: z.string().min(1),
	speakerIds: z.array(z.string()).min(1),
	/** Whitespace-normalised text; paragraphs of one turn are separated by a single `\n`. */
	text: z.string().min(1),
	kind: TurnKindSchema,
	/** When the turn is said, in ms of the recording, when the source is timed. */
	startMs: z.number().int().nonnegative().optional(),
	endMs: z.number().int().nonnegative().optional(),
	/** Word times, when the source has them (in order, inside the turn's time). */
	words: z.array(WordSchema).optional(),
	/** The same words in a second language, when the source pairs them (bilingual subtitles). */
	translation: z.string().min(1).optional(),
	/**
	 * How `translation` lines up with `text`, part by part (one bilingual cue each): the
	 * text `[start, end)` says what the translation `[translationStart, translationEnd)`
	 * says. A quote's translation is made of the parts it covers.
	 */
	translationSpans: z.array(TranslationSpanSchema).optional(),
	/** 1-based line of the source file where the turn starts. */
	line: z.number().int().positive(),
	/**
	 * Of a sound (`kind: 'reaction'`) cut out of the speech turn before it: heard before
	 * that turn's first word (`[laughs] Yeah, …`, a reaction to the line before the turn) or
	 * between its words (`It was [laughs] funny`). Absent: after its last word, or a sound
	 * of its own (`soundAfter`).
	 */
	heard: z.enum(['before', 'within']).optional(),
	/**
	 * Of a sound heard within the speech turn before it, when the source says where (a
	 * text transcript; joined captions do not): the UTF-16 offset in that turn's text right
	 * after the last letter or digit said before it (`It was funny. [laughs] Really.` → 12).
	 */
	at: z.number().int().nonnegative().optional(),
});

const SectionSchema = z.object({
	/** `s1`, `s2`, … in order. */
	id: z.string().min(1),
	title: z.string().min(1),
	/** 1-based source line of the heading; absent for the implicit opening section. */
	line: z.number().int().positive().optional(),
	/** Where the chapter starts and ends in the recording, when the source says. */
	startMs: z.number().int().nonnegative().optional(),
	endMs: z.number().int().nonnegative().optional(),
	turns: z.array(TurnSchema),
});

const TalkSourceSchema = z.object({
	author: z.string().optional(),
	outlet: z.string().optional(),
	url: z.string().optional(),
	publishedAt: z.string().optional(),
	place: z.string().optional(),
});

const TalkMetadataSchema = z.object({
	title: z.string().min(1),
	subtitle: z.string().optional(),
	event: z.string().optional(),
	date: z.string().optional(),
	/** BCP 47 tag of the talk's main language: `zh`, `en`, … */
	language: z.string().min(2),
	/** Episode number or name, as the source gives it. */
	episode: z.string().optional(),
	tags: z.array(z.string().min(1)).optional(),
	/** The recording, as the source names it: a path relative to the transcript's folder (`episode.mp3`). */
	media: z.string().min(1).optional(),
	/** Cover art, likewise. */
	cover: z.string().min(1).optional(),
	source: TalkSourceSchema,
});

export const TalkSchema = z.object({
	/** File-name-safe name of the talk, from its file name: `aspen-2024-altman-chesky`. */
	slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	metadata: TalkMetadataSchema,
	speakers: z.array(SpeakerSchema).min(1),
	sections: z.array(SectionSchema).min(1),
	/**
	 * The editor's choices that selection must honour (written by `applyEdits` from the
	 * edits file): pinned quotes (a turn, and the exact text or none for the turn's best
	 * line) and dropped ones (a turn, and a text or none for the whole turn), in file order.
	 */
	editorial: z
		.object({
			pins: z.array(z.object({turnId: z.string().min(1), text: z.string().min(1).optional()})).optional(),
			drops: z.array(z.object({turnId: z.string().min(1), text: z.string().min(1).optional()})).optional(),
		})
		.optional(),
});

export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Word = z.infer<typeof WordSchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Talk = z.infer<typeof TalkSchema>;
export type TranslationSpan = z.infer<typeof TranslationSpanSchema>;
