import type {PlannedVideo} from '../plan/plan-schema';
import {type SoundFiles, type VideoSound, prepareVideoSound, stageFiles} from './audio/prepare-sound';
import type {SoundCache} from './audio/sound-cache';
import {type RenderBrowser, openRenderBrowser} from './browser';
import {type Bundle, type Log, bundleProject} from './bundle-project';
import {PROJECT_ROOT} from './project-root';
import {plannedComposition} from './compositions';
import {type Interruptible, isInterruption, makeInterruptible} from './interruptible';
import {RenderAbortedError} from '../errors';
import {VIDEO_RENDERERS, renderVideo} from './render-video';
import {type Composition, type RendererName, type VideoProgress, windowOf} from './render-video-options';

/**
 * What a render runs in: one browser and one bundle, each made the first time a step asks
 * for it (or given: a batch, the bench and the tests reuse theirs), and one interruption
 * (its signal, or Ctrl-C) that every step checks.
 */
export type RenderContext = {
	browser: () => Promise<RenderBrowser>;
	bundle: () => Promise<Bundle>;
	/**
	 * Starts opening the browser and bundling now, in the background, so that both run
	 * while Node builds the sound: on two cores the bundle (webpack, this process) and the
	 * sound (FFmpeg, its own) each take a core. Their failures are thrown where they are
	 * awaited (`browserAndBundle`).
	 */
	warmUp: () => void;
	interruptible: Interruptible;
	/** Throws `RenderAbortedError` once the render was interrupted: called between steps that cannot be cancelled. */
	checkAborted: () => void;
	log: Log;
};

export type RenderContextOptions = {
	/** Reuse a bundle / browser (batch renders, the bench, tests); made here and disposed of when absent. */
	bundle?: Bundle | undefined;
	browser?: RenderBrowser | undefined;
	/** Stops the render; what it was writing is deleted. */
	signal?: AbortSignal | undefined;
	/** Also stop on Ctrl-C (SIGINT). Default true. */
	handleSigint?: boolean | undefined;
	log?: Log | undefined;
};

/**
 * Runs `work` in a render context and closes it whatever happens: the listeners removed,
 * then the browser closed and the bundle deleted if the context made them. Any failure
 * after an interruption is the interruption (`RenderAbortedError`).
 */
export const withRenderContext = async <T>(
	{bundle, browser, signal, handleSigint = true, log = () => {}}: RenderContextOptions,
	work: (context: RenderContext) => Promise<T>,
): Promise<T> => {
	if (signal?.aborted) throw new RenderAbortedError();
	const interruptible = makeInterruptible({...(signal === undefined ? {} : {signal}), handleSigint, log});
	// Made once, when first asked for; `undefined` until then (a given one is never closed here).
	let opening: Promise<RenderBrowser> | undefined;
	let bundling: Promise<Bundle> | undefined;
	// Stops waiting for a bundle still being made when the work ends without it (it failed
	// early, e.g. on the sound): the error is said at once, the bundle folder deleted when
	// webpack is done or the process exits.
	const abandon = new AbortController();
	const abandonOnInterrupt = () => abandon.abort();
	interruptible.signal.addEventListener('abort', abandonOnInterrupt, {once: true});
	const context: RenderContext = {
		browser: () => {
			if (browser !== undefined) return Promise.resolve(browser);
			// Opening is not given up half-way (a browser still starting cannot be closed, and
			// would write its profile into a temp folder being deleted): it is quick, then closed below.
			opening ??= openRenderBrowser({log, projectRoot: PROJECT_ROOT});
			return opening;
		},
		bundle: () => {
			if (bundle !== undefined) return Promise.resolve(bundle);
			bundling ??= bundleProject({log, signal: abandon.signal});
			return bundling;
		},
		warmUp: () => {
			context.browser().catch(() => {});
			context.bundle().catch(() => {});
		},
		interruptible,
		checkAborted: () => {
			if (interruptible.isAborted()) throw new RenderAbortedError();
		},
		log,
	};
	try {
		return await work(context);
	} catch (error) {
		// The interruption, saying what was kept when the work said so itself.
		if (await isInterruption({error, signal: interruptible.signal})) throw error instanceof RenderAbortedError ? error : new RenderAbortedError();
		throw error;
	} finally {
		interruptible.signal.removeEventListener('abort', abandonOnInterrupt);
		interruptible.dispose();
		abandon.abort();
		// One that failed to open or bundle has said so to `work` already, and left nothing to close.
		await (await opening?.catch(() => undefined))?.close();
		await (await bundling?.catch(() => undefined))?.cleanup();
	}
};

