import {renderStill} from '@remotion/renderer';
import {existsSync} from 'node:fs';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Plan, QuoteScene} from '../../src/plan/plan-schema';
import {planTalk} from '../../src/plan/plan-talk';
import {type RenderBrowser, browserOptions, openRenderBrowser, unpackNpmBrowser} from '../../src/render/browser';
import type {Bundle} from '../../src/render/bundle-project';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {recapInputProps, selectIn} from '../../src/render/compositions';
import {drawSidecarStillsLocally, writeRecapSidecars} from '../../src/render/recap-sidecars';
import {renderRecap} from '../../src/render/render-recap';
import {storyboardSize} from '../../src/video/Storyboard';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import type {Talk} from '../../src/talk/talk-schema';
import {FIXTURE_PLAN} from '../../src/video/preview-fixture';
import {probeImage, probeVideo, psnr, readLumaFrames} from '../support/inspect-video';
import {type RenderFixture, openRenderFixture} from '../support/render-fixture';
import {DEFAULT_RECAP_PROPS, type ScenePreviewProps} from '../../src/video/recap-schema';

/**
 * Real renders, kept short: one bundle and one browser for the whole file.
 * `UPDATE_REFERENCE=1 npx vitest run tests/render/render-recap.test.ts` rewrites the reference image.
 */

const SEED = 'data/aspen-2024-altman-chesky.md';
const REFERENCE = path.join(PROJECT_ROOT, 'tests/render/reference/quote-card.png');

let fixture: RenderFixture | undefined;
let bundle: Bundle;
let browser: RenderBrowser;
let workDir: string;
let talk: Talk;
/** The seed's 60 s recap, planned once in Node as the CLI plans it. */
let plan: Plan;

beforeAll(async () => {
	fixture = await openRenderFixture({prefix: 'talkreel-video-'});
	({bundle, browser, dir: workDir} = fixture);
	talk = readTranscript({text: await readFile(path.join(PROJECT_ROOT, SEED), 'utf8'), file: SEED}).talk;
	plan = planTalk({talk, maxSeconds: 60}).recap;
});

afterAll(() => fixture?.close());

const still = async ({id, inputProps, frame, scale}: {id: string; inputProps: Record<string, unknown>; frame: number; scale: number}): Promise<Buffer> => {
	const composition = await selectIn({bundle, browser, id, inputProps});
	const {buffer} = await renderStill({
		serveUrl: bundle.serveUrl,
		composition,
		inputProps: composition.props,
		frame,
		scale,
		output: null,
		imageFormat: 'png',
		...browserOptions(browser),
	});
	return buffer!;
};

it('bundles without a webpack warning (BudouX asks for linkedom, and linkedom for canvas: both left out)', () => {
	expect(bundle.warnings).toEqual([]);
});

