import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {musicGainAt} from '../../../src/plan/plan-sound';
import type {Plan} from '../../../src/plan/plan-schema';
import {audioFrames} from '../../../src/plan/plan-speech';
import {planTalk} from '../../../src/plan/plan-talk';
import {SPEECH_TARGET_LUFS, TRACK_CEILING_DB, buildAudioTrack, frameToSample} from '../../../src/render/audio/build-audio-track';
import {TRACK_CHANNELS, TRACK_SAMPLE_RATE} from '../../../src/render/audio/decode-audio';
import {measureLoudness} from '../../../src/render/audio/loudness';
import {withSoundTrack} from '../../../src/render/audio/mux-sound-track';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../../src/render/audio/probe-media';
import {encodeWav} from '../../../src/render/audio/wav';
import {frameLevelsDb, loudnormOf} from '../../support/inspect-audio';
import {TONE_BURSTS_MS, makeToneRecording, makeToneTalk} from '../../support/tone-fixture';

/** The track a plan's sound becomes, built in Node: where the speech lands, how loud, the bed under it. */

let dir: string;
let media: ProbedMedia;
let music: ProbedMedia;
let plan: Plan;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-track-'));
	await writeFile(path.join(dir, 'tones.wav'), makeToneRecording());
	// A 3 s chord for the bed: shorter than the recap, so it loops.
	const chord = new Float32Array(3 * 44_100 * 2);
	for (let i = 0; i < chord.length / 2; i++)
		chord[2 * i] = chord[2 * i + 1] = 0.2 * (Math.sin((2 * Math.PI * 220 * i) / 44_100) + Math.sin((2 * Math.PI * 330 * i) / 44_100));
	await writeFile(path.join(dir, 'bed.wav'), encodeWav({samples: chord, sampleRate: 44_100, channels: 2}));
	[media, music] = await Promise.all([probeMedia({file: path.join(dir, 'tones.wav')}), probeMedia({file: path.join(dir, 'bed.wav'), label: 'music'})]);
	plan = planTalk({talk: makeToneTalk({pinEveryCue: true}), media: mediaRefOf(media), music: {src: music.src}}).recap;
}, 60_000);

