import type React from 'react';
import type {TextBlock} from '../../plan/plan-schema';

/**
 * A text block exactly as the planner broke it: one row per line, `white-space: pre`,
 * at the size and weight it was measured in, so the browser never re-wraps what the
 * planner measured.
 */
export const TextLines: React.FC<{block: TextBlock; color: string; style?: React.CSSProperties}> = ({block, color, style}) => (
	<div style={{color, fontWeight: block.weight, fontSize: block.fontSizePx, lineHeight: block.lineHeight, ...style}}>
		{block.lines.map((line, i) => (
			<div key={i} style={{whiteSpace: 'pre'}}>
				{line}
			</div>
		))}
	</div>
);
