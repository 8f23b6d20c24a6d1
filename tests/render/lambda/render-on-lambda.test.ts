import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {UserError} from '../../../src/errors';
import {planClipJobs} from '../../../src/plan/plan-clip-jobs';
import {type TalkPlan, planTalk} from '../../../src/plan/plan-talk';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../../src/render/audio/probe-media';
import {RenderAbortedError} from '../../../src/errors';
import type {LambdaTarget} from '../../../src/render/lambda/lambda-client';
import {renderClipsOnLambda} from '../../../src/render/lambda/render-clips-on-lambda';
import {renderRecapOnLambda} from '../../../src/render/lambda/render-recap-on-lambda';
import type {LambdaBatchProgress} from '../../../src/render/lambda/run-lambda-renders';
import type {Talk} from '../../../src/talk/talk-schema';
import {createFakeLambda} from '../../support/fake-lambda';
import {probeAudio} from '../../support/inspect-audio';
import {probeImage, probeVideo} from '../../support/inspect-video';
import {writeStandInOutput} from '../../support/stand-in-output';
import {makeToneRecording, makeToneTalk} from '../../support/tone-fixture';

/**
 * `render --lambda` and `clips --lambda` end to end against the fake account: the plan
 * goes out as props, the stand-in video Lambda "renders" comes back, the sound built here
 * is muxed onto it, and the files land as a local render writes them. (Sync is proved
 * against real frames in `lambda-sync.test.ts`.)
 */

const TARGET: LambdaTarget = {region: 'eu-central-1', functionName: 'remotion-render-fake', serveUrl: 'https://fake.example/sites/talkreel/index.html'};
const SCALE = 0.25;
const noWait = async () => {};

let dir: string;
let media: ProbedMedia;
let talk: Talk;
let talkPlan: TalkPlan;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-on-lambda-'));
	await writeFile(path.join(dir, 'tones.wav'), makeToneRecording());
	media = await probeMedia({file: path.join(dir, 'tones.wav')});
	talk = makeToneTalk({words: true});
	talkPlan = planTalk({talk, media: mediaRefOf(media)});
});
afterAll(() => rm(dir, {recursive: true, force: true}));

const settings = (fake: ReturnType<typeof createFakeLambda>, maxFunctions = 10) => ({
	client: fake.client,
	target: TARGET,
	maxFunctions,
	scale: SCALE,
	handleSigint: false,
	wait: noWait,
	pollMs: 0,
});

