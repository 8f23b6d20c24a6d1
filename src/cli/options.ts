import {type Command, InvalidArgumentError, Option} from 'commander';
import {DEFAULT_MAX_SECONDS} from '../plan/timing';
import {maxConcurrency} from '../render/remotion-internals';
import {RENDERERS, type RendererName} from '../render/render-video-options';

/** Commander argument parsers: validate once at the edge, pass numbers inside. */
const positiveNumber = (value: string): number => {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number.`);
	return n;
};

export const positiveInteger = (value: string): number => {
	const n = positiveNumber(value);
	if (!Number.isInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
	return n;
};

/** Output size factors a render takes: from a thumbnail to four times the composition (Remotion allows up to 16, which no browser can draw). */
const SCALE_RANGE = {min: 0.05, max: 4} as const;

const scaleFactor = (value: string): number => {
	const n = positiveNumber(value);
	if (n < SCALE_RANGE.min || n > SCALE_RANGE.max)
		throw new InvalidArgumentError(`"${value}" is not a size factor from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}.`);
	return n;
};

/** Browser tabs: at most what Remotion allows on this machine (checked here, not after bundling). */
const concurrencyCount = (value: string): number => {
	const n = positiveInteger(value);
	const max = maxConcurrency();
	if (n > max) throw new InvalidArgumentError(`"${value}" is more tabs than this machine's ${max} cores.`);
	return n;
};

/** `--frames 0-89` → `[0, 89]` (inclusive, as Remotion's frameRange); `--frames 42` → 42. */
export const frameRange = (value: string): number | [number, number] => {
	const m = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
	if (!m) throw new InvalidArgumentError(`"${value}" is not a frame range such as 0-89.`);
	const a = Number(m[1]);
	if (m[2] === undefined) return a;
	const b = Number(m[2]);
	if (b < a) throw new InvalidArgumentError(`"${value}": the range ends before it starts.`);
	return [a, b];
};

/** What every command that reads a talk takes: the transcript, its edits file, its chapters file and its recording. */
/** `media: false`: `--no-media`, no recording at all. */
export type TalkOptions = {edits?: string | false; chapters?: string | false; media?: string | false};
/** What every command that plans takes. */
export type PlanningOptions = TalkOptions & {maxSeconds: number};
/** A music bed under the video (`plan`, `render`, `clips`). */
export type MusicOptions = {music?: string};
/** What every command that renders takes. */
export type RenderingOptions = PlanningOptions & MusicOptions & {scale: number; concurrency?: number; renderer: RendererName; translation: boolean};

/**
 * `<file>` (or, for a command that renders, `<files...>`), `--edits FILE`, `--no-edits`,
 * `--chapters FILE`, `--no-chapters`, `--media FILE` and `--no-media`.
 */
export const addTalkOptions = (command: Command, {several = false}: {several?: boolean} = {}): Command =>
	(several
		? command.argument(
				'<files...>',
				'transcripts (any supported format, recognised from its content): several render one after another here, at the same time with --lambda',
			)
		: command.argument('<file>', 'transcript (any supported format, recognised from its content)')
	)
		.option('--edits <file>', 'edits file to apply (default: <name>.edits.yaml beside the transcript)')
		.option('--no-edits', 'ignore the edits file beside the transcript')
		.option('--chapters <file>', 'WebVTT chapters file (default: <name>.chapters.vtt beside the transcript)')
		.option('--no-chapters', 'ignore the chapters file beside the transcript')
		.option('--media <file>', "the talk's recording, audio or video (default: <name>.mp3, .m4a, .wav, … beside the transcript, else media: in its metadata)")
		.option('--no-media', 'no recording: silent, even with one beside the transcript or named in it');

/** `--music FILE`. */
export const addMusicOption = (command: Command): Command =>
	command.option('--music <file>', 'a music bed under the whole video, quieter under speech (looped if shorter)');

/** The talk options and `--max-seconds`. */
export const addPlanningOptions = (command: Command, {several = false}: {several?: boolean} = {}): Command =>
	addTalkOptions(command, {several}).option(
		'--max-seconds <n>',
		'length of the recap in seconds (its quotes are the ones clipped too)',
		positiveNumber,
		DEFAULT_MAX_SECONDS,
	);

/** `--no-translation`: a bilingual talk's quotes without their translation (`translation` is true unless given). */
export const addTranslationOption = (command: Command): Command => command.option('--no-translation', "hide a bilingual talk's translation under its quotes");

/** The planning options (one or more FILEs) and `--scale`, `--concurrency`, `--renderer`. */
export const addRenderingOptions = (command: Command, {scaleExample}: {scaleExample: string}): Command =>
	addMusicOption(addTranslationOption(addPlanningOptions(command, {several: true})))
		.option('--scale <f>', `output size factor (${scaleExample})`, scaleFactor, 1)
		.option('--concurrency <n>', 'browser tabs rendering at once (default: 2, or half the cores when more)', concurrencyCount)
		.addOption(new Option('--renderer <name>', 'fast: draw each distinct frame once; remotion: plain renderMedia').choices(RENDERERS).default('fast'));

/** The `edits` and `chapters` arguments of `readTalkFile` from the parsed options. */
export const editsOption = (opts: TalkOptions): {edits?: string | false; chapters?: string | false} => ({
	...(opts.edits === undefined ? {} : {edits: opts.edits}),
	...(opts.chapters === undefined ? {} : {chapters: opts.chapters}),
});
