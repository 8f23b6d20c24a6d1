import type {RawWord} from './raw-transcript';

/**
 * Word offsets carried from one text to another that holds the same words (tags, labels
 * or sounds cut out, lines joined): each word is looked for after the previous one; a word
 * no longer there is dropped. Times become whole ms, a word lasting no less than nothing.
 */
export const remapWords = ({from, words, to}: {from: string; words: readonly RawWord[]; to: string}): RawWord[] => {
	const out: RawWord[] = [];
	let cursor = 0;
	for (const w of words) {
		const text = from.slice(w.start, w.end).trim();
		if (text === '') continue;
		const at = to.indexOf(text, cursor);
		if (at === -1) continue;
		const startMs = Math.round(w.startMs);
		out.push({start: at, end: at + text.length, startMs, endMs: Math.max(startMs, Math.round(w.endMs)), ...(w.startEstimated ? {startEstimated: true} : {})});
		cursor = at + text.length;
	}
	return out;
};
