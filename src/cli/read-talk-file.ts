import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {chaptersFileCandidates, editsFileCandidates, loadTalk} from '../talk/load-talk';
import {TalkError} from '../talk/talk-error';
import type {Talk} from '../talk/talk-schema';

/** Reads a file as UTF-8 text; a missing or unreadable file is the user's mistake. */
export const readTextFile = async ({file, code}: {file: string; code: 'TALK_READ' | 'EDITS_PARSE'}): Promise<string> => {
	try {
		return await readFile(file, 'utf8');
	} catch (e) {
		const err = e as NodeJS.ErrnoException;
		const problem =
			err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder, not a file' : err.code === 'EACCES' ? 'permission denied' : err.message;
		throw new TalkError({code, file, problem});
	}
};

/** The edits file beside a talk, by the one rule of `editsFileCandidates`; undefined when there is none. */
export const findEditsFile = ({file}: {file: string}): string | undefined => editsFileCandidates({file}).find((candidate) => existsSync(candidate));

/** The chapters file beside a talk, by the one rule of `chaptersFileCandidates`; undefined when there is none. */
export const findChaptersFile = ({file}: {file: string}): string | undefined => chaptersFileCandidates({file}).find((candidate) => existsSync(candidate));

/**
 * A talk file → the Talk the pipeline works on: read, then `loadTalk` with its edits
 * file (`edits`: a path; else the one beside it; `false` skips it) and its chapters file
 * (`chapters`: likewise).
 */
export const readTalkFile = async ({
	file,
	edits,
	chapters,
}: {
	file: string;
	edits?: string | false;
	chapters?: string | false;
}): Promise<{talk: Talk; editsFile?: string; chaptersFile?: string}> => {
	const text = await readTextFile({file, code: 'TALK_READ'});
	const chaptersFile = chapters === false ? undefined : (chapters ?? findChaptersFile({file}));
	const chaptersInput = chaptersFile === undefined ? null : {file: chaptersFile, text: await readTextFile({file: chaptersFile, code: 'TALK_READ'})};
	const editsFile = edits === false ? undefined : (edits ?? findEditsFile({file}));
	const located = chaptersFile === undefined ? {} : {chaptersFile};
	if (editsFile === undefined) return {...loadTalk({text, file, edits: null, chapters: chaptersInput}), ...located};
	const editsText = await readTextFile({file: editsFile, code: 'EDITS_PARSE'});
	return {...loadTalk({text, file, edits: {text: editsText, file: editsFile}, chapters: chaptersInput}), editsFile, ...located};
};
