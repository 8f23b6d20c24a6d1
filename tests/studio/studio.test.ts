import {type ChildProcess, spawn} from 'node:child_process';
import {createServer} from 'node:net';
import path from 'node:path';
import {PNG} from 'pngjs';
import {type Browser, type Locator, type Page, chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findBrowser} from '../../src/render/browser';
import {PROJECT_ROOT} from '../../src/render/bundle-project';

// Starts Remotion Studio (no window) and drives it with playwright-core in the Chromium
// talkreel renders with (findBrowser: Debian's, or the one from npm). About 15–25 s:
// Studio's first webpack build dominates. Studio runs in a process group of its own,
// ended in afterAll whatever happened.

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer().once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as {port: number};
			server.close(() => resolve(port));
		});
	});

let studio: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let url: string;
let studioLog = '';

const stopStudio = () => {
	if (studio?.pid === undefined || studio.exitCode !== null) return;
	try {
		process.kill(-studio.pid, 'SIGKILL');
	} catch {
		// already gone
	}
};

beforeAll(async () => {
	// However this run ends (an assertion, a timeout, Ctrl-C), Studio and its children go.
	process.once('exit', stopStudio);
	const port = await freePort();
	studio = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/@remotion/cli/remotion-cli.js'), 'studio', '--port', String(port), '--no-open'], {
		cwd: PROJECT_ROOT,
		env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0'},
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const ready = new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`Studio not ready in 60 s:\n${studioLog}`)), 60_000);
		const onData = (chunk: Buffer) => {
			studioLog += chunk.toString();
			const match = /Server ready.*?(http:\/\/localhost:\d+)/.exec(studioLog);
			if (match?.[1]) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		studio?.stdout?.on('data', onData);
		studio?.stderr?.on('data', onData);
		studio?.once('exit', (code) => reject(new Error(`Studio exited (${code}):\n${studioLog}`)));
	});
	url = await ready;
	const {browserExecutable} = findBrowser({projectRoot: PROJECT_ROOT});
	browser = await chromium.launch({
		...(browserExecutable === null ? {} : {executablePath: browserExecutable}),
		args: ['--no-sandbox', '--disable-dev-shm-usage'],
	});
	page = await browser.newPage({viewport: {width: 1440, height: 900}});
	// Studio restores each composition's frame from localStorage: open them mid-way.
	await page.addInitScript(() => localStorage.setItem('remotion.time-all', JSON.stringify({Recap: 200, 'Quote-landscape': 150})));
	// The dev server holds the page until its first build is done.
	await page.goto(`${url}/Recap`, {timeout: 90_000});
}, 150_000);

afterAll(async () => {
	await browser?.close();
	stopStudio();
	process.removeListener('exit', stopStudio);
});

const preview = () => page.locator('.remotion-studio-composition-container');

/** Waits until the preview has drawn its frame, with every font it asked for. */
const previewReady = async () => {
	await page.waitForFunction(() => (window as unknown as {remotion_renderReady?: boolean}).remotion_renderReady === true, undefined, {timeout: 60_000});
	await page.evaluate(() => document.fonts.ready);
};

/** Pixels of `locator` brighter than light grey (text on the dark theme). */
const brightPixels = async (locator: Locator): Promise<number> => {
	const png = PNG.sync.read(await locator.screenshot());
	let bright = 0;
	for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0) > 600) bright++;
	return bright;
};

/** Whether the Chinese font's faces for `text` are loaded (no fallback, no missing-glyph boxes). */
const chineseGlyphsLoaded = (text: string) => page.evaluate((t) => document.fonts.check('48px "Noto Sans SC"', t), text);

describe('Remotion Studio in a real browser', () => {
	it('builds without a webpack warning', () => {
		expect(studioLog).toMatch(/Built in/);
		expect(studioLog).not.toMatch(/WARNING|Module not found/);
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
		await previewReady();
		expect(await chineseGlyphsLoaded('开场')).toBe(true);
		// The slide's title glyphs are near-white on the dark theme: a blank or black preview has none.
		expect(await brightPixels(preview())).toBeGreaterThan(500);
	}, 90_000);

	it('draws a Quote clip with real Chinese glyphs', async () => {
		await page.locator('.__remotion-composition-selector-item', {hasText: 'Quote-landscape'}).click();
		await page.waitForURL(/Quote-landscape/);
		await previewReady();
		const text = ((await preview().textContent()) ?? '').replace(/\s+/g, '');
		const han = text.match(/\p{Script=Han}/gu) ?? [];
		expect(han.length).toBeGreaterThan(8);
		expect(await chineseGlyphsLoaded(han.join(''))).toBe(true);
		expect(await brightPixels(preview())).toBeGreaterThan(500);
	}, 90_000);

	it('editing a prop in the props panel changes the preview', async () => {
		await page.locator('.__remotion-composition-selector-item', {hasText: 'Recap'}).first().click();
		await page.waitForURL(/\/Recap$/);
		await previewReady();
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
