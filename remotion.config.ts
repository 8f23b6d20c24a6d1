import {Config} from '@remotion/cli/config';
import {type BrowserChoice, findBrowser} from './src/render/browser';
import {STUDIO_TALK_ENV, studioWebpackOverride} from './src/render/webpack-override';

// Applies to `npx remotion studio|render|still`; the Node API (src/render/)
// ignores this file and passes the same settings itself.
// Studio runs without a browser: when none can be had, say so and leave Remotion's default.
let browser: BrowserChoice | undefined;
try {
	browser = findBrowser();
} catch (error) {
	console.warn(`talkreel: ${error instanceof Error ? error.message : String(error)}`);
}
if (browser?.browserExecutable) Config.setBrowserExecutable(browser.browserExecutable);
if (browser) Config.setChromeMode(browser.chromeMode);
Config.setEntryPoint('src/index.ts');
Config.setVideoImageFormat('jpeg');
Config.setCodec('h264');
// `talkreel studio FILE` names the talk it opens here; plain `npx remotion studio` has none.
Config.overrideWebpackConfig(studioWebpackOverride({studioTalkModule: process.env[STUDIO_TALK_ENV] || undefined}));
