import React from 'react';
import {AbsoluteFill, useCurrentFrame} from 'remotion';
import {FONT_FAMILY} from './load-fonts';
import {DEFAULT_THEME} from './theme';

/**
 * A bare composition for the render benchmark: flat colour and a frame counter that
 * changes every frame, so nothing in it is still. It measures what Remotion itself
 * costs on the machine, apart from talkreel's scenes.
 */
export const Baseline: React.FC = () => {
	const frame = useCurrentFrame();
	return (
		<AbsoluteFill style={{backgroundColor: DEFAULT_THEME.background, color: DEFAULT_THEME.foreground, fontFamily: FONT_FAMILY, justifyContent: 'center', alignItems: 'center', fontSize: 160, fontWeight: 800}}>
			{frame}
		</AbsoluteFill>
	);
};
