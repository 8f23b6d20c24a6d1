/**
 * Loudness as ITU-R BS.1770-4 and EBU R 128 measure it, in plain JavaScript: K-weighting
 * (a high shelf and a high pass, their coefficients derived for the sample rate as
 * libebur128 and pyloudnorm do), mean square over 400 ms blocks every 100 ms, an absolute
 * gate at −70 LUFS and a relative gate 10 LU under the gated mean. Checked against
 * FFmpeg's `loudnorm` in the tests.
 */

type Biquad = {b0: number; b1: number; b2: number; a1: number; a2: number};

const kWeighting = (sampleRate: number): [Biquad, Biquad] => {
	// Stage 1: the head's high shelf, +4 dB above ~1.7 kHz.
	const f0 = 1681.974450955533;
	const gainDb = 3.999843853973347;
	const q = 0.7071752369554196;
	let k = Math.tan((Math.PI * f0) / sampleRate);
	const vh = 10 ** (gainDb / 20);
	const vb = vh ** 0.4996667741545416;
	let a0 = 1 + k / q + k * k;
	const shelf = {
		b0: (vh + (vb * k) / q + k * k) / a0,
		b1: (2 * (k * k - vh)) / a0,
		b2: (vh - (vb * k) / q + k * k) / a0,
		a1: (2 * (k * k - 1)) / a0,
		a2: (1 - k / q + k * k) / a0,
	};
	// Stage 2: the RLB high pass at ~38 Hz.
	const f1 = 38.13547087602444;
	const q1 = 0.5003270373238773;
	k = Math.tan((Math.PI * f1) / sampleRate);
	a0 = 1 + k / q1 + k * k;
	const highPass = {b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q1 + k * k) / a0};
	return [shelf, highPass];
};

const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = 10;

/**
 * Integrated loudness (LUFS) and sample peak (dBFS) of interleaved float samples, both
 * channels weighted 1.0; `-Infinity` LUFS when nothing is above the absolute gate.
 */
export const measureLoudness = ({
	samples,
	sampleRate,
	channels,
}: {
	samples: Float32Array;
	sampleRate: number;
	channels: number;
}): {integratedLufs: number; samplePeakDb: number} => {
	const frames = Math.floor(samples.length / channels);
	const power = new Float64Array(frames);
	let peak = 0;
	const stages = kWeighting(sampleRate);
	for (let c = 0; c < channels; c++) {
		const state = stages.map(() => ({x1: 0, x2: 0, y1: 0, y2: 0}));
		for (let i = 0; i < frames; i++) {
			let v = samples[i * channels + c] ?? 0;
			if (Math.abs(v) > peak) peak = Math.abs(v);
			for (let s = 0; s < 2; s++) {
				const f = stages[s]!;
				const z = state[s]!;
				const y = f.b0 * v + f.b1 * z.x1 + f.b2 * z.x2 - f.a1 * z.y1 - f.a2 * z.y2;
				z.x2 = z.x1;
				z.x1 = v;
				z.y2 = z.y1;
				z.y1 = y;
				v = y;
			}
			power[i] = (power[i] ?? 0) + v * v;
		}
	}
	const sums = new Float64Array(frames + 1);
	for (let i = 0; i < frames; i++) sums[i + 1] = sums[i]! + power[i]!;
	const block = Math.round(0.4 * sampleRate);
	const hop = Math.round(0.1 * sampleRate);
	const blocks: number[] = [];
	for (let at = 0; at + block <= frames; at += hop) blocks.push((sums[at + block]! - sums[at]!) / block);
	const lufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	const samplePeakDb = 20 * Math.log10(peak);
	const loud = blocks.filter((z) => lufs(z) > ABSOLUTE_GATE_LUFS);
	if (loud.length === 0) return {integratedLufs: Number.NEGATIVE_INFINITY, samplePeakDb};
	const gate = lufs(mean(loud)) - RELATIVE_GATE_LU;
	return {integratedLufs: lufs(mean(loud.filter((z) => lufs(z) > gate))), samplePeakDb};
};

/**
 * A look-ahead peak limiter: no sample leaves above `ceilingDb`. The gain at each sample
 * is the smallest any sample within `windowMs` around it needs, smoothed by a moving
 * average over the same window (so it starts to dip before a peak and recovers after it,
 * without clicks), and never above what the sample itself needs. Deterministic, O(n).
 * Returns a new array and how many samples it touched.
 */
export const limitPeaks = ({
	samples,
	sampleRate,
	channels,
	ceilingDb,
	windowMs = 5,
}: {
	samples: Float32Array;
	sampleRate: number;
	channels: number;
	ceilingDb: number;
	windowMs?: number;
}): {samples: Float32Array; limitedFrames: number} => {
	const ceiling = 10 ** (ceilingDb / 20);
	const frames = Math.floor(samples.length / channels);
	const w = Math.max(1, Math.round((windowMs * sampleRate) / 1000));
	const need = new Float32Array(frames);
	let limitedFrames = 0;
	for (let i = 0; i < frames; i++) {
		let p = 0;
		for (let c = 0; c < channels; c++) p = Math.max(p, Math.abs(samples[i * channels + c] ?? 0));
		need[i] = p > ceiling ? ceiling / p : 1;
		if (p > ceiling) limitedFrames++;
	}
	if (limitedFrames === 0) return {samples: Float32Array.from(samples), limitedFrames};
	// Sliding minimum of `need` over [i − w, i + w] (a monotonic queue).
	const windowMin = new Float32Array(frames);
	const queue = new Int32Array(frames);
	let head = 0;
	let tail = 0;
	for (let j = 0; j < frames + w; j++) {
		if (j < frames) {
			while (tail > head && need[queue[tail - 1]!]! >= need[j]!) tail--;
			queue[tail++] = j;
		}
		const i = j - w;
		if (i >= 0) {
			while (queue[head]! < i - w) head++;
			windowMin[i] = need[queue[head]!]!;
		}
	}
	const sums = new Float64Array(frames + 1);
	for (let i = 0; i < frames; i++) sums[i + 1] = sums[i]! + windowMin[i]!;
	const half = Math.floor(w / 2);
	const out = new Float32Array(samples.length);
	for (let i = 0; i < frames; i++) {
		const a = Math.max(0, i - half);
		const b = Math.min(frames, i + half + 1);
		const gain = Math.min((sums[b]! - sums[a]!) / (b - a), need[i]!);
		for (let c = 0; c < channels; c++) out[i * channels + c] = (samples[i * channels + c] ?? 0) * gain;
	}
	return {samples: out, limitedFrames};
};
