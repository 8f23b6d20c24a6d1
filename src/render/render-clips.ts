import {renderStill} from '@remotion/renderer';
import {rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {type ClipManifest, MANIFEST_FILE, buildClipManifest} from '../plan/clip-manifest';
import type {Clip} from '../plan/clip-schema';
import {waveformLevels, withWaveformLevels} from '../plan/clip-waveform';
import type {ClipBatch, ClipJob} from '../plan/plan-clip-jobs';
import {DEFAULT_THEME, type Theme} from '../video/theme';
import {type AudioTrack, frameToSample} from './audio/build-audio-track';
import {TRACK_CHANNELS, msToSample} from './audio/decode-audio';
import {type SoundFiles, type VideoSound, prepareVideoSound, stageFiles} from './audio/prepare-sound';
import {type SoundCache, openSoundCache} from './audio/sound-cache';
import {type RenderBrowser, browserOptions} from './browser';
import type {Bundle, Log} from './bundle-project';
import {formatSeconds} from './format-seconds';
import {plannedComposition, quoteBatchInputProps, quoteInputProps} from './compositions';
import {batchMetadata} from '../video/Quote/quote-batch-schema';
import {RenderAbortedError} from '../errors';
import type {CoverFile} from './probe-cover';
import {renderClipBatch} from './render-clip-batch';
import {type RenderContext, browserAndBundle, renderPlannedVideo, withRenderContext} from './render-pipeline';
import type {RendererName, VideoProgress} from './render-video-options';
import {writeFileAtomic} from './write-file-atomic';

type ClipsProgress = VideoProgress & {
	/** 1-based number of the clip under way, of `clips`. */
	clip: number;
	clips: number;
	/** Its video file name, `t012s3-sam-altman-square.mp4`. */
	name: string;
};

export type RenderClipsOptions = {
	/** The clips, planned in Node (`planClipJobs`): each clip and the files it is written to. */
	batch: ClipBatch;
	/** Output folder (created): the clips, their cards and `manifest.json`. */
	outDir: string;
	scale?: number;
	concurrency?: number | null;
	renderer?: RendererName;
	theme?: Theme;
	onProgress?: (progress: ClipsProgress) => void;
	log?: Log;
	/** Reuse a bundle / browser (tests); made and disposed of here when absent. */
	bundle?: Bundle;
	browser?: RenderBrowser;
	/** Stops the batch: the clip under way is deleted, the manifest is not written. */
	signal?: AbortSignal;
	/** Also stop on Ctrl-C (SIGINT). Default true. */
	handleSigint?: boolean;
	/** The files the plans' sound names (the recording, the music), as the CLI checked them. */
	soundFiles?: SoundFiles;
	/** The cover art the clips' plans name, as the CLI checked it (`cover:` in the metadata, or public/<slug>-cover.*). */
	cover?: CoverFile | null;
};

/**
 * The clip with its level band measured from the sound track built for it: each planned
 * bar's slice of the clip's audio span. A silent clip is left as it is.
 */
export const withMeasuredLevels = ({clip, track}: {clip: Clip; track: AudioTrack | null}): Clip => {
	const {audio, waveform} = clip;
	if (track === null || audio === null || waveform === null) return clip;
	const from = frameToSample({frame: audio.atFrame, fps: clip.fps});
	const to = from + msToSample(audio.toMs) - msToSample(audio.fromMs);
	const levels = waveformLevels({samples: track.samples, channels: TRACK_CHANNELS, from, to, bars: waveform.playedFrom.length});
	return withWaveformLevels({clip, levels});
};

/** What a clip batch keeps of a clip's sound while its shape is drawn: the track's WAV to mux, not its samples. */
export type ClipSound = Pick<VideoSound, 'soundTrack' | 'cleanup'>;

/**
 * Builds the sound track of each clip of a batch (`prepareVideoSound`, muxed, through the
 * batch's `cache`) and measures its level band from it; returns the clips with their
 * levels, and pushes each track's file onto `sounds` as soon as it is written (the caller
 * cleans them up, even after a failure). The samples are dropped once measured: a shape's
 * tracks are not all held at once.
 */
export const buildClipSounds = async ({
	clips,
	files,
	cache,
	sounds,
	checkAborted = () => {},
}: {
	clips: readonly Clip[];
	files: SoundFiles | undefined;
	cache: SoundCache;
	sounds: ClipSound[];
	checkAborted?: () => void;
}): Promise<Clip[]> => {
	const measured: Clip[] = [];
	for (const clip of clips) {
		checkAborted();
		const {track, soundTrack, cleanup} = await prepareVideoSound({video: clip, files, window: [0, clip.durationInFrames - 1], mode: 'muxed', cache});
		sounds.push({soundTrack, cleanup});
		measured.push(withMeasuredLevels({clip, track}));
	}
	return measured;
};

/**
 * Renders planned quote clips: for each an H.264 MP4 and a PNG share card (the last
 * frame, quote fully shown), then `manifest.json`; all written atomically. One bundle and
 * one browser serve the whole batch. The fast renderer draws all clips of a shape in one
 * pass (`renderClipBatch`); any other renders clip by clip through the render pipeline
 * (`renderPlannedVideo`), the card drawn with `renderStill`. A clip that fails is logged
 * and listed under `failed` in the manifest; the others still render.
 */
export const renderClips = async (options: RenderClipsOptions): Promise<{manifestPath: string; manifest: ClipManifest}> => {
	const {batch, outDir, scale = 1, renderer = 'fast', log = () => {}} = options;
	log(`${batch.jobs.length} clips to render → ${outDir}`);
	// By job, so the manifest lists clips in quote order whatever order they finish in: null when written.
	const errors: (string | null)[] = [];
	const manifestPath = path.join(outDir, MANIFEST_FILE);
	const writeManifest = async () => {
		const manifest = buildClipManifest({batch, errors, scale});
		await writeFileAtomic({target: manifestPath, write: (temp) => writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`)});
		return manifest;
	};
	try {
		await withRenderContext({...options, log}, (context) => {
			const run: ClipsRun = {options, jobs: batch.jobs, context, errors, log};
			return renderer === 'fast' ? renderBatches(run) : renderOneByOne({...run, renderer});
		});
	} catch (error) {
		if (!(error instanceof RenderAbortedError)) throw error;
		throw await keepFinishedClips({total: batch.jobs.length, errors, writeManifest});
	}
	return {manifestPath, manifest: await writeManifest()};
};

/**
 * A batch stopped by a signal keeps the clips it finished, each whole (video and card),
 * and writes the manifest of those, the rest listed under `failed` as interrupted; the
 * error it returns says so. With none finished, nothing was written.
 */
const keepFinishedClips = async ({
	total,
	errors,
	writeManifest,
}: {
	total: number;
	errors: (string | null)[];
	writeManifest: () => Promise<unknown>;
}): Promise<RenderAbortedError> => {
	const finished = errors.filter((error) => error === null).length;
	if (finished === 0) return new RenderAbortedError();
	for (let i = 0; i < total; i++) if (errors[i] !== null) errors[i] = INTERRUPTED;
	await writeManifest();
	return new RenderAbortedError(
		`the clips were interrupted; kept ${finished} of ${total} clips, each whole (video and card), and ${MANIFEST_FILE}, which lists the other ${total - finished} under "failed" as interrupted`,
	);
};

/** A clip's error in the manifest when the batch was stopped before it was whole. */
const INTERRUPTED = 'interrupted';

type ClipsRun = {
	options: RenderClipsOptions;
	jobs: ClipJob[];
	context: RenderContext;
	errors: (string | null)[];
	log: Log;
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The fast renderer: per shape, every clip's sound built in Node (its level band
 * measured from it; the first shape's while the browser opens and the project is
 * bundled), then all its clips drawn in one pass and cut into files, each with
 * its own sound track muxed. One sound cache serves every shape: each span and the music
 * bed are decoded once for the whole batch, and a quote's shapes share one loudness.
 */
const renderBatches = async ({options, jobs, context, errors, log}: ClipsRun): Promise<void> => {
	const {scale = 1, concurrency = null, theme = DEFAULT_THEME, onProgress} = options;
	const {interruptible} = context;
	const shapes = [...new Set(jobs.map((job) => job.clip.shape))];
	const cache = openSoundCache();
	context.warmUp();
	for (const shape of shapes) {
		const members = jobs.flatMap((job, index) => (job.clip.shape === shape ? [{job, index}] : []));
		const sounds: ClipSound[] = [];
		try {
			const soundStarted = Date.now();
			const clips = await buildClipSounds({
				clips: members.map(({job}) => job.clip),
				files: options.soundFiles,
				cache,
				sounds,
				checkAborted: context.checkAborted,
			});
			if (options.soundFiles?.media) log(`${shape}: sound of ${clips.length} clips built in ${formatSeconds(Date.now() - soundStarted)}`);
			const {browser, bundle} = await browserAndBundle(context);
			await stageFiles({serveUrl: bundle.serveUrl, files: [options.cover ?? null]});
			const started = Date.now();
			const composition = plannedComposition({id: `Quotes-${shape}`, video: batchMetadata(clips), inputProps: quoteBatchInputProps({clips, theme})});
			log(`${shape}: ${clips.length} clips, ${composition.durationInFrames} frames, drawn in one pass`);
			// Each clip's distinct frames, as the batch reports them: what its drawing costs.
			const drawn: number[] = [];
			const results = await renderClipBatch({
				serveUrl: bundle.serveUrl,
				browser,
				composition,
				clips: members.map(({job}, i) => ({
					durationInFrames: clips[i]!.durationInFrames,
					stills: clips[i]!.stills,
					videoPath: path.join(options.outDir, job.files.video),
					cardPath: path.join(options.outDir, job.files.card),
					soundTrack: sounds[i]!.soundTrack,
				})),
				scale,
				concurrency,
				cancelSignal: interruptible.cancelSignal,
				onProgress: (i, p) => {
					drawn[i] = p.drawnFrames;
					onProgress?.({...p, clip: members[i]!.index + 1, clips: jobs.length, name: members[i]!.job.files.video});
				},
				onClipDone: (i, result) => {
					const {job, index} = members[i]!;
					// A clip finished whole counts even if the batch is being stopped: it stays, listed in the manifest.
					if (result.error === null) errors[index] = null;
					if (interruptible.isAborted()) return;
					const name = `clip ${index + 1}/${jobs.length} ${job.files.video}`;
					if (result.error === null)
						log(`${name}: ${clips[i]!.durationInFrames} frames (${drawn[i] ?? 0} drawn), done ${formatSeconds(Date.now() - started)} into the batch`);
					else log(`${name} FAILED: ${result.error.message}`);
				},
			});
			context.checkAborted();
			results.forEach((result, i) => {
				errors[members[i]!.index] = result.error === null ? null : result.error.message;
			});
		} catch (error) {
			context.checkAborted();
			for (const {job, index} of members) {
				if (errors[index] === undefined) {
					errors[index] = errorText(error);
					log(`clip ${index + 1}/${jobs.length} ${job.files.video} FAILED: ${errorText(error)}`);
				}
			}
		} finally {
			await Promise.all(sounds.map((sound) => sound.cleanup()));
		}
	}
};

/** Clip by clip, through the render pipeline (the plain renderer: Remotion's `renderMedia` with its own `<Audio>`), and `renderStill` for the card. */
const renderOneByOne = async ({options, jobs, context, errors, log, renderer}: ClipsRun & {renderer: RendererName}): Promise<void> => {
	const {outDir, scale = 1, concurrency = null, theme = DEFAULT_THEME, onProgress} = options;
	const {cancelSignal} = context.interruptible;
	// As in the fast renderer: each span decoded once for the batch, one loudness per quote across its shapes.
	const cache = openSoundCache();
	for (const [index, {clip, files}] of jobs.entries()) {
		context.checkAborted();
		const started = Date.now();
		let videoWritten = false;
		try {
			const {composition} = await renderPlannedVideo({
				context,
				video: clip,
				compositionId: `Quote-${clip.shape}`,
				inputProps: (sound) => quoteInputProps({clip: withMeasuredLevels({clip, track: sound.track}), theme, ...sound.props}),
				soundFiles: options.soundFiles,
				assets: [options.cover ?? null],
				outputPath: path.join(outDir, files.video),
				scale,
				concurrency,
				renderer,
				onProgress: (p) => onProgress?.({...p, clip: index + 1, clips: jobs.length, name: files.video}),
				quietSound: true,
				cache,
			});
			videoWritten = true;
			const browser = await context.browser();
			await writeFileAtomic({
				target: path.join(outDir, files.card),
				write: async (tempPath) => {
					await renderStill({
						serveUrl: (await context.bundle()).serveUrl,
						composition,
						inputProps: composition.props,
						frame: clip.durationInFrames - 1,
						output: tempPath,
						overwrite: true,
						imageFormat: 'png',
						scale,
						cancelSignal,
						...browserOptions(browser),
					});
				},
			});
			errors[index] = null;
			log(`clip ${index + 1}/${jobs.length} ${files.video}: ${clip.durationInFrames} frames in ${formatSeconds(Date.now() - started)}`);
		} catch (error) {
			// A clip is its video and its card: no video without its card.
			if (videoWritten) await rm(path.join(outDir, files.video), {force: true});
			context.checkAborted();
			errors[index] = errorText(error);
			log(`clip ${index + 1}/${jobs.length} ${files.video} FAILED: ${errorText(error)}`);
		}
	}
};
