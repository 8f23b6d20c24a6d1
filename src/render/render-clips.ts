import {renderStill} from '@remotion/renderer';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {type Clip, type ClipManifest, ClipManifestSchema, type ManifestClip, type ManifestFailure} from '../plan/clip-schema';
import {waveformBarCount, waveformLevels, withWaveform} from '../plan/clip-waveform';
import type {ClipShape} from '../plan/layout';
import {planClip} from '../plan/plan-clip';
import type {TalkPlan} from '../plan/plan-talk';
import {UserError, InternalError} from '../errors';
import type {Talk} from '../talk/talk-schema';
import {DEFAULT_THEME, type Theme} from '../video/theme';
import {frameToSample} from './audio/build-audio-track';
import {TRACK_CHANNELS, msToSample} from './audio/decode-audio';
import {NO_SOUND_FILES, type PreparedSound, type SoundFiles, prepareRenderSound, stageFiles} from './audio/prepare-sound';
import {type RenderBrowser, browserOptions, openRenderBrowser} from './browser';
import {type Bundle, type Log, PROJECT_ROOT, bundleProject, formatSeconds} from './bundle-project';
import {clipFileNames} from './clip-file-name';
import {quoteBatchInputProps, quoteInputProps, selectIn} from './compositions';
import {type Interruptible, RenderAbortedError, makeInterruptible, unlessAborted} from './interruptible';
import {renderClipBatch} from './render-clip-batch';
import {renderVideo} from './render-video';
import type {RendererName, VideoProgress} from './render-video-options';
import type {CoverFile} from './probe-cover';
import {writeFileAtomic} from './write-file-atomic';

export const MANIFEST_FILE = 'manifest.json';

export type ClipsProgress = VideoProgress & {
	/** 1-based number of the clip under way, of `clips`. */
	clip: number;
	clips: number;
	/** Its video file name, `t012s3-sam-altman-square.mp4`. */
	name: string;
};

export type RenderClipsOptions = {
	talk: Talk;
	/** The talk planned once (`planTalk`): the clips are of its quotes. */
	talkPlan: TalkPlan;
	/** Output folder (created): the clips, their cards and `manifest.json`. */
	outDir: string;
	shapes: readonly ClipShape[];
	/** Stable quote ids to render; absent or empty → every quote of the recap. */
	quoteIds?: string[];
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
	/** Cover art for the clips' headers, as the CLI checked it (`cover:` in the metadata, or public/<slug>-cover.*). */
	cover?: CoverFile | null;
	/** The clips already planned (`planClipJobs` with these options), as the CLI did to check their files; planned here when absent. */
	jobs?: ClipJob[];
};

export type ClipJob = {clip: Clip; files: {video: string; card: string}};

export type RenderClipsResult = {
	manifestPath: string;
	manifest: ClipManifest;
};

/**
 * The clips to make, planned in Node before anything is bundled: every chosen quote of
 * the planned talk in every chosen shape, in quote order. Unknown quote ids are the
 * user's mistake.
 */
export const planClipJobs = ({
	talk,
	talkPlan,
	shapes,
	quoteIds = [],
	cover = null,
}: Pick<RenderClipsOptions, 'talk' | 'talkPlan' | 'shapes' | 'quoteIds' | 'cover'>): {jobs: ClipJob[]} => {
	const {quotes} = talkPlan;
	const unknown = quoteIds.filter((id) => !quotes.some((q) => q.id === id));
	if (unknown.length > 0) {
		const known = quotes.map((q) => q.id).join(', ') || 'none';
		throw new UserError({
			code: 'ARGS',
			problem: `--quote ${unknown.map((id) => `"${id}"`).join(', ')}: not a quote of this recap (its quotes at --max-seconds ${talkPlan.maxSeconds}: ${known})`,
		});
	}
	const chosen = quoteIds.length === 0 ? quotes : quotes.filter((q) => quoteIds.includes(q.id));
	const jobs = chosen.flatMap((quote) =>
		shapes.map((shape) => {
			const {clip} = planClip({talk, talkPlan, quoteId: quote.id, shape, cover: cover?.src ?? null});
			return {clip, files: clipFileNames({quoteId: clip.quoteId, speakerName: clip.speaker.name, speakerId: clip.speaker.id, shape})};
		}),
	);
	const names = new Set<string>();
	for (const job of jobs) {
		if (names.has(job.files.video)) throw new InternalError({code: 'CLIPS', problem: `two clips would both be written to ${job.files.video}`});
		names.add(job.files.video);
	}
	return {jobs};
};

const manifestEntry = ({clip, files, scale}: ClipJob & {scale: number}): ManifestClip => ({
	id: clip.quoteId,
	number: clip.quoteNumber,
	speaker: {id: clip.speaker.id, name: clip.speaker.name, ...(clip.speaker.role === undefined ? {} : {role: clip.speaker.role})},
	section: {id: clip.sectionId, title: clip.sectionTitle.text},
	text: clip.text,
	quoteText: clip.quoteText,
	truncated: clip.truncated,
	shape: clip.shape,
	width: Math.round(clip.width * scale),
	height: Math.round(clip.height * scale),
	durationInFrames: clip.durationInFrames,
	fps: clip.fps,
	seconds: Number((clip.durationInFrames / clip.fps).toFixed(3)),
	files,
	audio:
		clip.audio === null || clip.audio === undefined
			? null
			: {fromMs: clip.audio.fromMs, toMs: clip.audio.toMs, startsAtMs: Number(((clip.audio.atFrame * 1000) / clip.fps).toFixed(3))},
});