/** The browser and the bundle of a context, in the pipeline's order: the browser first (when none can be had, that is said before a 15 s bundle). */
export const browserAndBundle = async (context: RenderContext): Promise<{browser: RenderBrowser; bundle: Bundle}> => {
	const browser = await context.browser();
	context.checkAborted();
	const bundle = await context.bundle();
	context.checkAborted();
	return {browser, bundle};
};

export type PlannedVideoRender = {
	context: RenderContext;
	/** The recap's Plan or a Clip: its frame, length, still ranges and sound. */
	video: PlannedVideo;
	/** The composition that draws it, and its input props once its sound is built (the props a renderer's sound mode asks for; a clip's measured level band). */
	compositionId: string;
	inputProps: (sound: VideoSound) => Record<string, unknown>;
	/** The files `video.sound` names, as the CLI checked them. */
	soundFiles?: SoundFiles | undefined;
	/** Other files the video names (a clip's cover art), staged in the bundle for `staticFile`. */
	assets?: readonly ({file: string; src: string} | null)[];
	outputPath: string;
	scale?: number;
	/** Inclusive absolute frames `[first, last]`, one frame, or null for all. */
	frameRange?: [number, number] | number | null;
	concurrency?: number | null;
	renderer?: RendererName;
	onProgress?: ((progress: VideoProgress) => void) | undefined;
	/** Called once the composition is chosen, before any frame is drawn. */
	onSelected?: (composition: Composition) => void;
	/** Build the sound without logging its loudness (clips, one line each would be noise). */
	quietSound?: boolean;
	/** A batch's shared decodes and loudness (clips): each span decoded once, one gain per quote. */
	cache?: SoundCache;
};

/**
 * The render pipeline for one planned video: sound (built in Node, while the browser
 * opens and the project is bundled) → the composition, from the plan
 * (`plannedComposition`) → draw → encode → mux, by the renderer chosen (`VIDEO_RENDERERS`), into an
 * MP4 written atomically. The recap, a plain-rendered clip and the bench render through
 * it; a clip batch takes the same steps with one drawing for many files
 * (`renderClipBatch`). Resolves to the composition drawn (for stills from it) once the
 * file is in place.
 */
export const renderPlannedVideo = async ({
	context,
	video,
	compositionId,
	inputProps,
	soundFiles,
	assets = [],
	outputPath,
	scale = 1,
	frameRange = null,
	concurrency = null,
	renderer = 'fast',
	onProgress,
	onSelected,
	quietSound = false,
	cache,
}: PlannedVideoRender): Promise<{composition: Composition}> => {
	const {interruptible, log} = context;
	context.warmUp();
	const sound = await prepareVideoSound({
		video,
		files: soundFiles,
		window: windowOf({frameRange, durationInFrames: video.durationInFrames}),
		mode: VIDEO_RENDERERS[renderer].sound,
		...(quietSound ? {} : {log}),
		...(cache === undefined ? {} : {cache}),
	});
	try {
		context.checkAborted();
		const {browser, bundle} = await browserAndBundle(context);
		await sound.stage(bundle.serveUrl);
		await stageFiles({serveUrl: bundle.serveUrl, files: assets});
		context.checkAborted();
		const composition = plannedComposition({id: compositionId, video, inputProps: inputProps(sound)});
		onSelected?.(composition);
		await renderVideo({
			serveUrl: bundle.serveUrl,
			browser,
			composition,
			stills: video.stills,
			outputPath,
			scale,
			frameRange,
			concurrency,
			renderer,
			cancelSignal: interruptible.cancelSignal,
			log,
			...(onProgress === undefined ? {} : {onProgress}),
			soundTrack: sound.soundTrack,
		});
		context.checkAborted();
		return {composition};
	} finally {
		await sound.cleanup();
	}
};
