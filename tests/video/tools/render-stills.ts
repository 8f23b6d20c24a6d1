// Manual tool: render PNG stills to look at.
//   npx tsx tests/video/tools/render-stills.ts [entry=src/index.ts] [Comp:frame,…] ; SCALE=0.5, OUT=<tmp>/talkreel-stills
import {bundle} from '@remotion/bundler';
import {openBrowser, renderStill, selectComposition} from '@remotion/renderer';
import {mkdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {findBrowser} from '../../../src/cli/find-browser';
import {PROJECT_ROOT} from '../../../src/cli/render-recap';
import {webpackOverride} from '../../../src/cli/webpack-override';

const entry = process.argv[2] ?? 'src/index.ts';
const stills = (process.argv[3] ?? 'TitleCard:60,SectionSlide:50,QuoteCard:60,Outro:60').split(',');
const out = process.env.OUT ?? path.join(tmpdir(), 'talkreel-stills');
const scale = Number(process.env.SCALE ?? 0.5);
await mkdir(out, {recursive: true});
const serveUrl = await bundle({entryPoint: path.join(PROJECT_ROOT, entry), webpackOverride, rootDir: PROJECT_ROOT});
const {browserExecutable, chromeMode} = findBrowser();
const browser = await openBrowser('chrome', {browserExecutable, chromeMode});
try {
	for (const item of stills) {
		const [id = '', frame = '0'] = item.split(':');
		const composition = await selectComposition({serveUrl, id, inputProps: {}, puppeteerInstance: browser, chromeMode});
		const output = path.join(out, `${id}-${frame}.png`);
		await renderStill({serveUrl, composition, frame: Number(frame), output, puppeteerInstance: browser, chromeMode, scale});
		console.log(output);
	}
} finally {
	await browser.close({silent: true});
	await rm(serveUrl, {recursive: true, force: true});
}
