import type React from 'react';
import {Easing, interpolate, useCurrentFrame} from 'remotion';
import {entryEndFrame} from '../../plan/timing';

type EntryTiming = {
	/** Frames of the incoming transition (0 for a clip or the first scene). */
	transitionInFrames: number;
	/** The plan's `entryFrames`: the entry ends at `entryEndFrame` (the transition's end, or this). */
	entryFrames: number;
};

/**
 * Style of an element entering its scene at `frame` (scene-local): a short rise and
 * fade that starts at `delayFrames` and ends exactly at `entryEndFrame`, where the plan's
 * still range begins. Clamped, so every later frame gets the identical (empty) style.
 */
const entryStyle = ({
	frame,
	transitionInFrames,
	entryFrames,
	delayFrames,
	risePx,
}: EntryTiming & {frame: number; delayFrames: number; risePx: number}): React.CSSProperties => {
	const end = entryEndFrame({transitionInFrames, entryFrames});
	const start = Math.min(Math.max(0, delayFrames), end - 1);
	const progress =
		end <= 0 ? 1 : interpolate(frame, [start, end], [0, 1], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: Easing.out(Easing.cubic)});
	if (progress >= 1) return {};
	return {opacity: progress, transform: `translateY(${((1 - progress) * risePx).toFixed(2)}px)`};
};

/** The entries of one scene: `entry(delayFrames, risePx)` gives each element's style at the current frame. */
export const useEntries = (timing: EntryTiming): ((delayFrames: number, risePx: number) => React.CSSProperties) => {
	const frame = useCurrentFrame();
	return (delayFrames, risePx) => entryStyle({frame, ...timing, delayFrames, risePx});
};
