import {Config} from '@remotion/cli/config';
import {findBrowser} from './src/render/browser';
import {webpackOverride} from './src/render/webpack-override';

// Applies to `npx remotion studio|render|still`; the Node API (src/render/)
// ignores this file and passes the same settings itself.
const browser = findBrowser();
if (browser.browserExecutable !== null) Config.setBrowserExecutable(browser.browserExecutable);
Config.setChromeMode(browser.chromeMode);
Config.setEntryPoint('src/index.ts');
Config.setVideoImageFormat('jpeg');
Config.setCodec('h264');
Config.overrideWebpackConfig(webpackOverride);
