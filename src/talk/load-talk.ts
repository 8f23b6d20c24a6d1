import {divideByChapters} from './divide-by-chapters';
import {applyEdits} from './edits/apply-edits';
import {baseNameOf, readTranscript} from './readers/read-transcript';
import {readWebVttChapters} from './readers/read-webvtt-chapters';
import type {Talk} from './talk-schema';

/** Extensions of an edits file, in the order they are looked for. */
export const EDITS_EXTENSIONS = ['.edits.yaml', '.edits.yml', '.edits.json'] as const;

/**
 * The one rule for where a talk's edits file is: beside the transcript, with the
 * transcript's name and its extension replaced (`talks/Cool Talk.md` →
 * `talks/Cool Talk.edits.yaml`, `.edits.yml` or `.edits.json`), in that order.
 */
export const editsFileCandidates = ({file}: {file: string}): string[] => {
	const base = baseNameOf(file);
	const dir = file.slice(0, file.length - base.length);
	const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
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
	const base = baseNameOf(file);
	const dir = file.slice(0, file.length - base.length);
	const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
	const withoutLanguage = stem.replace(/\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/, '');
	return [...new Set([stem, withoutLanguage])].map((s) => `${dir}${s}${CHAPTERS_EXTENSION}`);
};

/** True for a chapters file's name (so a folder listing does not take one for a talk). */
export const isChaptersFile = (file: string): boolean => file.endsWith(CHAPTERS_EXTENSION);

/**
 * A transcript's text (and its file name, for the slug and error lines), with its edits
 * file's text when there is one → the Talk the pipeline works on. Shared by the CLI,
 * which reads files, and Studio, which bundles them: both find the edits file with
 * `editsFileCandidates` (and the chapters file with `chaptersFileCandidates`).
 *
 * A chapters file divides a timed talk into one section per chapter: readers of timed
 * formats start a new turn at each chapter; any other talk with times is divided by its
 * turns' times. Chapters come before the edits file, which can rename their sections.
 */
export const loadTalk = ({
	text,
	file,
	edits,
	chapters = null,
}: {
	text: string;
	file: string;
	edits: {text: string; file: string} | null;
	chapters?: {text: string; file: string} | null;
}): {talk: Talk} => {
	const timed = chapters === null ? undefined : readWebVttChapters({text: chapters.text, file: chapters.file}).chapters;
	let {talk} = readTranscript({text, file, ...(timed === undefined ? {} : {chapters: timed})});
	if (timed !== undefined && chapters !== null && !followsChapters({talk, chapters: timed})) {
		talk = divideByChapters({talk, chapters: timed, chaptersFile: chapters.file}).talk;
	}
	return edits === null ? {talk} : applyEdits({talk, editsText: edits.text, editsFile: edits.file});
};

/** True when the reader already made the chapters its sections. */
const followsChapters = ({talk, chapters}: {talk: Talk; chapters: readonly {title: string; startMs: number}[]}): boolean =>
	talk.sections.every((s) => chapters.some((c) => c.title === s.title && c.startMs === s.startMs));
