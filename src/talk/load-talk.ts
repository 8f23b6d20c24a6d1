import {applyEdits} from './edits/apply-edits';
import {baseNameOf, readTranscript} from './readers/read-transcript';
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

/**
 * A transcript's text (and its file name, for the slug and error lines), with its edits
 * file's text when there is one → the Talk the pipeline works on. Shared by the CLI,
 * which reads files, and Studio, which bundles them: both find the edits file with
 * `editsFileCandidates`.
 */
export const loadTalk = ({text, file, edits}: {text: string; file: string; edits: {text: string; file: string} | null}): {talk: Talk} => {
	const {talk} = readTranscript({text, file});
	return edits === null ? {talk} : applyEdits({talk, editsText: edits.text, editsFile: edits.file});
};
