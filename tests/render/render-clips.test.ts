import {renderStill} from '@remotion/renderer';
import {mkdir, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ClipManifestSchema, MANIFEST_FILE} from '../../src/plan/clip-manifest';
import {clipFileNames} from '../../src/plan/clip-file-name';
import {planClipJobs} from '../../src/plan/plan-clip-jobs';
import {type TalkPlan, planTalk} from '../../src/plan/plan-talk';
import {type RenderBrowser, browserOptions} from '../../src/render/browser';
import type {Bundle} from '../../src/render/bundle-project';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {plannedComposition, quoteBatchInputProps, quoteInputProps, recapInputProps, selectIn} from '../../src/render/compositions';
import type {Composition} from '../../src/render/render-video-options';
import {batchMetadata} from '../../src/video/Quote/quote-batch-schema';
import {renderClips} from '../../src/render/render-clips';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import type {Talk} from '../../src/talk/talk-schema';
import {probeVideo, psnr, readLumaFrames} from '../support/inspect-video';
import {type RenderFixture, openRenderFixture} from '../support/render-fixture';

/** Real renders, kept short: one bundle and one browser, the seed's shortest quote at scale 0.25. */

const SEED = 'data/aspen-2024-altman-chesky.md';

let fixture: RenderFixture | undefined;
let bundle: Bundle;
let browser: RenderBrowser;
let workDir: string;
let talk: Talk;
let talkPlan: TalkPlan;
let quoteId: string;

beforeAll(async () => {
	fixture = await openRenderFixture({prefix: 'talkreel-clips-'});
	({bundle, browser, dir: workDir} = fixture);
	talk = readTranscript({text: await readFile(path.join(PROJECT_ROOT, SEED), 'utf8'), file: SEED}).talk;
	talkPlan = planTalk({talk});
	quoteId = [...talkPlan.quotes].sort((a, b) => a.text.length - b.text.length)[0]!.id;
});

afterAll(() => fixture?.close());

describe('plannedComposition', () => {
	// The render takes the composition from the plan in Node; the browser's calculateMetadata must agree.
	const drawn = (c: Composition) => ({id: c.id, width: c.width, height: c.height, fps: c.fps, durationInFrames: c.durationInFrames, props: c.props});

	it('is what selectComposition resolves in the bundle: the recap, a clip and a batch of clips', async () => {
		const recapProps = recapInputProps({talk, plan: talkPlan.recap});
		const [first, second] = planClipJobs({talk, talkPlan, shapes: ['portrait'], quoteIds: talkPlan.quotes.slice(0, 2).map((q) => q.id)}).batch.jobs.map(
			(job) => job.clip,
		);
		const quoteProps = quoteInputProps({clip: first!});
		const batchProps = quoteBatchInputProps({clips: [first!, second!]});
		const cases = [
			{id: 'Recap', video: talkPlan.recap, inputProps: recapProps},
			{id: 'Quote-portrait', video: first!, inputProps: quoteProps},
			{id: 'Quotes-portrait', video: batchMetadata([first!, second!]), inputProps: batchProps},
		];
		for (const {id, video, inputProps} of cases) {
			const selected = await selectIn({bundle, browser, id, inputProps});
			expect(drawn(plannedComposition({id, video, inputProps})), id).toEqual(drawn(selected));
		}
	});
});

