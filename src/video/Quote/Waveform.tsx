import {useAudioData} from '@remotion/media-utils';
import {getWaveformPortion} from '@remotion/media-utils';
import type React from 'react';
import {staticFile, useCurrentFrame} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {levelsFromAmplitudes} from '../../plan/clip-waveform';
import type {ClipLayout} from '../../plan/layout';

/**
 * The level band of an audiogram clip: one bar per slice of what it plays, as loud as
 * that slice (centred, so it reads as a waveform), in the speaker's colour once the voice
 * has reached it and in a dimmed `restColor` before. A bar changes only when it is reached.
 */
export const WaveformBars: React.FC<{
	bars: readonly number[];
	playedFrom: readonly number[];
	layout: ClipLayout;
	playedColor: string;
	restColor: string;
}> = ({bars, playedFrom, layout, playedColor, restColor}) => {
	const frame = useCurrentFrame();
	const {topPx, heightPx, barWidthPx, barGapPx} = layout.waveform;
	return (
		<div
			style={{
				position: 'absolute',
				left: layout.leftPx,
				width: layout.columnWidthPx,
				top: topPx,
				height: heightPx,
				display: 'flex',
				alignItems: 'center',
				gap: barGapPx,
			}}
		>
			{bars.map((level, i) => {
				const played = frame >= (playedFrom[i] ?? Number.POSITIVE_INFINITY);
				return (
					<div
						key={i}
						style={{
							flex: 'none',
							width: barWidthPx,
							height: Math.max(barWidthPx, level * heightPx),
							borderRadius: barWidthPx / 2,
							backgroundColor: played ? playedColor : restColor,
							opacity: played ? 1 : 0.45,
						}}
					/>
				);
			})}
		</div>
	);
};

/**
 * Studio's level band for a clip the renderer has not measured (`clip.waveform.bars`
 * null): the planned bars, their levels from the recording's own span, decoded in the
 * browser by `@remotion/media-utils`, on the same scale. Renders always pass the bars
 * measured from the finished track.
 */
export const StudioWaveform: React.FC<{clip: Clip; media: string; playedColor: string; restColor: string}> = ({clip, media, playedColor, restColor}) => {
	const audioData = useAudioData(staticFile(media));
	const {audio, waveform} = clip;
	if (audioData === null || audio === null || waveform === null) return null;
	const portion = getWaveformPortion({
		audioData,
		startTimeInSeconds: audio.fromMs / 1000,
		durationInSeconds: (audio.toMs - audio.fromMs) / 1000,
		numberOfSamples: waveform.playedFrom.length,
	});
	return (
		<WaveformBars
			bars={levelsFromAmplitudes({amplitudes: portion.map((p) => p.amplitude)})}
			playedFrom={waveform.playedFrom}
			layout={clip.layout}
			playedColor={playedColor}
			restColor={restColor}
		/>
	);
};
