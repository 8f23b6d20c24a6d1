import {Audio} from '@remotion/media';
import type React from 'react';
import {Sequence, staticFile, useVideoConfig} from 'remotion';
import type {Sound} from '../../plan/plan-schema';
import {musicGainAt, spanGainAt} from '../../plan/plan-sound';
import {audioFrames} from '../../plan/plan-speech';
import type {Mix} from './mix-schema';

/**
 * What a planned video plays, as Remotion's own `<Audio>` elements (`@remotion/media`):
 * each span of the recording in a sequence at its frame, trimmed to it and faded
 * (`spanGainAt`, once a frame, as Remotion applies volume); the music bed looped under
 * everything with its curve. Studio and the plain renderer play these; the fast renderer
 * does not mount them and muxes the track it built in Node, on the same curves, instead.
 */
export const PlanSound: React.FC<{sound: Sound; mix: Mix}> = ({sound, mix}) => {
	const {fps, durationInFrames} = useVideoConfig();
	const speechGain = 10 ** (mix.speechGainDb / 20);
	const musicGain = 10 ** (mix.musicGainDb / 20);
	const {media, music} = sound;
	return (
		<>
			{media === null
				? null
				: sound.spans.map((audio, i) => (
						<Sequence key={i} from={audio.atFrame} durationInFrames={audioFrames({audio, fps}).durationInFrames} layout="none" name={`speech ${i + 1}`}>
							<Audio
								src={staticFile(media)}
								trimBefore={(audio.fromMs * fps) / 1000}
								trimAfter={(audio.toMs * fps) / 1000}
								volume={(frame) => speechGain * spanGainAt({audio, ms: (frame * 1000) / fps})}
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
