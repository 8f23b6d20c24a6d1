import {writeFile} from 'node:fs/promises';
import {InternalError} from '../../errors';
import path from 'node:path';
import {type ClipManifest, MANIFEST_FILE, buildClipManifest} from '../../plan/clip-manifest';
import type {ClipBatch} from '../../plan/plan-clip-jobs';
import {DEFAULT_THEME, type Theme} from '../../video/theme';
import {type SoundFiles, prepareVideoSound} from '../audio/prepare-sound';
import {openSoundCache} from '../audio/sound-cache';
import {quoteInputProps} from '../compositions';
import {withMeasuredLevels} from '../render-clips';
import {writeFileAtomic} from '../write-file-atomic';
import {lastFrameAsPng, muxSoundOnto} from './finish-lambda-video';
import type {LambdaJob, LambdaJobResult} from './run-lambda-renders';
import {type LambdaRenderSettings, withLambdaBatch} from './with-lambda-batch';

export type RenderClipsOnLambdaOptions = LambdaRenderSettings & {
	/** The clips, planned here (`planClipJobs`); a clip's cover art must be a file of the deployed site. */
	batch: ClipBatch;
	/** Output folder: the clips, their cards and `manifest.json`, as a local render writes them. */
	outDir: string;
	theme?: Theme;
	/** The files the plans' sound names, as the CLI checked them: each clip's sound track is built from them here. */
	soundFiles?: SoundFiles;
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Renders planned quote clips on Remotion Lambda into the files a local render writes
 * (`renderClips`): each clip is one Lambda render of its `Quote-<shape>` composition,
 * muted, all started together within `maxFunctions`. Each clip's sound is built here
 * first (its level band measured from it, as locally) and muxed onto its downloaded
 * video; its share card is the video's last frame. A clip that fails (its sound here, its
 * render there, its mux) is logged and listed under `failed` in the manifest; the others
 * finish. The manifest is written last, atomically, unless the batch was stopped.
 */
export const renderClipsOnLambda = async (options: RenderClipsOnLambdaOptions): Promise<{manifestPath: string; manifest: ClipManifest; costUsd: number}> => {
	const {batch, outDir, scale = 1, theme = DEFAULT_THEME, log = () => {}} = options;
	log(`${batch.jobs.length} clips to render on Lambda → ${outDir}`);
	// By clip, so the manifest lists them in quote order whatever order they finish in: null when written.
	const errors: (string | null)[] = batch.jobs.map(() => null);
	const name = (index: number) => `clip ${index + 1}/${batch.jobs.length} ${batch.jobs[index]!.files.video}`;
	const fail = (index: number, error: string) => {
		errors[index] = error;
		log(`${name(index)} FAILED: ${error}`);
	};
	// The clip each render is for, by its id.
	const indexOf = new Map<string, number>();
	const onJobDone = (result: LambdaJobResult) => {
		const index = indexOf.get(result.id);
		if (index === undefined) throw new InternalError({code: 'LAMBDA', problem: `a render "${result.id}" that is no clip of the batch`});
		if (result.error === null) log(`${name(index)}: ${batch.jobs[index]!.clip.durationInFrames} frames`);
		else if (result.error !== 'cancelled') fail(index, result.error);
		options.onJobDone?.(result);
	};
	const costUsd = await withLambdaBatch({...options, log, onJobDone}, async ({work, checkAborted, run}) => {
		/** Removes each clip's sound track once the batch is over. */
		const cleanups: (() => Promise<void>)[] = [];
		// As on this machine: each span decoded once for the batch, one loudness per quote across its shapes.
		const cache = openSoundCache();
		try {
			const jobs: LambdaJob[] = [];
			for (const [index, {clip, files}] of batch.jobs.entries()) {
				checkAborted();
				try {
					const sound = await prepareVideoSound({video: clip, files: options.soundFiles, window: [0, clip.durationInFrames - 1], mode: 'muxed', cache});
					// Only the WAV's path is kept past this step: the samples of sixty clips would not fit in memory at once.
					const {soundTrack} = sound;
					cleanups.push(sound.cleanup);
					const id = path.parse(files.video).name;
					indexOf.set(id, index);
					jobs.push({
						id,
						kind: 'media',
						composition: `Quote-${clip.shape}`,
						inputProps: quoteInputProps({clip: withMeasuredLevels({clip, track: sound.track}), theme, ...sound.props}),
						file: path.join(work, files.video),
						frames: clip.durationInFrames,
						frameRange: null,
						finish: async (file) => {
							const video = path.join(outDir, files.video);
							await muxSoundOnto({video: file, soundTrack, target: video});
							await lastFrameAsPng({video, target: path.join(outDir, files.card)});
						},
					});
				} catch (error) {
					fail(index, errorText(error));
				}
			}
			return (await run(jobs)).costUsd;
		} finally {
			await Promise.all(cleanups.map((cleanup) => cleanup()));
		}
	});
	const manifest = buildClipManifest({batch, errors, scale});
	const manifestPath = path.join(outDir, MANIFEST_FILE);
	await writeFileAtomic({target: manifestPath, write: (temp) => writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`)});
	return {manifestPath, manifest, costUsd};
};
