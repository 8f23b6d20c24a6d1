// Manual tool: render PNG stills to look at.
//   npx tsx tests/support/render-stills.ts [Comp:frame,…]            compositions of src/index.ts with their default props
//   npx tsx tests/support/render-stills.ts --clips [quoteIds] [frames] every shape of these quotes (default: the first; frames: last|mid|N,…)
// SCALE=0.5, OUT=<tmp>/talkreel-stills, TALK=file (default: the seed), NO_EDITS=1
import {renderStill} from '@remotion/renderer';
import {mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readTalkFile} from '../../src/cli/read-talk-file';
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
	const {talk} = await readTalkFile({file: process.env.TALK ?? 'data/aspen-2024-altman-chesky.md', ...(process.env.NO_EDITS ? {edits: false as const} : {})});
	const talkPlan = planTalk({talk});
	const ids = process.argv[3]?.split(',') ?? [talkPlan.quotes[0]?.id ?? ''];
	const frames = (process.argv[4] ?? 'last').split(',');
	for (const quoteId of ids) {
		for (const shape of CLIP_SHAPES) {
			const {clip} = planClip({talk, talkPlan, quoteId, shape});
			jobs.push({
				id: `Quote-${shape}`,
				inputProps: quoteInputProps({talk, clip}),
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
