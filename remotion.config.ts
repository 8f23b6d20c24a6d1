import {Config} from '@remotion/cli/config';
import {findBrowser} from './src/cli/find-browser';
import {webpackOverride} from './src/cli/webpack-override';

// Applies to `npx remotion studio|render|still`; the Node API (src/cli/render-recap.ts)
// ignores this file and passes the same settings itself.
const browser = findBrowser();
if (browser.browserExecutable !== null) Config.setBrowserExecutable(browser.browserExecutable);
Config.setChromeMode(browser.chromeMode);
Config.setEntryPoint('src/index.ts');
Config.setVideoImageFormat('jpeg');
Config.setCodec('h264');
Config.overrideWebpackConfig(webpackOverride);
