import {bundle} from '@remotion/bundler';
import {openBrowser, selectComposition} from '@remotion/renderer';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plan} from '../plan/plan-schema';
import type {Talk} from '../talk/talk-schema';
import {DEFAULT_MAX_SECONDS} from '../plan/plan-recap';
import type {RecapProps} from '../video/recap-schema';
import {DEFAULT_THEME, type Theme} from '../video/theme';
import {describeBrowser, findBrowser, type BrowserChoice} from './find-browser';
import {makeInterruptible} from './make-interruptible';
import {renderVideo, type RendererName, type VideoProgress} from './render-video';
import {webpackOverride} from './webpack-override';

/** The project root (this file is src/cli/render-recap.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENTRY_POINT = path.join(PROJECT_ROOT, 'src', 'index.ts');

export type Log = (line: string) => void;

export type Bundle = {
	/** The bundle directory, for `serveUrl`. */
	serveUrl: string;
	/** Deletes the bundle directory (~30 MB each). */
	cleanup: () => Promise<void>;
};

export type RecapBrowser = {
	browser: Awaited<ReturnType<typeof openBrowser>>;
	choice: BrowserChoice;
	close: () => Promise<void>;
};

export type RenderRecapOptions = {
	talk: Talk;
	outputPath: string;
	maxSeconds?: number;
	/** Output size factor: 0.25 renders 480×270 from the 1920×1080 composition. */
	scale?: number;
	/** Inclusive absolute frames `[first, last]`, or one frame. */
	frameRange?: [number, number] | number | null;
	concurrency?: number | null;
	theme?: Theme;
	speakerColors?: Record<string, string>;
	onProgress?: (progress: VideoProgress) => void;
	/** `fast` (default) draws each distinct frame once; `remotion` is plain renderMedia. */
	renderer?: RendererName;
	log?: Log;
	/** Reuse a bundle (batch renders); bundled and removed per call when absent. */
	bundle?: Bundle;
	/** Reuse a browser (batch renders); opened and closed per call when absent. */
	browser?: RecapBrowser;
	/** Aborts the render; the partial file is deleted. */
	signal?: AbortSignal;
	/** Also abort on Ctrl-C (SIGINT) while rendering. Default true. */
	handleSigint?: boolean;
};

export type RenderRecapResult = {
	outputPath: string;
	/** Of the whole composition; the file holds `frameRange` only when one is given. */
	durationInFrames: number;
	fps: number;
	/** Composition size, before `scale`. */
	width: number;
	height: number;
	plan: Plan;
};

export class RenderAbortedError extends Error {
	readonly code = 'RENDER_ABORTED';
	constructor() {
		super('RENDER_ABORTED: the render was interrupted; no output was written');
		this.name = 'RenderAbortedError';
	}
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Bundles src/index.ts with the project's webpack override; call `cleanup()` when done. */
export const bundleProject = async ({log = () => {}}: {log?: Log} = {}): Promise<Bundle> => {
	const started = Date.now();
	const serveUrl = await bundle({entryPoint: ENTRY_POINT, webpackOverride, rootDir: PROJECT_ROOT, publicDir: path.join(PROJECT_ROOT, 'public')});
	log(`bundled in ${seconds(Date.now() - started)}`);
	return {serveUrl, cleanup: () => rm(serveUrl, {recursive: true, force: true})};
};

/** Opens the browser `findBrowser()` picks, for reuse across renders. */
export const openRecapBrowser = async ({log = () => {}}: {log?: Log} = {}): Promise<RecapBrowser> => {
	const choice = findBrowser();
	log(describeBrowser(choice));
	const browser = await openBrowser('chrome', {browserExecutable: choice.browserExecutable, chromeMode: choice.chromeMode, logLevel: 'error'});
	return {browser, choice, close: () => browser.close({silent: true})};
};

/** The input props of `Recap` for a talk, as JSON. */
export const recapInputProps = ({
	talk,
	maxSeconds = DEFAULT_MAX_SECONDS,
	theme = DEFAULT_THEME,
	speakerColors = {},
}: {
	talk: Talk;
	maxSeconds?: number;
	theme?: Theme;
	speakerColors?: Record<string, string>;
}): RecapProps => ({
	talkSlug: talk.slug,
	talk,
	maxSeconds,
	theme,
	speakerColors,
	plan: null,
});

/**
 * Renders the recap of `talk` to `outputPath` (H.264 MP4) with Remotion's Node API.
 * Writes a temporary file beside the target and renames it on success; on error,
 * abort or Ctrl-C the temporary file is deleted and the target is left untouched.
 */
export const renderRecap = async (options: RenderRecapOptions): Promise<RenderRecapResult> => {
	const {outputPath, scale = 1, frameRange = null, concurrency = null, onProgress, log = () => {}, signal, handleSigint = true, renderer = 'fast'} = options;
	const inputProps = recapInputProps(options);
	const ownBundle = options.bundle === undefined;
	const ownBrowser = options.browser === undefined;
	if (signal?.aborted) throw new RenderAbortedError();
	const {cancelSignal, isAborted, dispose} = makeInterruptible({...(signal === undefined ? {} : {signal}), handleSigint, log});

	let theBundle: Bundle | undefined = options.bundle;
	let theBrowser: RecapBrowser | undefined = options.browser;
	try {
		theBundle ??= await bundleProject({log});
		if (isAborted()) throw new RenderAbortedError();
		theBrowser ??= await openRecapBrowser({log});
		if (isAborted()) throw new RenderAbortedError();
		const {choice} = theBrowser;
		const started = Date.now();
		const composition = await selectComposition({
			serveUrl: theBundle.serveUrl,
			id: 'Recap',
			inputProps,
			puppeteerInstance: theBrowser.browser,
			browserExecutable: choice.browserExecutable,
			chromeMode: choice.chromeMode,
			logLevel: 'error',
		});
		const plan = (composition.props as RecapProps).plan;
		if (!plan) throw new Error('PLAN: calculateMetadata returned no plan');
		log(
			`planned ${plan.scenes.length} scenes, ${composition.durationInFrames} frames (${seconds((composition.durationInFrames / composition.fps) * 1000)}) in ${seconds(Date.now() - started)}`,
		);
		const totalFrames = frameRange === null ? composition.durationInFrames : typeof frameRange === 'number' ? 1 : frameRange[1] - frameRange[0] + 1;
		const renderStarted = Date.now();
		await renderVideo({
			serveUrl: theBundle.serveUrl,
			browser: theBrowser,
			composition,
			stills: plan.scenes.flatMap((scene) => scene.stills),
			outputPath,
			scale,
			frameRange,
			concurrency,
			renderer,
			cancelSignal,
			log,
			...(onProgress === undefined ? {} : {onProgress}),
		});
		if (isAborted()) throw new RenderAbortedError();
		const took = Date.now() - renderStarted;
		log(`rendered ${totalFrames} frames (${renderer}) in ${seconds(took)} (${((totalFrames * 1000) / took).toFixed(1)} fps) → ${outputPath}`);
		return {outputPath, durationInFrames: composition.durationInFrames, fps: composition.fps, width: composition.width, height: composition.height, plan};
	} catch (error) {
		if (isAborted()) throw new RenderAbortedError();
		throw error;
	} finally {
		dispose();
		if (ownBrowser && theBrowser) await theBrowser.close();
		if (ownBundle && theBundle) await theBundle.cleanup();
	}
};
