import {copyFile, mkdtemp, rename, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {renderMedia} from '@remotion/renderer';
import {restoreAacPriming} from './audio/aac-priming';
import type {SoundMode} from './audio/prepare-sound';
import {browserOptions, tabsFor} from './browser';
import {removeOnExit} from './remove-on-exit';
import {renderDistinctFrames} from './render-distinct-frames';
import {type RenderVideoOptions, type RendererName, windowOf} from './render-video-options';
import {writeFileAtomic} from './write-file-atomic';

/**
 * The draw → encode → mux step of the render pipeline, one implementation per renderer:
 * given a selected composition, it writes frames `frameRange` of it as an H.264 MP4 to
 * `outputPath` (a temporary file, renamed by `renderVideo`). `sound` says how the video
 * gets its sound: a `muxed` renderer puts `soundTrack` (the WAV built in Node) into the
 * file, and the composition is drawn silent; a `composition` renderer lets the
 * composition play its `<Audio>`. Remotion Lambda is not one of them: it needs no local
 * bundle, browser or selected composition, and schedules whole batches of videos at
 * once; it takes the same sound step (`muxed`) and props (`lambda/render-recap-on-lambda.ts`).
 */
export type VideoRenderer = {
	sound: SoundMode;
	render: (options: RenderVideoOptions) => Promise<void>;
};

/**
 * Remotion's plain `renderMedia`: every frame drawn, the composition's own `<Audio>`
 * mixed by Remotion. Its FFmpeg writes into a folder of its own, moved to `outputPath`
 * when done: stopped while it muxes, `renderMedia` gives up at once but FFmpeg goes on to
 * finish the file (its fast-start pass opens the output again by name), after the
 * temporary file was deleted and even after talkreel exited. In a folder that is gone by
 * then, that last write finds nowhere to land.
 */
const renderPlain = async (options: RenderVideoOptions): Promise<void> => {
	const folder = await mkdtemp(path.join(tmpdir(), 'talkreel-plain-'));
	// Released only when the file was moved out: after a failure, FFmpeg may still write here until the process exits.
	const release = removeOnExit(folder);
	const inFolder = path.join(folder, 'video.mp4');
	try {
		await renderPlainTo({...options, outputPath: inFolder});
		await rename(inFolder, options.outputPath).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EXDEV') throw error;
			await copyFile(inFolder, options.outputPath);
		});
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
	release();
};

const renderPlainTo = async ({
	serveUrl,
	browser,
	composition,
	outputPath,
	scale = 1,
	frameRange = null,
	concurrency = null,
	onProgress,
	cancelSignal,
}: RenderVideoOptions): Promise<void> => {
	const [first, last] = windowOf({frameRange, durationInFrames: composition.durationInFrames});
	const total = last - first + 1;
	await renderMedia({
		serveUrl,
		composition,
		inputProps: composition.props,
		codec: 'h264',
		outputLocation: outputPath,
		overwrite: true,
		scale,
		frameRange,
		concurrency: tabsFor(concurrency),
		...(cancelSignal === undefined ? {} : {cancelSignal}),
		// Sound where the plan puts it: the AAC encoder's priming is skipped at the mux.
		ffmpegOverride: restoreAacPriming,
		onProgress: (p) =>
			onProgress?.(
				p.renderedDoneIn === null
					? {stage: 'rendering', done: p.renderedFrames, total, drawnFrames: total}
					: {stage: 'encoding', done: p.encodedFrames, total, drawnFrames: total},
			),
		...browserOptions(browser),
	});
};

/** The renderers `--renderer` names: `fast` draws each distinct frame once and muxes the Node-built track; `remotion` is plain `renderMedia`. */
export const VIDEO_RENDERERS: Record<RendererName, VideoRenderer> = {
	fast: {sound: 'muxed', render: renderDistinctFrames},
	remotion: {sound: 'composition', render: renderPlain},
};

/**
 * Renders `composition` to an H.264 MP4 at `outputPath` with the renderer chosen,
 * written atomically (a temporary file beside it, renamed on success). Both renderers
 * give the same file: same size, frame rate, frame count, codec, pixel format and
 * encoder settings.
 */
export const renderVideo = async ({renderer = 'fast', ...options}: RenderVideoOptions & {renderer?: RendererName}): Promise<void> => {
	await writeFileAtomic({target: options.outputPath, write: (tempPath) => VIDEO_RENDERERS[renderer].render({...options, outputPath: tempPath})});
};
