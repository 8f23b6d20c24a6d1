import type React from 'react';
import {Easing, interpolate, useCurrentFrame} from 'remotion';
import {ENTRY_ANIMATION_FRAMES} from '../../plan/layout';

/**
 * Style of an element entering its scene: a short rise and fade that starts at
 * `delayFrames` (scene-local) and ends exactly at `transitionInFrames +
 * ENTRY_ANIMATION_FRAMES`, where the plan's still range begins. Clamped, so every
 * later frame gets the identical style.
 */
export const useEntry = ({
	transitionInFrames,
	delayFrames = 0,
	risePx,
}: {
	transitionInFrames: number;
	delayFrames?: number;
	risePx: number;
}): React.CSSProperties => {
	const frame = useCurrentFrame();
	const end = transitionInFrames + ENTRY_ANIMATION_FRAMES;
	const start = Math.min(Math.max(0, delayFrames), end - 1);
	const progress = interpolate(frame, [start, end], [0, 1], {
		extrapolateLeft: 'clamp',
		extrapolateRight: 'clamp',
		easing: Easing.out(Easing.cubic),
	});
	if (progress >= 1) return {};
	return {opacity: progress, transform: `translateY(${((1 - progress) * risePx).toFixed(2)}px)`};
};
