import type {Plan} from '../plan/plan-schema';
import type {PlannedQuote} from '../plan/plan-talk';
import type {RecapManifest} from '../plan/recap-manifest';
import type {Talk} from '../talk/talk-schema';
import type {Theme} from '../video/theme';
import type {SoundFiles} from './audio/prepare-sound';
import type {RenderBrowser} from './browser';
import type {Bundle, Log} from './bundle-project';
import {formatSeconds} from './format-seconds';
import {recapInputProps} from './compositions';
import {drawSidecarStillsLocally, writeRecapSidecars} from './recap-sidecars';
import {renderPlannedVideo, withRenderContext} from './render-pipeline';
import type {RendererName, VideoProgress} from './render-video-options';

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
 * Renders a planned recap to `outputPath` (H.264 MP4) through the render pipeline
 * (`renderPlannedVideo`), then its sidecars. Writes a temporary file beside the target
 * and renames it on success; on error, abort or Ctrl-C the temporary file is deleted and
 * the target is left untouched.
 */
export const renderRecap = async (options: RenderRecapOptions): Promise<RenderRecapResult> => {
	const {talk, plan, outputPath, scale = 1, frameRange = null, renderer = 'fast', log = () => {}} = options;
	const theme = options.theme === undefined ? {} : {theme: options.theme};
	return withRenderContext({...options, log}, async (context) => {
		let renderStarted = 0;
		const {composition} = await renderPlannedVideo({
			context,
			video: plan,
			compositionId: 'Recap',
			inputProps: (sound) => recapInputProps({talk, plan, ...theme, ...sound.props}),
			soundFiles: options.soundFiles,
			outputPath,
			scale,
			frameRange,
			concurrency: options.concurrency ?? null,
			renderer,
			onProgress: options.onProgress,
			onSelected: (chosen) => {
				log(`${plan.scenes.length} scenes, ${chosen.durationInFrames} frames (${formatSeconds((chosen.durationInFrames / chosen.fps) * 1000)})`);
				renderStarted = Date.now();
			},
		});
		const took = Date.now() - renderStarted;
		const totalFrames = frameRange === null ? composition.durationInFrames : typeof frameRange === 'number' ? 1 : frameRange[1] - frameRange[0] + 1;
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
			log,
			signal: context.interruptible.signal,
			drawStill: drawSidecarStillsLocally({
				talk,
				plan,
				...theme,
				bundle: await context.bundle(),
				browser: await context.browser(),
				cancelSignal: context.interruptible.cancelSignal,
				recapComposition: composition,
			}),
		});
		context.checkAborted();
		log(`sidecars in ${formatSeconds(Date.now() - sidecarsStarted)} → ${sidecars.manifestPath}`);
		return {...result, sidecars};
	});
};
