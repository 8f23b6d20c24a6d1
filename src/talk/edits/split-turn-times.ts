import {segmentSpokenUnits} from '../../text/segment-spoken-units';
import type {Turn, Word} from '../talk-schema';

type PartTimes = Pick<Turn, 'startMs' | 'endMs' | 'words'>;

/**
 * Where each character of `raw` lands once each paragraph is trimmed and empty ones are
 * dropped (as a split part's text is tidied): `offsets[i]` for the character at `i`, or
 * −1 for one that is dropped.
 */
const tidyOffsets = (raw: string): {text: string; offsets: number[]} => {
	const offsets = new Array<number>(raw.length).fill(-1);
	const kept: string[] = [];
	let at = 0;
	let position = 0;
	for (const paragraph of raw.split('\n')) {
		const lead = paragraph.length - paragraph.trimStart().length;
		const body = paragraph.trim();
		if (body !== '') {
			if (kept.length > 0) position += 1;
			for (let i = 0; i < body.length; i++) offsets[at + lead + i] = position + i;
			kept.push(body);
			position += body.length;
		}
		at += paragraph.length + 1;
	}
	return {text: kept.join('\n'), offsets};
};

/**
 * The times of the parts of a timed turn cut at `bounds` (0, the cuts, the text's
 * length), so an edit that splits a turn keeps it playable: each part keeps the words
 * that start in it (offsets moved into its tidied text) and runs from its first word to
 * its last; without word times, the turn's time is shared out in proportion to what
 * each part says (CJK letters, Latin words), as the marking shares a cue. Untimed
 * parts for an untimed turn.
 */
export const splitTurnTimes = ({turn, bounds}: {turn: Turn; bounds: number[]}): PartTimes[] => {
	const parts = bounds.slice(0, -1).map((from, k) => ({from, to: bounds[k + 1]!}));
	if (turn.words !== undefined && turn.words.length > 0) {
		return parts.map(({from, to}) => {
			const {offsets} = tidyOffsets(turn.text.slice(from, to));
			const words: Word[] = [];
			for (const w of turn.words ?? []) {
				if (w.start < from || w.start >= to) continue;
				const start = offsets[w.start - from] ?? -1;
				const end = (offsets[Math.min(w.end, to) - 1 - from] ?? -2) + 1;
				if (start >= 0 && end > start) words.push({start, end, startMs: w.startMs, endMs: w.endMs});
			}
			if (words.length === 0) return {};
			// Loops, not a spread: a part may hold 100 000 words.
			let startMs = Number.POSITIVE_INFINITY;
			let endMs = 0;
			for (const w of words) {
				startMs = Math.min(startMs, w.startMs);
				endMs = Math.max(endMs, w.endMs);
			}
			return {startMs, endMs, words};
		});
	}
	if (turn.startMs === undefined || turn.endMs === undefined) return parts.map(() => ({}));
	const {startMs, endMs} = turn;
	const {units} = segmentSpokenUnits({text: turn.text});
	const weightOf = ({from, to}: {from: number; to: number}) => units.filter((u) => u.start >= from && u.start < to).reduce((sum, u) => sum + u.weight, 0);
	const total = Math.max(1, weightOf({from: 0, to: turn.text.length}));
	let before = 0;
	return parts.map((part) => {
		const from = startMs + Math.round(((endMs - startMs) * before) / total);
		before += weightOf(part);
		return {startMs: from, endMs: startMs + Math.round(((endMs - startMs) * before) / total)};
	});
};
