import {UserError} from '../errors';
import {chaptersFileCandidates, editsFileCandidates, isChaptersFile, isEditsFile, loadTalk} from '../talk/load-talk';
import {slugFromFile} from '../talk/file-names';
import type {Talk} from '../talk/talk-schema';
import {DEFAULT_TALK_SLUG} from './recap-schema';

export type BundledTalkFile = {
	slug: string;
	file: string;
	/** The transcript as text, or, a Word document, as its bytes. */
	text?: string;
	bytes?: Uint8Array;
	/** The edits file beside it (`editsFileCandidates`), when there is one. */
	edits: {file: string; text: string} | null;
	/** The chapters file beside it (`chaptersFileCandidates`), when there is one. */
	chapters: {file: string; text: string} | null;
};

/** What the module `talkreel studio FILE` writes exports: the talk's files by base name, as raw text; a Word document as a base64 data URI of its bytes. */
type StudioTalkModule = {
	file?: string;
	text?: string;
	bytes?: string;
	edits?: {file: string; text: string} | null;
	chapters?: {file: string; text: string} | null;
};

/** The bytes of a base64 data URI (`data:…;base64,UEsDB…`), as webpack's `asset/inline` writes a file. */
export const bytesOfDataUri = (uri: string): Uint8Array => Uint8Array.from(atob(uri.slice(uri.indexOf(',') + 1)), (c) => c.charCodeAt(0));

/**
 * The talk `talkreel studio FILE` opened (the `talkreel-studio-talk` module, see
 * src/render/webpack-override.ts), read from the files webpack watches: editing the
 * transcript, its edits file or its chapters file hot-reloads Studio. Null in a render's
 * bundle, in plain `npx remotion studio` and outside webpack.
 */
const readStudioTalk = (): BundledTalkFile | null => {
	// Only webpack knows the module (vitest's `require` does not).
	if (typeof __webpack_require__ === 'undefined') return null;
	// Must stay a literal `require(…)` of the module name: webpack resolves it at build time.
	const found = require('talkreel-studio-talk') as StudioTalkModule;
	if (typeof found.file !== 'string') return null;
	const content = typeof found.text === 'string' ? {text: found.text} : typeof found.bytes === 'string' ? {bytes: bytesOfDataUri(found.bytes)} : null;
	if (content === null) return null;
	return {slug: slugFromFile(found.file), file: found.file, ...content, edits: found.edits ?? null, chapters: found.chapters ?? null};
};

/** The slug Studio opens on: the talk `talkreel studio FILE` opened, else the seed talk of data/. */
export const studioTalkSlug = (): string => readStudioTalk()?.slug ?? DEFAULT_TALK_SLUG;

/**
 * The transcripts of data/ as raw text, bundled by webpack (`asset/source`, see
 * src/render/webpack-override.ts). Editing a file there hot-reloads Studio. Outside
 * webpack (vitest, Node) there are none: pass a `talk` instead.
 */
export const readBundledTalks = (): BundledTalkFile[] => {
	if (typeof require === 'undefined') return [];
	const studio = readStudioTalk();
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
	// The talk Studio was opened on comes first: its slug wins over a data/ talk of the same name.
	const data = [...files.keys()]
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
	return studio === null ? data : [studio, ...data];
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
