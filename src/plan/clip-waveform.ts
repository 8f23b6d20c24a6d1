import {InternalError} from '../errors';
import type {Clip, Waveform} from './clip-schema';
import type {ClipLayout} from './layout';
import {alignChanges} from './list-distinct-frames';
import type {AudioSpan, FrameRange} from './plan-schema';
import {audioFrames} from './plan-speech';
import {MIN_MARK_MS, msToFrames} from './timing';

/** Bars this far under the loudest one (in dB) are drawn at the least height: the scale of the level band. */
export const WAVEFORM_RANGE_DB = 40;

/**
 * A bar of the level band lights on a frame where the picture changes anyway (a marked
 * word moving on, a phrase fading in), at most this late after the voice reaches it; in a
 * pause longer than this, the band moves on its own, at most once per this much. So the
 * band and the marks change on the same frames, and a voiced clip draws about as many
 * frames as its marks ask for (one or two a second: MIN_MARK_MS), not the sum of
 * the two rates.
 */
export const WAVEFORM_MAX_WAIT_MS = MIN_MARK_MS;

/** How many bars a clip's level band holds: as many as fit across its column. */
export const waveformBarCount = ({layout}: {layout: ClipLayout}): number => {
	const {barWidthPx, barGapPx} = layout.waveform;
	return Math.max(1, Math.floor((layout.columnWidthPx + barGapPx) / (barWidthPx + barGapPx)));
};

/**
 * The level band of a clip that plays `audio`: as many bars as its column holds, spread
 * over the span, bar i due as played on the frame the voice reaches the start of its
 * slice, and drawn so on the first frame from then on where the rest of the picture
 * changes (`stills`: the clip's still ranges without the band), or WAVEFORM_MAX_WAIT_MS
 * late in a pause (`alignChanges`), and by the last frame the voice is heard on at the
 * latest. Each of those frames changes the picture, so the clip's still ranges are cut
 * there. Its levels are measured once the sound is built (`withWaveformLevels`).
 */
export const planWaveform = ({audio, layout, fps, stills}: {audio: AudioSpan; layout: ClipLayout; fps: number; stills: FrameRange[]}): Waveform => {
	const bars = waveformBarCount({layout});
	const lengthMs = audio.toMs - audio.fromMs;
	const due = Array.from({length: bars}, (_, i) => audio.atFrame + Math.ceil((((lengthMs * i) / bars) * fps) / 1000));
	const maxWaitFrames = Math.max(1, msToFrames({ms: WAVEFORM_MAX_WAIT_MS, fps}));
	// No bar waits until the voice has stopped.
	const heard = audioFrames({audio, fps});
	const lastHeard = heard.from + heard.durationInFrames - 1;
	return {playedFrom: alignChanges({due, stills, maxWaitFrames}).map((frame) => Math.min(frame, lastHeard)), bars: null};
};

/**
 * The level of `bars` equal slices of frames `[from, to)` of interleaved samples: each
 * slice's RMS in dB, relative to the loudest slice, mapped from −WAVEFORM_RANGE_DB..0 to
 * 0..1 and rounded to 3 decimals (stable JSON). Pure arithmetic on the samples the
 * renderer built, so the bars show what is heard, after fades and loudness.
 */
export const waveformLevels = ({
	samples,
	channels,
	from,
	to,
	bars,
}: {
	samples: Float32Array;
	channels: number;
	from: number;
	to: number;
	bars: number;
}): number[] => {
	const db = Array.from({length: bars}, (_, i) => {
		const a = from + Math.floor(((to - from) * i) / bars);
		const b = Math.max(a + 1, from + Math.floor(((to - from) * (i + 1)) / bars));
		let sum = 0;
		let n = 0;
		for (let f = a; f < b; f++) {
			for (let c = 0; c < channels; c++) {
				const v = samples[f * channels + c] ?? 0;
				sum += v * v;
				n++;
			}
		}
		return 10 * Math.log10(sum / Math.max(1, n) + 1e-12);
	});
	const loudest = db.reduce((a, b) => Math.max(a, b), -Infinity);
	return db.map((d) => Math.round(Math.max(0, Math.min(1, 1 + (d - loudest) / WAVEFORM_RANGE_DB)) * 1000) / 1000);
};

/** The clip with its level band's measured `levels`, one per bar (`waveformLevels`); a silent clip is returned as it is. */
export const withWaveformLevels = ({clip, levels}: {clip: Clip; levels: number[]}): Clip => {
	if (clip.waveform === null) return clip;
	if (levels.length !== clip.waveform.playedFrom.length)
		throw new InternalError({
			code: 'RENDER',
			problem: `${levels.length} levels were measured for the ${clip.waveform.playedFrom.length} bars of clip ${clip.quoteId}`,
		});
	return {...clip, waveform: {...clip.waveform, bars: levels}};
};

/** Peak amplitudes of slices (0–1, as `getWaveformPortion` gives them) on the level band's dB scale, relative to the loudest. */
export const levelsFromAmplitudes = ({amplitudes}: {amplitudes: number[]}): number[] => {
	const db = amplitudes.map((a) => 20 * Math.log10(Math.max(a, 1e-6)));
	const loudest = db.reduce((a, b) => Math.max(a, b), -Infinity);
	return db.map((d) => Math.round(Math.max(0, Math.min(1, 1 + (d - loudest) / WAVEFORM_RANGE_DB)) * 1000) / 1000);
};
