import {slugFromFile} from '../talk/ingest-talk';

export type BundledTalkFile = {slug: string; file: string; text: string};

/**
 * The transcripts of data/ as raw text, bundled by webpack (`asset/source`, see
 * src/cli/webpack-override.ts). Editing a file there hot-reloads Studio. Outside
 * webpack (vitest, Node) there are none: pass a `talk` instead.
 */
export const readBundledTalks = (): BundledTalkFile[] => {
	if (typeof require === 'undefined') return [];
	let context: WebpackRequireContext;
	try {
		// Must stay a literal `require.context(…)` call: webpack resolves it at build time.
		context = require.context!('../../data', false, /\.(md|txt|srt|vtt)$/);
	} catch {
		return [];
	}
	return context
		.keys()
		.filter((key) => key.startsWith('./'))
		.map((key) => {
			const file = `data/${key.slice(2)}`;
			const text = context(key);
			return {slug: slugFromFile(file), file, text: typeof text === 'string' ? text : String(text)};
		});
};
