import {renderStill} from '@remotion/renderer';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listDistinctFrames} from '../../src/plan/list-distinct-frames';
import type {Plan, QuoteScene} from '../../src/plan/plan-schema';
import {planClipJobs} from '../../src/plan/plan-clip-jobs';
import {type TalkPlan, planTalk} from '../../src/plan/plan-talk';
import {REMOTION_AAC_PRIMING_SAMPLES, restoreAacPriming} from '../../src/render/audio/aac-priming';
import {SPEECH_TARGET_LUFS} from '../../src/render/audio/build-audio-track';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../src/render/audio/probe-media';
import {encodeWav} from '../../src/render/audio/wav';
import {type RenderBrowser, browserOptions} from '../../src/render/browser';
import type {Bundle} from '../../src/render/bundle-project';
import {recapInputProps, selectIn} from '../../src/render/compositions';
import {renderClips} from '../../src/render/render-clips';
import {renderRecap} from '../../src/render/render-recap';
import type {RendererName} from '../../src/render/render-video-options';
import type {Talk} from '../../src/talk/talk-schema';
import {decodeTrack, frameLevelsDb, loudnormOf, probeAudio, soundStartsMs} from '../support/inspect-audio';
import {probeVideo} from '../support/inspect-video';
import {TONE_BURSTS_MS, makeToneRecording, makeToneTalk} from '../support/tone-fixture';
import {type RenderFixture, openRenderFixture} from '../support/render-fixture';

/**
 * Sync is a tested property: the tone-burst recording and its transcript, rendered short
 * and small (scale 0.25) by both renderers; Remotion's FFmpeg (`silencedetect`) finds
 * where each burst starts in the MP4, and it must be within a frame of where the plan
 * puts it. Remotion's own renderMedia plays its audio 42.67 ms late (AAC priming,
 * 2048 samples, kept by its ADTS intermediate): 1.28 frames, which this test would
 * catch; the plain renderer restores the priming at the mux (`restoreAacPriming`), so
 * both renderers are held to the same frame and to each other without an allowance.
 */

const FRAME_MS = 1000 / 30;
let fixture: RenderFixture | undefined;
let bundle: Bundle;
let browser: RenderBrowser;
let dir: string;
let media: ProbedMedia;
let talk: Talk;
let talkPlan: TalkPlan;

beforeAll(async () => {
	fixture = await openRenderFixture({prefix: 'talkreel-sound-'});
	({bundle, browser, dir} = fixture);
	await writeFile(path.join(dir, 'tones.wav'), makeToneRecording());
	media = await probeMedia({file: path.join(dir, 'tones.wav')});
	talk = makeToneTalk({words: true, pinEveryCue: true});
	talkPlan = planTalk({talk, media: mediaRefOf(media)});
}, 240_000);

afterAll(() => fixture?.close());

const RENDERERS: RendererName[] = ['fast', 'remotion'];
const outputs = new Map<string, string>();

describe.each(RENDERERS)('a clip, %s renderer', (renderer) => {
	it('plays its span where the plan puts it: the burst within a frame, the speech at −16 LUFS, no frame drawn for sound', async () => {
		const outDir = path.join(dir, `clips-${renderer}`);
		const quoteId = talkPlan.quotes[1]!.id;
		let drawn = 0;
		const {manifest} = await renderClips({
			batch: planClipJobs({talk, talkPlan, shapes: ['square'], quoteIds: [quoteId]}).batch,
			outDir,
			scale: 0.25,
			renderer,
			soundFiles: {media, music: null},
			bundle,
			browser,
			handleSigint: false,
			onProgress: (p) => {
				drawn = p.drawnFrames;
			},
		});
		expect(manifest.failed).toEqual([]);
		const entry = manifest.clips[0]!;
		expect(entry.audio).toEqual({fromMs: TONE_BURSTS_MS[1] - 150, toMs: expect.any(Number), startsAtMs: 0});
		const file = path.join(outDir, entry.files.video);
		outputs.set(`clip-${renderer}`, file);

		const video = await probeVideo(file);
		const audio = await probeAudio({file});
		expect(audio).toMatchObject({codec: 'aac', sampleRate: 48_000, channels: 2});
		expect(Math.abs(audio!.durationSeconds - video.frameCount / 30)).toBeLessThan(0.03);

		const expected = entry.audio!.startsAtMs + (TONE_BURSTS_MS[1] - entry.audio!.fromMs);
		const found = await soundStartsMs({file});
		console.log(`clip (${renderer}): burst expected at ${expected.toFixed(1)} ms, found ${found.map((ms) => ms.toFixed(1)).join(', ')} ms`);
		expect(found).toHaveLength(1);
		expect(Math.abs(found[0]! - expected)).toBeLessThan(FRAME_MS);

		const {integratedLufs, truePeakDb} = await loudnormOf({file});
		expect(Math.abs(integratedLufs - SPEECH_TARGET_LUFS)).toBeLessThan(0.5);
		expect(truePeakDb).toBeLessThan(-1);
		if (renderer === 'fast') {
			// The fast path still draws only the distinct frames: the voice and the marks made some, the sound none.
			expect(Math.abs(found[0]! - expected)).toBeLessThan(1);
			expect(drawn).toBeLessThan(video.frameCount);
		}
	}, 240_000);
});

