import type React from 'react';
import {AbsoluteFill} from 'remotion';
import {FONT_FAMILY} from '../load-fonts';
import type {Theme} from '../theme';

/** The opaque, flat background every scene paints, so fades and slides cover cleanly. */
export const SceneShell: React.FC<{theme: Theme; children: React.ReactNode}> = ({theme, children}) => (
	<AbsoluteFill
		style={{
			backgroundColor: theme.background,
			color: theme.foreground,
			fontFamily: FONT_FAMILY,
			fontKerning: 'normal',
			WebkitFontSmoothing: 'antialiased',
		}}
	>
		{children}
	</AbsoluteFill>
);
