import {bundle} from '@remotion/bundler';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {formatSeconds} from './format-seconds';
import {PROJECT_ROOT} from './project-root';
import {unlessAborted} from './interruptible';
import {removeOnExit} from './remove-on-exit';
import {reportBuildWarnings, webpackOverride} from './webpack-override';
import {collectGarbage} from './collect-garbage';

const ENTRY_POINT = path.join(PROJECT_ROOT, 'src', 'index.ts');

export type Log = (line: string) => void;

export type Bundle = {
	/** The bundle directory, for `serveUrl`. */
	serveUrl: string;
	/** Deletes the bundle directory (~30 MB each). */
	cleanup: () => Promise<void>;
	/** webpack's warnings, one line each (also logged as `bundle warning: …`): none is expected. */
	warnings: string[];
};

/**
 * Bundles src/index.ts with the project's webpack override; call `cleanup()` when done.
 * Webpack cannot be stopped: when `signal` aborts, this gives up at once (a
 * `RenderAbortedError`) and the bundle folder is deleted when the bundle is done or the
 * process exits, whichever comes first.
 */
export const bundleProject = async ({log = () => {}, signal}: {log?: Log; signal?: AbortSignal} = {}): Promise<Bundle> => {
	const started = Date.now();
	let release = () => {};
	const warnings: string[] = [];
	const warningsPlugin = reportBuildWarnings((line) => {
		warnings.push(line);
		log(`bundle warning: ${line}`);
	});
	const work = bundle({
		entryPoint: ENTRY_POINT,
		webpackOverride: async (config) => {
			const own = await webpackOverride(config);
			return {...own, plugins: [...(own.plugins ?? []), warningsPlugin]};
		},
		rootDir: PROJECT_ROOT,
		publicDir: path.join(PROJECT_ROOT, 'public'),
		onDirectoryCreated: (dir) => {
			release = removeOnExit(dir);
		},
	});
	const remove = async (dir: string) => {
		await rm(dir, {recursive: true, force: true});
		release();
	};
	const serveUrl = await unlessAborted({work, signal, discard: remove});
	log(`bundled in ${formatSeconds(Date.now() - started)}`);
	// What webpack leaves behind would stay resident beside the browser for the whole render.
	collectGarbage();
	return {serveUrl, cleanup: () => remove(serveUrl), warnings};
};
