import type {Command} from 'commander';
import path from 'node:path';
import type {VideoProgress} from '../render/render-video-options';
import {UserError} from '../errors';
import {findTalkSound, soundInputs} from './find-media';
import {type RenderingOptions, addRenderingOptions, editsOption, frameRange} from './options';
import {checkOutputFile} from './check-output-path';
import {type LambdaDeps, type LambdaOptions, addLambdaOptions, checkLambdaBeforeWork, refuseMixedLambdaOptions} from './lambda-options';
import {type Progress, createProgress} from './progress';
import {readTalkFile} from './read-talk-file';
import {type PreparedTalk, outputFor, prepareTalk, refuseOneTalkOptions, refuseOutputFileForSeveral, refuseSameSlug, renderTalks} from './several-talks';
import {escapeForTerminal, writeLine} from './terminal-text';

type RenderOptions = RenderingOptions & LambdaOptions & {output?: string; frames?: number | [number, number]; sidecars: boolean};

/** `--frames` must lie within the planned recap: found in Node, before anything is bundled. */
const checkFrameRange = ({frames, durationInFrames}: {frames: number | [number, number] | undefined; durationInFrames: number}): void => {
	if (frames === undefined) return;
	const last = typeof frames === 'number' ? frames : frames[1];
	if (last > durationInFrames - 1) {
		const shown = typeof frames === 'number' ? String(frames) : frames.join('-');
		throw new UserError({code: 'ARGS', problem: `--frames ${shown}: the recap has frames 0-${durationInFrames - 1}`});
	}
};

/** Reads and plans one talk and checks every file its render writes; returns how to render it. */
const prepareRecap = async ({
	file,
	opts,
	several,
	signal,
}: {
	file: string;
	opts: RenderOptions;
	several: boolean;
	signal: AbortSignal | undefined;
}): Promise<PreparedTalk<{outputPath: string}>> => {
	const {talk, inputs} = await readTalkFile({file, ...editsOption(opts)});
	const log = (line: string) => writeLine(several ? `${talk.slug}: ${line}` : line);
	const sound = await findTalkSound({file, talk, media: opts.media, music: opts.music, log});
	const {planTalk} = await import('../plan/plan-talk');
	const {recap, quotes, groupingNotes} = planTalk({
		talk,
		maxSeconds: opts.maxSeconds,
		translation: opts.translation,
		media: sound.media,
		music: sound.music,
	});
	for (const note of groupingNotes) log(`note: ${escapeForTerminal(note)}`);
	checkFrameRange({frames: opts.frames, durationInFrames: recap.durationInFrames});
	const outputPath = outputFor({several, output: opts.output, slug: talk.slug, name: 'recap.mp4'});
	const read = [...inputs, ...soundInputs(sound.files)];
	checkOutputFile({file: outputPath, inputs: read});
	if (opts.sidecars && opts.frames === undefined) {
		const {sidecarFileNames} = await import('../render/recap-sidecars');
		const {video: _video, ...sidecars} = sidecarFileNames({outputPath});
		for (const name of Object.values(sidecars)) checkOutputFile({file: path.join(path.dirname(outputPath), name), inputs: read});
	}
	// What either renderer is asked: the same plan, files, size, frames and way to stop.
	const asked = {
		talk,
		plan: recap,
		outputPath,
		...(opts.sidecars ? {sidecars: {quotes}} : {}),
		scale: opts.scale,
		frameRange: opts.frames ?? null,
		...(signal === undefined ? {} : {signal, handleSigint: false}),
		soundFiles: sound.files,
	};
	return {
		file,
		slug: talk.slug,
		render: async (context) => {
			// The renderers (Remotion's, Lambda's) load only when a render starts: reading and planning start faster without them.
			if (context.lambda !== null) {
				const {renderRecapOnLambda} = await import('../render/lambda/render-recap-on-lambda');
				const result = await renderRecapOnLambda({...context.lambda, ...asked, log: context.log});
				process.stdout.write(`${result.outputPath}\n`);
				return result;
			}
			const {renderRecap} = await import('../render/render-recap');
			let progress: Progress | undefined;
			let stage: VideoProgress['stage'] | undefined;
			const result = await renderRecap({
				...asked,
				concurrency: opts.concurrency ?? null,
				log: (line) => {
					progress?.stop();
					progress = undefined;
					stage = undefined;
					context.log(line);
				},
				renderer: opts.renderer,
				onProgress: (p) => {
					// One bar per stage: distinct frames drawn, then video frames encoded.
					if (stage !== p.stage) {
						progress?.stop();
						stage = p.stage;
						progress = createProgress({total: p.total, label: p.stage});
					}
					progress?.update(p.done, p.stage);
				},
			}).finally(() => progress?.stop());
			process.stdout.write(`${result.outputPath}\n`);
			return result;
		},
	};
};

/**
 * `talkreel render FILE…`: each talk's recap MP4, by default at `out/<slug>/recap.mp4`.
 * Every talk is read and planned in Node first, so a bad file or option fails before
 * anything is bundled; several talks render one after another, or at once with `--lambda`.
 */
export const registerRenderCommand = (program: Command, {signal, ...lambdaDeps}: {signal?: AbortSignal} & LambdaDeps = {}): void => {
	addLambdaOptions(addRenderingOptions(program.command('render').description('render the recap of each FILE to an MP4'), {scaleExample: '0.5 renders 960×540'}))
		.option('-o, --output <file>', 'output MP4 (default: out/<slug>/recap.mp4); with several FILEs, the folder in place of out/')
		.option('--frames <a-b>', 'render only frames A to B (inclusive)', frameRange)
		.option('--no-sidecars', 'write only the MP4: no subtitles, chapters, poster, storyboard or manifest beside it')
		.action(async (files: string[], opts: RenderOptions, command: Command) => {
			refuseMixedLambdaOptions(opts, command);
			refuseOneTalkOptions({
				files,
				options: [
					['--frames', opts.frames],
					['--edits', opts.edits],
					['--chapters', opts.chapters],
					['--media', opts.media],
				],
			});
			refuseOutputFileForSeveral({files, output: opts.output, fileExtension: '.mp4'});
			// On Lambda the setup is checked before anything is read, planned or bundled.
			const setup = opts.lambda ? await checkLambdaBeforeWork({opts, deps: lambdaDeps}) : null;
			const several = files.length > 1;
			const talks: PreparedTalk<{outputPath: string}>[] = [];
			for (const file of files) talks.push(await prepareTalk({several, file, prepare: () => prepareRecap({file, opts, several, signal})}));
			refuseSameSlug(talks);
			await renderTalks({talks, lambda: setup});
		});
};
