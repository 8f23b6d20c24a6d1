import {type ChildProcess, spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {PNG} from 'pngjs';
import {type Browser, type Locator, type Page, chromium} from 'playwright-core';
import {findBrowser} from '../../src/render/browser';
import {PROJECT_ROOT} from '../../src/render/project-root';

/** A port nothing listens on now. */
export const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer().once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as {port: number};
			server.close(() => resolve(port));
		});
	});

export type StudioProcess = {url: string; log: () => string; stop: () => Promise<void>};

/**
 * Runs `node ARGS` (a command that serves Studio) in a process group of its own, in
 * `cwd`, until it says its server is ready. `stop` ends the group with `signal` (and
 * SIGKILL if it is still there after 10 s) and waits for the command to exit; it runs
 * on the test process's exit too, whatever happened.
 */
export const startStudio = async ({
	args,
	cwd = PROJECT_ROOT,
	signal = 'SIGKILL',
}: {
	args: string[];
	cwd?: string;
	signal?: NodeJS.Signals;
}): Promise<StudioProcess> => {
	let log = '';
	const studio: ChildProcess = spawn(process.execPath, args, {
		cwd,
		env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0'},
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const exited = new Promise<void>((resolve) => studio.once('exit', () => resolve()));
	const kill = (s: NodeJS.Signals) => {
		if (studio.pid === undefined || studio.exitCode !== null || studio.signalCode !== null) return;
		try {
			process.kill(-studio.pid, s);
		} catch {
			// The group is already gone: nothing to stop.
		}
	};
	const killHard = () => kill('SIGKILL');
	process.once('exit', killHard);
	const stop = async () => {
		kill(signal);
		const timer = setTimeout(killHard, 10_000);
		await exited;
		clearTimeout(timer);
		// The command's children (the dev server) share its group.
		killHard();
		process.removeListener('exit', killHard);
	};
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`Studio not ready in 60 s:\n${log}`)), 60_000);
		const onData = (chunk: Buffer) => {
			log += chunk.toString();
			const match = /Server ready.*?(http:\/\/localhost:\d+)/.exec(log);
			if (match?.[1]) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		studio.stdout?.on('data', onData);
		studio.stderr?.on('data', onData);
		studio.once('exit', (code) => reject(new Error(`Studio exited (${code}):\n${log}`)));
	}).catch(async (error: unknown) => {
		await stop();
		throw error;
	});
	return {url, log: () => log, stop};
};

/** The Chromium talkreel renders with (findBrowser), with a 1440×900 page. */
export const openPage = async (): Promise<{browser: Browser; page: Page}> => {
	const {browserExecutable} = findBrowser({projectRoot: PROJECT_ROOT});
	const browser = await chromium.launch({
		...(browserExecutable === null ? {} : {executablePath: browserExecutable}),
		args: ['--no-sandbox', '--disable-dev-shm-usage'],
	});
	return {browser, page: await browser.newPage({viewport: {width: 1440, height: 900}})};
};

/** Studio's preview of the open composition. */
export const previewOf = (page: Page) => page.locator('.remotion-studio-composition-container');

/** Waits until the preview has drawn its frame, with every font it asked for. */
export const previewReady = async (page: Page) => {
	await page.waitForFunction(() => (window as unknown as {remotion_renderReady?: boolean}).remotion_renderReady === true, undefined, {timeout: 60_000});
	await page.evaluate(() => document.fonts.ready);
};

/** Pixels of `locator` brighter than light grey (text on the dark theme). */
export const brightPixels = async (locator: Locator): Promise<number> => {
	const png = PNG.sync.read(await locator.screenshot());
	let bright = 0;
	for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0) > 600) bright++;
	return bright;
};
