import path from 'node:path';
import {TRACK_CHANNELS, TRACK_SAMPLE_RATE, decodeToTrackFormat} from '../../src/render/audio/decode-audio';
import {runFfmpeg} from '../../src/render/audio/run-ffmpeg';

/**
 * Listens to rendered files with the FFmpeg Remotion ships: where sounds start
 * (`silencedetect`), loudness (`loudnorm`), the audio stream's facts and its samples.
 */

/**
 * Where each sound of the first audio stream starts, in ms: the ends of the silences
 * `silencedetect` finds (below `noiseDb` for at least `minMs`), except the one that ends
 * with the file. `asetpts=N/SR/TB` first makes its clock count decoded samples from the
 * first one, so the times are where the samples are, whatever the container says.
 */
export const soundStartsMs = async ({file, noiseDb = -40, minMs = 50}: {file: string; noiseDb?: number; minMs?: number}): Promise<number[]> => {
	const {stderr} = await runFfmpeg({
		type: 'ffmpeg',
		args: [
			'-nostdin',
			'-stats',
			'-i',
			path.resolve(file),
			'-map',
			'0:a:0',
			'-af',
			`asetpts=N/SR/TB,silencedetect=noise=${noiseDb}dB:d=${minMs / 1000}`,
			'-f',
			'null',
			'-',
		],
	});
	const ends = [...stderr.matchAll(/silence_end: (-?[\d.]+)/g)].map((m) => Number(m[1]) * 1000);
	// The last progress line says how much was decoded (10 ms resolution): a silence ending there is the file's end.
	const times = [...stderr.matchAll(/time=(\d+):(\d+):([\d.]+)/g)];
	const last = times[times.length - 1];
	const endMs = last ? (Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3])) * 1000 : Number.POSITIVE_INFINITY;
	const starts = ends.filter((ms) => ms < endMs - 20);
	// A file that starts with sound has no silence before its first one.
	return /silence_start: 0(?:\.0+)?\b/.test(stderr) || !/silence_start/.test(stderr) ? starts : [0, ...starts];
};

/** FFmpeg's `loudnorm` measurement of the first audio stream (padded by 3 s: loudnorm leaves out the last ~3 s). */
export const loudnormOf = async ({file}: {file: string}): Promise<{integratedLufs: number; truePeakDb: number}> => {
	const {stderr} = await runFfmpeg({
		type: 'ffmpeg',
		args: [
			'-nostdin',
			'-nostats',
			'-i',
			path.resolve(file),
			'-map',
			'0:a:0',
			'-af',
			'apad=pad_dur=3,loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json',
			'-f',
			'null',
			'-',
		],
	});
	const at = stderr.lastIndexOf('[Parsed_loudnorm');
	const json = JSON.parse(stderr.slice(stderr.indexOf('{', at), stderr.indexOf('}', at) + 1)) as Record<string, string>;
	return {integratedLufs: Number(json.input_i), truePeakDb: Number(json.input_tp)};
};

/** Codec, rate, channels, start and duration of the first audio stream; null when there is none. */
export const probeAudio = async ({
	file,
}: {
	file: string;
}): Promise<{codec: string; sampleRate: number; channels: number; startSeconds: number; durationSeconds: number} | null> => {
	const {stdout} = await runFfmpeg({
		type: 'ffprobe',
		args: [
			'-v',
			'error',
			'-select_streams',
			'a:0',
			'-show_entries',
			'stream=codec_name,sample_rate,channels,start_time,duration',
			'-of',
			'json',
			path.resolve(file),
		],
	});
	const s = (
		JSON.parse(stdout.toString('utf8')) as {streams: {codec_name: string; sample_rate: string; channels: number; start_time: string; duration: string}[]}
	).streams[0];
	if (s === undefined) return null;
	return {
		codec: s.codec_name,
		sampleRate: Number(s.sample_rate),
		channels: s.channels,
		startSeconds: Number(s.start_time),
		durationSeconds: Number(s.duration),
	};
};

/** The first audio stream decoded to 48 kHz stereo floats (interleaved), as a player downmixes it. */
export const decodeTrack = ({file}: {file: string}): Promise<Float32Array> => decodeToTrackFormat({input: ['-i', path.resolve(file)]});

/** RMS of each video frame of a 48 kHz stereo track, in dBFS (−120 for digital silence). */
export const frameLevelsDb = ({samples, fps}: {samples: Float32Array; fps: number}): number[] => {
	const perFrame = TRACK_SAMPLE_RATE / fps;
	const frames = Math.floor(samples.length / TRACK_CHANNELS / perFrame);
	return Array.from({length: frames}, (_, f) => {
		let sum = 0;
		const a = Math.round(f * perFrame) * TRACK_CHANNELS;
		const b = Math.round((f + 1) * perFrame) * TRACK_CHANNELS;
		for (let i = a; i < b; i++) sum += (samples[i] ?? 0) ** 2;
		return Math.max(-120, 10 * Math.log10(sum / (b - a) + 1e-12));
	});
};
