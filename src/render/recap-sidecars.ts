import {type CancelSignal, renderStill} from '@remotion/renderer';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plan} from '../plan/plan-schema';
import type {PlannedQuote} from '../plan/plan-talk';
import {podcastChapters, podcastSoundbites} from '../plan/podcast-sidecars';
import {type RecapManifest, buildRecapManifest} from '../plan/recap-manifest';
import {formatChapters, formatSrt, formatVtt, recapChapters, recapCues} from '../plan/recap-sidecars';
import type {Talk} from '../talk/talk-schema';
import type {Theme} from '../video/theme';
import {isInterruption} from './interruptible';
import {type RenderBrowser, browserOptions} from './browser';
import type {Bundle, Log} from './bundle-project';
import {recapInputProps, selectIn} from './compositions';
import {RenderAbortedError} from '../errors';
import type {Composition} from './render-video-options';
import {writeFileAtomic} from './write-file-atomic';

/** The poster's size: YouTube's recommended thumbnail. */
const POSTER = {widthPx: 1280, heightPx: 720} as const;

/** The files written beside `recap.mp4`, by kind. */
export const sidecarFileNames = ({outputPath}: {outputPath: string}) => {
	const stem = path.basename(outputPath, path.extname(outputPath));
	return {
		video: path.basename(outputPath),
		srt: `${stem}.srt`,
		vtt: `${stem}.vtt`,
		chapters: 'chapters.txt',
		poster: 'poster.jpg',
		storyboard: 'storyboard.png',
		manifest: `${stem}.json`,
		podcastChapters: 'chapters.json',
		soundbites: 'soundbites.xml',
	};
};

/** A still sidecar: which composition, which frame, at what size and in which format. */
export type SidecarStill = {name: string; compositionId: 'Recap' | 'Storyboard'; frame: number; imageFormat: 'png' | 'jpeg'; scale: number};

/** Draws one still sidecar into `output` (a temporary file, renamed once whole). */
export type DrawSidecarStill = (still: SidecarStill, output: string) => Promise<void>;

/** The poster (the title card at 1280×720, JPEG) and the storyboard (every scene, PNG) of a recap. */
export const recapSidecarStills = ({plan, outputPath}: {plan: Plan; outputPath: string}): SidecarStill[] => {
	const names = sidecarFileNames({outputPath});
	return [
		{name: names.poster, compositionId: 'Recap', frame: plan.scenes[0]?.stills[0]?.from ?? 0, imageFormat: 'jpeg', scale: POSTER.widthPx / plan.width},
		{name: names.storyboard, compositionId: 'Storyboard', frame: 0, imageFormat: 'png', scale: 1},
	];
};

/** The input props of the stills: the recap's, without sound. */
export const sidecarStillProps = ({talk, plan, theme}: {talk: Talk; plan: Plan; theme?: Theme | undefined}) =>
	recapInputProps({talk, plan, ...(theme === undefined ? {} : {theme})});

/** Draws the stills on this machine, with Remotion's `renderStill` in the render's bundle and browser. */
export const drawSidecarStillsLocally = ({
	talk,
	plan,
	theme,
	bundle,
	browser,
	cancelSignal,
	recapComposition,
}: {
	talk: Talk;
	plan: Plan;
	theme?: Theme | undefined;
	bundle: Bundle;
	browser: RenderBrowser;
	/** Stops the stills being drawn (a signal); what was written stays whole. */
	cancelSignal?: CancelSignal;
	/** `Recap` as the video was rendered from it: the poster is drawn from it, without choosing it again. */
	recapComposition?: Composition;
}): DrawSidecarStill => {
	const inputProps = sidecarStillProps({talk, plan, theme});
	return async ({compositionId, frame, imageFormat, scale}, output) => {
		const composition =
			compositionId === 'Recap' && recapComposition !== undefined ? recapComposition : await selectIn({bundle, browser, id: compositionId, inputProps});
		await renderStill({
			serveUrl: bundle.serveUrl,
			composition,
			inputProps: composition.props,
			frame,
			output,
			imageFormat,
			...(imageFormat === 'jpeg' ? {jpegQuality: 90} : {}),
			scale,
			overwrite: true,
			...(cancelSignal === undefined ? {} : {cancelSignal}),
			...browserOptions(browser),
		});
	};
};

