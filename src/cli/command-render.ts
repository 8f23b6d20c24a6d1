import type {Command} from 'commander';
import path from 'node:path';
import {planTalk} from '../plan/plan-talk';
import {renderRecap} from '../render/render-recap';
import type {VideoProgress} from '../render/render-video-options';
import {findTalkSound} from './find-media';
import {type RenderingOptions, addRenderingOptions, editsOption, frameRange} from './options';
import {type Progress, createProgress} from './progress';
import {readTalkFile} from './read-talk-file';

type RenderOptions = RenderingOptions & {output?: string; frames?: number | [number, number]};

/** `talkreel render FILE`: the recap MP4, by default at `out/<slug>/recap.mp4`. Planned in Node first, so a bad option fails before anything is bundled. */
export const registerRenderCommand = (program: Command): void => {
	addRenderingOptions(program.command('render').description('render the recap of FILE to an MP4'), {scaleExample: '0.5 renders 960×540'})
		.option('-o, --output <file>', 'output MP4 (default: out/<slug>/recap.mp4)')
		.option('--frames <a-b>', 'render only frames A to B (inclusive)', frameRange)
		.action(async (file: string, opts: RenderOptions) => {
			const {talk} = await readTalkFile({file, ...editsOption(opts)});
			const log = (line: string) => process.stderr.write(`${line}\n`);
			const sound = await findTalkSound({file, talk, media: opts.media, music: opts.music, log});
			const {recap} = planTalk({talk, maxSeconds: opts.maxSeconds, media: sound.media, music: sound.music});
			const outputPath = opts.output ?? path.join('out', talk.slug, 'recap.mp4');
			let progress: Progress | undefined;
			let stage: VideoProgress['stage'] | undefined;
			const result = await renderRecap({
				talk,
				plan: recap,
				outputPath,
				scale: opts.scale,
				frameRange: opts.frames ?? null,
				concurrency: opts.concurrency ?? null,
				log,
				renderer: opts.renderer,
				soundFiles: sound.files,
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
