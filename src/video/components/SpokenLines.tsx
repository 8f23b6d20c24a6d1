import type React from 'react';
import type {SpokenMark, TextBlock} from '../../plan/plan-schema';
import {cutAtMarks, lineStarts, markAt} from './spoken-pieces';

/**
 * A text block exactly as the planner broke it (as `TextLines`), with the word being said
 * at absolute `frame` drawn in `markColor`. Only a colour changes from frame to frame:
 * no weight, size or box, so nothing moves and the line breaks stay the planner's.
 */
export const SpokenLines: React.FC<{
	block: TextBlock;
	marks: readonly SpokenMark[];
	frame: number;
	color: string;
	markColor: string;
	style?: React.CSSProperties;
}> = ({block, marks, frame, color, markColor, style}) => {
	const current = markAt({marks, frame});
	const starts = lineStarts({text: block.text, lines: block.lines});
	return (
		<div style={{color, fontWeight: block.weight, fontSize: block.fontSizePx, lineHeight: block.lineHeight, ...style}}>
			{block.lines.map((line, i) => (
				<div key={i} style={{whiteSpace: 'pre'}}>
					{cutAtMarks({line, start: starts[i] ?? 0, marks}).map((piece, j) => (
						<span key={j} style={piece.mark !== -1 && piece.mark === current ? {color: markColor} : undefined}>
							{piece.text}
						</span>
					))}
				</div>
			))}
		</div>
	);
};
