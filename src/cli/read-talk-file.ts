import {constants, existsSync} from 'node:fs';
import {open} from 'node:fs/promises';
import {chaptersFileCandidates, editsFileCandidates, loadTalk} from '../talk/load-talk';
import {UserError} from '../errors';
import {MAX_EDITS_BYTES, MAX_TRANSCRIPT_BYTES} from '../talk/talk-limits';
import {isZipArchive} from '../talk/read-docx';
import type {Talk} from '../talk/talk-schema';
import {escapeForTerminal, writeLine} from './terminal-text';

/**
 * Reads a file's bytes (the talk layer decodes them); a missing or unreadable file, a
 * folder, a device, a FIFO or a file over `maxBytes` is the user's mistake. At most `maxBytes + 1`
 * bytes are read, so a huge file or an endless device cannot fill the memory.
 */
export const readFileBytes = async ({file, code, maxBytes}: {file: string; code: 'TALK_READ' | 'EDITS_PARSE'; maxBytes: number}): Promise<Uint8Array> => {
	let handle: Awaited<ReturnType<typeof open>> | undefined;
	try {
		// Non-blocking, so a FIFO with no writer opens at once (and is refused below) instead of blocking the open and every signal with it.
		handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const stat = await handle.stat();
		if (stat.isDirectory()) throw new UserError({code, file, problem: 'is a folder, not a file'});
		if (!stat.isFile()) throw new UserError({code, file, problem: 'is not a regular file (a device, pipe or socket)'});
		if (stat.size > maxBytes)
			throw new UserError({code: 'TALK_LIMIT', file, problem: `the file is ${stat.size} bytes; talkreel reads files of at most ${maxBytes} bytes`});
		// Read in chunks to the end (a file's size may be stated as 0, as in /proc), stopping past the limit.
		const chunks: Buffer[] = [];
		let filled = 0;
		for (;;) {
			const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - filled));
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			filled += bytesRead;
			if (filled > maxBytes)
				throw new UserError({code: 'TALK_LIMIT', file, problem: `the file is over ${maxBytes} bytes; talkreel reads files of at most ${maxBytes} bytes`});
		}
		return new Uint8Array(Buffer.concat(chunks, filled));
	} catch (e) {
		if (e instanceof UserError) throw e;
		const err = e as NodeJS.ErrnoException;
		const problem =
			err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder, not a file' : err.code === 'EACCES' ? 'permission denied' : err.message;
		throw new UserError({code, file, problem});
	} finally {
		await handle?.close();
	}
};

/** The edits file beside a talk, by the one rule of `editsFileCandidates`; undefined when there is none. */
const findEditsFile = ({file}: {file: string}): string | undefined => editsFileCandidates({file}).find((candidate) => existsSync(candidate));

/** The chapters file beside a talk, by the one rule of `chaptersFileCandidates`; undefined when there is none. */
export const findChaptersFile = ({file}: {file: string}): string | undefined => chaptersFileCandidates({file}).find((candidate) => existsSync(candidate));

/** Warnings printed for one talk file, at most. */
const MAX_WARNINGS = 10;

/**
 * A talk file → the Talk the pipeline works on (its warnings printed on stderr, `talkreel: warning: …`): its bytes, its edits file's (`edits`: a
 * path; else the one beside it; `false` skips it) and its chapters file's (`chapters`:
 * likewise) go to `loadTalk`, which decodes them. `inputs` lists every file read;
 * `wordDocument` says the file was a .docx.
 */
export const readTalkFile = async ({
	file,
	edits,
	chapters,
}: {
	file: string;
	edits?: string | false;
	chapters?: string | false;
}): Promise<{talk: Talk; editsFile?: string; chaptersFile?: string; inputs: string[]; wordDocument: boolean}> => {
	const bytes = await readFileBytes({file, code: 'TALK_READ', maxBytes: MAX_TRANSCRIPT_BYTES});
	const chaptersFile = chapters === false ? undefined : (chapters ?? findChaptersFile({file}));
	const chaptersInput =
		chaptersFile === undefined ? null : {file: chaptersFile, bytes: await readFileBytes({file: chaptersFile, code: 'TALK_READ', maxBytes: MAX_EDITS_BYTES})};
	const editsFile = edits === false ? undefined : (edits ?? findEditsFile({file}));
	const editsInput =
		editsFile === undefined ? null : {file: editsFile, bytes: await readFileBytes({file: editsFile, code: 'EDITS_PARSE', maxBytes: MAX_EDITS_BYTES})};
	const {talk, warnings} = loadTalk({bytes, file, edits: editsInput, chapters: chaptersInput});
	// What was read past, one line each; the talk is read all the same.
	for (const warning of warnings.slice(0, MAX_WARNINGS)) writeLine(`talkreel: warning: ${escapeForTerminal(warning)}`);
	return {
		talk,
		...(editsFile === undefined ? {} : {editsFile}),
		...(chaptersFile === undefined ? {} : {chaptersFile}),
		// Every file read: no output may be written over one of them.
		inputs: [file, ...[editsFile, chaptersFile].filter((f): f is string => f !== undefined)],
		// The file is a Word document, read as its paragraphs (Studio bundles it as bytes, not text).
		wordDocument: isZipArchive(bytes),
	};
};
