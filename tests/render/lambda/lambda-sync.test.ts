import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {planClipJobs} from '../../../src/plan/plan-clip-jobs';
import type {QuoteScene} from '../../../src/plan/plan-schema';
import {type TalkPlan, planTalk} from '../../../src/plan/plan-talk';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../../src/render/audio/probe-media';
import {selectIn} from '../../../src/render/compositions';
import type {LambdaMediaRequest, LambdaStillRequest, LambdaTarget} from '../../../src/render/lambda/lambda-client';
import {renderClipsOnLambda} from '../../../src/render/lambda/render-clips-on-lambda';
import {renderRecapOnLambda} from '../../../src/render/lambda/render-recap-on-lambda';
import {renderClips} from '../../../src/render/render-clips';
import type {Talk} from '../../../src/talk/talk-schema';
import {createFakeLambda} from '../../support/fake-lambda';
import {decodeTrack, soundStartsMs} from '../../support/inspect-audio';
import {probeVideo} from '../../support/inspect-video';
import {type RenderFixture, openRenderFixture} from '../../support/render-fixture';
import {renderLikeLambda} from '../../support/render-like-lambda';
import {TONE_BURSTS_MS, makeToneRecording, makeToneTalk} from '../../support/tone-fixture';

/**
 * Sync on Lambda, proved as for a local render (`sound-render.test.ts`): the tone-burst
 * talk rendered through the fake account, whose functions render the request as a
 * Lambda function does — Remotion's `renderMedia` on the props as sent, muted, H.264 —
 * and the sound built here muxed onto what comes back. Each burst must start within a
 * frame of where the plan puts it, and a clip must carry the samples of the same clip
 * rendered locally by the fast renderer.
 */

const FRAME_MS = 1000 / 30;
const SCALE = 0.25;
const TARGET: LambdaTarget = {region: 'us-east-1', functionName: 'remotion-render-fake', serveUrl: 'https://fake.example/sites/talkreel/index.html'};

let fixture: RenderFixture | undefined;
let media: ProbedMedia;
let talk: Talk;
let talkPlan: TalkPlan;

beforeAll(async () => {
	fixture = await openRenderFixture({prefix: 'talkreel-lambda-sync-'});
	await writeFile(path.join(fixture.dir, 'tones.wav'), makeToneRecording());
	media = await probeMedia({file: path.join(fixture.dir, 'tones.wav')});
	talk = makeToneTalk({words: true});
	talkPlan = planTalk({talk, media: mediaRefOf(media)});
}, 240_000);
afterAll(() => fixture?.close());

/** What a Lambda function does with a video request: the props as sent, the composition chosen with them, muted H.264. */
const renderAsLambdaWould = async (request: LambdaMediaRequest | LambdaStillRequest, file: string): Promise<void> => {
	if (!('frameRange' in request)) throw new Error('no stills in this test');
	const {bundle, browser} = fixture!;
	const inputProps = JSON.parse(JSON.stringify(request.inputProps)) as Record<string, unknown>;
	const composition = await selectIn({bundle, browser, id: request.composition, inputProps});
	await renderLikeLambda({bundle, browser, composition, inputProps, scale: request.scale, frameRange: request.frameRange, file});
};

const settings = () => ({
	client: createFakeLambda({writeOutput: renderAsLambdaWould}).client,
	target: TARGET,
	maxFunctions: 10,
	scale: SCALE,
	handleSigint: false,
	pollMs: 0,
	wait: async () => {},
});

describe('sound on Lambda', () => {
	it('a clip: its burst within a frame of the plan, and the samples of the same clip rendered locally', async () => {
		const {dir, bundle, browser} = fixture!;
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square'], quoteIds: [talkPlan.quotes[1]!.id]});
		const onLambda = await renderClipsOnLambda({...settings(), batch, outDir: path.join(dir, 'lambda-clips'), soundFiles: {media, music: null}});
		const local = await renderClips({
			batch,
			outDir: path.join(dir, 'local-clips'),
			scale: SCALE,
			soundFiles: {media, music: null},
			bundle,
			browser,
			handleSigint: false,
		});
		expect(onLambda.manifest.failed).toEqual([]);
		const entry = onLambda.manifest.clips[0]!;
		const [lambdaFile, localFile] = [path.join(dir, 'lambda-clips', entry.files.video), path.join(dir, 'local-clips', local.manifest.clips[0]!.files.video)];
		const [a, b] = [await probeVideo(lambdaFile), await probeVideo(localFile)];
		expect([a.codec, a.width, a.height, a.frameRate, a.frameCount]).toEqual([b.codec, b.width, b.height, b.frameRate, b.frameCount]);

		const expected = entry.audio!.startsAtMs + (TONE_BURSTS_MS[1] - entry.audio!.fromMs);
		const [found, foundLocally] = [await soundStartsMs({file: lambdaFile}), await soundStartsMs({file: localFile})];
		console.log(`clip on Lambda: burst expected at ${expected.toFixed(1)} ms, found ${found.join(', ')} ms (locally ${foundLocally.join(', ')} ms)`);
		expect(found).toHaveLength(1);
		expect(Math.abs(found[0]! - expected)).toBeLessThan(FRAME_MS);
		expect(Math.abs(found[0]! - foundLocally[0]!)).toBeLessThan(1);

		// The same track, encoded alike: the same samples, bit for bit once decoded.
		const [sa, sb] = [await decodeTrack({file: lambdaFile}), await decodeTrack({file: localFile})];
		expect(sa.length).toBe(sb.length);
		let maxDiff = 0;
		for (let i = 0; i < sa.length; i++) maxDiff = Math.max(maxDiff, Math.abs(sa[i]! - sb[i]!));
		console.log(`clip on Lambda vs locally: ${sa.length} samples, largest difference ${maxDiff}`);
		expect(maxDiff).toBe(0);
	}, 300_000);

	it('the recap, a part rendered with --frames: every quote card its burst within a frame of the plan', async () => {
		const {dir} = fixture!;
		const plan = talkPlan.recap;
		const quotes = plan.scenes.filter((s): s is QuoteScene => s.type === 'quote');
		const first = quotes[0]!.from;
		const last = quotes.at(-1)!.from + quotes.at(-1)!.durationInFrames - 1;
		const outputPath = path.join(dir, 'lambda-recap.mp4');
		await renderRecapOnLambda({...settings(), talk, plan, outputPath, frameRange: [first, last], soundFiles: {media, music: null}});
		expect((await probeVideo(outputPath)).frameCount).toBe(last - first + 1);
		const expected = quotes.map((q, k) => ((q.audio!.atFrame - first) * 1000) / plan.fps + (TONE_BURSTS_MS[k]! - q.audio!.fromMs));
		const found = await soundStartsMs({file: outputPath});
		console.log(
			`recap on Lambda: bursts expected at ${expected.map((ms) => ms.toFixed(1)).join(', ')} ms, found ${found.map((ms) => ms.toFixed(1)).join(', ')} ms`,
		);
		expect(found).toHaveLength(expected.length);
		for (const [k, ms] of found.entries()) expect(Math.abs(ms - expected[k]!)).toBeLessThan(FRAME_MS);
	}, 300_000);
});
