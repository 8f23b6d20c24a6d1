import type React from 'react';
import {interpolate, useCurrentFrame} from 'remotion';
import type {Clip} from '../../plan/clip-schema';

/**
 * The quote exactly as the planner broke it (one row per line, `white-space: pre`), each
 * piece fading in with its reveal step. Hidden pieces keep their place (opacity 0), so
 * nothing reflows. The fade is clamped: outside `[fromFrame, fromFrame + duration]`
 * every piece is exactly 0 or 1, which keeps the plan's still ranges pixel-still.
 */
export const RevealText: React.FC<{clip: Clip; color: string}> = ({clip, color}) => {
	const frame = useCurrentFrame();
	const opacityOf = clip.steps.map((step) =>
		interpolate(frame, [step.fromFrame, step.fromFrame + step.durationInFrames], [0, 1], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'}),
	);
	return (
		<div style={{color, fontWeight: clip.body.weight, fontSize: clip.body.fontSizePx, lineHeight: clip.body.lineHeight}}>
			{clip.revealLines.map((pieces, i) => (
				<div key={i} style={{whiteSpace: 'pre'}}>
					{pieces.map((piece, j) => (
						<span key={j} style={{opacity: opacityOf[piece.step] ?? 1}}>
							{piece.text}
						</span>
					))}
				</div>
			))}
		</div>
	);
};
