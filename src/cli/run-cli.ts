import {Command, CommanderError} from 'commander';
import path from 'node:path';
import {DEFAULT_HEIGHT, DEFAULT_WIDTH} from '../plan/plan-recap';
import {planTalk} from '../plan/plan-talk';
import {DEFAULT_FPS} from '../plan/timing';
import {RenderAbortedError} from '../render/interruptible';
import {isTalkError} from '../talk/talk-error';
import {ClipsFailedError, registerClipsCommand} from './command-clips';
import {registerHighlightsCommand} from './command-highlights';
import {registerRenderCommand} from './command-render';
import {findTalkSound, logToStderr, relativeMediaPath} from './find-media';
import {
	type MusicOptions,
	type PlanningOptions,
	type TalkOptions,
	addMusicOption,
	addPlanningOptions,
	addTalkOptions,
	editsOption,
	positiveInteger,
} from './options';
import {readTalkFile} from './read-talk-file';
import {writeJson} from './write-output';

/** Exit codes: 0 done, 1 internal failure (or some clips failed), 2 the user's input or arguments, 130 interrupted. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 1;
/** Interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

type PlanOptions = PlanningOptions & MusicOptions & {fps: number; width: number; height: number; output?: string};

export const buildProgram = (): Command => {
	const program = new Command()
		.name('talkreel')
		.description('Turn a talk transcript into a video recap and quote clips.')
		.showHelpAfterError('(run with --help for usage)')
		.exitOverride();

	addTalkOptions(program.command('parse').description('print the talk read from FILE as JSON'))
		.option('-o, --output <file>', 'write the JSON to a file instead of stdout')
		.action(async (file: string, opts: TalkOptions & {output?: string}) => {
			const {talk} = await readTalkFile({file, ...editsOption(opts)});
			// The recording found (and checked), relative to where the JSON is read from.
			const {files} = await findTalkSound({file, talk, media: opts.media, log: logToStderr});
			const media = files.media === null ? undefined : relativeMediaPath({folder: path.dirname(opts.output ?? file), file: files.media.file});
			await writeJson({value: media === undefined ? talk : {...talk, metadata: {...talk.metadata, media}}, output: opts.output});
		});

	addMusicOption(addPlanningOptions(program.command('plan').description('print the timeline plan of the recap as JSON')))
		.option('--fps <n>', 'frames per second', positiveInteger, DEFAULT_FPS)
		.option('--width <px>', 'frame width', positiveInteger, DEFAULT_WIDTH)
		.option('--height <px>', 'frame height', positiveInteger, DEFAULT_HEIGHT)
		.option('-o, --output <file>', 'write the JSON to a file instead of stdout')
		.action(async (file: string, opts: PlanOptions) => {
			const {talk} = await readTalkFile({file, ...editsOption(opts)});
			const sound = await findTalkSound({file, talk, media: opts.media, music: opts.music, log: logToStderr});
			const {recap} = planTalk({
				talk,
				maxSeconds: opts.maxSeconds,
				fps: opts.fps,
				width: opts.width,
				height: opts.height,
				media: sound.media,
				music: sound.music,
			});
			await writeJson({value: recap, output: opts.output});
		});

	registerRenderCommand(program);
	registerHighlightsCommand(program);
	registerClipsCommand(program);
	return program;
};

/** Runs the CLI; a user's mistake prints one line and exits 2, never a stack trace. */
export const runCli = async (argv: string[]): Promise<number> => {
	const program = buildProgram();
	try {
		await program.parseAsync(argv);
		return 0;
	} catch (e) {
		if (e instanceof CommanderError) {
			// Commander has printed its message; help and version are not failures.
			return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : EXIT_BAD_INPUT;
		}
		if (isTalkError(e)) {
			process.stderr.write(`talkreel: ${e.message}\n`);
			return EXIT_BAD_INPUT;
		}
		if (e instanceof RenderAbortedError) {
			process.stderr.write(`talkreel: ${e.message}\n`);
			return EXIT_INTERRUPTED;
		}
		if (e instanceof ClipsFailedError) {
			process.stderr.write(`talkreel: ${e.message}\n`);
			return EXIT_INTERNAL;
		}
		const message = e instanceof Error ? e.message : String(e);
		process.stderr.write(`talkreel: internal error: ${message}\n`);
		if (process.env.TALKREEL_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
		return EXIT_INTERNAL;
	}
};
