import type {FrameRange} from './plan-schema';

/** One frame to draw and how many consecutive output frames show it. */
export type FrameRun = {frame: number; count: number};

/**
 * The frames of `[firstFrame, lastFrame]` that differ from the one before, given the
 * ranges where the picture is still: every frame outside a still range, and the first
 * frame of each still range (or of its part inside the window). `runs` cover the
 * window exactly, in order, so `Σ count = lastFrame − firstFrame + 1`.
 */
export const listDistinctFrames = ({stills, firstFrame, lastFrame}: {stills: FrameRange[]; firstFrame: number; lastFrame: number}): {runs: FrameRun[]} => {
	const ordered = [...stills].sort((a, b) => a.from - b.from);
	const runs: FrameRun[] = [];
	let frame = firstFrame;
	for (const still of ordered) {
		const start = Math.max(still.from, frame);
		const end = Math.min(still.from + still.durationInFrames - 1, lastFrame);
		if (end < start) continue;
		for (; frame < start; frame++) runs.push({frame, count: 1});
		runs.push({frame: start, count: end - start + 1});
		frame = end + 1;
	}
	for (; frame <= lastFrame; frame++) runs.push({frame, count: 1});
	return {runs};
};

/**
 * Still ranges cut at `cuts`: frames where the picture changes from the frame before
 * (a marked word moves on). Each range is split so no range holds a cut after its first
 * frame; cuts outside every range change nothing.
 */
export const splitStills = ({stills, cuts}: {stills: FrameRange[]; cuts: number[]}): FrameRange[] => {
	const sorted = [...new Set(cuts)].sort((a, b) => a - b);
	return stills.flatMap((still) => {
		const end = still.from + still.durationInFrames;
		const edges = [still.from, ...sorted.filter((c) => c > still.from && c < end), end];
		return edges.slice(1).map((to, i) => ({from: edges[i]!, durationInFrames: to - edges[i]!}));
	});
};

/**
 * When each change of a slower part of the picture (the bars of a level band) is drawn,
 * so that it adds as few distinct frames as it can: change i, due at frame `due[i]`, is
 * drawn on the first frame at or after it where the picture changes anyway — a frame
 * outside every still range, or the first frame of one (a marked word moving on, a
 * phrase fading in) — or on one an earlier change was drawn on; when none comes within
 * `maxWaitFrames`, it is drawn `maxWaitFrames` after it is due, and the changes due by
 * then join it. So such changes cost frames only in pauses, one per `maxWaitFrames` at
 * most, and are never drawn early nor more than `maxWaitFrames` late. `stills` are the
 * picture's still ranges without these changes; cut them at the result (`splitStills`).
 */
export const alignChanges = ({due, stills, maxWaitFrames}: {due: readonly number[]; stills: FrameRange[]; maxWaitFrames: number}): number[] => {
	const ordered = [...stills].sort((a, b) => a.from - b.from);
	// The first frame at or after `frame` that differs from the one before it (stills do not overlap).
	let s = 0;
	const nextChange = (frame: number): number => {
		while (s < ordered.length && ordered[s]!.from + ordered[s]!.durationInFrames <= frame) s++;
		const still = ordered[s];
		return still === undefined || frame <= still.from ? frame : still.from + still.durationInFrames;
	};
	const byDue = due.map((frame, i) => ({frame, i})).sort((a, b) => a.frame - b.frame || a.i - b.i);
	const drawnAt: number[] = new Array<number>(due.length);
	// The latest frame a forced change was drawn on: later changes due by then join it.
	let forced = Number.NEGATIVE_INFINITY;
	for (const {frame, i} of byDue) {
		const natural = nextChange(frame);
		if (forced >= frame && forced <= natural) drawnAt[i] = forced;
		else if (natural - frame <= maxWaitFrames) drawnAt[i] = natural;
		else {
			forced = frame + maxWaitFrames;
			drawnAt[i] = forced;
		}
	}
	return drawnAt;
};
