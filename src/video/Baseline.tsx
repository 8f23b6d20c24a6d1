import type React from 'react';
import {AbsoluteFill, useCurrentFrame, type CalculateMetadataFunction} from 'remotion';
import {z} from 'zod';
import {FONT_FAMILY} from './load-fonts';
import {DEFAULT_THEME} from './theme';

/**
 * A bare composition for the render benchmark: flat colour and a frame counter that
 * changes every frame, so nothing in it is still. It measures what Remotion itself
 * costs on the machine, apart from talkreel's scenes.
 */
export const BaselinePropsSchema = z.object({durationInFrames: z.number().int().positive()});
export type BaselineProps = z.infer<typeof BaselinePropsSchema>;

export const calculateBaselineMetadata: CalculateMetadataFunction<BaselineProps> = ({props}) => ({durationInFrames: props.durationInFrames});

export const Baseline: React.FC<BaselineProps> = () => {
	const frame = useCurrentFrame();
	return (
		<AbsoluteFill
			style={{
				backgroundColor: DEFAULT_THEME.background,
				color: DEFAULT_THEME.foreground,
				fontFamily: FONT_FAMILY,
				justifyContent: 'center',
				alignItems: 'center',
				fontSize: 160,
				fontWeight: 800,
			}}
		>
			{frame}
		</AbsoluteFill>
	);
};
