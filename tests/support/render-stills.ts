// Manual tool: render PNG stills to look at.
//   npx tsx tests/support/render-stills.ts [Comp:frame,…]            compositions of src/index.ts with their default props
//   npx tsx tests/support/render-stills.ts --clips [quoteIds] [frames] every shape of these quotes (default: the first; frames: last|mid|N,…)
// SCALE=0.5, OUT=<tmp>/talkreel-stills, TALK=file (default: the seed), NO_EDITS=1; a TALK with a recording
// (beside it, or its media:) gives clips their sound's words and level band, as `talkreel clips` draws them.
import {renderStill} from '@remotion/renderer';
import {mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {findCover, findTalkSound} from '../../src/cli/find-media';
import {readTalkFile} from '../../src/cli/read-talk-file';
import {prepareVideoSound, stageFiles} from '../../src/render/audio/prepare-sound';
import {withMeasuredLevels} from '../../src/render/render-clips';
import {CLIP_SHAPES} from '../../src/plan/layout';
import {planClip} from '../../src/plan/plan-clip';
import {planTalk} from '../../src/plan/plan-talk';
import {browserOptions, openRenderBrowser} from '../../src/render/browser';
import {bundleProject} from '../../src/render/bundle-project';
import {quoteInputProps, selectIn} from '../../src/render/compositions';

const out = process.env.OUT ?? path.join(tmpdir(), 'talkreel-stills');
const scale = Number(process.env.SCALE ?? 0.5);
await mkdir(out, {recursive: true});
const [bundle, browser] = await Promise.all([bundleProject(), openRenderBrowser()]);

/** Each still: a composition, its props and the frames to draw. */
const jobs: {id: string; inputProps: Record<string, unknown>; frames: (durationInFrames: number) => number[]; name: string}[] = [];
if (process.argv[2] === '--clips') {
	const file = process.env.TALK ?? 'data/aspen-2024-altman-chesky.md';
	const {talk} = await readTalkFile({file, ...(process.env.NO_EDITS ? {edits: false as const} : {})});
	const sound = await findTalkSound({file, talk, log: console.log});
	const cover = await findCover({file, talk});
	await stageFiles({serveUrl: bundle.serveUrl, files: [cover]});
	const talkPlan = planTalk({talk, media: sound.media});
	const ids = process.argv[3]?.split(',') ?? [talkPlan.quotes[0]?.id ?? ''];
	const frames = (process.argv[4] ?? 'last').split(',');
	for (const quoteId of ids) {
		for (const shape of CLIP_SHAPES) {
			const planned = planClip({talk, talkPlan, quoteId, shape, cover: cover?.src ?? null}).clip;
			const prepared = await prepareVideoSound({video: planned, files: sound.files, window: [0, planned.durationInFrames - 1], mode: 'muxed'});
			const clip = withMeasuredLevels({clip: planned, track: prepared.track});
			await prepared.cleanup();
			jobs.push({
				id: `Quote-${shape}`,
				inputProps: quoteInputProps({clip, withAudio: false}),
				frames: (d) => frames.map((f) => (f === 'last' ? d - 1 : f === 'mid' ? Math.floor(d / 2) : Number(f))),
				name: `${quoteId}-${shape}`,
			});
		}
	}
} else {
	for (const item of (process.argv[2] ?? 'TitleCard:60,SectionSlide:50,QuoteCard:60,Outro:60').split(',')) {
		const [id = '', frame = '0'] = item.split(':');
		jobs.push({id, inputProps: {}, frames: () => [Number(frame)], name: id});
	}
}
try {
	for (const job of jobs) {
		const composition = await selectIn({bundle, browser, id: job.id, inputProps: job.inputProps});
		for (const frame of job.frames(composition.durationInFrames)) {
			const output = path.join(out, `${job.name}-${frame}.png`);
			await renderStill({serveUrl: bundle.serveUrl, composition, inputProps: composition.props, frame, output, scale, ...browserOptions(browser)});
			console.log(output);
		}
	}
} finally {
	await browser.close();
	await bundle.cleanup();
}