afterAll(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

const build = ({withMusic = false, window}: {withMusic?: boolean; window?: [number, number]} = {}) =>
	buildAudioTrack({
		spans: plan.sound!.spans,
		media,
		music: withMusic ? {bed: plan.sound!.music!, file: music} : null,
		fps: plan.fps,
		durationInFrames: plan.durationInFrames,
		window: window ?? [0, plan.durationInFrames - 1],
	});

describe('buildAudioTrack', () => {
	it('is exactly as long as the frames, and every burst starts on the sample the plan puts it', async () => {
		const track = await build();
		expect(track.samples.length).toBe(frameToSample({frame: plan.durationInFrames, fps: plan.fps}) * TRACK_CHANNELS);
		const starts: number[] = [];
		for (let i = 0, quiet = Infinity; i < track.samples.length / 2; i++) {
			if (Math.abs(track.samples[2 * i]!) > 1e-3) {
				if (quiet > 4800) starts.push(i);
				quiet = 0;
			} else quiet++;
		}
		const expected = plan.sound!.spans.map(
			(s, k) => frameToSample({frame: s.atFrame, fps: plan.fps}) + ((TONE_BURSTS_MS[k]! - s.fromMs) * TRACK_SAMPLE_RATE) / 1000,
		);
		// A burst starts at sin(0) = 0: its first sample above the threshold is the next one.
		expect(starts.map((s, k) => s - expected[k]!)).toEqual([1, 1, 1]);
	});

	it(`brings the speech to ${SPEECH_TARGET_LUFS} LUFS, as FFmpeg’s loudnorm measures it too`, async () => {
		const track = await build();
		expect(track.speechLufs).toBeCloseTo(SPEECH_TARGET_LUFS, 6);
		const measured = measureLoudness({samples: track.samples, sampleRate: TRACK_SAMPLE_RATE, channels: 2}).integratedLufs;
		expect(Math.abs(measured - SPEECH_TARGET_LUFS)).toBeLessThan(0.1);
		const file = path.join(dir, 'speech.wav');
		await writeFile(file, encodeWav({samples: track.samples, sampleRate: TRACK_SAMPLE_RATE, channels: 2}));
		expect(Math.abs((await loudnormOf({file})).integratedLufs - SPEECH_TARGET_LUFS)).toBeLessThan(0.5);
		expect(track.samplePeakDb).toBeLessThanOrEqual(TRACK_CEILING_DB);
	});

	it('gives the same samples every time, and a window is the same samples as the whole', async () => {
		const [a, b] = [await build(), await build()];
		expect(Buffer.from(a.samples.buffer).equals(Buffer.from(b.samples.buffer))).toBe(true);
		const window: [number, number] = [200, 450];
		const part = await build({window});
		const whole = a.samples.subarray(frameToSample({frame: 200, fps: plan.fps}) * 2, frameToSample({frame: 451, fps: plan.fps}) * 2);
		expect(Buffer.from(part.samples.buffer).equals(Buffer.from(Float32Array.from(whole).buffer))).toBe(true);
	});

	it('lays the music bed under everything: at its level between voices, lower under them, never clipping', async () => {
		const track = await build({withMusic: true});
		const levels = frameLevelsDb({samples: track.samples, fps: plan.fps});
		const bed = plan.sound!.music!;
		const duck = bed.ducks[1]!;
		// Inside a span where the tone is silent (after its 300 ms burst), only the ducked bed plays.
		const underVoice = levels[duck.from + 20]!;
		// On the title card, the bed alone at its level.
		const alone = levels[60]!;
		const expected =
			20 * Math.log10(musicGainAt({music: bed, fps: plan.fps, durationInFrames: plan.durationInFrames, ms: ((duck.from + 20) * 1000) / plan.fps}));
		expect(underVoice - alone).toBeCloseTo(expected, 0);
		expect(alone).toBeGreaterThan(-40);
		expect(track.musicGainDb).not.toBe(0);
		// It loops: still playing near the end, after more than three times its length.
		expect(levels[plan.durationInFrames - 90]!).toBeGreaterThan(-50);
		expect(track.samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0)).toBeLessThanOrEqual(10 ** (TRACK_CEILING_DB / 20) + 1e-6);
		// The frames it dips in are the spans' own.
		expect(bed.ducks).toEqual(plan.sound!.spans.map((audio) => audioFrames({audio, fps: plan.fps})));
	});

	it('refuses a plan that plays speech without a recording', async () => {
		await expect(buildAudioTrack({spans: plan.sound!.spans, media: null, music: null, fps: 30, durationInFrames: 100, window: [0, 99]})).rejects.toThrow(
			/no recording/,
		);
	});
});

describe('withSoundTrack', () => {
	const args = ['-r', '30', '-f', 'image2pipe', '-i', 'frames.pipe', '-an', '-c:v', 'libx264', '-y', 'out.mp4'];

	it('swaps the stitcher’s -an for the track, both streams mapped, the track encoded as AAC', () => {
		expect(withSoundTrack({args, track: '/tmp/sound.wav'})).toEqual([
			'-r',
			'30',
			'-f',
			'image2pipe',
			'-i',
			'frames.pipe',
			'-i',
			'/tmp/sound.wav',
			'-map',
			'0:v:0',
			'-map',
			'1:a:0',
			'-c:a',
			'libfdk_aac',
			'-b:a',
			'320k',
			'-c:v',
			'libx264',
			'-y',
			'out.mp4',
		]);
	});

	it('leaves a silent video’s arguments alone, and refuses arguments it does not understand', () => {
		expect(withSoundTrack({args, track: null})).toBe(args);
		expect(() => withSoundTrack({args: args.filter((a) => a !== '-an'), track: '/tmp/sound.wav'})).toThrow(/expected -an/);
	});
});
