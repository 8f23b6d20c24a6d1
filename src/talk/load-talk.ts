import {checkTalk} from './check-talk';
import {folderOf, stemOf} from './media-file';
import {decodeTranscript} from './decode-transcript';
import {divideByChapters} from './divide-by-chapters';
import {divideTalk} from './divide-talk';
import {applyEditsChapters, applyParsedEdits, parseEdits} from './edits/apply-edits';
import {readTranscript} from './readers/read-transcript';
import {readWebVttChapters} from './readers/read-webvtt-chapters';
import {UserError} from '../errors';
import {MAX_EDITS_BYTES, MAX_TRANSCRIPT_BYTES} from './talk-limits';
import type {Talk} from './talk-schema';

/** Extensions of an edits file, in the order they are looked for. */
export const EDITS_EXTENSIONS = ['.edits.yaml', '.edits.yml', '.edits.json'] as const;

/** The transcript's folder and its name without the extension: what the files beside it are named after. */
const besideOf = (file: string): {dir: string; stem: string} => ({dir: folderOf(file), stem: stemOf(file)});

/**
 * The one rule for where a talk's edits file is: beside the transcript, with the
 * transcript's name and its extension replaced (`talks/Cool Talk.md` →
 * `talks/Cool Talk.edits.yaml`, `.edits.yml` or `.edits.json`), in that order.
 */
export const editsFileCandidates = ({file}: {file: string}): string[] => {
	const {dir, stem} = besideOf(file);
	return EDITS_EXTENSIONS.map((ext) => `${dir}${stem}${ext}`);
};

/** True for an edits file's name (so a folder listing does not take one for a talk). */
export const isEditsFile = (file: string): boolean => EDITS_EXTENSIONS.some((ext) => file.endsWith(ext));

/** Extension of a chapters file: WebVTT, one cue per chapter. */
export const CHAPTERS_EXTENSION = '.chapters.vtt';

/**
 * The one rule for where a talk's chapters file is, like the edits file's: beside the
 * transcript, with its extension replaced (`talks/ep12.srt` → `talks/ep12.chapters.vtt`);
 * for a downloaded `ep12.en.vtt`, also without the language tag (`ep12.chapters.vtt`).
 */
export const chaptersFileCandidates = ({file}: {file: string}): string[] => {
	const {dir, stem} = besideOf(file);
	const withoutLanguage = stem.replace(/\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/, '');
	return [...new Set([stem, withoutLanguage])].map((s) => `${dir}${s}${CHAPTERS_EXTENSION}`);
};

/** True for a chapters file's name (so a folder listing does not take one for a talk). */
export const isChaptersFile = (file: string): boolean => file.endsWith(CHAPTERS_EXTENSION);

/** A file's content: its text (Studio bundles text), or its bytes (the CLI reads bytes; `decodeTranscript` reads them). */
export type FileContent = {file: string; text?: string; bytes?: Uint8Array};

/**
 * A transcript (and its file name, for the slug, the title when it has none, and error
 * lines), with its edits file and chapters file when there are any → the Talk the
 * pipeline works on. Shared by the CLI, which reads files, and Studio, which bundles
 * them: both find the edits file with `editsFileCandidates` and the chapters file with
 * `chaptersFileCandidates`. In order:
 *
 * 1. bytes are decoded (`decodeTranscript`: UTF-8, UTF-16, or a documented fallback),
 *    sizes checked against `talk-limits`;
 * 2. the reader recognised from the content reads it (`readTranscript`); readers of
 *    timed formats start a new turn at each chapter of the chapters file, and any other
 *    timed talk is divided by its turns' times (`divideByChapters`);
 * 3. `checkTalk`: the edge every talk passes (language tag, names, ids, speech);
 * 4. the edits file's chapters, if it has any, re-section a timed talk;
 * 5. a long talk still in one section is divided (`divideTalk`), so the edits file's
 *    section edits can name its parts;
 * 6. the rest of the edits file (`applyParsedEdits`), and `checkTalk` again.
 */
export const loadTalk = ({
	text,
	bytes,
	file,
	edits,
	chapters = null,
}: {
	text?: string;
	bytes?: Uint8Array;
	file: string;
	edits: FileContent | null;
	chapters?: FileContent | null;
}): {talk: Talk} => {
	const transcript = contentText({
		content: {file, ...(text === undefined ? {} : {text}), ...(bytes === undefined ? {} : {bytes})},
		maxBytes: MAX_TRANSCRIPT_BYTES,
		kind: 'transcript',
	});
	const timed =
		chapters === null
			? undefined
			: readWebVttChapters({text: contentText({content: chapters, maxBytes: MAX_EDITS_BYTES, kind: 'chapters'}), file: chapters.file}).chapters;
	let read = readTranscript({text: transcript, file, ...(timed === undefined ? {} : {chapters: timed})}).talk;
	if (timed !== undefined && chapters !== null && !followsChapters({talk: read, chapters: timed})) {
		read = divideByChapters({talk: read, chapters: timed, chaptersFile: chapters.file}).talk;
	}
	let talk = checkTalk({talk: read, file}).talk;
	const parsed =
		edits === null ? null : parseEdits({editsText: contentText({content: edits, maxBytes: MAX_EDITS_BYTES, kind: 'edits'}), editsFile: edits.file});
	if (parsed !== null) talk = applyEditsChapters({talk, parsed}).talk;
	talk = divideTalk({talk}).talk;
	if (parsed === null) return {talk};
	talk = applyParsedEdits({talk, parsed}).talk;
	return checkTalk({talk, file: parsed.editsFile, code: 'EDITS_TARGET'});
};

/** True when the reader already made the chapters its sections. */
const followsChapters = ({talk, chapters}: {talk: Talk; chapters: readonly {title: string; startMs: number}[]}): boolean =>
	talk.sections.every((s) => chapters.some((c) => c.title === s.title && c.startMs === s.startMs));

const contentText = ({content, maxBytes, kind}: {content: FileContent; maxBytes: number; kind: 'transcript' | 'edits' | 'chapters'}): string => {
	const size = content.bytes?.length ?? content.text?.length ?? 0;
	if (size > maxBytes) {
		throw new UserError({
			code: 'TALK_LIMIT',
			file: content.file,
			problem: `the ${kind} file is ${formatBytes(size)}; talkreel reads ${kind} files of at most ${formatBytes(maxBytes)}`,
		});
	}
	if (content.bytes !== undefined)
		return decodeTranscript({bytes: content.bytes, file: content.file, code: kind === 'edits' ? 'EDITS_PARSE' : 'TALK_BINARY'}).text;
	return content.text ?? '';
};

const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);
