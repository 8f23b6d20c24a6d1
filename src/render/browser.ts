import {BrowserMissingError, InternalError} from '../errors';
import {openBrowser} from '@remotion/renderer';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Log} from './bundle-project';

// No import.meta and no value import of bundle-project.ts here: remotion.config.ts
// imports this file, and the Remotion CLI bundles that config to CommonJS and eval()s it,
// where import.meta.url is undefined. The project root is passed in, or found from the
// working directory (the Remotion CLI runs from the project root).

export const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/** The npm package whose Chromium is used when no other browser is there. */
const NPM_BROWSER_PACKAGE = '@sparticuz/chromium';

/** Where Remotion's own download lands (`@remotion/renderer`'s BrowserFetcher). */
export const remotionHeadlessShellPath = (projectRoot: string): string =>
	path.join(projectRoot, 'node_modules', '.remotion', 'chrome-headless-shell', 'linux64', 'chrome-headless-shell-linux64', 'chrome-headless-shell');

type BrowserSource = 'TALKREEL_BROWSER' | 'debian' | 'remotion-download' | 'npm';

export type BrowserChoice = {
	/** null: let Remotion download its own Chrome Headless Shell (platforms the npm package has no build for). */
	browserExecutable: string | null;
	chromeMode: 'headless-shell' | 'chrome-for-testing';
	source: BrowserSource;
};

const INSTALL_HINT = `run \`npm install\` in talkreel's folder (it brings ${NPM_BROWSER_PACKAGE}), install Debian's chromium-headless-shell, or set TALKREEL_BROWSER to a Chromium`;

export type FindBrowserOptions = {
	env?: NodeJS.ProcessEnv;
	exists?: (file: string) => boolean;
	/** Folder of talkreel's package.json; default: the nearest one up from the working directory. */
	projectRoot?: string;
	/** Unpacks the npm package's Chromium and returns its binary, or null where it has no build; injectable for tests. */
	unpackNpmBrowser?: (projectRoot: string) => string | null;
};

const isAlive = (pid: number): boolean => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

const findProjectRoot = (from: string): string => {
	for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'package.json'))) return dir;
		if (path.dirname(dir) === dir) return path.resolve(from);
	}
};

/** Staging folders are `<final>.tmp-<pid>-<ms>`: the pid says whether their unpack is still running. */
const STAGING_PID = /\.tmp-(\d+)-\d+$/;

/** Removes the staging folders in `cacheDir` of unpacks whose process is gone (killed mid-way). */
export const sweepDeadStagingFolders = ({cacheDir}: {cacheDir: string}): void => {
	for (const name of readdirSync(cacheDir)) {
		const pid = Number(STAGING_PID.exec(name)?.[1]);
		if (pid && !isAlive(pid)) rmSync(path.join(cacheDir, name), {recursive: true, force: true});
	}
};

/**
 * The Chromium that `@sparticuz/chromium` ships (brotli-packed inside the npm package),
 * unpacked once into `node_modules/.cache/talkreel-browser/sparticuz-chromium-<version>/`
 * and reused. A child Node runs the package's own `executablePath()` with TMPDIR set to
 * a private staging folder, which is then renamed into place in one step: concurrent
 * callers and an unpack that was killed never leave a half-written binary where it is
 * looked for (the package's own check is only "the file exists"). Staging folders of
 * dead processes are removed. Linux x64 only (the package has no other build): null
 * elsewhere. About 3 s and 210 MB the first time.
 */
export const unpackNpmBrowser = (projectRoot: string): string | null => {
	if (process.platform !== 'linux' || process.arch !== 'x64') return null;
	let entry: string;
	try {
		entry = createRequire(path.join(projectRoot, 'package.json')).resolve(NPM_BROWSER_PACKAGE);
	} catch {
		throw new BrowserMissingError(`no Chromium to render with (${NPM_BROWSER_PACKAGE} is not installed): ${INSTALL_HINT}`);
	}
	const packageDir = path.resolve(path.dirname(entry), '..');
	const {version} = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {version: string};
	const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'talkreel-browser');
	const finalDir = path.join(cacheDir, `sparticuz-chromium-${version}`);
	const binary = path.join(finalDir, 'chromium');
	if (existsSync(binary)) return binary;

	mkdirSync(cacheDir, {recursive: true});
	sweepDeadStagingFolders({cacheDir});
	const staging = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
	mkdirSync(staging);
	try {
		const script = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.stdout.write(await m.default.executablePath());`;
		const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
			env: {...process.env, TMPDIR: staging},
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 180_000,
		});
		if (out !== path.join(staging, 'chromium'))
			throw new InternalError({code: 'BROWSER', problem: `${NPM_BROWSER_PACKAGE} unpacked to ${out}, not into ${staging}`});
		try {
			renameSync(staging, finalDir);
		} catch (error) {
			// Another process won the race: its folder was renamed whole, so it is complete.
			if (!existsSync(binary)) throw error;
		}
		return binary;
	} catch (error) {
		if (error instanceof BrowserMissingError) throw error;
		const detail = (error as {stderr?: string}).stderr?.trim().split('\n').pop() ?? (error instanceof Error ? error.message : String(error));
		throw new BrowserMissingError(`could not unpack ${NPM_BROWSER_PACKAGE}'s Chromium into ${cacheDir} (${detail}): ${INSTALL_HINT}`);
	} finally {
		rmSync(staging, {recursive: true, force: true});
	}
};

