import {InternalError} from '../../errors';
/** The bit rate the finished track is encoded at: the same AAC (Fraunhofer FDK) and rate as Remotion's `renderMedia`. */
export const SOUND_TRACK_CODEC = ['-c:a', 'libfdk_aac', '-b:a', '320k'] as const;

/**
 * Rewrites the stitcher's FFmpeg arguments to take a finished audio track as its second
 * input: its `-an` (no audio, as `muted: true` asks) becomes `-i TRACK`, both streams
 * mapped, the track encoded as AAC into the MP4 (whose edit list removes the encoder's
 * priming, so the first sample plays at 0). Without a track the arguments stay as they
 * are: a silent video.
 */
export const withSoundTrack = ({args, track}: {args: string[]; track: string | null}): string[] => {
	if (track === null) return args;
	const at = args.indexOf('-an');
	if (at === -1) throw new InternalError({code: 'RENDER', problem: `expected -an in the stitcher arguments: ${args.slice(0, 16).join(' ')}`});
	return [...args.slice(0, at), '-i', track, '-map', '0:v:0', '-map', '1:a:0', ...SOUND_TRACK_CODEC, ...args.slice(at + 1)];
};
