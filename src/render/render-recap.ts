import type {Plan} from '../plan/plan-schema';
import type {PlannedQuote} from '../plan/plan-talk';
import type {RecapManifest} from '../plan/recap-manifest';
import {recapAudioSpans} from '../plan/plan-speech';
import type {Talk} from '../talk/talk-schema';
import type {Theme} from '../video/theme';
import {type RenderBrowser, openRenderBrowser} from './browser';
import {type Bundle, type Log, PROJECT_ROOT, bundleProject, formatSeconds} from './bundle-project';
import {recapInputProps, selectIn} from './compositions';
import {NO_SOUND_FILES, type SoundFiles, prepareRenderSound} from './audio/prepare-sound';
import {RenderAbortedError, makeInterruptible, unlessAborted} from './interruptible';
import {writeRecapSidecars} from './recap-sidecars';
import {renderVideo} from './render-video';
import {type RendererName, type VideoProgress, windowOf} from './render-video-options';

export type RenderRecapOptions = {
	talk: Talk;
	/** The recap planned in Node (`planTalk(...).recap`): the composition draws it as given. */
	plan: Plan;
	outputPath: string;
	/** Output size factor: 0.25 renders 480×270 from the 1920×1080 composition. */
	scale?: number;
	/** Inclusive absolute frames `[first, last]`, or one frame. */
	frameRange?: [number, number] | number | null;
	concurrency?: number | null;
	theme?: Theme;
	onProgress?: (progress: VideoProgress) => void;
	/** `fast` (default) draws each distinct frame once; `remotion` is plain renderMedia. */
	renderer?: RendererName;
	log?: Log;
	/** Reuse a bundle (batch renders); bundled and removed per call when absent. */
	bundle?: Bundle;
	/** Reuse a browser (batch renders); opened and closed per call when absent. */
	browser?: RenderBrowser;
	/** Aborts the render; the partial file is deleted. */
	signal?: AbortSignal;
	/** Also abort on Ctrl-C (SIGINT) while rendering. Default true. */
	handleSigint?: boolean;
	/**
	 * Write the sidecars beside the MP4 (subtitles, chapters, poster, storyboard, manifest;
	 * see `writeRecapSidecars`), with the recap's quotes (`planTalk(...).quotes`). Not for
	 * a partial render (`frameRange`), whose times they would not match.
	 */
	sidecars?: {quotes: readonly PlannedQuote[]};
	/** The files `plan.sound` names (the recording, the music), as the CLI checked them; the plan's spans are played from them. */
	soundFiles?: SoundFiles;
};

export type RenderRecapResult = {
	outputPath: string;
	/** Of the whole composition; the file holds `frameRange` only when one is given. */
	durationInFrames: number;
	fps: number;
	/** Composition size, before `scale`. */
	width: number;
	height: number;
	/** The sidecars' manifest, when they were written. */
	sidecars?: {manifest: RecapManifest; manifestPath: string};
};

/**
 * Renders a planned recap to `outputPath` (H.264 MP4) with Remotion's Node API.
 * Writes a temporary file beside the target and renames it on success; on error,
 * abort or Ctrl-C the temporary file is deleted and the target is left untouched.
 */
export const renderRecap = async (options: RenderRecapOptions): Promise<RenderRecapResult> => {
	const {
		talk,
		plan,
		outputPath,
		scale = 1,
		frameRange = null,
		concurrency = null,
		onProgress,
		log = () => {},
		signal,
		handleSigint = true,
		renderer = 'fast',
	} = options;
	const ownBundle = options.bundle === undefined;
	const ownBrowser = options.browser === undefined;
	if (signal?.aborted) throw new RenderAbortedError();
	const interruptible = makeInterruptible({...(signal === undefined ? {} : {signal}), handleSigint, log});
	const {cancelSignal, isAborted, dispose} = interruptible;

	let theBundle: Bundle | undefined = options.bundle;
	let theBrowser: RenderBrowser | undefined = options.browser;
	// The sound is built first, in Node: a recording that cannot be played fails before anything is bundled.
	let sound: Awaited<ReturnType<typeof prepareRenderSound>> | undefined;
	try {
		sound = await prepareRenderSound({
			sound: plan.sound,
			spans: recapAudioSpans({plan}),
			files: options.soundFiles ?? NO_SOUND_FILES,
			fps: plan.fps,
			durationInFrames: plan.durationInFrames,
			window: windowOf({frameRange, durationInFrames: plan.durationInFrames}),
			renderer,
			log,
		});
		if (isAborted()) throw new RenderAbortedError();
		// The browser next: when none can be had, say so before a 15 s bundle. Opening is
		// not given up half-way (a browser still starting cannot be closed, and would write
		// its profile into a temp folder being deleted): it is quick, then closed below.
		theBrowser ??= await openRenderBrowser({log, projectRoot: PROJECT_ROOT});
		if (isAborted()) throw new RenderAbortedError();
		theBundle ??= await bundleProject({log, signal: interruptible.signal});
		await sound.stage(theBundle.serveUrl);
		if (isAborted()) throw new RenderAbortedError();
		const composition = await unlessAborted({
			work: selectIn({
				bundle: theBundle,
				browser: theBrowser,
				id: 'Recap',
				inputProps: recapInputProps({
					talk,
					plan,
					...(options.theme === undefined ? {} : {theme: options.theme}),
					withAudio: sound.withAudio,
					mix: sound.prepared.mix,
				}),
			}),
			signal: interruptible.signal,
		});
		log(`${plan.scenes.length} scenes, ${composition.durationInFrames} frames (${formatSeconds((composition.durationInFrames / composition.fps) * 1000)})`);
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
			soundTrack: sound.soundTrack,
		});
		if (isAborted()) throw new RenderAbortedError();
		const took = Date.now() - renderStarted;
		log(`rendered ${totalFrames} frames (${renderer}) in ${formatSeconds(took)} (${((totalFrames * 1000) / took).toFixed(1)} fps) → ${outputPath}`);
		const result: RenderRecapResult = {
			outputPath,
			durationInFrames: composition.durationInFrames,
			fps: composition.fps,
			width: composition.width,
			height: composition.height,
		};
		if (options.sidecars === undefined) return result;
		if (frameRange !== null) {
			log('sidecars: not written for a partial render (--frames)');
			return result;
		}
		const sidecarsStarted = Date.now();
		const sidecars = await writeRecapSidecars({
			talk,
			plan,
			quotes: options.sidecars.quotes,
			outputPath,
			scale,
			...(options.theme === undefined ? {} : {theme: options.theme}),
			bundle: theBundle,
			browser: theBrowser,
			log,
			cancelSignal,
			recapComposition: composition,
		});
		if (isAborted()) throw new RenderAbortedError();
		log(`sidecars in ${formatSeconds(Date.now() - sidecarsStarted)} → ${sidecars.manifestPath}`);
		return {...result, sidecars};
	} catch (error) {
		if (isAborted()) throw new RenderAbortedError();
		throw error;
	} finally {
		dispose();
		await sound?.cleanup();
		if (ownBrowser && theBrowser) await theBrowser.close();
		if (ownBundle && theBundle) await theBundle.cleanup();
	}
};
