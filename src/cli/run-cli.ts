import {Command, CommanderError} from 'commander';
import {planRecap, DEFAULT_FPS, DEFAULT_HEIGHT, DEFAULT_MAX_SECONDS, DEFAULT_WIDTH} from '../plan/plan-recap';
import {isTalkError} from '../talk/talk-error';
import {ClipsFailedError, registerClipsCommand} from './command-clips';
import {registerHighlightsCommand} from './command-highlights';
import {registerRenderCommand} from './command-render';
import {RenderAbortedError} from './render-recap';
import {loadTalk} from './load-talk';
import {positiveInteger, positiveNumber} from './parse-options';
import {writeJson} from './write-output';

/** Exit codes: 0 done, 1 internal failure (or some clips failed), 2 the user's input or arguments, 130 interrupted. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 1;
/** Interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

type TalkOptions = {edits?: string | false};
type PlanOptions = TalkOptions & {maxSeconds: number; fps: number; width: number; height: number; output?: string};

const addEditsOption = (command: Command): Command =>
	command
		.option('--edits <file>', 'edits file to apply (default: <slug>.edits.yaml beside the talk)')
		.option('--no-edits', 'ignore the edits file beside the talk');

export const buildProgram = (): Command => {
	const program = new Command()
		.name('talkreel')
		.description('Turn a talk transcript into a video recap and quote clips.')
		.showHelpAfterError('(run with --help for usage)')
		.exitOverride();

	addEditsOption(
		program
			.command('parse')
			.description('print the talk read from FILE as JSON')
			.argument('<file>', 'transcript (.md, .txt, or talk JSON)')
			.option('-o, --output <file>', 'write the JSON to a file instead of stdout'),
	).action(async (file: string, opts: TalkOptions & {output?: string}) => {
		const {talk} = await loadTalk({file, ...(opts.edits === undefined ? {} : {edits: opts.edits})});
		await writeJson({value: talk, output: opts.output});
	});

	addEditsOption(
		program
			.command('plan')
			.description('print the timeline plan of the recap as JSON')
			.argument('<file>', 'transcript (.md, .txt, or talk JSON)')
			.option('--max-seconds <n>', 'longest recap in seconds', positiveNumber, DEFAULT_MAX_SECONDS)
			.option('--fps <n>', 'frames per second', positiveInteger, DEFAULT_FPS)
			.option('--width <px>', 'frame width', positiveInteger, DEFAULT_WIDTH)
			.option('--height <px>', 'frame height', positiveInteger, DEFAULT_HEIGHT)
			.option('-o, --output <file>', 'write the JSON to a file instead of stdout'),
	).action(async (file: string, opts: PlanOptions) => {
		const {talk} = await loadTalk({file, ...(opts.edits === undefined ? {} : {edits: opts.edits})});
		const {plan} = planRecap({talk, maxSeconds: opts.maxSeconds, fps: opts.fps, width: opts.width, height: opts.height});
		await writeJson({value: plan, output: opts.output});
	});

	registerRenderCommand(program, {loadTalk});
	registerHighlightsCommand(program, {loadTalk});
	registerClipsCommand(program, {loadTalk});
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
