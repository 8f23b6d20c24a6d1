import type {Turn} from '../talk/talk-schema';
import {type SpokenUnit, segmentSpokenUnits} from '../text/segment-spoken-units';

/** A spoken unit of a turn (`segmentSpokenUnits`) and when it is said, in ms of the recording. */
export type TimedUnit = SpokenUnit & {startMs: number; endMs: number};

/** A stretch of a turn's text with a known time: one of its words, or the whole turn. */
type TimedPiece = {start: number; end: number; startMs: number; endMs: number};

/**
 * When each spoken unit of a turn is said. The turn's own times say when its pieces are
 * said: its `words` when the source has them (Whisper words, Remotion captions, a cue per
 * word), else the whole turn from `startMs` to `endMs` (a subtitle cue). Inside a piece
 * the units share its time in proportion to their weight (CJK letters, Latin words), so
 * with cue times only the marking moves through the cue at the cue's own pace. Units
 * that no word covers take the gap between the words around them the same way. Null
 * for a turn without times (or with a start and no end): it is not played.
 */
export const timeTurnSpeech = ({turn}: {turn: Turn}): {units: TimedUnit[]} | null => {
	const {units} = segmentSpokenUnits({text: turn.text});
	const pieces = timedPiecesOf(turn);
	if (pieces === null || units.length === 0) return null;

	// Each unit's piece: the first one it overlaps (both lists are in text order).
	const owner: number[] = [];
	let p = 0;
	for (const unit of units) {
		while (p < pieces.length && pieces[p]!.end <= unit.start) p++;
		const piece = pieces[p];
		owner.push(piece !== undefined && piece.start < unit.end ? p : -1);
	}

	// Runs of units with the same owner (or none) and the time each run fills.
	const timed: TimedUnit[] = [];
	let i = 0;
	while (i < units.length) {
		let j = i + 1;
		while (j < units.length && owner[j] === owner[i]) j++;
		const own = owner[i]!;
		let startMs: number;
		let endMs: number;
		if (own >= 0) {
			({startMs, endMs} = pieces[own]!);
		} else {
			// Between the pieces around the run, or the turn's edges when it has them.
			const before = pieces[owner.slice(0, i).findLast((o) => o >= 0) ?? -1];
			const after = pieces[owner.slice(j).find((o) => o >= 0) ?? -1];
			startMs = before?.endMs ?? turn.startMs ?? after?.startMs ?? 0;
			endMs = Math.max(startMs, after?.startMs ?? turn.endMs ?? startMs);
		}
		const run = units.slice(i, j);
		const total = run.reduce((sum, u) => sum + u.weight, 0);
		let before = 0;
		for (const unit of run) {
			const from = startMs + ((endMs - startMs) * before) / total;
			before += unit.weight;
			timed.push({...unit, startMs: from, endMs: startMs + ((endMs - startMs) * before) / total});
		}
		i = j;
	}
	return {units: timed};
};

/** The turn's timed pieces in text order, their times made monotonic; null when it has none. */
const timedPiecesOf = (turn: Turn): TimedPiece[] | null => {
	const words = (turn.words ?? []).filter((w) => w.end > w.start).sort((a, b) => a.start - b.start);
	if (words.length > 0) {
		let lastMs = 0;
		return words.map((w) => {
			const startMs = Math.max(w.startMs, lastMs);
			const endMs = Math.max(w.endMs, startMs);
			lastMs = startMs;
			return {start: w.start, end: w.end, startMs, endMs};
		});
	}
	if (turn.startMs === undefined || turn.endMs === undefined || turn.endMs <= turn.startMs) return null;
	return [{start: 0, end: turn.text.length, startMs: turn.startMs, endMs: turn.endMs}];
};

/**
 * The speech of `[start, end)` of a turn's text: the units inside it, when the first
 * starts and the last ends, and the silence around it up to the turn's neighbouring units
 * (Infinity at the turn's edges, where the turn's units say nothing of what is near).
 * Null when no unit is inside.
 */
export const speechOfRange = ({
	units,
	start,
	end,
}: {
	units: readonly TimedUnit[];
	start: number;
	end: number;
}): {units: TimedUnit[]; startMs: number; endMs: number; gapBeforeMs: number; gapAfterMs: number} | null => {
	const first = units.findIndex((u) => u.start >= start && u.end <= end);
	if (first === -1) return null;
	let last = first;
	while (last + 1 < units.length && units[last + 1]!.end <= end) last++;
	const inside = units.slice(first, last + 1);
	const startMs = inside[0]!.startMs;
	const endMs = Math.max(startMs, inside[inside.length - 1]!.endMs);
	const previous = units[first - 1];
	const next = units[last + 1];
	return {
		units: inside,
		startMs,
		endMs,
		gapBeforeMs: previous === undefined ? Number.POSITIVE_INFINITY : Math.max(0, startMs - previous.endMs),
		gapAfterMs: next === undefined ? Number.POSITIVE_INFINITY : Math.max(0, next.startMs - endMs),
	};
};

/**
 * When `[start, end)` of a turn's text is said, in ms of the recording: from its first
 * spoken unit's start to its last's end, as `timeTurnSpeech` times them — the times the
 * recording plays (a voiced card's span is these and its lead and tail). Null for an
 * untimed turn or a range that holds no spoken unit.
 */
export const speechTimeOf = ({turn, start, end}: {turn: Turn; start: number; end: number}): {startMs: number; endMs: number} | null => {
	const timed = timeTurnSpeech({turn});
	const said = timed === null ? null : speechOfRange({units: timed.units, start, end});
	return said === null ? null : {startMs: Math.round(said.startMs), endMs: Math.round(said.endMs)};
};
