import {checkTalk} from './check-talk';
import {isZipArchive, readDocxText} from './read-docx';
import {decodeTranscript} from './decode-transcript';
import {applyEditsChapters, applyParsedEdits, parseEdits} from './edits/apply-edits';
import {folderOf, stemOf} from './file-names';
import {readTranscript} from './readers/read-transcript';
import {readWebVttChapters} from './readers/read-webvtt-chapters';
import {checkFileSize, MAX_EDITS_BYTES, MAX_TRANSCRIPT_BYTES} from './talk-limits';
import type {Talk} from './talk-schema';

/**
 * The loader: the one place where the model (src/talk/) and the readers (src/talk/readers/)
 * meet. Everything else reads a talk through `loadTalk`.
 */

/** Extensions of an edits file, in the order they are looked for. */
const EDITS_EXTENSIONS = ['.edits.yaml', '.edits.yml', '.edits.json'] as const;

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
const CHAPTERS_EXTENSION = '.chapters.vtt';

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
 * 1. bytes are decoded (`decodeTranscript`: UTF-8, UTF-16, or a documented fallback; a
 *    Word document's paragraphs read by `readDocxText`), sizes checked against `talk-limits`;
 * 2. the reader recognised from the content reads it and `assembleTalk` makes the Talk
 *    (`readTranscript`), the chapters file's chapters making its sections;
 * 3. `checkTalk`: the edge every talk passes (language tag, names, ids, speech, limits);
 * 4. the edits file's chapters, if it has any, re-section a timed talk;
 * 5. the rest of the edits file (`applyParsedEdits`), and `checkTalk` again.
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
}): {talk: Talk; warnings: string[]} => {
	// A file not in Unicode is read in the likeliest legacy encoding: a guess, said once per file.
	const guesses: string[] = [];
	const transcript = contentText({
		guesses,
		content: {file, ...(text === undefined ? {} : {text}), ...(bytes === undefined ? {} : {bytes})},
		maxBytes: MAX_TRANSCRIPT_BYTES,
		kind: 'transcript',
	});
	const chaptersFile =
		chapters === null
			? undefined
			: {
					file: chapters.file,
					chapters: readWebVttChapters({text: contentText({content: chapters, maxBytes: MAX_EDITS_BYTES, kind: 'chapters', guesses}), file: chapters.file})
						.chapters,
				};
	const read = readTranscript({text: transcript, file, ...(chaptersFile === undefined ? {} : {chaptersFile})});
	let talk = checkTalk({talk: read.talk, file}).talk;
	if (edits === null) return {talk, warnings: [...guesses, ...read.warnings]};
	const parsed = parseEdits({editsText: contentText({content: edits, maxBytes: MAX_EDITS_BYTES, kind: 'edits', guesses}), editsFile: edits.file});
	talk = applyParsedEdits({talk: applyEditsChapters({talk, parsed}).talk, parsed}).talk;
	return {...checkTalk({talk, file: parsed.editsFile, code: 'EDITS_TARGET'}), warnings: [...guesses, ...read.warnings]};
};

/** A file's text, its size checked first (`checkFileSize`, the one check of every file's size); a legacy encoding guessed for it goes on `guesses`. */
const contentText = ({
	content,
	maxBytes,
	kind,
	guesses,
}: {
	content: FileContent;
	maxBytes: number;
	kind: 'transcript' | 'edits' | 'chapters';
	guesses: string[];
}): string => {
	checkFileSize({file: content.file, kind, size: content.bytes?.length ?? content.text?.length ?? 0, maxBytes});
	// A Word document (.docx) is a ZIP archive: its paragraphs are the transcript's text.
	if (content.bytes !== undefined && kind === 'transcript' && isZipArchive(content.bytes)) return readDocxText({bytes: content.bytes, file: content.file});
	if (content.bytes === undefined) return content.text ?? '';
	const {text, guessed} = decodeTranscript({bytes: content.bytes, file: content.file, code: kind === 'edits' ? 'EDITS_PARSE' : 'TALK_BINARY'});
	if (guessed !== undefined)
		guesses.push(`${content.file}: not Unicode; read as ${guessed}, the likeliest legacy encoding — if its text reads wrong, save the file as UTF-8`);
	return text;
};