/**
 * Everything a publisher uploads with the recap, beside its MP4, each written
 * atomically: subtitles (`.srt`, `.vtt`), YouTube chapters (`chapters.txt`, when the
 * recap has three chapters of 10 s), a 1280×720 `poster.jpg` (the title card), a
 * `storyboard.png` of every scene, and the manifest (`.json`). Two stills are drawn, by
 * `drawStill` (here, or on Lambda): the poster and the sheet.
 */
export const writeRecapSidecars = async ({
	talk,
	plan,
	quotes,
	outputPath,
	scale,
	log,
	drawStill,
	signal,
}: {
	talk: Talk;
	plan: Plan;
	quotes: readonly PlannedQuote[];
	outputPath: string;
	scale: number;
	log: Log;
	drawStill: DrawSidecarStill;
	/** The render's interruption: stopped here, the finished video and the sidecars already whole stay, and the error says which. */
	signal?: AbortSignal | undefined;
}): Promise<{manifest: RecapManifest; manifestPath: string}> => {
	const names = sidecarFileNames({outputPath});
	const written: string[] = [];
	try {
		return await writeEach({talk, plan, quotes, outputPath, scale, log, drawStill, written, signal});
	} catch (error) {
		if (!(await isInterruption({error, signal}))) throw error;
		const {video, ...sidecars} = names;
		const missing = Object.values(sidecars).filter((name) => !written.includes(name));
		throw new RenderAbortedError(
			`interrupted while the sidecars were written; kept the finished ${[video, ...written].join(', ')}; not written: ${missing.join(', ')}`,
		);
	}
};

const writeEach = async ({
	talk,
	plan,
	quotes,
	outputPath,
	scale,
	log,
	drawStill,
	written,
	signal,
}: {
	talk: Talk;
	plan: Plan;
	quotes: readonly PlannedQuote[];
	outputPath: string;
	scale: number;
	log: Log;
	drawStill: DrawSidecarStill;
	/** Each sidecar's name once it is whole on disk. */
	written: string[];
	signal: AbortSignal | undefined;
}): Promise<{manifest: RecapManifest; manifestPath: string}> => {
	const dir = path.dirname(outputPath);
	const names = sidecarFileNames({outputPath});
	const at = (name: string) => path.join(dir, name);
	// Each sidecar whole or not at all: none starts after a stop, and one written as it came is not put in place (a copy, as on Lambda, does not fail by itself).
	const whole = async (name: string, write: (temp: string) => Promise<void>) => {
		if (signal?.aborted === true) throw new RenderAbortedError();
		await writeFileAtomic({target: at(name), write, signal});
		written.push(name);
	};
	const text = (name: string, content: string) => whole(name, (temp) => writeFile(temp, content));

	const {cues} = recapCues({plan});
	await text(names.srt, formatSrt({cues}));
	await text(names.vtt, formatVtt({cues, language: plan.language}));
	const chapters = recapChapters({plan});
	if (chapters.usable) await text(names.chapters, formatChapters(chapters));
	else log(`${names.chapters}: not written: ${chapters.reason}`);

	// Two at once: each spends part of its time waiting on the page.
	// Both settled before going on: a failed one does not leave the other writing behind the error.
	const stills = await Promise.allSettled(recapSidecarStills({plan, outputPath}).map((still) => whole(still.name, (temp) => drawStill(still, temp))));
	for (const still of stills) if (still.status === 'rejected') throw still.reason;

	const manifest = buildRecapManifest({
		talk,
		plan,
		quotes,
		files: {video: names.video, srt: names.srt, vtt: names.vtt, chapters: names.chapters, poster: names.poster, storyboard: names.storyboard},
		width: Math.round(plan.width * scale),
		height: Math.round(plan.height * scale),
	});
	const manifestPath = at(names.manifest);
	await text(names.manifest, `${JSON.stringify(manifest, null, 2)}\n`);

	// For the episode's podcast feed: its chapters, and the recap's quotes as soundbites, at their times in the recording.
	const feedChapters = podcastChapters({talk});
	if ('json' in feedChapters) await text(names.podcastChapters, feedChapters.json);
	else log(`${names.podcastChapters}: not written: ${feedChapters.reason}`);
	const soundbites = podcastSoundbites({manifest});
	if ('xml' in soundbites) await text(names.soundbites, soundbites.xml);
	else log(`${names.soundbites}: not written: ${soundbites.reason}`);
	return {manifest, manifestPath};
};
