import {Command, CommanderError} from 'commander';
import {createRequire} from 'node:module';
import path from 'node:path';
import {DEFAULT_FPS, DEFAULT_HEIGHT, DEFAULT_WIDTH} from '../plan/timing';
import {checkOutputFile} from './check-output-path';
import {registerClipsCommand} from './command-clips';
import {registerHighlightsCommand} from './command-highlights';
import {registerLambdaCommand} from './command-lambda';
import {registerRenderCommand} from './command-render';
import {registerStudioCommand} from './command-studio';
import {findTalkSound, relativeMediaPath, soundInputs} from './find-media';
import type {LambdaDeps} from './lambda-options';
import {
	type MusicOptions,
	type PlanningOptions,
	type TalkOptions,
	addMusicOption,
	addPlanningOptions,
	addTalkOptions,
	addTranslationOption,
	editsOption,
	positiveInteger,
} from './options';
import {readTalkFile} from './read-talk-file';
import {EXIT_BAD_INPUT, reportError} from './report-error';
import {escapeForTerminalKeepingLines, writeLine} from './terminal-text';
import {jsonOutputFile, writeJson} from './write-output';

type PlanOptions = PlanningOptions & MusicOptions & {fps: number; width: number; height: number; output?: string; translation: boolean};

/** What the commands get from the process: the signal that stops a render (SIGINT, SIGTERM), and for Lambda the AWS client and environment. */
export type CliDeps = {signal?: AbortSignal} & LambdaDeps;

/** Characters of Commander's message kept in talkreel's line: it quotes the argument, which may be megabytes. */
const MAX_COMMANDER_MESSAGE_CHARS = 400;

/**
 * Commander's `error: …` message as talkreel's one line: `talkreel: ARGS: … (see --help)`.
 * Its lines are joined by splitting, not by a pattern of spaces, newline, spaces, which retried a long run of
 * spaces from every start (29 s on an `--fps` of 130 000 spaces).
 */
const commanderErrorLine = (text: string): string => {
	const message = text
		.replace(/^error:/, '')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.join(' ');
	const shown = message.length > MAX_COMMANDER_MESSAGE_CHARS ? `${message.slice(0, MAX_COMMANDER_MESSAGE_CHARS)}…` : message;
	return `talkreel: ARGS: ${shown} (see --help)\n`;
};

/** talkreel's version, as its package.json says. */
const TALKREEL_VERSION: string = (createRequire(import.meta.url)('../../package.json') as {version: string}).version;

const buildProgram = (deps: CliDeps = {}): Command => {
	const program = new Command()
		.name('talkreel')
		.description('Turn a talk transcript into a video recap and quote clips.')
		.version(TALKREEL_VERSION, '-V, --version', "print talkreel's version")
		// Commander quotes the user's arguments in its messages: escaped like every other
		// line, and its own errors (an unknown option, a value out of range) in talkreel's
		// one-line form.
		.configureOutput({
			writeErr: (text) => process.stderr.write(escapeForTerminalKeepingLines(text)),
			outputError: (text, write) => write(commanderErrorLine(text)),
		})
		.exitOverride();

	addTalkOptions(program.command('parse').description('print the talk read from FILE as JSON'))
		.option('-o, --output <file>', 'write the JSON to a file instead of stdout ("-": stdout)')
		.action(async (file: string, opts: TalkOptions & {output?: string}) => {
			const {talk, inputs} = await readTalkFile({file, ...editsOption(opts)});
			const output = jsonOutputFile(opts.output);
			// The recording found (and checked), relative to where the JSON is read from.
			const {files} = await findTalkSound({file, talk, media: opts.media, log: writeLine});
			if (output !== undefined) checkOutputFile({file: output, inputs: [...inputs, ...soundInputs(files)]});
			const media = files.media === null ? undefined : relativeMediaPath({folder: path.dirname(output ?? file), file: files.media.file});
			await writeJson({value: media === undefined ? talk : {...talk, metadata: {...talk.metadata, media}}, output, signal: deps.signal});
		});

	addMusicOption(addTranslationOption(addPlanningOptions(program.command('plan').description('print the timeline plan of the recap as JSON'))))
		.option('--fps <n>', 'frames per second', positiveInteger, DEFAULT_FPS)
		.option('--width <px>', 'frame width', positiveInteger, DEFAULT_WIDTH)
		.option('--height <px>', 'frame height', positiveInteger, DEFAULT_HEIGHT)
		.option('-o, --output <file>', 'write the JSON to a file instead of stdout ("-": stdout)')
		.action(async (file: string, opts: PlanOptions) => {
			const {talk, inputs} = await readTalkFile({file, ...editsOption(opts)});
			const output = jsonOutputFile(opts.output);
			const sound = await findTalkSound({file, talk, media: opts.media, music: opts.music, log: writeLine});
			if (output !== undefined) checkOutputFile({file: output, inputs: [...inputs, ...soundInputs(sound.files)]});
			// Planning (its layout, BudouX's model) loads when a command plans: `parse` and `--help` start without it.
			const {planTalk} = await import('../plan/plan-talk');
			const {recap} = planTalk({
				talk,
				maxSeconds: opts.maxSeconds,
				fps: opts.fps,
				width: opts.width,
				height: opts.height,
				translation: opts.translation,
				media: sound.media,
				music: sound.music,
			});
			await writeJson({value: recap, output, signal: deps.signal});
		});

	registerRenderCommand(program, deps);
	registerHighlightsCommand(program);
	registerClipsCommand(program, deps);
	registerLambdaCommand(program, deps);
	registerStudioCommand(program, deps);
	return program;
};

/**
 * Runs the CLI; a user's mistake prints one line and exits 2, never a stack trace. With
 * `signal` (from `takeOverSignals`), a render it stops ends with `interruptedExitCode()`.
 */
export const runCli = async (
	argv: string[],
	{interruptedExitCode, ...deps}: CliDeps & {interruptedExitCode?: () => number | undefined} = {},
): Promise<number> => {
	const program = buildProgram(deps);
	try {
		await program.parseAsync(argv);
		// A signal that came while nothing could be stopped still ends the process as interrupted.
		return interruptedExitCode?.() ?? 0;
	} catch (e) {
		if (e instanceof CommanderError) {
			// Commander has printed its message; help and version are not failures.
			return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : EXIT_BAD_INPUT;
		}
		return reportError(e, {interruptedExitCode: interruptedExitCode?.()});
	}
};
