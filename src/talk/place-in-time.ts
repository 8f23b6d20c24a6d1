import {estimateSpeakingMs} from './speaking-time';
import type {Turn} from './talk-schema';

/**
 * Gives every turn of a partly timed transcript its time, in place: a turn the source left
 * untimed is placed between its timed neighbours in proportion to its speaking time (before
 * the first time: from 0 when the speech before it could fill much of that time, else at
 * speaking pace back from it); a time that goes back is held at the one before; a turn
 * without an end of its own ends where the next starts or at a break before that, the
 * last after its speaking time (within the recording's length when known). Never
 * decreasing.
 */
export const placeInTime = ({turns, breaksMs, durationMs}: {turns: Turn[]; breaksMs: readonly number[]; durationMs: number | undefined}): void => {
	const weights = turns.map((t) => estimateSpeakingMs(t.text));
	let last = 0;
	for (const t of turns) {
		if (t.startMs === undefined) continue;
		t.startMs = Math.max(last, t.startMs);
		last = t.startMs;
	}
	let i = 0;
	while (i < turns.length) {
		if (turns[i]?.startMs !== undefined) {
			i++;
			continue;
		}
		// A run of untimed turns [i, j): spread between the timed turn before it (or 0) and the one after (or at speaking pace).
		let j = i;
		while (j < turns.length && turns[j]?.startMs === undefined) j++;
		let runMs = 0;
		for (let k = i; k < j; k++) runMs += weights[k] ?? 0;
		const to = turns[j]?.startMs;
		const from = i > 0 ? (turns[i - 1]?.startMs ?? 0) : to !== undefined && runMs < 0.4 * to ? to - runMs : 0;
		let offset = i > 0 ? (weights[i - 1] ?? 0) : 0;
		const total = offset + runMs;
		for (let k = i; k < j; k++) {
			const turn = turns[k] as Turn;
			turn.startMs = Math.round(to === undefined ? from + offset : from + ((to - from) * offset) / Math.max(1, total));
			offset += weights[k] ?? 0;
		}
		i = j;
	}
	const breaks = [...breaksMs].sort((a, b) => a - b);
	let b = 0;
	turns.forEach((turn, k) => {
		const start = turn.startMs ?? 0;
		const nextStart = turns[k + 1]?.startMs;
		while (b < breaks.length && (breaks[b] ?? 0) <= start) b++;
		if (turn.endMs !== undefined && turn.endMs >= start) return; // the source's own end
		const candidate = breaks[b];
		const breakAt = candidate !== undefined && (nextStart === undefined || candidate < nextStart) ? candidate : undefined;
		let end = breakAt ?? nextStart ?? start + (weights[k] ?? 1000);
		if (nextStart === undefined && breakAt === undefined && durationMs !== undefined && durationMs > start) end = Math.min(end, durationMs);
		turn.endMs = Math.max(start, Math.round(end));
	});
};
