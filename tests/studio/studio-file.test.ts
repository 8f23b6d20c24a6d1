import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {type StudioProcess, brightPixels, freePort, openPage, previewOf, previewReady, startStudio} from '../support/studio-session';

// `talkreel studio FILE` on a transcript in a temporary folder outside data/, driven in
// a real browser: the Recap opens on its title card, and saving the edits file changes
// it without a restart. Stopped with SIGTERM, as Ctrl-C would, so it cleans up.

const folder = mkdtempSync(path.join(tmpdir(), 'talkreel-studio-file-'));
const edits = path.join(folder, 'welcome.edits.yaml');
let studio: StudioProcess | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	copyFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/transcripts/hf-course-welcome.en.srt'), path.join(folder, 'welcome.srt'));
	writeFileSync(edits, 'metadata:\n  title: Welcome Aboard\n');
	const port = String(await freePort());
	studio = await startStudio({
		args: [path.join(PROJECT_ROOT, 'bin/talkreel.js'), 'studio', 'welcome.srt', '--port', port, '--no-open'],
		cwd: folder,
		signal: 'SIGTERM',
	});
	({browser, page} = await openPage());
	await page.goto(`${studio.url}/Recap`, {timeout: 90_000});
}, 150_000);

afterAll(async () => {
	await browser?.close();
	await studio?.stop();
	rmSync(folder, {recursive: true, force: true});
});

/** The combined opacity of the first element of the preview showing `text` (0 while its entry has not begun). */
const opacityOf = (text: string) =>
	previewOf(page)
		.getByText(text, {exact: true})
		.first()
		.evaluate((element) => {
			let opacity = 1;
			for (let e: Element | null = element; e !== null; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
			return opacity;
		});

describe('talkreel studio FILE', () => {
	it('opens the Recap of a transcript outside data/ on its title card', async () => {
		await previewOf(page).getByText('Welcome Aboard', {exact: true}).waitFor({timeout: 60_000});
		await previewReady(page);
		expect(await opacityOf('Welcome Aboard')).toBe(1);
		expect(await brightPixels(previewOf(page))).toBeGreaterThan(500);
		// Nothing was written beside the transcript.
		expect(existsSync(path.join(folder, 'public'))).toBe(false);
	}, 90_000);

	it('shows an edit of the edits file without a restart', async () => {
		writeFileSync(edits, 'metadata:\n  title: Edited Title\n');
		await previewOf(page).getByText('Edited Title', {exact: true}).waitFor({timeout: 60_000});
		await previewReady(page);
		expect(await opacityOf('Edited Title')).toBe(1);
	}, 90_000);
});
