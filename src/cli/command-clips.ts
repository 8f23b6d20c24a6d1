import {Option, type Command} from 'commander';
import path from 'node:path';
import {CLIP_SHAPES, type ClipShape} from '../plan/layout';
import {DEFAULT_MAX_SECONDS} from '../plan/plan-recap';
import type {Talk} from '../talk/talk-schema';
import {positiveInteger, positiveNumber} from './parse-options';
import {createProgress, type Progress} from './progress';
import {renderClips} from './render-clips';
import {RENDERERS, type RendererName} from './render-video';

const FORMATS = [...CLIP_SHAPES, 'all'] as const;

type ClipsOptions = {
	format: (typeof FORMATS)[number];
	quote?: string[];
	output?: string;
	scale: number;
	maxSeconds: number;
	concurrency?: number;
	renderer: RendererName;
	edits?: string | false;
};

/** Thrown when some clips failed: the rest were written, the command exits 1. */
export class ClipsFailedError extends Error {
	readonly code = 'CLIPS_FAILED';
	constructor({failed, total}: {failed: number; total: number}) {
		super(`CLIPS_FAILED: ${failed} of ${total} clips failed (see the lines above and "failed" in the manifest)`);
		this.name = 'ClipsFailedError';
	}
}

/** `talkreel clips FILE`: one short video and one share card per quote and shape, with a manifest, in `out/<slug>/clips/`. */
export const registerClipsCommand = (program: Command, deps: {loadTalk: (opts: {file: string; edits?: string | false}) => Promise<{talk: Talk}>}): void => {
	program
		.command('clips')
		.description('render a short clip and a share card for each quote of the recap of FILE')
		.argument('<file>', 'transcript (.md, .txt, or talk JSON)')
		.addOption(new Option('--format <shape>', 'clip shape').choices(FORMATS).default('all'))
		.option('--quote <ids...>', 'only these quote ids (e.g. q01 q03; see `talkreel plan`)')
		.option('-o, --output <dir>', 'output folder (default: out/<slug>/clips)')
		.option('--scale <f>', 'output size factor (0.5 renders a 1080×1080 clip at 540×540)', positiveNumber, 1)
		.option('--max-seconds <n>', 'length of the recap whose quotes are clipped (as for render)', positiveNumber, DEFAULT_MAX_SECONDS)
		.option('--concurrency <n>', 'browser tabs rendering at once (default: half the cores)', positiveInteger)
		.addOption(new Option('--renderer <name>', 'fast: draw each distinct frame once; remotion: plain renderMedia').choices(RENDERERS).default('fast'))
		.option('--edits <file>', 'edits file to apply (default: <slug>.edits.yaml beside the talk)')
		.option('--no-edits', 'ignore the edits file beside the talk')
		.action(async (file: string, opts: ClipsOptions) => {
			const {talk} = await deps.loadTalk({file, ...(opts.edits === undefined ? {} : {edits: opts.edits})});
			const outDir = opts.output ?? path.join('out', talk.slug, 'clips');
			const shapes: ClipShape[] = opts.format === 'all' ? [...CLIP_SHAPES] : [opts.format];
			const log = (line: string) => process.stderr.write(`${line}\n`);
			let progress: Progress | undefined;
			let current = '';
			const {manifestPath, manifest} = await renderClips({
				talk,
				outDir,
				shapes,
				quoteIds: opts.quote ?? [],
				maxSeconds: opts.maxSeconds,
				scale: opts.scale,
				concurrency: opts.concurrency ?? null,
				renderer: opts.renderer,
				log: (line) => {
					// A finished bar first, so log lines do not land inside it.
					progress?.stop();
					progress = undefined;
					current = '';
					log(line);
				},
				onProgress: (p) => {
					// One bar per clip and stage: "clip 3/60 rendering", then "… encoding".
					const key = `${p.clip}:${p.stage}`;
					if (key !== current) {
						progress?.stop();
						current = key;
						progress = createProgress({total: p.total});
					}
					progress?.update(p.done, `clip ${p.clip}/${p.clips} ${p.stage}`);
				},
			}).finally(() => progress?.stop());
			process.stdout.write(`${manifestPath}\n`);
			if (manifest.failed.length > 0) throw new ClipsFailedError({failed: manifest.failed.length, total: manifest.failed.length + manifest.clips.length});
		});
};