/**
 * The clip with its level band measured from the sound built for it: the bars the
 * layout holds, over the samples of its audio span. A silent clip is left as it is.
 */
export const withMeasuredWaveform = ({clip, prepared}: {clip: Clip; prepared: PreparedSound}): Clip => {
	const audio = clip.audio;
	if (prepared.track === null || audio === null || audio === undefined) return clip;
	const from = frameToSample({frame: audio.atFrame, fps: clip.fps});
	const to = from + msToSample(audio.toMs) - msToSample(audio.fromMs);
	const levels = waveformLevels({samples: prepared.track.samples, channels: TRACK_CHANNELS, from, to, bars: waveformBarCount({clip})});
	return withWaveform({clip, levels}).clip;
};

/**
 * Renders quote clips: for each quote and shape an H.264 MP4 and a PNG share card (the
 * last frame, quote fully shown), then `manifest.json`; all written atomically. One
 * bundle and one browser serve the whole batch. The fast renderer draws all clips of a
 * shape in one pass (`renderClipBatch`); the plain one renders clip by clip with
 * Remotion's `renderMedia` and `renderStill`. A clip that fails is logged and listed
 * under `failed` in the manifest; the others still render.
 */
export const renderClips = async (options: RenderClipsOptions): Promise<RenderClipsResult> => {
	const {talk, outDir, scale = 1, renderer = 'fast', log = () => {}, handleSigint = true} = options;
	const jobs = options.jobs ?? planClipJobs(options).jobs;
	log(`${jobs.length} clips to render → ${outDir}`);

	const interruptible = makeInterruptible({...(options.signal === undefined ? {} : {signal: options.signal}), handleSigint, log});
	const {isAborted, dispose} = interruptible;

	// By job, so the manifest lists clips in quote order whatever order they finish in.
	const outcomes: ({clip: Clip; error: null} | {clip: Clip; error: string} | undefined)[] = jobs.map(() => undefined);
	let theBundle = options.bundle;
	let theBrowser = options.browser;
	try {
		// The browser first: when none can be had, say so before a 15 s bundle. Opening is
		// not given up half-way (a browser still starting cannot be closed, and would write
		// its profile into a temp folder being deleted): it is quick, then closed below.
		theBrowser ??= await openRenderBrowser({log, projectRoot: PROJECT_ROOT});
		if (isAborted()) throw new RenderAbortedError();
		theBundle ??= await bundleProject({log, signal: interruptible.signal});
		await stageFiles({serveUrl: theBundle.serveUrl, files: [options.cover ?? null]});
		const run = {options, jobs, bundle: theBundle, browser: theBrowser, interruptible, outcomes, log};
		if (renderer === 'fast') await renderBatches(run);
		else await renderOneByOne(run);
	} finally {
		dispose();
		if (options.browser === undefined && theBrowser) await theBrowser.close();
		if (options.bundle === undefined && theBundle) await theBundle.cleanup();
	}

	const clips: ManifestClip[] = [];
	const failed: ManifestFailure[] = [];
	jobs.forEach((job, i) => {
		const outcome = outcomes[i];
		if (outcome === undefined || outcome.error !== null) {
			failed.push({id: job.clip.quoteId, shape: job.clip.shape, error: outcome?.error ?? 'not rendered'});
		} else clips.push(manifestEntry({clip: outcome.clip, files: job.files, scale}));
	});
	const manifest = ClipManifestSchema.parse({talkSlug: talk.slug, title: talk.metadata.title, language: talk.metadata.language, clips, failed});
	const manifestPath = path.join(outDir, MANIFEST_FILE);
	await writeFileAtomic({target: manifestPath, write: (temp) => writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`)});
	return {manifestPath, manifest};
};

type ClipsRun = {
	options: RenderClipsOptions;
	jobs: ClipJob[];
	bundle: Bundle;
	browser: RenderBrowser;
	interruptible: Interruptible;
	outcomes: ({clip: Clip; error: null} | {clip: Clip; error: string} | undefined)[];
	log: Log;
};

/** A clip's whole sound, built in Node for the renderer chosen. */
const prepareClipSound = ({clip, files = NO_SOUND_FILES, renderer}: {clip: Clip; files?: SoundFiles | undefined; renderer: RendererName}) =>
	prepareRenderSound({
		sound: clip.sound,
		spans: clip.audio ? [clip.audio] : [],
		files,
		fps: clip.fps,
		durationInFrames: clip.durationInFrames,
		window: [0, clip.durationInFrames - 1],
		renderer,
	});

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The fast renderer: per shape, every clip's sound built in Node (its level band
 * measured from it), then all its clips drawn in one pass and cut into files.
 */
const renderBatches = async ({options, jobs, bundle, browser, interruptible, outcomes, log}: ClipsRun): Promise<void> => {
	const {scale = 1, concurrency = null, theme = DEFAULT_THEME, onProgress} = options;
	const shapes = [...new Set(jobs.map((job) => job.clip.shape))];
	for (const shape of shapes) {
		const members = jobs.flatMap((job, index) => (job.clip.shape === shape ? [{job, index}] : []));
		const sounds: Awaited<ReturnType<typeof prepareClipSound>>[] = [];
		try {
			const clips: Clip[] = [];
			for (const {job} of members) {
				if (interruptible.isAborted()) throw new RenderAbortedError();
				const sound = await prepareClipSound({clip: job.clip, files: options.soundFiles, renderer: 'fast'});
				sounds.push(sound);
				clips.push(withMeasuredWaveform({clip: job.clip, prepared: sound.prepared}));
			}
			const started = Date.now();
			const composition = await unlessAborted({
				work: selectIn({bundle, browser, id: `Quotes-${shape}`, inputProps: quoteBatchInputProps({clips, theme})}),
				signal: interruptible.signal,
			});
			log(`${shape}: ${clips.length} clips, ${composition.durationInFrames} frames, drawn in one pass`);
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
				onProgress: (i, p) => onProgress?.({...p, clip: members[i]!.index + 1, clips: jobs.length, name: members[i]!.job.files.video}),
				onClipDone: (i, result) => {
					if (interruptible.isAborted()) return;
					const {job, index} = members[i]!;
					const name = `clip ${index + 1}/${jobs.length} ${job.files.video}`;
					if (result.error === null) log(`${name}: ${clips[i]!.durationInFrames} frames, done ${formatSeconds(Date.now() - started)} into the batch`);
					else log(`${name} FAILED: ${result.error.message}`);
				},
			});
			if (interruptible.isAborted()) throw new RenderAbortedError();
			results.forEach((result, i) => {
				outcomes[members[i]!.index] = result.error === null ? {clip: clips[i]!, error: null} : {clip: clips[i]!, error: result.error.message};
			});
		} catch (error) {
			if (interruptible.isAborted()) throw new RenderAbortedError();
			for (const {job, index} of members) {
				if (outcomes[index] === undefined) {
					outcomes[index] = {clip: job.clip, error: errorText(error)};
					log(`clip ${index + 1}/${jobs.length} ${job.files.video} FAILED: ${errorText(error)}`);
				}
			}
		} finally {
			await Promise.all(sounds.map((sound) => sound.cleanup()));
		}
	}
};

/** The plain renderer: clip by clip, Remotion's `renderMedia` with its own `<Audio>`, and `renderStill` for the card. */
const renderOneByOne = async ({options, jobs, bundle, browser, interruptible, outcomes, log}: ClipsRun): Promise<void> => {
	const {talk, outDir, scale = 1, concurrency = null, theme = DEFAULT_THEME, onProgress} = options;
	const {cancelSignal, isAborted} = interruptible;
	for (const [index, job] of jobs.entries()) {
		if (isAborted()) throw new RenderAbortedError();
		const {files} = job;
		let {clip} = job;
		const started = Date.now();
		let sound: Awaited<ReturnType<typeof prepareClipSound>> | undefined;
		try {
			// The clip's sound, built in Node; its level band is measured from it.
			sound = await prepareClipSound({clip, files: options.soundFiles, renderer: 'remotion'});
			await sound.stage(bundle.serveUrl);
			clip = withMeasuredWaveform({clip, prepared: sound.prepared});
			const composition = await unlessAborted({
				work: selectIn({
					bundle,
					browser,
					id: `Quote-${clip.shape}`,
					inputProps: quoteInputProps({talk, clip, theme, withAudio: sound.withAudio, mix: sound.prepared.mix}),
				}),
				signal: interruptible.signal,
			});
			await renderVideo({
				serveUrl: bundle.serveUrl,
				browser,
				composition,
				stills: clip.stills,
				outputPath: path.join(outDir, files.video),
				scale,
				frameRange: null,
				concurrency,
				renderer: 'remotion',
				cancelSignal,
				onProgress: (p) => onProgress?.({...p, clip: index + 1, clips: jobs.length, name: files.video}),
				log,
				soundTrack: sound.soundTrack,
			});
			await writeFileAtomic({
				target: path.join(outDir, files.card),
				write: async (tempPath) => {
					await renderStill({
						serveUrl: bundle.serveUrl,
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
			outcomes[index] = {clip, error: null};
			log(`clip ${index + 1}/${jobs.length} ${files.video}: ${clip.durationInFrames} frames in ${formatSeconds(Date.now() - started)}`);
		} catch (error) {
			if (isAborted()) throw new RenderAbortedError();
			outcomes[index] = {clip, error: errorText(error)};
			log(`clip ${index + 1}/${jobs.length} ${files.video} FAILED: ${errorText(error)}`);
		} finally {
			await sound?.cleanup();
		}
	}
};
