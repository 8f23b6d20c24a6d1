import {copyFile} from 'node:fs/promises';
import path from 'node:path';
import {SOUND_TRACK_CODEC} from '../audio/mux-sound-track';
import {runFfmpeg} from '../audio/run-ffmpeg';
import {writeFileAtomic} from '../write-file-atomic';

/** A muxing or cutting FFmpeg run on a downloaded video may take this long (a three-minute recap copies in about a second). */
const FINISH_TIMEOUT_MS = 600_000;

/**
 * The video Lambda rendered muted, with the sound track built here muxed onto it, into
 * `target` (written atomically): the frames copied as they are (`-c:v copy`), the track
 * encoded as the fast renderer encodes it (`SOUND_TRACK_CODEC`) straight into the MP4,
 * whose edit list skips the encoder's priming, so the first sample plays at 0 as in a
 * local render. No track: the video as it came.
 */
export const muxSoundOnto = async ({video, soundTrack, target}: {video: string; soundTrack: string | null; target: string}): Promise<void> => {
	await writeFileAtomic({
		target,
		write: async (temp) => {
			if (soundTrack === null) return copyFile(video, temp);
			await runFfmpeg({
				type: 'ffmpeg',
				args: [
					...['-nostdin', '-v', 'error', '-y', '-i', path.resolve(video), '-i', path.resolve(soundTrack)],
					...['-map', '0:v:0', '-map', '1:a:0', '-c:v', 'copy', ...SOUND_TRACK_CODEC],
					...['-movflags', '+faststart', '-f', 'mp4', path.resolve(temp)],
				],
				timeoutMs: FINISH_TIMEOUT_MS,
			});
		},
	});
};

/**
 * A clip's share card: the last frame of its video, as a PNG (`target`, written
 * atomically). FFmpeg decodes the final second and keeps overwriting one image, so what
 * stays is the last frame.
 */
export const lastFrameAsPng = async ({video, target}: {video: string; target: string}): Promise<void> => {
	await writeFileAtomic({
		target,
		write: async (temp) => {
			await runFfmpeg({
				type: 'ffmpeg',
				args: [
					...['-nostdin', '-v', 'error', '-y', '-sseof', '-1', '-i', path.resolve(video)],
					...['-map', '0:v:0', '-update', '1', '-c:v', 'png', '-pix_fmt', 'rgb24', '-f', 'image2', path.resolve(temp)],
				],
				timeoutMs: FINISH_TIMEOUT_MS,
			});
		},
	});
};
