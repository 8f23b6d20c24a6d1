import {Audio} from '@remotion/media';
import type React from 'react';
import {Sequence, staticFile, useVideoConfig} from 'remotion';
import {musicGainAt} from '../../plan/music-bed';
import type {AudioSpan, Sound} from '../../plan/plan-schema';
import {audioFrames} from '../../plan/plan-speech';
import type {Mix} from './mix-schema';

/**
 * A span's gain on frame `frame` of its own sequence: `gain` times the fades, on the
 * same line the Node mixer follows sample by sample (`min(1, t / fadeIn, (length − t) /
 * fadeOut)`), here once a frame, as Remotion applies volume.
 */
export const spanVolumeAt = ({audio, fps, frame, gain}: {audio: AudioSpan; fps: number; frame: number; gain: number}): number => {
	const t = (frame * 1000) / fps;
	const lengthMs = audio.toMs - audio.fromMs;
	const fadeIn = audio.fadeInMs > 0 ? t / audio.fadeInMs : 1;
	const fadeOut = audio.fadeOutMs > 0 ? (lengthMs - t) / audio.fadeOutMs : 1;
	return gain * Math.max(0, Math.min(1, fadeIn, fadeOut));
};

/**
 * What a plan plays, as Remotion's own `<Audio>` elements (`@remotion/media`): each span
 * of the recording in a sequence at its frame, trimmed to it and faded; the music bed
 * looped under everything with its curve. Studio and the plain renderer play these; the
 * fast renderer does not mount them and muxes the track it built in Node instead.
 */
export const PlanSound: React.FC<{sound: Sound; spans: readonly AudioSpan[]; mix: Mix}> = ({sound, spans, mix}) => {
	const {fps, durationInFrames} = useVideoConfig();
	const speechGain = 10 ** (mix.speechGainDb / 20);
	const musicGain = 10 ** (mix.musicGainDb / 20);
	const media = sound.media;
	const music = sound.music;
	return (
		<>
			{media === null
				? null
				: spans.map((audio, i) => (
						<Sequence key={i} from={audio.atFrame} durationInFrames={audioFrames({audio, fps}).durationInFrames} layout="none" name={`speech ${i + 1}`}>
							<Audio
								src={staticFile(media)}
								trimBefore={(audio.fromMs * fps) / 1000}
								trimAfter={(audio.toMs * fps) / 1000}
								volume={(frame) => spanVolumeAt({audio, fps, frame, gain: speechGain})}
							/>
						</Sequence>
					))}
			{music === null ? null : (
				<Sequence from={0} durationInFrames={durationInFrames} layout="none" name="music">
					{/* `extend`: the curve's frame keeps counting through the loops, as the video's does. */}
					<Audio
						src={staticFile(music.src)}
						loop
						loopVolumeCurveBehavior="extend"
						volume={(frame) => musicGain * musicGainAt({music, fps, durationInFrames, ms: (frame * 1000) / fps})}
					/>
				</Sequence>
			)}
		</>
	);
};
