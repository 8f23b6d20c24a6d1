import {slugFromFile} from '../talk/ingest-talk';

export type BundledTalkFile = {
	slug: string;
	file: string;
	text: string;
	/** `data/<slug>.edits.yaml` (or `.yml`, `.json`), when there is one. */
	edits?: {file: string; text: string};
};

const EDITS_SUFFIX = /\.edits\.(ya?ml|json)$/;

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
		context = require.context!('../../data', false, /\.(md|txt|srt|vtt|ya?ml|json)$/);
	} catch {
		return [];
	}
	const read = (key: string): {file: string; text: string} => {
		const text = context(key);
		return {file: `data/${key.slice(2)}`, text: typeof text === 'string' ? text : String(text)};
	};
	const keys = context.keys().filter((key) => key.startsWith('./'));
	const edits = new Map(keys.filter((key) => EDITS_SUFFIX.test(key)).map((key) => [key.slice(2).replace(EDITS_SUFFIX, ''), read(key)]));
	return keys
		.filter((key) => !EDITS_SUFFIX.test(key) && /\.(md|txt|srt|vtt|json)$/.test(key))
		.map((key) => {
			const {file, text} = read(key);
			const slug = slugFromFile(file);
			const own = edits.get(slug);
			return own === undefined ? {slug, file, text} : {slug, file, text, edits: own};
		});
};