describe('clips on Lambda', () => {
	it('one render per clip within the limit; a failed clip is reported, the others land with their sound, card and manifest', async () => {
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square', 'portrait'], quoteIds: []});
		expect(batch.jobs.length).toBeGreaterThanOrEqual(4);
		const failing = batch.jobs[1]!.files.video;
		const fake = createFakeLambda({
			script: (outName) =>
				outName === failing
					? {steps: [{overall: 0.3, costUsd: 0.0004}], fatal: {name: 'Error', message: 'Error: page crashed while rendering frame 12'}}
					: {
							steps: [
								{overall: 0.5, costUsd: 0.0005},
								{overall: 1, costUsd: 0.001, done: true},
							],
						},
			writeOutput: writeStandInOutput,
		});
		const outDir = path.join(dir, 'clips');
		const progress: LambdaBatchProgress[] = [];
		const lines: string[] = [];
		const {manifest, manifestPath, costUsd} = await renderClipsOnLambda({
			...settings(fake, 3),
			batch,
			outDir,
			soundFiles: {media, music: null},
			log: (line) => lines.push(line),
			onProgress: (p) => progress.push(p),
		});
		// Every clip its own render, at most 3 functions at once, each clip on one.
		expect(fake.media.map((m) => m.request.outName)).toEqual(batch.jobs.map((j) => j.files.video));
		expect(fake.maxBusy()).toBeLessThanOrEqual(3);
		expect(fake.media.every((m) => m.request.concurrency === 1)).toBe(true);
		// The clip as planned here (not planned again there), told to play no <Audio>.
		for (const [i, {request}] of fake.media.entries()) {
			expect(request.composition).toBe(`Quote-${batch.jobs[i]!.clip.shape}`);
			expect(request.inputProps).toMatchObject({
				withAudio: false,
				clip: {quoteId: batch.jobs[i]!.clip.quoteId, durationInFrames: batch.jobs[i]!.clip.durationInFrames},
			});
		}

		expect(manifest.failed).toEqual([expect.objectContaining({error: 'LAMBDA: AWS Lambda: Error: page crashed while rendering frame 12'})]);
		expect(manifest.clips).toHaveLength(batch.jobs.length - 1);
		expect(lines).toContain(`clip 2/${batch.jobs.length} ${failing} FAILED: LAMBDA: AWS Lambda: Error: page crashed while rendering frame 12`);
		expect(lines.at(-1)).toMatch(
			new RegExp(`^rendered on Lambda in [\\d.]+ s: ${batch.jobs.length - 1} of ${batch.jobs.length} renders, \\$0\\.\\d{4} as Lambda reports it$`),
		);
		expect(costUsd).toBeCloseTo(0.001 * (batch.jobs.length - 1) + 0.0004, 6);

		const written = (await readdir(outDir)).sort();
		const expected = [...batch.jobs.filter((j) => j.files.video !== failing).flatMap((j) => [j.files.video, j.files.card]), 'manifest.json'].sort();
		expect(written).toEqual(expected);
		expect(manifestPath).toBe(path.join(outDir, 'manifest.json'));
		const ok = batch.jobs[0]!;
		const video = path.join(outDir, ok.files.video);
		expect(await probeVideo(video)).toMatchObject({codec: 'h264', width: 270, height: 270, frameCount: ok.clip.durationInFrames});
		expect(await probeAudio({file: video})).toMatchObject({codec: 'aac', sampleRate: 48_000, channels: 2});
		expect(await probeImage(path.join(outDir, ok.files.card))).toEqual({codec: 'png', width: 270, height: 270});

		// Progress is Lambda's, over the batch's frames, and ends complete.
		const total = batch.jobs.reduce((sum, j) => sum + j.clip.durationInFrames, 0);
		expect(progress.every((p) => p.total === total)).toBe(true);
		expect(progress.at(-1)).toMatchObject({done: total, finished: batch.jobs.length, failed: 1, jobs: batch.jobs.length});
		expect(progress.some((p) => p.done > 0 && p.done < total)).toBe(true);
	}, 120_000);

	it('Ctrl-C cancels every render it started; nothing is written, not even the manifest', async () => {
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square'], quoteIds: []});
		const fake = createFakeLambda({script: () => ({steps: [{overall: 0.2, costUsd: 0.0002}]}), writeOutput: writeStandInOutput});
		const outDir = path.join(dir, 'clips-cancelled');
		const stop = new AbortController();
		const run = renderClipsOnLambda({
			...settings(fake),
			signal: stop.signal,
			batch,
			outDir,
			soundFiles: {media, music: null},
			onProgress: (p) => {
				if (p.done > 0) stop.abort();
			},
		});
		await expect(run).rejects.toBeInstanceOf(RenderAbortedError);
		expect(fake.media).toHaveLength(batch.jobs.length);
		expect(fake.cancelled.sort()).toEqual(fake.media.map((m) => m.renderId).sort());
		expect(fake.busy()).toBe(0);
		expect(await readdir(outDir).catch(() => [])).toEqual([]);
	}, 60_000);

	it('a clip whose sound cannot be built fails alone, before anything is sent for it', async () => {
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square'], quoteIds: []});
		const fake = createFakeLambda({writeOutput: writeStandInOutput});
		const {manifest} = await renderClipsOnLambda({...settings(fake), batch, outDir: path.join(dir, 'clips-no-sound'), soundFiles: {media: null, music: null}});
		// No file for the recording the plans name: every clip fails here, none is rendered there.
		expect(fake.media).toEqual([]);
		expect(manifest.clips).toEqual([]);
		expect(manifest.failed).toHaveLength(batch.jobs.length);
	}, 60_000);
});

