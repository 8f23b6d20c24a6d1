// Manual tool: render stills of quote clips to look at.
//   npx tsx tests/clips/tools/render-clip-stills.ts [quoteIds=q01] [frames=last] ; SCALE=0.5, OUT=<tmp>/talkreel-stills/clips, NO_EDITS=1, TALK=file.md
// `frames` is a comma list of numbers or `last`/`mid`; every shape is rendered.
import {renderStill, selectComposition} from '@remotion/renderer';
import {mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {loadTalk} from '../../../src/cli/load-talk';
import {bundleProject, openRecapBrowser} from '../../../src/cli/render-recap';
import {CLIP_SHAPES} from '../../../src/plan/layout';
import {listRecapQuotes, planClip} from '../../../src/plan/plan-clip';
import {DEFAULT_QUOTE_PROPS} from '../../../src/video/Quote/quote-schema';

const ids = (process.argv[2] ?? 'q01').split(',');
const frames = (process.argv[3] ?? 'last').split(',');
const out = process.env.OUT ?? path.join(tmpdir(), 'talkreel-stills', 'clips');
const scale = Number(process.env.SCALE ?? 0.5);
await mkdir(out, {recursive: true});
const {talk} = await loadTalk({file: process.env.TALK ?? 'data/aspen-2024-altman-chesky.md', ...(process.env.NO_EDITS ? {edits: false as const} : {})});
const {quotes} = listRecapQuotes({talk});
const [bundle, browser] = await Promise.all([bundleProject(), openRecapBrowser()]);
try {
	for (const quoteId of ids) {
		for (const shape of CLIP_SHAPES) {
			const {clip} = planClip({talk, quoteId, shape, quotes});
			const inputProps = {...DEFAULT_QUOTE_PROPS, talk, quoteId, shape, clip};
			const composition = await selectComposition({
				serveUrl: bundle.serveUrl,
				id: `Quote-${shape}`,
				inputProps,
				puppeteerInstance: browser.browser,
				chromeMode: browser.choice.chromeMode,
				logLevel: 'error',
			});
			for (const f of frames) {
				const frame = f === 'last' ? clip.durationInFrames - 1 : f === 'mid' ? Math.floor(clip.durationInFrames / 2) : Number(f);
				const output = path.join(out, `${quoteId}-${shape}-${frame}.png`);
				const t = Date.now();
				await renderStill({
					serveUrl: bundle.serveUrl,
					composition,
					inputProps: composition.props,
					frame,
					output,
					scale,
					puppeteerInstance: browser.browser,
					chromeMode: browser.choice.chromeMode,
					logLevel: 'error',
				});
				console.log(output, `${Date.now() - t} ms`);
			}
		}
	}
} finally {
	await browser.close();
	await bundle.cleanup();
}
