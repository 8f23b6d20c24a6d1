import type React from 'react';

/** A scene's content column: the box the planner fitted its text to, full height, contents centred vertically. */
export const SceneColumn: React.FC<{box: {left: number; width: number}; children: React.ReactNode}> = ({box, children}) => (
	<div style={{position: 'absolute', left: box.left, width: box.width, top: 0, bottom: 0, display: 'flex', flexDirection: 'column', justifyContent: 'center'}}>
		{children}
	</div>
);
