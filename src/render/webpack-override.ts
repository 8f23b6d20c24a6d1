import type {WebpackOverrideFn} from '@remotion/bundler';

/** Transcripts and edits files in a `data/` folder: bundled as raw text for Studio (`require.context`). */
export const DATA_FILE_TEST = /[\\/]data[\\/][^\\/]+\.(md|txt|srt|vtt|ya?ml|json)$/;

/**
 * The one webpack change the project needs, shared by `remotion.config.ts` (Studio,
 * `npx remotion render`) and the Node `bundle()` call: talk and edits files of data/ are imported
 * as strings (`asset/source`), so editing one hot-reloads the preview.
 */
export const webpackOverride: WebpackOverrideFn = (config) => ({
	...config,
	module: {
		...config.module,
		rules: [...(config.module?.rules ?? []), {test: DATA_FILE_TEST, exclude: /node_modules/, type: 'asset/source'}],
	},
});
