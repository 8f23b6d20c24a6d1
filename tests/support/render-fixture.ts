import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {type RenderBrowser, openRenderBrowser} from '../../src/render/browser';
import {type Bundle, bundleProject} from '../../src/render/bundle-project';

/** What a test file of real renders shares: one bundle, one browser and a temporary folder, all removed by `close`. */
export type RenderFixture = {bundle: Bundle; browser: RenderBrowser; dir: string; close: () => Promise<void>};

export const openRenderFixture = async ({prefix}: {prefix: string}): Promise<RenderFixture> => {
	const [bundle, browser, dir] = await Promise.all([bundleProject(), openRenderBrowser(), mkdtemp(path.join(tmpdir(), prefix))]);
	return {bundle, browser, dir, close: async () => void (await Promise.all([browser.close(), bundle.cleanup(), rm(dir, {recursive: true, force: true})]))};
};
