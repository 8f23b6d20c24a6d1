import {UserError} from '../errors';
import {chaptersFileCandidates, editsFileCandidates, isChaptersFile, isEditsFile, loadTalk} from '../talk/load-talk';
import {slugFromFile} from '../talk/file-names';
import type {Talk} from '../talk/talk-schema';

export type BundledTalkFile = {
	slug: string;
	file: string;
	text: string;
	/** The edits file beside it (`editsFileCandidates`), when there is one. */
	edits: {file: string; text: string} | null;
	/** The chapters file beside it (`chaptersFileCandidates`), when there is one. */
	chapters: {file: string; text: string} | null;
};

/**
 * The transcripts of data/ as raw text, bundled by webpack (`asset/source`, see
 * src/render/webpack-override.ts). Editing a file there hot-reloads Studio. Outside
 * webpack (vitest, Node) there are none: pass a `talk` instead.
 */
export const readBundledTalks = (): BundledTalkFile[] => {
	if (typeof require === 'undefined') return [];
	let context: WebpackRequireContext;
	try {
		// Must stay a literal `require.context(…)` call: webpack resolves it at build time.
		context = require.context!('../../data', false, /\.(md|markdown|txt|srt|vtt|json|ya?ml)$/i);
	} catch {
		return [];
	}
	const files = new Map<string, string>(
		context
			.keys()
			.filter((key) => key.startsWith('./'))
			.map((key) => {
				const text = context(key);
				return [`data/${key.slice(2)}`, typeof text === 'string' ? text : String(text)] as const;
			}),
	);
	return [...files.keys()]
		.filter((file) => !isEditsFile(file) && !isChaptersFile(file))
		.map((file) => {
			const editsFile = editsFileCandidates({file}).find((candidate) => files.has(candidate));
			const chaptersFile = chaptersFileCandidates({file}).find((candidate) => files.has(candidate));
			return {
				slug: slugFromFile(file),
				file,
				text: files.get(file) ?? '',
				edits: editsFile === undefined ? null : {file: editsFile, text: files.get(editsFile) ?? ''},
				chapters: chaptersFile === undefined ? null : {file: chaptersFile, text: files.get(chaptersFile) ?? ''},
			};
		});
};

/** The bundled talk of data/ whose slug is `slug`, read and corrected by its edits file, as the CLI reads it. */
export const loadBundledTalk = ({slug}: {slug: string}): Talk => {
	const files = readBundledTalks();
	const found = files.find((f) => f.slug === slug);
	if (!found) {
		const known = files.map((f) => f.slug).join(', ') || 'none (pass a `talk` in the input props)';
		throw new UserError({code: 'TALK_READ', problem: `no talk "${slug}" in data/; bundled talks: ${known}`});
	}
	return loadTalk(found).talk;
};
