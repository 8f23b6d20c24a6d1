import type {Turn} from './talk-schema';

/**
 * The translation of a span of a turn's text (a quote, or one card of it), from the
 * parts the source aligned (`translationSpans`, one bilingual cue each): the parts the
 * span covers at least half of, joined. A turn translated as a whole (no parts) gives
 * its whole translation only for a span of nearly all its text. Undefined when the turn
 * has no translation or the span covers no part.
 */
export const translationOfSpan = ({turn, start, end}: {turn: Turn; start: number; end: number}): string | undefined => {
	const translation = turn.translation;
	if (translation === undefined) return undefined;
	const spans = turn.translationSpans;
	if (spans === undefined || spans.length === 0) {
		return end - start >= 0.9 * turn.text.trim().length ? translation : undefined;
	}
	const covered = spans.filter((s) => {
		const overlap = Math.min(end, s.end) - Math.max(start, s.start);
		return overlap > 0 && overlap * 2 >= s.end - s.start;
	});
	const first = covered[0];
	const last = covered[covered.length - 1];
	if (first === undefined || last === undefined) return undefined;
	// The parts are consecutive in the translation: one slice keeps the joins the reader made.
	const text = translation.slice(first.translationStart, last.translationEnd).trim();
	return text === '' ? undefined : text;
};
