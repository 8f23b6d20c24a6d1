import {InternalError} from '../../errors';
import type {AudioSpan, MusicBed} from '../../plan/plan-schema';
import {musicGainAt, spanGainAt} from '../../plan/plan-sound';
import type {Mix} from '../../video/sound/mix-schema';
import {TRACK_CHANNELS, TRACK_SAMPLE_RATE, decodeAudio, msToSample} from './decode-audio';
import {limitPeaks, measureLoudness} from './loudness';
import type {ProbedMedia} from './probe-media';
import type {SoundCache} from './sound-cache';

/** Speech is brought to this integrated loudness: the common target of podcast platforms (Apple, Spotify's −14 is close). */
export const SPEECH_TARGET_LUFS = -16;
/** No sample of the finished track goes above this (1.5 dB of room for the AAC encoder's overshoot). */
export const TRACK_CEILING_DB = -1.5;
/** The most a quiet recording is raised (or a loud one lowered): beyond it, noise would be raised with it. */
const MAX_GAIN_DB = 30;
/** A looped music bed crosses its loop point with fades this long, so the loop does not click. */
const MUSIC_LOOP_FADE_MS = 20;

export type AudioTrack = Mix & {
	/** Interleaved 48 kHz stereo floats of the frames asked for. */
	samples: Float32Array;
	/** Loudness of the speech before and after its gain, and the finished track's sample peak (dBFS). */
	speechLufsBefore: number;
	speechLufs: number;
	samplePeakDb: number;
	/** Samples the limiter had to bring down. */
	limitedFrames: number;
};

/** Video frame → its first sample in a 48 kHz track. */
export const frameToSample = ({frame, fps}: {frame: number; fps: number}): number => Math.round((frame * TRACK_SAMPLE_RATE) / fps);

/**
 * The one audio track of a video, built in Node from what its plan says: each speech span
 * decoded from the recording, faded sample by sample and placed at its frame; the speech
 * brought to SPEECH_TARGET_LUFS (measured over the whole video, so a part rendered with
 * `--frames` sounds as it does in the whole); the music bed, if any, looped, at its level
 * against the speech and ducked under it; then a peak limiter at TRACK_CEILING_DB. Only
 * frames `[first, last]` are returned, exactly `(last − first + 1) / fps` long.
 * Deterministic: same plan and files, same samples. A clip batch passes its `cache`:
 * spans and the music bed decoded once for the batch, and one speech loudness for all
 * videos that play the same spans (a quote's three shapes), so they carry the same gain.
 */
export const buildAudioTrack = async ({
	spans,
	media,
	music,
	fps,
	durationInFrames,
	window,
	cache,
}: {
	spans: AudioSpan[];
	media: ProbedMedia | null;
	music: {bed: MusicBed; file: ProbedMedia} | null;
	fps: number;
	durationInFrames: number;
	window: [number, number];
	cache?: SoundCache | undefined;
}): Promise<AudioTrack> => {
	const decode = cache?.decode ?? decodeAudio;
	const total = frameToSample({frame: durationInFrames, fps});
	const speech = new Float32Array(total * TRACK_CHANNELS);
	if (spans.length > 0 && media === null) throw new InternalError({code: 'AUDIO', problem: 'the plan plays speech, but no recording was given'});
	// Decode two spans at a time; add them in plan order, so the sums are the same every run.
	const decoded = await mapLimited(spans, 2, (span) => decode({file: media!.file, channels: media!.channels, fromMs: span.fromMs, toMs: span.toMs}));
	spans.forEach((span, k) => {
		addFaded({into: speech, pcm: decoded[k]!, at: frameToSample({frame: span.atFrame, fps}), span});
	});

	const measureSpeech = () => measureLoudness({samples: speech, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS}).integratedLufs;
	// Where the spans sit does not change how loud they are: the same spans, faded the same, measure once.
	const before = cache === undefined ? measureSpeech() : cache.speechLufs(speechKey({media, spans}), measureSpeech);
	const speechGainDb = Number.isFinite(before) ? clampGain(SPEECH_TARGET_LUFS - before) : 0;
	// In place: a long recap's track is hundreds of MB, no copy is kept that is not needed.
	const mix = scaleInPlace(speech, 10 ** (speechGainDb / 20));

	let musicGainDb = 0;
	if (music !== null) {
		const videoMs = (durationInFrames * 1000) / fps;
		const loop = await decode({file: music.file.file, channels: music.file.channels, fromMs: 0, toMs: Math.min(music.file.durationMs, videoMs)});
		const level = measureLoudness({samples: loop, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS}).integratedLufs;
		musicGainDb = Number.isFinite(level) ? clampGain(SPEECH_TARGET_LUFS + music.bed.bedDb - level) : 0;
		addMusic({into: mix, loop, gain: 10 ** (musicGainDb / 20), gainAt: (ms) => musicGainAt({music: music.bed, fps, durationInFrames, ms})});
	}

	const limited = limitPeaks({samples: mix, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS, ceilingDb: TRACK_CEILING_DB});
	const [first, last] = window;
	const samples = limited.samples.slice(frameToSample({frame: first, fps}) * TRACK_CHANNELS, frameToSample({frame: last + 1, fps}) * TRACK_CHANNELS);
	return {
		samples,
		speechGainDb,
		musicGainDb,
		speechLufsBefore: before,
		speechLufs: Number.isFinite(before) ? before + speechGainDb : before,
		samplePeakDb: measureLoudness({samples, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS}).samplePeakDb,
		limitedFrames: limited.limitedFrames,
	};
};