/**
 * The browser to render with, synchronously (remotion.config.ts needs that):
 * 1. `TALKREEL_BROWSER` if set (a name that says headless shell runs in headless-shell
 *    mode, any other in chrome-for-testing mode, as a full Chrome/Chromium);
 * 2. Debian's chromium-headless-shell where installed;
 * 3. Remotion's own Chrome Headless Shell download in node_modules/.remotion, if complete;
 * 4. the Chromium of the npm dependency `@sparticuz/chromium`, unpacked on first use;
 * 5. where that package has no build (not Linux x64): Remotion downloads its own.
 * Throws `BrowserMissingError` (one line: what to install) when none can be had.
 */
export const findBrowser = ({
	env = process.env,
	exists = existsSync,
	projectRoot,
	unpackNpmBrowser: unpack = unpackNpmBrowser,
}: FindBrowserOptions = {}): BrowserChoice => {
	const fromEnv = env.TALKREEL_BROWSER?.trim();
	if (fromEnv) {
		if (!exists(fromEnv)) throw new BrowserMissingError(`TALKREEL_BROWSER is "${fromEnv}", which does not exist: set it to a Chromium or unset it`);
		return {browserExecutable: fromEnv, chromeMode: /headless[-_]?shell/i.test(fromEnv) ? 'headless-shell' : 'chrome-for-testing', source: 'TALKREEL_BROWSER'};
	}
	if (exists(DEBIAN_HEADLESS_SHELL)) return {browserExecutable: DEBIAN_HEADLESS_SHELL, chromeMode: 'headless-shell', source: 'debian'};
	const root = projectRoot ?? findProjectRoot(process.cwd());
	const remotion = remotionHeadlessShellPath(root);
	// Remotion writes VERSION after unzipping, so its presence means a complete download.
	if (exists(remotion) && exists(path.join(root, 'node_modules', '.remotion', 'chrome-headless-shell', 'VERSION'))) {
		return {browserExecutable: remotion, chromeMode: 'headless-shell', source: 'remotion-download'};
	}
	const unpacked = unpack(root);
	if (unpacked !== null) return {browserExecutable: unpacked, chromeMode: 'headless-shell', source: 'npm'};
	return {browserExecutable: null, chromeMode: 'headless-shell', source: 'remotion-download'};
};

/** One line for the log: `browser: /usr/lib/chromium/chromium-headless-shell (debian, headless-shell)`. */
const describeBrowser = (choice: BrowserChoice): string =>
	`browser: ${choice.browserExecutable ?? "Remotion's Chrome Headless Shell download"} (${choice.source}, ${choice.chromeMode})`;

export type RenderBrowser = {
	browser: Awaited<ReturnType<typeof openBrowser>>;
	choice: BrowserChoice;
	close: () => Promise<void>;
};

/** Opens the browser `findBrowser()` picks, or the one `choice` names (and says which), for reuse across renders. */
export const openRenderBrowser = async ({
	log = () => {},
	projectRoot,
	choice = findBrowser(projectRoot === undefined ? {} : {projectRoot}),
}: {
	log?: Log;
	projectRoot?: string;
	choice?: BrowserChoice;
} = {}): Promise<RenderBrowser> => {
	log(describeBrowser(choice));
	const browser = await openBrowser('chrome', {browserExecutable: choice.browserExecutable, chromeMode: choice.chromeMode, logLevel: 'error'});
	return {browser, choice, close: () => browser.close({silent: true})};
};

/**
 * Browser tabs when none are asked for: half the cores, and at least two where there are
 * two. On two cores one tab leaves CPU idle while Chromium reads back and encodes each
 * frame: measured on an hour-long episode's recap, two tabs draw and encode it in 105.3 s
 * against 150.7 s in one, at a peak of about 1.4 GB (x264's threads and lookahead trimmed
 * for it, `STILL_CONTENT_ENCODER`).
 */
export const defaultConcurrency = (cores: number = availableParallelism()): number => Math.max(Math.min(2, cores), Math.floor(cores / 2));

/** The tabs a render draws in: the ones asked for (`--concurrency`), else `defaultConcurrency`. */
export const tabsFor = (concurrency: number | null): number => concurrency ?? defaultConcurrency();

/** The options every Remotion call that draws takes to use this browser: written once. */
export const browserOptions = (browser: RenderBrowser) => ({
	puppeteerInstance: browser.browser,
	browserExecutable: browser.choice.browserExecutable,
	chromeMode: browser.choice.chromeMode,
	logLevel: 'error' as const,
});
