import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Plan} from '../../src/plan/plan-schema';
import {planTalk} from '../../src/plan/plan-talk';
import {type RenderBrowser, openRenderBrowser} from '../../src/render/browser';
import {type Bundle, bundleProject} from '../../src/render/bundle-project';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import type {Talk} from '../../src/talk/talk-schema';

export type SeedRecapFixture = {
	bundle: Bundle;
	browser: RenderBrowser;
	/** A temporary folder for the files a test renders. */
	workDir: string;
	talk: Talk;
	/** The seed's recap at `maxSeconds`, planned once in Node as the CLI plans it. */
	plan: Plan;
	/** Closes the browser and removes the bundle and the folder. */
	close: () => Promise<void>;
};

/** What a test that renders the seed's recap needs: one bundle, one browser, the talk and its plan. */
export const openSeedRecapFixture = async ({maxSeconds = 60}: {maxSeconds?: number} = {}): Promise<SeedRecapFixture> => {
	const file = 'data/aspen-2024-altman-chesky.md';
	const [bundle, browser, workDir] = await Promise.all([bundleProject(), openRenderBrowser(), mkdtemp(path.join(tmpdir(), 'talkreel-render-'))]);
	const talk = readTranscript({text: await readFile(path.join(PROJECT_ROOT, file), 'utf8'), file}).talk;
	return {
		bundle,
		browser,
		workDir,
		talk,
		plan: planTalk({talk, maxSeconds}).recap,
		close: async () => {
			await Promise.all([browser.close(), bundle.cleanup(), rm(workDir, {recursive: true, force: true})]);
		},
	};
};