describe('recap render', () => {
	it('renders the first 2 s as H.264 at the plan size × scale and frame rate', async () => {
		const outputPath = path.join(workDir, 'recap.mp4');
		const result = await renderRecap({
			talk,
			outputPath,
			plan,
			scale: 0.25,
			frameRange: [0, 59],
			concurrency: 2,
			bundle,
			browser,
			handleSigint: false,
		});
		expect(await probeVideo(outputPath)).toMatchObject({
			codec: 'h264',
			width: plan.width / 4,
			height: plan.height / 4,
			frameRate: `${plan.fps}/1`,
			frameCount: 60,
		});
		expect(result.durationInFrames).toBe(plan.durationInFrames);
		expect(result.durationInFrames).toBeLessThanOrEqual(60 * plan.fps);
		// Renamed into place: no partial file left beside it.
		expect((await readdir(workDir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
	}, 90_000);

	it('leaves no file behind when the render is aborted', async () => {
		const outputPath = path.join(workDir, 'aborted.mp4');
		const controller = new AbortController();
		const rendering = renderRecap({
			talk,
			plan,
			outputPath,
			scale: 0.25,
			frameRange: [0, 89],
			bundle,
			browser,
			handleSigint: false,
			signal: controller.signal,
			onProgress: (p) => {
				if (p.done > 0) controller.abort();
			},
		});
		await expect(rendering).rejects.toMatchObject({code: 'RENDER_ABORTED'});
		expect(existsSync(outputPath)).toBe(false);
		expect((await readdir(workDir)).filter((f) => f.startsWith('.aborted'))).toEqual([]);
	}, 60_000);

	it('draws exactly the same picture on the first and last frame of a still range', async () => {
		const quote = plan.scenes.find((s): s is QuoteScene => s.type === 'quote')!;
		const range = quote.stills[0]!;
		const inputProps = recapInputProps({talk, plan});
		const [a, b] = [
			await still({id: 'Recap', inputProps, frame: range.from, scale: 0.25}),
			await still({id: 'Recap', inputProps, frame: range.from + range.durationInFrames - 1, scale: 0.25}),
		];
		expect(a.equals(b)).toBe(true);
		// …and the frame before the range differs (the entry animation), so the test can fail.
		const before = await still({id: 'Recap', inputProps, frame: range.from - 4, scale: 0.25});
		expect(before.equals(a)).toBe(false);
	}, 60_000);
});

describe('recap sidecars', () => {
	it('draws a 1280×720 poster of the title card and a storyboard with every scene', async () => {
		const outputPath = path.join(workDir, 'sidecars', 'recap.mp4');
		const {quotes} = planTalk({talk, maxSeconds: 60});
		const {manifest} = await writeRecapSidecars({
			talk,
			plan,
			quotes,
			outputPath,
			scale: 0.25,
			log: () => {},
			drawStill: drawSidecarStillsLocally({talk, plan, bundle, browser}),
		});
		const dir = path.dirname(outputPath);
		expect(await probeImage(path.join(dir, manifest.files.poster))).toEqual({codec: 'mjpeg', width: 1280, height: 720});
		expect(await probeImage(path.join(dir, manifest.files.storyboard))).toEqual({codec: 'png', ...storyboardSize(plan)});
		expect((await readdir(dir)).sort()).toEqual(['chapters.txt', 'poster.jpg', 'recap.json', 'recap.srt', 'recap.vtt', 'storyboard.png']);
		expect(manifest.video).toMatchObject({file: 'recap.mp4', width: 480, height: 270});
	}, 60_000);
});

describe('quote card', () => {
	it('matches the committed reference image', async () => {
		const inputProps: ScenePreviewProps = {...DEFAULT_RECAP_PROPS, plan: FIXTURE_PLAN, sceneType: 'quote', sceneId: 'quote-q01-2'};
		const png = await still({id: 'QuoteCard', inputProps, frame: 60, scale: 0.5});
		if (process.env.UPDATE_REFERENCE === '1' || !existsSync(REFERENCE)) {
			await writeFile(REFERENCE, png);
			if (process.env.UPDATE_REFERENCE !== '1') throw new Error(`no reference image: wrote ${REFERENCE}; look at it, commit it, run again`);
		}
		const actual = PNG.sync.read(png);
		const expected = PNG.sync.read(await readFile(REFERENCE));
		expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
		const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {threshold: 0.1});
		// Antialiasing may differ across Chromium builds; a changed glyph or layout moves thousands.
		expect(differing / (actual.width * actual.height)).toBeLessThan(0.0005);
	}, 30_000);
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the browser from npm', () => {
	// A machine without system Chromium renders with @sparticuz/chromium's: the same pixels.
	it('npm run render died with getaddrinfo ENOTFOUND on a machine without Chromium: the npm browser draws the reference quote card', async () => {
		const executable = unpackNpmBrowser(PROJECT_ROOT);
		expect(executable).not.toBeNull();
		const npmBrowser = await openRenderBrowser({choice: {browserExecutable: executable, chromeMode: 'headless-shell', source: 'npm'}});
		try {
			const inputProps: ScenePreviewProps = {...DEFAULT_RECAP_PROPS, plan: FIXTURE_PLAN, sceneType: 'quote', sceneId: 'quote-q01-2'};
			const composition = await selectIn({bundle, browser: npmBrowser, id: 'QuoteCard', inputProps});
			const {buffer} = await renderStill({
				serveUrl: bundle.serveUrl,
				composition,
				inputProps: composition.props,
				frame: 60,
				scale: 0.5,
				output: null,
				imageFormat: 'png',
				...browserOptions(npmBrowser),
			});
			const actual = PNG.sync.read(buffer!);
			const expected = PNG.sync.read(await readFile(REFERENCE));
			expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
			const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, {threshold: 0.1});
			expect(differing / (actual.width * actual.height)).toBeLessThan(0.0005);
		} finally {
			await npmBrowser.close();
		}
	}, 120_000);
});

describe('fast renderer', () => {
	// Frames 0–239 of the 60 s recap: the title card (still), its exit transition, the
	// first section slide (entry, still, slide transition) and the start of a quote card.
	const FRAMES: [number, number] = [0, 239];

	it('gives what plain renderMedia gives: same stream, frames that match', async () => {
		const fast = path.join(workDir, 'fast.mp4');
		const plain = path.join(workDir, 'plain.mp4');
		let drawn = 0;
		await renderRecap({
			talk,
			outputPath: fast,
			plan,
			scale: 0.25,
			frameRange: FRAMES,
			bundle,
			browser,
			handleSigint: false,
			renderer: 'fast',
			onProgress: (p) => {
				drawn = p.drawnFrames;
			},
		});
		await renderRecap({talk, outputPath: plain, plan, scale: 0.25, frameRange: FRAMES, bundle, browser, handleSigint: false, renderer: 'remotion'});
		const [a, b] = [await probeVideo(fast), await probeVideo(plain)];
		expect(a).toEqual(b);
		expect(a).toMatchObject({codec: 'h264', width: 480, height: 270, frameRate: '30/1', frameCount: 240});
		// The fast path really skipped the still frames…
		expect(drawn).toBeGreaterThan(0);
		expect(drawn).toBeLessThan(240 / 2);
		// …and every frame matches the plain render. Chromium draws a few transition frames
		// with tiny differences from run to run, whichever renderer asks (two pixel rows
		// of the chapter bar at this scale: about 40 dB). A frame shifted by one inside a
		// transition scores below 35 dB mid-fade and below 25 dB at a slide, so 35 dB
		// catches any timing error. The two encode at the same CRF with different x264
		// presets (the fast path's for still content), so no frame is bit-identical: the
		// mean was 45.7 dB; a drift in the still ranges would pull it down.
		const [fa, fb] = [await readLumaFrames({file: fast}), await readLumaFrames({file: plain})];
		expect(fa).toHaveLength(240);
		const scores = fa.map((frame, i) => Math.min(99, psnr(frame, fb[i]!)));
		const worst = Math.min(...scores);
		const mean = scores.reduce((sum, p) => sum + p, 0) / scores.length;
		console.log(`fast vs plain: ${drawn} of 240 frames drawn, worst PSNR ${worst.toFixed(1)} dB, mean ${mean.toFixed(1)} dB`);
		expect(worst).toBeGreaterThanOrEqual(35);
		expect(mean).toBeGreaterThanOrEqual(43);
	}, 180_000);
});