const quotesOf = (plan: Plan) => plan.scenes.filter((s): s is QuoteScene => s.type === 'quote');

describe.each(RENDERERS)('the recap, %s renderer', (renderer) => {
	it('plays every quote card its burst within a frame of the plan, in a part rendered with --frames', async () => {
		const plan = talkPlan.recap;
		const quotes = quotesOf(plan);
		const first = quotes[0]!.from;
		const last = quotes.at(-1)!.from + quotes.at(-1)!.durationInFrames - 1;
		const file = path.join(dir, `recap-${renderer}.mp4`);
		let drawn = 0;
		await renderRecap({
			talk,
			plan,
			outputPath: file,
			scale: 0.25,
			frameRange: [first, last],
			renderer,
			soundFiles: {media, music: null},
			bundle,
			browser,
			handleSigint: false,
			onProgress: (p) => {
				drawn = p.drawnFrames;
			},
		});
		outputs.set(`recap-${renderer}`, file);
		const expected = quotes.map((q, k) => ((q.audio!.atFrame - first) * 1000) / plan.fps + (TONE_BURSTS_MS[k]! - q.audio!.fromMs));
		const found = await soundStartsMs({file});
		console.log(
			`recap (${renderer}): bursts expected at ${expected.map((ms) => ms.toFixed(1)).join(', ')} ms, found ${found.map((ms) => ms.toFixed(1)).join(', ')} ms`,
		);
		expect(found).toHaveLength(expected.length);
		for (const [k, ms] of found.entries()) expect(Math.abs(ms - expected[k]!)).toBeLessThan(FRAME_MS);
		if (renderer === 'fast') {
			const {runs} = listDistinctFrames({stills: plan.scenes.flatMap((s) => s.stills), firstFrame: first, lastFrame: last});
			expect(drawn).toBe(runs.length);
		}
	}, 300_000);
});

describe('the two renderers agree', () => {
	it.each(['clip', 'recap'])('%s: the same loudness, frame by frame', async (name) => {
		const [fast, plain] = [outputs.get(`${name}-fast`), outputs.get(`${name}-remotion`)];
		if (fast === undefined || plain === undefined) throw new Error(`the ${name} renders above failed`);
		const [a, b] = await Promise.all([decodeTrack({file: fast}), decodeTrack({file: plain})]);
		const [la, lb] = [frameLevelsDb({samples: a, fps: 30}), frameLevelsDb({samples: b, fps: 30})];
		expect(Math.abs(la.length - lb.length)).toBeLessThanOrEqual(1);
		// Where either plays something: the plain renderer steps its fades once a frame, the
		// fast one per sample, so a frame at a span's edge may differ by a few dB; inside, they match.
		const loud = la.map((db, f) => ({f, db, other: lb[f] ?? -120})).filter((x) => Math.max(x.db, x.other) > -50);
		expect(loud.length).toBeGreaterThanOrEqual(9);
		const diffs = loud.map((x) => Math.abs(x.db - x.other)).sort((p, q) => p - q);
		const median = diffs[Math.floor(diffs.length / 2)]!;
		console.log(`${name}: ${loud.length} sounding frames, level difference median ${median.toFixed(2)} dB, max ${diffs.at(-1)!.toFixed(2)} dB`);
		expect(median).toBeLessThan(0.5);
		expect(diffs.filter((d) => d > 3).length).toBeLessThanOrEqual(loud.length / 10);
	});
});