describe('the recap on Lambda', () => {
	it('lands with the sidecars a local render writes: poster and storyboard rendered as stills there, the rest written here', async () => {
		const plan = talkPlan.recap;
		const fake = createFakeLambda({writeOutput: writeStandInOutput});
		const outputPath = path.join(dir, 'recap', 'recap.mp4');
		const lines: string[] = [];
		const result = await renderRecapOnLambda({
			...settings(fake),
			talk,
			plan,
			outputPath,
			sidecars: {quotes: talkPlan.quotes},
			soundFiles: {media, music: null},
			log: (line) => lines.push(line),
		});
		expect(fake.media).toHaveLength(1);
		const {request} = fake.media[0]!;
		expect(request).toMatchObject({composition: 'Recap', frameRange: null, scale: SCALE, concurrency: 7, outName: 'recap.mp4'});
		expect(JSON.parse(JSON.stringify(request.inputProps))).toMatchObject({plan: JSON.parse(JSON.stringify(plan)), withAudio: false});
		expect(fake.stills.map(({composition, frame, scale, imageFormat}) => ({composition, frame, scale, imageFormat}))).toEqual([
			{composition: 'Recap', frame: plan.scenes[0]!.stills[0]!.from, scale: 1280 / plan.width, imageFormat: 'jpeg'},
			{composition: 'Storyboard', frame: 0, scale: 1, imageFormat: 'png'},
		]);
		const written = (await readdir(path.dirname(outputPath))).sort();
		expect(written).toEqual(expect.arrayContaining(['poster.jpg', 'recap.json', 'recap.mp4', 'recap.srt', 'recap.vtt', 'storyboard.png']));
		expect(written.filter((name) => name.startsWith('.'))).toEqual([]);
		expect(result.manifest?.video).toMatchObject({file: 'recap.mp4', width: 480, height: 270});
		expect(await probeVideo(outputPath)).toMatchObject({codec: 'h264', frameCount: plan.durationInFrames});
		expect(await probeAudio({file: outputPath})).toMatchObject({codec: 'aac'});
		expect(lines.filter((l) => l.startsWith('rendered on Lambda'))).toEqual([
			expect.stringMatching(/^rendered on Lambda in [\d.]+ s: 3 of 3 renders, \$0\.\d{4} as Lambda reports it$/),
		]);
	}, 120_000);

	it.each([
		['a timeout', {name: 'Error', message: 'Error: The main function has timed out after 120000ms'}, UserError, /ran past the timeout/],
		['a crash', {name: 'Error', message: 'Error: page crashed'}, Error, /AWS Lambda: Error: page crashed/],
	])(
		'a render failed with %s: its one line is thrown, no recap and no sidecar is left',
		async (_name, fatal, type, line) => {
			const fake = createFakeLambda({
				script: (outName) => (outName === 'recap.mp4' ? {steps: [{overall: 0.4, costUsd: 0.01}], fatal} : {}),
				writeOutput: writeStandInOutput,
			});
			const outDir = path.join(dir, `recap-failed-${_name.replace(/\W/g, '')}`);
			const run = renderRecapOnLambda({
				...settings(fake),
				talk,
				plan: talkPlan.recap,
				outputPath: path.join(outDir, 'recap.mp4'),
				sidecars: {quotes: talkPlan.quotes},
				soundFiles: {media, music: null},
			});
			await expect(run).rejects.toBeInstanceOf(type);
			await expect(run).rejects.toThrow(line);
			expect(await readdir(outDir).catch(() => [])).toEqual([]);
		},
		60_000,
	);
});
