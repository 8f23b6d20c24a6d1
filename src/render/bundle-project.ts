import {bundle} from '@remotion/bundler';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {webpackOverride} from './webpack-override';

/** The project root (this file is src/render/bundle-project.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENTRY_POINT = path.join(PROJECT_ROOT, 'src', 'index.ts');

export type Log = (line: string) => void;

export type Bundle = {
	/** The bundle directory, for `serveUrl`. */
	serveUrl: string;
	/** Deletes the bundle directory (~30 MB each). */
	cleanup: () => Promise<void>;
};

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Bundles src/index.ts with the project's webpack override; call `cleanup()` when done. */
export const bundleProject = async ({log = () => {}}: {log?: Log} = {}): Promise<Bundle> => {
	const started = Date.now();
	const serveUrl = await bundle({entryPoint: ENTRY_POINT, webpackOverride, rootDir: PROJECT_ROOT, publicDir: path.join(PROJECT_ROOT, 'public')});
	log(`bundled in ${formatSeconds(Date.now() - started)}`);
	return {serveUrl, cleanup: () => rm(serveUrl, {recursive: true, force: true})};
};
