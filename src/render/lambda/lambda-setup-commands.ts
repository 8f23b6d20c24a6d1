import {VERSION} from 'remotion/version';

/** The Remotion version talkreel renders with: the function and the site must run the same one. */
export const REMOTION_VERSION = VERSION;

/** The site name the README deploys with, found by name when no `--serve-url` is given. */
export const SITE_NAME = 'talkreel';

/** The command that deploys a function (Remotion's defaults: 2048 MB, 2048 MB of disk, 120 s), with extra flags such as `--timeout=300`. */
export const deployFunctionCommand = ({region, flags = []}: {region: string; flags?: string[]}): string =>
	['npx remotion lambda functions deploy', `--region=${region}`, ...flags].join(' ');

/** The command that bundles this project and uploads it as the site. */
export const createSiteCommand = ({region}: {region: string}): string =>
	`npx remotion lambda sites create src/index.ts --site-name=${SITE_NAME} --region=${region}`;
