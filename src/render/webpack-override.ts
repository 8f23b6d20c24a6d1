import type {WebpackOverrideFn} from '@remotion/bundler';

/** The part of webpack's compiler a plugin that reads the build's warnings needs. */
type CompilerWithDone = {hooks: {done: {tap: (name: string, fn: (stats: {compilation: {warnings: readonly Error[]}}) => void) => void}}};

/** Transcripts and edits files in a `data/` folder: bundled as raw text for Studio (`require.context`). */
export const DATA_FILE_TEST = /[\\/]data[\\/][^\\/]+\.(md|txt|srt|vtt|ya?ml|json)$/;

/**
 * The module `talkreel studio FILE` writes (see src/cli/command-studio.ts): it requires
 * the talk's files with STUDIO_SOURCE_QUERY, and `readStudioTalk` (src/video/bundled-talks.ts)
 * reads it. Outside
 * `talkreel studio` the name stands for an empty module.
 */
export const STUDIO_TALK_MODULE = 'talkreel-studio-talk';

/** The query that imports a file outside data/ as raw text (`asset/source`), watched like any module. */
export const STUDIO_SOURCE_QUERY = '?talkreel-source';

/** The query that imports a file outside data/ as its bytes (`asset/inline`, a base64 data URI): a Word document Studio was opened on. */
export const STUDIO_BYTES_QUERY = '?talkreel-bytes';

/** The environment variable through which `talkreel studio` names the module it wrote to remotion.config.ts. */
export const STUDIO_TALK_ENV = 'TALKREEL_STUDIO_TALK';

/**
 * The webpack changes the project needs, shared by `remotion.config.ts` (Studio,
 * `npx remotion render`) and the Node `bundle()` call:
 * - talk and edits files of data/ are imported as strings (`asset/source`), so editing
 *   one hot-reloads the preview; the talk file `talkreel studio` opened, as a string or,
 *   a Word document, as its bytes (`asset/inline`);
 * - `linkedom` is left out: BudouX imports it for its HTML processor, which talkreel
 *   never calls (it asks BudouX for phrases of plain text), and it asks for the Node-only
 *   `canvas` package, a warning on every Studio build;
 * - no size hints: the bundle is served from this machine, never downloaded, so webpack's
 *   "asset size limit" warnings say nothing;
 * - STUDIO_TALK_MODULE is `studioTalkModule` (the one `talkreel studio` wrote), else an
 *   empty module: a render's bundle holds no talk of Studio's.
 */
export const studioWebpackOverride =
	({studioTalkModule}: {studioTalkModule: string | undefined}): WebpackOverrideFn =>
	(config) => ({
		...config,
		resolve: {
			...config.resolve,
			alias: {
				...(config.resolve?.alias as Record<string, string | false> | undefined),
				linkedom: false,
				[`${STUDIO_TALK_MODULE}$`]: studioTalkModule ?? false,
			},
		},
		performance: {...config.performance, hints: false},
		module: {
			...config.module,
			rules: [
				...(config.module?.rules ?? []),
				{test: DATA_FILE_TEST, exclude: /node_modules/, type: 'asset/source'},
				{resourceQuery: /^\?talkreel-source$/, type: 'asset/source'},
				{resourceQuery: /^\?talkreel-bytes$/, type: 'asset/inline'},
			],
		},
	});

/** The override of renders (the Node `bundle()` call): no talk of Studio's. */
export const webpackOverride: WebpackOverrideFn = studioWebpackOverride({studioTalkModule: undefined});

/**
 * A webpack plugin that hands each warning of a build to `onWarning`, as one line: the
 * Node `bundle()` reports errors only and drops warnings, so a render's log would never
 * show one (Studio prints its own).
 */
export const reportBuildWarnings = (onWarning: (line: string) => void) => ({
	apply: (compiler: CompilerWithDone) => {
		compiler.hooks.done.tap('talkreel-warnings', (stats) => {
			for (const w of stats.compilation.warnings) onWarning((w.message.split('\n').find((l) => l.trim() !== '') ?? w.name).trim());
		});
	},
});
