import {z} from 'zod';
import {QUOTE_ID} from '../quote-id';
import {HEX_COLOR, SpeakerRoleSchema} from '../talk-schema';

/**
 * The edits file, `data/<slug>.edits.yaml` (or `.json`): an editor's corrections of a
 * machine-made transcript and their say over the quotes. Every key is optional; unknown
 * keys are errors, so a typo never passes silently. Turn corrections apply in file order,
 * so a later entry may name a part made by an earlier split (`t017-2`).
 */
const TurnIdSchema = z.string().regex(/^t\d+(?:-\d+)?$/, 'a turn id such as t017 or t017-2');
const SectionIdSchema = z.string().regex(/^s\d+$/, 'a section id such as s2');
/** A speaker's id (`sam-altman`) or exact display name (`Sam Altman`). */
const SpeakerRefSchema = z.string().trim().min(1, 'a speaker id or name');
/** A title or name: trimmed, and not empty (a whitespace title is a mistake, not a title). */
const NameSchema = z.string().trim().min(1, 'must not be empty');

const SplitPointSchema = z.strictObject({
	/** Text of the turn where the new part begins (the first occurrence after the previous cut). */
	at: z.string().trim().min(1),
	/** Who says the part from `at` to the next cut. */
	speaker: SpeakerRefSchema,
});

const TurnEditSchema = z.strictObject({
	turn: TurnIdSchema,
	/** Reassign: who says the turn (with `split`, the part before the first cut). */
	speaker: SpeakerRefSchema.optional(),
	/** Split the turn at these texts, in order; parts after the first get ids `t017-2`, `t017-3`, …. */
	split: z.array(SplitPointSchema).min(1).optional(),
	/** Leave the turn out of the talk (and so out of every quote). */
	exclude: z.literal(true).optional(),
	/** Why: shown to nobody, kept for the next editor. */
	note: z.string().optional(),
});

const SectionEditSchema = z.strictObject({
	section: SectionIdSchema,
	title: NameSchema.optional(),
	exclude: z.literal(true).optional(),
	note: z.string().optional(),
});

const SpeakerEditSchema = z.strictObject({
	speaker: SpeakerRefSchema,
	name: NameSchema.optional(),
	role: SpeakerRoleSchema.optional(),
	color: z.string().regex(HEX_COLOR, 'a colour such as #ffb454').optional(),
});

const QuoteEditSchema = z
	.strictObject({
		/** A quote by its stable id, as `talkreel highlights` lists it (`t015s2`); or `turn` (and `text`). */
		quote: z.string().regex(QUOTE_ID, 'a quote id such as t015s2').optional(),
		turn: TurnIdSchema.optional(),
		/** Exact text of the turn (any substring). For a pin without text: the turn's best line; for a drop without text: all of the turn. */
		text: z.string().trim().min(1).optional(),
		note: z.string().optional(),
	})
	.refine((e) => (e.quote === undefined) !== (e.turn === undefined), 'give either `quote` (an id such as t015s2) or `turn`')
	.refine((e) => e.quote === undefined || e.text === undefined, 'a `quote` names its text already; leave `text` out');

export const EditsSchema = z.strictObject({
	metadata: z
		.strictObject({
			title: NameSchema.optional(),
			subtitle: NameSchema.optional(),
			event: NameSchema.optional(),
			date: NameSchema.optional(),
			/** The talk's language as a BCP 47 tag (`zh`, `en-GB`), when detection got it wrong. */
			language: NameSchema.optional(),
		})
		.optional(),
	/**
	 * The chapters of a timed talk, as a YouTube description lists them: a block of
	 * `00:00 Intro` lines, a list of such lines, or of `{start, title}`. They replace the
	 * transcript's sections; turns go to the chapter their time falls in.
	 */
	chapters: z.union([z.string(), z.array(z.unknown())]).optional(),
	speakers: z.array(SpeakerEditSchema).optional(),
	sections: z.array(SectionEditSchema).optional(),
	turns: z.array(TurnEditSchema).optional(),
	pins: z.array(QuoteEditSchema).optional(),
	drops: z.array(QuoteEditSchema).optional(),
});

export type Edits = z.infer<typeof EditsSchema>;
export type TurnEdit = z.infer<typeof TurnEditSchema>;
export type QuoteEdit = z.infer<typeof QuoteEditSchema>;
