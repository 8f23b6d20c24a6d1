import {type Command, Option} from 'commander';
import path from 'node:path';
import {CLIP_SHAPES, type ClipShape} from '../plan/layout';
import {type ClipManifest, MANIFEST_FILE} from '../plan/clip-manifest';
import {checkOutputFile, checkOutputFolder} from './check-output-path';
import {findCover, findTalkSound, soundInputs} from './find-media';
import {type LambdaDeps, type LambdaOptions, addLambdaOptions, checkLambdaBeforeWork, coverOnSite, refuseMixedLambdaOptions} from './lambda-options';
import {PartlyFailedError} from './partly-failed';
import {type RenderingOptions, addRenderingOptions, editsOption} from './options';
import {type Progress, createProgress} from './progress';
import {readTalkFile} from './read-talk-file';
import {type PreparedTalk, outputFor, prepareTalk, refuseOneTalkOptions, refuseOutputFileForSeveral, refuseSameSlug, renderTalks} from './several-talks';
import {writeLine} from './terminal-text';

const FORMATS = [...CLIP_SHAPES, 'all'] as const;

type ClipsOptions = RenderingOptions &
	LambdaOptions & {
		format: (typeof FORMATS)[number];
		quote?: string[];
		output?: string;
		cover?: string;
	};

/** Thrown when some clips failed: the rest were written, the command exits 1. */
class ClipsFailedError extends PartlyFailedError {
	constructor({failed, total}: {failed: number; total: number}) {
		super({code: 'CLIPS_FAILED', problem: `${failed} of ${total} clips failed (see the lines above and "failed" in the manifest)`});
		this.name = 'ClipsFailedError';
	}
}

type ClipsResult = {manifestPath: string; manifest: ClipManifest};

/** Reads and plans one talk, plans its clips and checks every file they write; returns how to render them. */
const prepareClips = async ({
	file,
	opts,
	several,
	signal,
	onLambda,
}: {
	file: string;
	opts: ClipsOptions;
	several: boolean;
	signal: AbortSignal | undefined;
	/** The region of the checked Lambda setup, or null to render here. */
	onLambda: {region: string} | null;
}): Promise<PreparedTalk<ClipsResult>> => {
	const {talk, inputs} = await readTalkFile({file, ...editsOption(opts)});
	const log = (line: string) => writeLine(several ? `${talk.slug}: ${line}` : line);
	const sound = await findTalkSound({file, talk, media: opts.media, music: opts.music, log});
	const found = await findCover({file, talk, cover: opts.cover, log});
	const cover = onLambda === null ? found : coverOnSite({cover: found, region: onLambda.region});
	const [{planTalk}, {planClipJobs}] = await Promise.all([import('../plan/plan-talk'), import('../plan/plan-clip-jobs')]);
	const talkPlan = planTalk({talk, maxSeconds: opts.maxSeconds, translation: opts.translation, media: sound.media, music: sound.music});
	const outDir = outputFor({several, output: opts.output, slug: talk.slug, name: 'clips'});
	const shapes: ClipShape[] = opts.format === 'all' ? [...CLIP_SHAPES] : [opts.format];
	// Every file the batch writes, checked before anything is bundled.
	checkOutputFolder({folder: outDir});
	const {batch} = planClipJobs({talk, talkPlan, shapes, quoteIds: opts.quote ?? [], cover: cover?.src ?? null});
	const read = [...inputs, ...soundInputs(sound.files), ...(cover === null ? [] : [cover.file])];
	for (const name of [...batch.jobs.flatMap((j) => [j.files.video, j.files.card]), MANIFEST_FILE])
		checkOutputFile({file: path.join(outDir, name), inputs: read});
	const stopping = signal === undefined ? {} : {signal, handleSigint: false};
	const done = (result: ClipsResult): ClipsResult => {
		process.stdout.write(`${result.manifestPath}\n`);
		const {manifest} = result;
		if (manifest.failed.length > 0) throw new ClipsFailedError({failed: manifest.failed.length, total: manifest.failed.length + manifest.clips.length});
		return result;
	};
	return {
		file,
		slug: talk.slug,
		render: async (context) => {
			// The renderers load only when a render starts (as for the recap).
			if (context.lambda !== null) {
				const {renderClipsOnLambda} = await import('../render/lambda/render-clips-on-lambda');
				return done(await renderClipsOnLambda({...context.lambda, batch, outDir, scale: opts.scale, ...stopping, soundFiles: sound.files, log: context.log}));
			}
			const {renderClips} = await import('../render/render-clips');
			let progress: Progress | undefined;
			let current = '';
			const result = await renderClips({
				batch,
				outDir,
				scale: opts.scale,
				concurrency: opts.concurrency ?? null,
				renderer: opts.renderer,
				...stopping,
				soundFiles: sound.files,
				cover,
				log: (line) => {
					// A finished bar first, so log lines do not land inside it.
					progress?.stop();
					progress = undefined;
					current = '';
					context.log(line);
				},
				onProgress: (p) => {
					// One bar per clip and stage: "clip 3/60 rendering", then "… encoding".
					const key = `${p.clip}:${p.stage}`;
					if (key !== current) {
						progress?.stop();
						current = key;
						progress = createProgress({total: p.total, label: `clip ${p.clip}/${p.clips} ${p.stage}`});
					}
					progress?.update(p.done, `clip ${p.clip}/${p.clips} ${p.stage}`);
				},
			}).finally(() => progress?.stop());
			return done(result);
		},
	};
};

/**
 * `talkreel clips FILE…`: one short video and one share card per quote and shape, with a
 * manifest, in `out/<slug>/clips/` for each talk. Every talk is read and its clips planned
 * first; several render one after another, or at once with `--lambda`.
 */
export const registerClipsCommand = (program: Command, {signal, ...lambdaDeps}: {signal?: AbortSignal} & LambdaDeps = {}): void => {
	addLambdaOptions(
		addRenderingOptions(program.command('clips').description('render a short clip and a share card for each quote of the recap of each FILE'), {
			scaleExample: '0.5 renders a 1080×1080 clip at 540×540',
		}),
	)
		.addOption(new Option('--format <shape>', 'clip shape').choices(FORMATS).default('all'))
		.option('--quote <ids...>', 'only these quotes, by id (e.g. t012s3; see `talkreel highlights`)')
		.option('-o, --output <dir>', 'output folder (default: out/<slug>/clips); with several FILEs, the folder in place of out/')
		.option('--cover <file>', "cover art for the clips' header, PNG, JPEG or WebP (default: cover: in the transcript's metadata, else public/<slug>-cover.png)")
		.action(async (files: string[], opts: ClipsOptions, command: Command) => {
			refuseMixedLambdaOptions(opts, command);
			refuseOneTalkOptions({
				files,
				options: [
					['--quote', opts.quote],
					['--cover', opts.cover],
					['--edits', opts.edits],
					['--chapters', opts.chapters],
					['--media', opts.media],
				],
			});
			refuseOutputFileForSeveral({files, output: opts.output});
			// On Lambda the setup is checked before anything is read, planned or bundled.
			const setup = opts.lambda ? await checkLambdaBeforeWork({opts, deps: lambdaDeps}) : null;
			const several = files.length > 1;
			const onLambda = setup === null ? null : {region: setup.target.region};
			const talks: PreparedTalk<ClipsResult>[] = [];
			for (const file of files) talks.push(await prepareTalk({several, file, prepare: () => prepareClips({file, opts, several, signal, onLambda})}));
			refuseSameSlug(talks);
			await renderTalks({talks, lambda: setup});
		});
};