describe('a music bed', () => {
	it('plays under a clip in both renderers alike: at its level, dipping under the voice', async () => {
		const bedFile = path.join(dir, 'bed.wav');
		// A 2 s chord: shorter than the clip, so it loops.
		const chord = new Float32Array(2 * 48_000 * 2);
		for (let i = 0; i < chord.length / 2; i++)
			chord[2 * i] = chord[2 * i + 1] = 0.2 * (Math.sin((2 * Math.PI * 220 * i) / 48_000) + Math.sin((2 * Math.PI * 330 * i) / 48_000));
		await writeFile(bedFile, encodeWav({samples: chord, sampleRate: 48_000, channels: 2}));
		const music = await probeMedia({file: bedFile, label: 'music'});
		const withMusic = planTalk({talk, media: mediaRefOf(media), music: {src: music.src}});
		const levels: number[][] = [];
		const {batch} = planClipJobs({talk, talkPlan: withMusic, shapes: ['square'], quoteIds: [withMusic.quotes[0]!.id]});
		const duck = batch.jobs[0]!.clip.sound!.music!.ducks[0]!;
		for (const renderer of RENDERERS) {
			const outDir = path.join(dir, `music-${renderer}`);
			const {manifest} = await renderClips({
				batch,
				outDir,
				scale: 0.25,
				renderer,
				soundFiles: {media, music},
				bundle,
				browser,
				handleSigint: false,
			});
			expect(manifest.failed).toEqual([]);
			levels.push(frameLevelsDb({samples: await decodeTrack({file: path.join(outDir, manifest.clips[0]!.files.video)}), fps: 30}));
		}
		const [fast, plain] = levels as [number[], number[]];
		// After the bursts, inside the span: the bed alone, ducked; after the span and its ramp: the bed at its level.
		const under = duck.from + 20;
		const after = duck.from + duck.durationInFrames + 20;
		expect(fast[after]! - fast[under]!).toBeGreaterThan(10);
		for (const f of [under, after]) expect(Math.abs(fast[f]! - plain[f]!)).toBeLessThan(1.5);
		console.log(
			`music bed: under the voice ${fast[under]!.toFixed(1)} / ${plain[under]!.toFixed(1)} dB, after it ${fast[after]!.toFixed(1)} / ${plain[after]!.toFixed(1)} dB (fast / plain)`,
		);
	}, 240_000);
});

describe('the word being said', () => {
	it('changes the picture only where the plan cuts a still range', async () => {
		const plan = talkPlan.recap;
		const card = quotesOf(plan)[0]!;
		const inputProps = recapInputProps({talk, plan, withAudio: false});
		const composition = await selectIn({bundle, browser, id: 'Recap', inputProps});
		const still = async (frame: number) =>
			(
				await renderStill({
					serveUrl: bundle.serveUrl,
					composition,
					inputProps: composition.props,
					frame,
					output: null,
					imageFormat: 'png',
					scale: 0.25,
					...browserOptions(browser),
				})
			).buffer!;
		// Two still ranges in a row inside the speech: the mark moves from one word to the next.
		const [a, b] = card.stills.filter((s) => s.durationInFrames > 2 && card.marks!.some((m) => m.fromFrame === s.from)).slice(0, 2);
		const [startA, endA, startB] = await Promise.all([still(a!.from), still(a!.from + a!.durationInFrames - 1), still(b!.from)]);
		expect(startA.equals(endA)).toBe(true);
		expect(startA.equals(startB)).toBe(false);
	}, 60_000);
});

it('restoreAacPriming moves only the stitcher’s copied audio input earlier, by 2048 samples', () => {
	const args = ['-i', 'video.mp4', '-i', 'audio.aac', '-c:a', 'copy', '-c:v', 'copy', 'out.mp4'];
	expect(restoreAacPriming({type: 'stitcher', args})).toEqual([
		'-i',
		'video.mp4',
		'-itsoffset',
		'-0.042667',
		'-i',
		'audio.aac',
		'-c:a',
		'copy',
		'-c:v',
		'copy',
		'out.mp4',
	]);
	expect(REMOTION_AAC_PRIMING_SAMPLES / 48).toBeCloseTo(42.667, 3);
	expect(restoreAacPriming({type: 'pre-stitcher', args})).toBe(args);
	const silent = ['-i', 'video.mp4', '-an', 'out.mp4'];
	expect(restoreAacPriming({type: 'stitcher', args: silent})).toBe(silent);
});
