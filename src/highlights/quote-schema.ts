import {z} from 'zod';

/** A highlight: a verbatim span `[start, end)` of one turn's text, attributed to that turn's speaker. */
const QuoteSchema = z.object({
	/** Stable: where the quote is in the talk (`formatQuoteId`: `t012s3`), whatever the budget. */
	id: z.string(),
	turnId: z.string(),
	speakerId: z.string(),
	sectionId: z.string(),
	text: z.string().min(1),
	/** UTF-16 offsets into the turn's text. */
	start: z.number().int().nonnegative(),
	end: z.number().int().positive(),
	/** Explainable score: `total` is the sum of `parts`. */
	score: z.object({total: z.number(), parts: z.record(z.string(), z.number())}).optional(),
	pinned: z.boolean().optional(),
});

export type Quote = z.infer<typeof QuoteSchema>;
