import {type CancelSignal, renderStill} from '@remotion/renderer';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plan} from '../plan/plan-schema';
import type {PlannedQuote} from '../plan/plan-talk';
import {type RecapManifest, buildRecapManifest} from '../plan/recap-manifest';
import {formatChapters, formatSrt, formatVtt, recapChapters, recapCues} from '../plan/recap-sidecars';
import type {Talk} from '../talk/talk-schema';
import type {Theme} from '../video/theme';
import {type RenderBrowser, browserOptions} from './browser';
import type {Bundle, Log} from './bundle-project';
import {recapInputProps, selectIn} from './compositions';
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
	};
};

/**
 * Everything a publisher uploads with the recap, beside its MP4, each written
 * atomically: subtitles (`.srt`, `.vtt`), YouTube chapters (`chapters.txt`, when the
 * recap has three chapters of 10 s), a 1280×720 `poster.jpg` (the title card), a
 * `storyboard.png` of every scene, and the manifest (`.json`). Two stills are drawn:
 * the poster and the sheet.
 */
export const writeRecapSidecars = async ({
	talk,
	plan,
	quotes,
	outputPath,
	scale,
	theme,
	bundle,
	browser,
	log,
	cancelSignal,
	recapComposition,
}: {
	talk: Talk;
	plan: Plan;
	quotes: readonly PlannedQuote[];
	outputPath: string;
	scale: number;
	theme?: Theme;
	bundle: Bundle;
	browser: RenderBrowser;
	log: Log;
	/** Stops the stills being drawn (a signal); what was written stays whole. */
	cancelSignal?: CancelSignal;
	/** `Recap` as the video was rendered from it: the poster is drawn from it, without choosing it again. */
	recapComposition?: Composition;
}): Promise<{manifest: RecapManifest; manifestPath: string}> => {
	const dir = path.dirname(outputPath);
	const names = sidecarFileNames({outputPath});
	const at = (name: string) => path.join(dir, name);
	const text = (name: string, content: string) => writeFileAtomic({target: at(name), write: (temp) => writeFile(temp, content)});

	const {cues} = recapCues({plan});
	await text(names.srt, formatSrt({cues}));
	await text(names.vtt, formatVtt({cues, language: plan.language}));
	const chapters = recapChapters({plan});
	if (chapters.usable) await text(names.chapters, formatChapters(chapters));
	else log(`${names.chapters}: not written: ${chapters.reason}`);

	const inputProps = recapInputProps({talk, plan, ...(theme === undefined ? {} : {theme})});
	const choose = (id: string) => selectIn({bundle, browser, id, inputProps});
	const still = async ({
		composition: chosen,
		frame,
		name,
		imageFormat,
		stillScale,
	}: {
		composition: Composition | Promise<Composition>;
		frame: number;
		name: string;
		imageFormat: 'png' | 'jpeg';
		stillScale: number;
	}) => {
		const composition = await chosen;
		await writeFileAtomic({
			target: at(name),
			write: async (temp) => {
				await renderStill({
					serveUrl: bundle.serveUrl,
					composition,
					inputProps: composition.props,
					frame,
					output: temp,
					imageFormat,
					...(imageFormat === 'jpeg' ? {jpegQuality: 90} : {}),
					scale: stillScale,
					overwrite: true,
					...(cancelSignal === undefined ? {} : {cancelSignal}),
					...browserOptions(browser),
				});
			},
		});
	};
	const title = plan.scenes[0];
	const posterFrame = title?.stills[0]?.from ?? 0;
	// Two tabs at once: each spends part of its time waiting on the page.
	await Promise.all([
		still({
			composition: recapComposition ?? choose('Recap'),
			frame: posterFrame,
			name: names.poster,
			imageFormat: 'jpeg',
			stillScale: POSTER.widthPx / plan.width,
		}),
		still({composition: choose('Storyboard'), frame: 0, name: names.storyboard, imageFormat: 'png', stillScale: 1}),
	]);

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
	return {manifest, manifestPath};
};
