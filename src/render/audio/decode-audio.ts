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
	const samples = await decodeToTrackFormat({
		input: ['-ss', (first / TRACK_SAMPLE_RATE).toFixed(6), '-t', (frames / TRACK_SAMPLE_RATE).toFixed(6), '-i', file],
		monoToBoth: channels === 1,
	});
	out.set(samples.subarray(0, Math.min(out.length, samples.length)));
	return out;
};

/**
 * The first audio track of FFmpeg's `input` arguments as 48 kHz stereo floats: a 16-bit
 * WAV on its stdout, read in Node (Remotion's FFmpeg has no raw PCM muxer). `monoToBoth`
 * plays a mono file on both channels at full level.
 */
export const decodeToTrackFormat = async ({input, monoToBoth = false}: {input: string[]; monoToBoth?: boolean}): Promise<Float32Array> => {
	const {stdout} = await runFfmpeg({
		type: 'ffmpeg',
		args: [
			'-v',
			'error',
			'-nostdin',
			...input,
			'-map',
			'0:a:0',
			...(monoToBoth ? ['-af', 'pan=stereo|c0=c0|c1=c0'] : []),
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
	return decodeWav(stdout).samples;
};
