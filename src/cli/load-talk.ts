import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {applyEdits} from '../highlights/apply-edits';
import {ingestTalk, slugFromFile} from '../talk/ingest-talk';
import {TalkError} from '../talk/talk-error';
import type {Talk} from '../talk/talk-schema';

const EDITS_EXTENSIONS = ['.edits.yaml', '.edits.yml', '.edits.json'];

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

/** The edits file beside a talk: `data/<slug>.edits.yaml` (or `.yml`, `.json`). */
export const findEditsFile = ({file}: {file: string}): string | undefined => {
	const base = path.join(path.dirname(file), slugFromFile(file));
	return EDITS_EXTENSIONS.map((ext) => base + ext).find((candidate) => existsSync(candidate));
};

/**
 * A talk file → the Talk the pipeline works on: ingested, then corrected by its edits
 * file (`--edits`, else the one beside it; `edits: false` skips it).
 */
export const loadTalk = async ({file, edits}: {file: string; edits?: string | false}): Promise<{talk: Talk; editsFile?: string}> => {
	const text = await readTextFile({file, code: 'TALK_READ'});
	const {talk} = ingestTalk({text, file});
	const editsFile = edits === false ? undefined : (edits ?? findEditsFile({file}));
	if (editsFile === undefined) return {talk};
	const editsText = await readTextFile({file: editsFile, code: 'EDITS_PARSE'});
	return {talk: applyEdits({talk, editsText, editsFile}).talk, editsFile};
};
