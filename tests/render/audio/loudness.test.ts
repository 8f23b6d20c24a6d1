import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {decodeAudio} from '../../../src/render/audio/decode-audio';
import {limitPeaks, measureLoudness} from '../../../src/render/audio/loudness';
import {probeMedia} from '../../../src/render/audio/probe-media';
import {encodeWav} from '../../../src/render/audio/wav';
import {PROJECT_ROOT} from '../../../src/render/project-root';
import {loudnormOf} from '../../support/inspect-audio';

/** The BS.1770 meter in JavaScript, checked against FFmpeg's loudnorm on the same samples. */

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-loudness-'));
});
afterAll(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

const SR = 48_000;
/** Stereo: `seconds` of a sine at `amplitude`, then as much silence. */
const toneThenSilence = ({hz, amplitude, seconds}: {hz: number; amplitude: number; seconds: number}): Float32Array => {
	const out = new Float32Array(2 * SR * seconds * 2);
	for (let i = 0; i < SR * seconds; i++) out[2 * i] = out[2 * i + 1] = amplitude * Math.sin((2 * Math.PI * hz * i) / SR);
	return out;
};

describe('measureLoudness', () => {
	it.each([
		// EBU Tech 3341's reference: a 1 kHz sine at X dBFS on both channels reads X LUFS (±0.1).
		['1 kHz at −20 dBFS, both channels', toneThenSilence({hz: 1000, amplitude: 10 ** (-20 / 20), seconds: 8}), -20],
		['100 Hz at −12 dBFS', toneThenSilence({hz: 100, amplitude: 10 ** (-12 / 20), seconds: 6}), null],
		['5 kHz at −30 dBFS', toneThenSilence({hz: 5000, amplitude: 10 ** (-30 / 20), seconds: 6}), null],
	])(
		'agrees with loudnorm within 0.5 LU: %s',
		async (name, samples, expected) => {
			const file = path.join(dir, `${name.replace(/\W+/g, '-')}.wav`);
			await writeFile(file, encodeWav({samples, sampleRate: SR, channels: 2}));
			const js = measureLoudness({samples, sampleRate: SR, channels: 2}).integratedLufs;
			const ff = (await loudnormOf({file})).integratedLufs;
			expect(Math.abs(js - ff)).toBeLessThan(0.5);
			if (expected !== null) expect(Math.abs(js - expected)).toBeLessThan(0.1);
		},
		60_000,
	);

	it('agrees with loudnorm on real speech (LibriSpeech, read English)', async () => {
		const media = await probeMedia({file: path.join(PROJECT_ROOT, 'public/librispeech-1995-1837-0001.wav')});
		const samples = await decodeAudio({file: media.file, channels: media.channels, fromMs: 0, toMs: media.durationMs});
		const file = path.join(dir, 'speech.wav');
		await writeFile(file, encodeWav({samples, sampleRate: SR, channels: 2}));
		const js = measureLoudness({samples, sampleRate: SR, channels: 2}).integratedLufs;
		expect(Math.abs(js - (await loudnormOf({file})).integratedLufs)).toBeLessThan(0.5);
	}, 60_000);

	it('gates out silence: minus infinity for nothing, and a tone’s loudness does not change with silence after it', () => {
		expect(measureLoudness({samples: new Float32Array(SR * 2), sampleRate: SR, channels: 2}).integratedLufs).toBe(Number.NEGATIVE_INFINITY);
		const short = toneThenSilence({hz: 1000, amplitude: 0.1, seconds: 3});
		const long = new Float32Array(short.length * 4);
		long.set(short);
		const a = measureLoudness({samples: short, sampleRate: SR, channels: 2}).integratedLufs;
		const b = measureLoudness({samples: long, sampleRate: SR, channels: 2}).integratedLufs;
		expect(Math.abs(a - b)).toBeLessThan(0.05);
	});
});

describe('limitPeaks', () => {
	it('keeps every sample under the ceiling, and leaves the quiet ones alone', () => {
		const samples = toneThenSilence({hz: 440, amplitude: 0.3, seconds: 1});
		for (let i = 20_000; i < 20_050; i++) samples[i] = i % 2 === 0 ? 1.4 : -1.4;
		const {samples: out, limitedFrames} = limitPeaks({samples, sampleRate: SR, channels: 2, ceilingDb: -1.5});
		expect(limitedFrames).toBe(25);
		const ceiling = 10 ** (-1.5 / 20);
		expect(out.every((v) => Math.abs(v) <= ceiling + 1e-7)).toBe(true);
		// A sample well away from the burst (more than the 5 ms window) is untouched.
		expect(out[2000]).toBe(samples[2000]);
		expect(out[40_000]).toBe(samples[40_000]);
	});

	it('copies a track that needs nothing', () => {
		const samples = toneThenSilence({hz: 440, amplitude: 0.5, seconds: 1});
		const {samples: out, limitedFrames} = limitPeaks({samples, sampleRate: SR, channels: 2, ceilingDb: -1.5});
		expect(limitedFrames).toBe(0);
		expect(Buffer.from(out.buffer).equals(Buffer.from(samples.buffer))).toBe(true);
		expect(out).not.toBe(samples);
	});
});
