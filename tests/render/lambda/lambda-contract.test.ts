import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {recapInputProps, selectIn} from '../../../src/render/compositions';
import {renderRecap} from '../../../src/render/render-recap';
import {RecapPropsSchema} from '../../../src/video/recap-schema';
import {probeVideo, psnr, readLumaFrames} from '../../support/inspect-video';
import {renderLikeLambda} from '../../support/render-like-lambda';
import {type SeedRecapFixture, openSeedRecapFixture} from '../../support/seed-recap-fixture';

/**
 * The contract between talkreel and Remotion Lambda, without AWS: the input props a
 * Lambda render of the recap sends (the plan made in Node, muted: the sound is muxed
 * locally) survive the JSON they travel as, pass the composition's schema, and, rendered
 * the way Lambda's functions render them — Remotion's `renderMedia` on the props as
 * sent, the composition's metadata computed from them — draw the frames the local path
 * draws. A short window at a quarter of the size: a transition into the first quote.
 *
 * Written against today's `recapInputProps` and `renderRecap`; when the render pipeline
 * gives recap and clips one planned-video shape, it takes the props the Lambda renderer
 * sends and the pipeline's local draw step instead.
 */

const SCALE = 0.25;

let seed: SeedRecapFixture;
beforeAll(async () => {
	seed = await openSeedRecapFixture();
});
afterAll(async () => {
	await seed?.close();
});

describe('the recap’s Lambda input props', () => {
	it('are plain JSON that passes the Recap schema, and carry the plan as planned', () => {
		const {talk, plan} = seed;
		const props = recapInputProps({talk, plan, withAudio: false});
		const sent = JSON.parse(JSON.stringify(props)) as unknown;
		expect(sent).toStrictEqual(props);
		expect(RecapPropsSchema.parse(sent)).toStrictEqual(props);
		// The plan is the contract: Lambda draws it, it does not plan again.
		expect(props.plan).toBe(plan);
		expect(props.talk).toBeNull();
	});

	it('rendered as a Lambda function renders them, draw the frames the local path draws', async () => {
		const {talk, plan, bundle, browser, workDir} = seed;
		const quote = plan.scenes.find((scene) => scene.type === 'quote');
		if (quote === undefined) throw new Error('the seed recap has no quote scene');
		const frameRange: [number, number] = [quote.from - 12, quote.from + 17];
		const frames = frameRange[1] - frameRange[0] + 1;

		const local = path.join(workDir, 'local.mp4');
		await renderRecap({talk, plan, outputPath: local, scale: SCALE, frameRange, concurrency: 1, bundle, browser, handleSigint: false});

		const inputProps = JSON.parse(JSON.stringify(recapInputProps({talk, plan, withAudio: false}))) as Record<string, unknown>;
		const composition = await selectIn({bundle, browser, id: 'Recap', inputProps});
		expect([composition.durationInFrames, composition.fps, composition.width, composition.height]).toEqual([
			plan.durationInFrames,
			plan.fps,
			plan.width,
			plan.height,
		]);
		const lambda = path.join(workDir, 'lambda.mp4');
		await renderLikeLambda({bundle, browser, composition, inputProps, scale: SCALE, frameRange, file: lambda});

		const [a, b] = await Promise.all([probeVideo(local), probeVideo(lambda)]);
		expect([b.codec, b.width, b.height, b.frameRate, b.frameCount]).toEqual([a.codec, a.width, a.height, a.frameRate, frames]);
		const [fl, fb] = [await readLumaFrames({file: local}), await readLumaFrames({file: lambda})];
		expect(fl).toHaveLength(frames);
		// Different x264 presets, so never bit-identical; a frame early or late inside the
		// transition scores well under 35 dB.
		const worst = Math.min(...fl.map((frame, i) => psnr(frame, fb[i]!)));
		console.log(`Lambda props vs local path: ${frames} frames, worst PSNR ${worst.toFixed(1)} dB`);
		expect(worst).toBeGreaterThanOrEqual(35);
	}, 240_000);
});