/** What a speech loudness depends on: the recording and each span's times and fades, not where it is placed. */
const speechKey = ({media, spans}: {media: ProbedMedia | null; spans: AudioSpan[]}): string =>
	JSON.stringify([media?.file ?? null, spans.map((s) => [s.fromMs, s.toMs, s.fadeInMs, s.fadeOutMs])]);

const clampGain = (db: number): number => Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, db));

const scaleInPlace = (samples: Float32Array, gain: number): Float32Array => {
	for (let i = 0; i < samples.length; i++) samples[i]! *= gain;
	return samples;
};

/** Adds `pcm`, the samples of `span`, into `into` from frame `at`, each at the span's gain at its time (`spanGainAt`, as `<Audio>` plays it). */
const addFaded = ({into, pcm, at, span}: {into: Float32Array; pcm: Float32Array; at: number; span: AudioSpan}): void => {
	const frames = pcm.length / TRACK_CHANNELS;
	const total = into.length / TRACK_CHANNELS;
	const perMs = TRACK_SAMPLE_RATE / 1000;
	for (let i = 0; i < frames; i++) {
		const t = at + i;
		if (t < 0 || t >= total) continue;
		const gain = spanGainAt({audio: span, ms: i / perMs});
		for (let c = 0; c < TRACK_CHANNELS; c++) into[t * TRACK_CHANNELS + c]! += gain * pcm[i * TRACK_CHANNELS + c]!;
	}
};

/** Adds the music bed, looped over the whole track, at `gain` times its curve (evaluated once a millisecond). */
const addMusic = ({into, loop, gain, gainAt}: {into: Float32Array; loop: Float32Array; gain: number; gainAt: (ms: number) => number}): void => {
	const loopFrames = loop.length / TRACK_CHANNELS;
	if (loopFrames === 0) return;
	const total = into.length / TRACK_CHANNELS;
	const perMs = TRACK_SAMPLE_RATE / 1000;
	const edge = msToSample(MUSIC_LOOP_FADE_MS);
	const loops = total > loopFrames;
	let curve = 0;
	for (let t = 0; t < total; t++) {
		if (t % perMs === 0) curve = gain * gainAt(t / perMs);
		const i = t % loopFrames;
		// Only a bed that loops fades at its loop point.
		const seam = loops && edge > 0 ? Math.min(1, (i + 1) / edge, (loopFrames - i) / edge) : 1;
		for (let c = 0; c < TRACK_CHANNELS; c++) into[t * TRACK_CHANNELS + c]! += curve * seam * loop[i * TRACK_CHANNELS + c]!;
	}
};

/** `fn` over `items`, at most `limit` at once, results in order. */
const mapLimited = async <T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({length: Math.min(limit, items.length)}, async () => {
			while (next < items.length) {
				const k = next++;
				results[k] = await fn(items[k]!);
			}
		}),
	);
	return results;
};
