import {openBrowser} from '@remotion/renderer';
import {existsSync} from 'node:fs';
import type {Log} from './bundle-project';

export const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

export type BrowserChoice = {
	/** null: let Remotion download and use its own Chrome Headless Shell. */
	browserExecutable: string | null;
	chromeMode: 'headless-shell' | 'chrome-for-testing';
	source: 'TALKREEL_BROWSER' | 'debian' | 'remotion-download';
};

/**
 * The browser to render with: `TALKREEL_BROWSER` if set, else Debian's
 * chromium-headless-shell where installed, else Remotion's own download. A browser
 * from `TALKREEL_BROWSER` whose name says headless shell runs in headless-shell mode,
 * any other in chrome-for-testing mode (a full Chrome/Chromium).
 */
export const findBrowser = ({env = process.env, exists = existsSync}: {env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean} = {}): BrowserChoice => {
	const fromEnv = env.TALKREEL_BROWSER?.trim();
	if (fromEnv) {
		return {browserExecutable: fromEnv, chromeMode: /headless[-_]?shell/i.test(fromEnv) ? 'headless-shell' : 'chrome-for-testing', source: 'TALKREEL_BROWSER'};
	}
	if (exists(DEBIAN_HEADLESS_SHELL)) return {browserExecutable: DEBIAN_HEADLESS_SHELL, chromeMode: 'headless-shell', source: 'debian'};
	return {browserExecutable: null, chromeMode: 'headless-shell', source: 'remotion-download'};
};

/** One line for the log: `browser: /usr/lib/chromium/chromium-headless-shell (debian, headless-shell)`. */
export const describeBrowser = (choice: BrowserChoice): string =>
	`browser: ${choice.browserExecutable ?? "Remotion's Chrome Headless Shell download"} (${choice.source}, ${choice.chromeMode})`;

export type RenderBrowser = {
	browser: Awaited<ReturnType<typeof openBrowser>>;
	choice: BrowserChoice;
	close: () => Promise<void>;
};

/** Opens the browser `findBrowser()` picks (and says which), for reuse across renders. */
export const openRenderBrowser = async ({log = () => {}}: {log?: Log} = {}): Promise<RenderBrowser> => {
	const choice = findBrowser();
	log(describeBrowser(choice));
	const browser = await openBrowser('chrome', {browserExecutable: choice.browserExecutable, chromeMode: choice.chromeMode, logLevel: 'error'});
	return {browser, choice, close: () => browser.close({silent: true})};
};

/** The options every Remotion call that draws takes to use this browser: written once. */
export const browserOptions = (browser: RenderBrowser) => ({
	puppeteerInstance: browser.browser,
	browserExecutable: browser.choice.browserExecutable,
	chromeMode: browser.choice.chromeMode,
	logLevel: 'error' as const,
});
