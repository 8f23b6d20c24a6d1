import path from 'node:path';
import {PNG} from 'pngjs';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {type StudioProcess, brightPixels, freePort, openPage, previewOf, previewReady, startStudio} from '../support/studio-session';

// Starts Remotion Studio (no window) and drives it with playwright-core in the Chromium
// talkreel renders with (findBrowser: Debian's, or the one from npm). About 15–25 s:
// Studio's first webpack build dominates. Studio runs in a process group of its own,
// ended in afterAll whatever happened.

let studio: StudioProcess | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	studio = await startStudio({
		args: [path.join(PROJECT_ROOT, 'node_modules/@remotion/cli/remotion-cli.js'), 'studio', '--port', String(await freePort()), '--no-open'],
	});
	({browser, page} = await openPage());
	// Studio restores each composition's frame from localStorage: open them mid-way.
	await page.addInitScript(() => localStorage.setItem('remotion.time-all', JSON.stringify({Recap: 200, 'Quote-landscape': 150})));
	// The dev server holds the page until its first build is done.
	await page.goto(`${studio.url}/Recap`, {timeout: 90_000});
}, 150_000);

afterAll(async () => {
	await browser?.close();
	await studio?.stop();
});

const preview = () => previewOf(page);

/** Whether the Chinese font's faces for `text` are loaded (no fallback, no missing-glyph boxes). */
const chineseGlyphsLoaded = (text: string) => page.evaluate((t) => document.fonts.check('48px "Noto Sans SC"', t), text);

describe('Remotion Studio in a real browser', () => {
	it('builds without a webpack warning', () => {
		expect(studio?.log()).toMatch(/Built in/);
		expect(studio?.log()).not.toMatch(/WARNING|Module not found/);
	});

	it('lists the compositions and folders', async () => {
		const items = page.locator('.__remotion-composition-selector-item');
		await items.first().waitFor({timeout: 60_000});
		expect(await items.allTextContents()).toEqual([
			'Recap',
			'Quote-landscape',
			'Quote-square',
			'Quote-portrait',
			'Storyboard',
			'Scenes',
			'QuoteBatches',
			'Benchmark',
		]);
	}, 90_000);

	it('draws the Recap with real Chinese glyphs', async () => {
		await preview().getByText('开场', {exact: true}).waitFor({timeout: 60_000});
		await previewReady(page);
		expect(await chineseGlyphsLoaded('开场')).toBe(true);
		// The slide's title glyphs are near-white on the dark theme: a blank or black preview has none.
		expect(await brightPixels(preview())).toBeGreaterThan(500);
	}, 90_000);

	it('draws a Quote clip with real Chinese glyphs', async () => {
		await page.locator('.__remotion-composition-selector-item', {hasText: 'Quote-landscape'}).click();
		await page.waitForURL(/Quote-landscape/);
		await previewReady(page);
		const text = ((await preview().textContent()) ?? '').replace(/\s+/g, '');
		const han = text.match(/\p{Script=Han}/gu) ?? [];
		expect(han.length).toBeGreaterThan(8);
		expect(await chineseGlyphsLoaded(han.join(''))).toBe(true);
		expect(await brightPixels(preview())).toBeGreaterThan(500);
	}, 90_000);

	it('editing a prop in the props panel changes the preview', async () => {
		await page.locator('.__remotion-composition-selector-item', {hasText: 'Recap'}).first().click();
		await page.waitForURL(/\/Recap$/);
		await previewReady(page);
		const expand = page.getByRole('button', {name: 'Expand right sidebar'});
		if (await expand.isVisible()) await expand.click();
		// theme.background: the first colour field of the props panel.
		await page.locator('input[value="#101418"]').first().waitFor({timeout: 30_000});
		// A handle, not a selector by value: the value is what changes.
		const background = await page.locator('input[value="#101418"]').first().elementHandle();
		const corner = async () => {
			const png = PNG.sync.read(await preview().screenshot());
			return [png.data[4 * (png.width * 4 + 4)], png.data[4 * (png.width * 4 + 4) + 1], png.data[4 * (png.width * 4 + 4) + 2]];
		};
		expect(await corner()).toEqual([0x10, 0x14, 0x18]);
		await background?.fill('#c02040');
		await background?.press('Enter');
		await expect.poll(corner, {timeout: 30_000}).toEqual([0xc0, 0x20, 0x40]);
	}, 90_000);
});
