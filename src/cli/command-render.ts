import {Option, type Command} from 'commander';
import path from 'node:path';
import {DEFAULT_MAX_SECONDS} from '../plan/plan-recap';
import type {Talk} from '../talk/talk-schema';
import {frameRange, positiveInteger, positiveNumber} from './parse-options';
import {createProgress, type Progress} from './progress';
import {renderRecap} from './render-recap';
import {RENDERERS, type RendererName, type VideoProgress} from './render-video';

type RenderOptions = {
	output?: string;
	maxSeconds: number;
	scale: number;
	frames?: number | [number, number];
	concurrency?: number;
	edits?: string | false;
	renderer: RendererName;
};

/** `talkreel render FILE`: the recap MP4, by default at `out/<slug>/recap.mp4`. */
export const registerRenderCommand = (program: Command, deps: {loadTalk: (opts: {file: string; edits?: string | false}) => Promise<{talk: Talk}>}): void => {
	program
		.command('render')
		.description('render the recap of FILE to an MP4')
		.argument('<file>', 'transcript (.md, .txt, or talk JSON)')
		.option('-o, --output <file>', 'output MP4 (default: out/<slug>/recap.mp4)')
		.option('--max-seconds <n>', 'longest recap in seconds', positiveNumber, DEFAULT_MAX_SECONDS)
		.option('--scale <f>', 'output size factor (0.5 renders 960×540)', positiveNumber, 1)
		.option('--frames <a-b>', 'render only frames A to B (inclusive)', frameRange)
		.option('--concurrency <n>', 'browser tabs rendering at once (default: half the cores)', positiveInteger)
		.addOption(new Option('--renderer <name>', 'fast: draw each distinct frame once; remotion: plain renderMedia').choices(RENDERERS).default('fast'))
		.option('--edits <file>', 'edits file to apply (default: <slug>.edits.yaml beside the talk)')
		.option('--no-edits', 'ignore the edits file beside the talk')
		.action(async (file: string, opts: RenderOptions) => {
			const {talk} = await deps.loadTalk({file, ...(opts.edits === undefined ? {} : {edits: opts.edits})});
			const outputPath = opts.output ?? path.join('out', talk.slug, 'recap.mp4');
			let progress: Progress | undefined;
			let stage: VideoProgress['stage'] | undefined;
			const log = (line: string) => process.stderr.write(`${line}\n`);
			const result = await renderRecap({
				talk,
				outputPath,
				maxSeconds: opts.maxSeconds,
				scale: opts.scale,
				frameRange: opts.frames ?? null,
				concurrency: opts.concurrency ?? null,
				log,
				renderer: opts.renderer,
				onProgress: (p) => {
					// One bar per stage: distinct frames drawn, then video frames encoded.
					if (stage !== p.stage) {
						progress?.stop();
						stage = p.stage;
						progress = createProgress({total: p.total});
					}
					progress?.update(p.done, p.stage);
				},
			}).finally(() => progress?.stop());
			process.stdout.write(`${result.outputPath}\n`);
		});
};