describe('renderClips', () => {
	it('writes an H.264 clip, a share card and the manifest; a failing clip is listed and the others still render', async () => {
		const outDir = path.join(workDir, 'clips');
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square', 'portrait'], quoteIds: [quoteId]});
		const [square, portrait] = batch.jobs;
		// Make the portrait clip fail: a folder sits where its card must go.
		await mkdir(path.join(outDir, portrait!.files.card), {recursive: true});
		const progress: string[] = [];
		const {manifestPath, manifest} = await renderClips({
			batch,
			outDir,
			scale: 0.25,
			concurrency: 2,
			bundle,
			browser,
			handleSigint: false,
			onProgress: (p) => progress.push(`${p.clip}/${p.clips} ${p.stage}`),
		});

		const clip = square!.clip;
		const video = await probeVideo(path.join(outDir, square!.files.video));
		expect(video.codec).toBe('h264');
		expect([video.width, video.height]).toEqual([270, 270]);
		expect(video.frameRate).toBe(`${clip.fps}/1`);
		expect(video.frameCount).toBe(clip.durationInFrames);

		const card = PNG.sync.read(await readFile(path.join(outDir, square!.files.card)));
		expect([card.width, card.height]).toEqual([270, 270]);

		expect(ClipManifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')))).toEqual(manifest);
		expect(path.basename(manifestPath)).toBe(MANIFEST_FILE);
		expect(manifest.clips).toHaveLength(1);
		expect(manifest.clips[0]).toMatchObject({
			id: quoteId,
			shape: 'square',
			durationInFrames: clip.durationInFrames,
			fps: 30,
			width: 270,
			files: clipFileNames({quoteId, speakerName: clip.speaker.name, shape: 'square'}),
		});
		expect(manifest.failed).toEqual([{id: quoteId, shape: 'portrait', error: expect.any(String)}]);
		expect(progress).toContain('1/2 rendering');
		expect(progress).toContain('2/2 encoding');
		// Atomic writes: no temporary file left behind.
		expect((await readdir(outDir)).filter((f) => f.startsWith('.'))).toEqual([]);
	}, 60_000);

	it('draws a batch of clips in one pass that match the plain renderer frame for frame, cards included', async () => {
		// Two quotes in one batch: the second clip's frames start where the first's end.
		const ids = [...talkPlan.quotes]
			.sort((a, b) => a.text.length - b.text.length)
			.slice(0, 2)
			.map((q) => q.id);
		const run = async (renderer: 'fast' | 'remotion') => {
			// Relative to the working folder, as `talkreel clips -o out/clips` gives it: FFmpeg, run in its own folder, must still find the card.
			const outDir = path.relative(process.cwd(), path.join(workDir, `batch-${renderer}`));
			const logs: string[] = [];
			const {manifest} = await renderClips({
				batch: planClipJobs({talk, talkPlan, shapes: ['landscape'], quoteIds: ids}).batch,
				outDir,
				scale: 0.25,
				renderer,
				bundle,
				browser,
				handleSigint: false,
				log: (line) => logs.push(line),
			});
			return {outDir, manifest, logs};
		};
		const fast = await run('fast');
		const plain = await run('remotion');
		expect(fast.logs).toContain(`landscape: 2 clips, ${fast.manifest.clips.reduce((sum, c) => sum + c.durationInFrames, 0)} frames, drawn in one pass`);
		expect(fast.manifest).toEqual(plain.manifest);
		for (const clip of fast.manifest.clips) {
			const [a, b] = await Promise.all([
				readLumaFrames({file: path.join(fast.outDir, clip.files.video)}),
				readLumaFrames({file: path.join(plain.outDir, clip.files.video)}),
			]);
			expect(a).toHaveLength(clip.durationInFrames);
			expect(b).toHaveLength(clip.durationInFrames);
			// Each frame against the plain path's frame at the same index: a picture a frame early or late fails.
			const worst = Math.min(...a.map((frame, i) => psnr(frame, b[i]!)));
			expect(worst).toBeGreaterThan(35);
			const [cardA, cardB] = [
				PNG.sync.read(await readFile(path.join(fast.outDir, clip.files.card))),
				PNG.sync.read(await readFile(path.join(plain.outDir, clip.files.card))),
			];
			expect([cardA.width, cardA.height]).toEqual([cardB.width, cardB.height]);
			expect(psnr(cardA.data, cardB.data)).toBeGreaterThan(35);
		}
	}, 120_000);

	it('opens on its quote, keeps a still range pixel-still, and the frame inside a reveal differs', async () => {
		const {clip} = planClipJobs({talk, talkPlan, shapes: ['landscape'], quoteIds: [quoteId]}).batch.jobs[0]!;
		const composition = await selectIn({bundle, browser, id: 'Quote-landscape', inputProps: quoteInputProps({clip})});
		const still = async (frame: number) =>
			(
				await renderStill({
					serveUrl: bundle.serveUrl,
					composition,
					inputProps: composition.props,
					frame,
					scale: 0.25,
					output: null,
					imageFormat: 'png',
					...browserOptions(browser),
				})
			).buffer!;
		// The range before the second step, from frame 0: a clip opens with its header, speaker and first phrase on screen.
		const range = clip.stills[0]!;
		expect(range.from).toBe(0);
		expect(clip.steps.length).toBeGreaterThan(1);
		const [first, last] = [await still(range.from), await still(range.from + range.durationInFrames - 1)];
		expect(first.equals(last)).toBe(true);
		const png = PNG.sync.read(first);
		let drawn = 0;
		for (let i = 0; i < png.data.length; i += 4) {
			const off = Math.abs(png.data[i]! - png.data[0]!) + Math.abs(png.data[i + 1]! - png.data[1]!) + Math.abs(png.data[i + 2]! - png.data[2]!);
			if (off > 60) drawn++;
		}
		// Text covers a few per cent of the frame; an empty frame, or one fading in, none or nearly none.
		expect(drawn / (png.width * png.height)).toBeGreaterThan(0.02);
		expect((await still(clip.steps[1]!.fromFrame + 2)).equals(first)).toBe(false);
	}, 30_000);
});
