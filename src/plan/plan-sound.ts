import type {AudioSpan, FrameRange, MusicBed, Sound} from './plan-schema';
import {audioFrames} from './plan-speech';
import {MUSIC_DUCK_RAMP_MS, MUSIC_FADE_IN_MS, MUSIC_FADE_OUT_MS} from './timing';

/**
 * Where the bed sits against the speech (−16 LUFS): 10 LU under it while nothing is said
 * (titles, section slides), clearly a background, and 14 dB lower again under a voice,
 * where broadcast mixing guides put music under dialogue (about 20–25 LU below).
 */
export const MUSIC_BED_DB = -10;
export const MUSIC_DUCK_DB = 14;

/**
 * What a planned video plays, recap or clip alike: the recording (`media`, its name under
 * public/), the spans of it the video plays, in order, and the music bed, ducked under
 * each span. Nothing (a silent video) when it has neither a recording nor music.
 */
export const planSound = ({
	media,
	music,
	spans,
	fps,
}: {
	media: string | null;
	music: {src: string} | null;
	spans: AudioSpan[];
	fps: number;
}): {sound?: Sound} => {
	if (media === null && music === null) return {};
	const ducks = spans.map((audio) => audioFrames({audio, fps}));
	return {sound: {media, music: music === null ? null : planMusicBed({src: music.src, ducks}), spans}};
};

/** The music bed of a video from its file's name and the frame ranges that play speech. */
const planMusicBed = ({src, ducks}: {src: string; ducks: FrameRange[]}): MusicBed => ({
	src,
	bedDb: MUSIC_BED_DB,
	duckDb: MUSIC_DUCK_DB,
	duckRampMs: MUSIC_DUCK_RAMP_MS,
	fadeInMs: MUSIC_FADE_IN_MS,
	fadeOutMs: MUSIC_FADE_OUT_MS,
	ducks,
});

/**
 * A span's gain `ms` into it (0 at its first sample): its linear fades,
 * `min(1, ms / fadeInMs, (length − ms) / fadeOutMs)`, never below 0. The one curve both
 * renderers play: the Node mixer sample by sample, `<Audio>` (Studio, the plain
 * renderer) once a frame.
 */
export const spanGainAt = ({audio, ms}: {audio: Pick<AudioSpan, 'fromMs' | 'toMs' | 'fadeInMs' | 'fadeOutMs'>; ms: number}): number => {
	const fadeIn = audio.fadeInMs > 0 ? ms / audio.fadeInMs : 1;
	const fadeOut = audio.fadeOutMs > 0 ? (audio.toMs - audio.fromMs - ms) / audio.fadeOutMs : 1;
	return Math.max(0, Math.min(1, fadeIn, fadeOut));
};

/**
 * The bed's gain at `ms` of the video, as a factor of its level (1 = `bedDb` against the
 * speech): faded in over `fadeInMs` and out over the last `fadeOutMs`, and `duckDb`
 * lower inside each duck, ramping down over `duckRampMs` before it and up after it
 * (linear in dB). The one curve both renderers play: the Node mixer per millisecond, the
 * plain path per frame.
 */
export const musicGainAt = ({music, fps, durationInFrames, ms}: {music: MusicBed; fps: number; durationInFrames: number; ms: number}): number => {
	const endMs = (durationInFrames * 1000) / fps;
	const fadeIn = music.fadeInMs > 0 ? ms / music.fadeInMs : 1;
	const fadeOut = music.fadeOutMs > 0 ? (endMs - ms) / music.fadeOutMs : 1;
	const fade = Math.max(0, Math.min(1, fadeIn, fadeOut));
	let depth = 0;
	for (const duck of music.ducks) {
		const a = (duck.from * 1000) / fps;
		const b = ((duck.from + duck.durationInFrames) * 1000) / fps;
		const ramp = Math.max(1, music.duckRampMs);
		const d = ms < a ? 1 - (a - ms) / ramp : ms > b ? 1 - (ms - b) / ramp : 1;
		if (d > depth) depth = Math.min(1, d);
	}
	return fade * 10 ** ((-music.duckDb * depth) / 20);
};
