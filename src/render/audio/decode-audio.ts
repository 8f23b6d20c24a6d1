import {decodeWav} from './wav';
import {runFfmpeg} from './run-ffmpeg';

/** Every track is built at 48 kHz stereo: Remotion's own rate, and AAC's. */
export const TRACK_SAMPLE_RATE = 48_000;
export const TRACK_CHANNELS = 2;

/** A time in ms of a track at TRACK_SAMPLE_RATE → its sample index: the one ms → sample conversion. */
export const msToSample = (ms: number): number => Math.round((ms * TRACK_SAMPLE_RATE) / 1000);

/**
 * `[fromMs, toMs)` of a file's first audio track as 48 kHz stereo floats (interleaved),
 * exactly `msToSample(toMs) − msToSample(fromMs)` frames long: FFmpeg seeks on the input
 * (it decodes from before the point and drops samples up to it, sample-exact for WAV,
 * FLAC, MP3, AAC in MP4 and Opus in Ogg), the result is padded with silence or cut to
 * length. A mono file is played on both channels at full level, as Remotion's `<Audio>`
 * plays it (a plain downmix would put it 3 dB lower).
 */
export const decodeAudio = async ({file, channels, fromMs, toMs}: {file: string; channels: number; fromMs: number; toMs: number}): Promise<Float32Array> => {
	const first = msToSample(fromMs);
	const frames = Math.max(0, msToSample(toMs) - first);
	const out = new Float32Array(frames * TRACK_CHANNELS);
	if (frames === 0) return out;
	const {stdout} = await runFfmpeg({
		type: 'ffmpeg',
		args: [
			'-v',
			'error',
			'-nostdin',
			'-ss',
			(first / TRACK_SAMPLE_RATE).toFixed(6),
			'-t',
			(frames / TRACK_SAMPLE_RATE).toFixed(6),
			'-i',
			file,
			'-map',
			'0:a:0',
			...(channels === 1 ? ['-af', 'pan=stereo|c0=c0|c1=c0'] : []),
			'-ac',
			String(TRACK_CHANNELS),
			'-ar',
			String(TRACK_SAMPLE_RATE),
			'-c:a',
			'pcm_s16le',
			'-bitexact',
			'-f',
			'wav',
			'-',
		],
	});
	const {samples} = decodeWav(stdout);
	out.set(samples.subarray(0, Math.min(out.length, samples.length)));
	return out;
};
