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
