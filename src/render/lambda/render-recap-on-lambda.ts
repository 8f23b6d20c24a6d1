import {copyFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plan} from '../../plan/plan-schema';
import type {PlannedQuote} from '../../plan/plan-talk';
import type {RecapManifest} from '../../plan/recap-manifest';
import type {Talk} from '../../talk/talk-schema';
import type {Theme} from '../../video/theme';
import {type SoundFiles, prepareVideoSound} from '../audio/prepare-sound';
import {recapInputProps} from '../compositions';
import {type SidecarStill, recapSidecarStills, sidecarStillProps, writeRecapSidecars} from '../recap-sidecars';
import {windowOf} from '../render-video-options';
import {muxSoundOnto} from './finish-lambda-video';
import type {LambdaJob} from './run-lambda-renders';
import {type LambdaRenderSettings, withLambdaBatch} from './with-lambda-batch';

export type RenderRecapOnLambdaOptions = LambdaRenderSettings & {
	talk: Talk;
	/** The recap planned here (`planTalk(...).recap`): what Lambda receives and draws as given. */
	plan: Plan;
	outputPath: string;
	/** Inclusive absolute frames `[first, last]`, one frame, or null for all. */
	frameRange?: [number, number] | number | null;
	theme?: Theme;
	/** Write the sidecars beside the MP4, as a local render does (not for a partial render). */
	sidecars?: {quotes: readonly PlannedQuote[]};
	/** The files `plan.sound` names, as the CLI checked them: the sound track is built from them here. */
	soundFiles?: SoundFiles;
};

/**
 * Renders a planned recap on Remotion Lambda into the files a local render writes
 * (`renderRecap`): the plan goes to Lambda as the `Recap` composition's input props and
 * is drawn muted; the sound track is built here from the plan, as for a local render, and
 * muxed onto the downloaded video (`muxSoundOnto`), so both carry the same samples. The
 * poster and the storyboard are rendered on Lambda as stills beside the video, and the
 * text sidecars and the manifest written here. Every file is written atomically; a
 * render that fails on Lambda is thrown, and the target is left untouched.
 */
export const renderRecapOnLambda = async (options: RenderRecapOnLambdaOptions): Promise<{outputPath: string; costUsd: number; manifest?: RecapManifest}> => {
	const {talk, plan, outputPath, frameRange = null, log = () => {}} = options;
	const theme = options.theme === undefined ? {} : {theme: options.theme};
	const window = windowOf({frameRange, durationInFrames: plan.durationInFrames});
	const withSidecars = options.sidecars !== undefined && frameRange === null;
	if (options.sidecars !== undefined && !withSidecars) log('sidecars: not written for a partial render (--frames)');
	return withLambdaBatch({...options, log}, async ({work, checkAborted, signal, run}) => {
		const sound = await prepareVideoSound({video: plan, files: options.soundFiles, window, mode: 'muxed', log});
		try {
			checkAborted();
			const stills: SidecarStill[] = withSidecars ? recapSidecarStills({plan, outputPath}) : [];
			const stillProps = sidecarStillProps({talk, plan, ...theme});
			// The stills first: each takes one function for a moment, and the video the rest.
			const jobs: LambdaJob[] = [
				...stills.map(
					(still): LambdaJob => ({
						id: path.parse(still.name).name,
						kind: 'still',
						composition: still.compositionId,
						inputProps: stillProps,
						frame: still.frame,
						scale: still.scale,
						imageFormat: still.imageFormat,
						file: path.join(work, still.name),
					}),
				),
				{
					id: 'recap',
					kind: 'media',
					composition: 'Recap',
					inputProps: recapInputProps({talk, plan, ...theme, ...sound.props}),
					file: path.join(work, 'recap.mp4'),
					frames: window[1] - window[0] + 1,
					frameRange: frameRange === null ? null : window,
				},
			];
			log(`${plan.scenes.length} scenes, ${window[1] - window[0] + 1} frames on Lambda (${options.target.functionName} in ${options.target.region})`);
			const {results, costUsd} = await run(jobs);
			const failure = results.find((r) => r.failure !== undefined)?.failure;
			if (failure !== undefined) throw failure;
			checkAborted();
			// Only once every render is in: a failed still leaves no recap behind.
			await muxSoundOnto({video: path.join(work, 'recap.mp4'), soundTrack: sound.soundTrack, target: outputPath});
			// The recap is whole from here: a stop keeps it, and the sidecars written, and says which.
			if (!withSidecars || options.sidecars === undefined) return {outputPath, costUsd};
			const {manifest} = await writeRecapSidecars({
				talk,
				plan,
				quotes: options.sidecars.quotes,
				outputPath,
				scale: options.scale ?? 1,
				log,
				// Already rendered on Lambda and downloaded: put in place.
				drawStill: (still, output) => copyFile(path.join(work, still.name), output),
				signal,
			});
			return {outputPath, costUsd, manifest};
		} finally {
			await sound.cleanup();
		}
	});
};
