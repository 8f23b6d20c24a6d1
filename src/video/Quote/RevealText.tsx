import type React from 'react';
import {interpolate, useCurrentFrame} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {cutAtMarks, lineStarts, markAt} from '../components/spoken-pieces';

/**
 * The quote exactly as the planner broke it (one row per line, `white-space: pre`), each
 * piece fading in with its reveal step. Hidden pieces keep their place (opacity 0), so
 * nothing reflows. The fade is clamped: outside `[fromFrame, fromFrame + duration]`
 * every piece is exactly 0 or 1, which keeps the plan's still ranges pixel-still.
 * A clip that plays its speaker has every word as a piece of its own, and the word being
 * said (`clip.marks`) in `markColor`: only a colour changes, nothing moves.
 */
export const RevealText: React.FC<{clip: Clip; color: string; markColor: string}> = ({clip, color, markColor}) => {
	const frame = useCurrentFrame();
	const opacityOf = clip.steps.map((step) =>
		step.durationInFrames === 0
			? Number(frame >= step.fromFrame)
			: interpolate(frame, [step.fromFrame, step.fromFrame + step.durationInFrames], [0, 1], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'}),
	);
	const marks = clip.marks ?? [];
	const current = markAt({marks, frame});
	const starts = lineStarts({text: clip.body.text, lines: clip.body.lines});
	return (
		<div style={{color, fontWeight: clip.body.weight, fontSize: clip.body.fontSizePx, lineHeight: clip.body.lineHeight}}>
			{clip.revealLines.map((pieces, i) => {
				let at = starts[i] ?? 0;
				const cut = pieces.flatMap((piece) => {
					const parts = cutAtMarks({line: piece.text, start: at, marks}).map((part) => ({...part, step: piece.step}));
					at += piece.text.length;
					return parts;
				});
				return (
					<div key={i} style={{whiteSpace: 'pre'}}>
						{cut.map((piece, j) => (
							<span key={j} style={{opacity: opacityOf[piece.step] ?? 1, ...(piece.mark !== -1 && piece.mark === current ? {color: markColor} : {})}}>
								{piece.text}
							</span>
						))}
					</div>
				);
			})}
		</div>
	);
};
