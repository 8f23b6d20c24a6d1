import {Unzip, UnzipInflate} from 'fflate';
import {Parser} from 'htmlparser2';
import {UserError} from '../errors';
import {MAX_TRANSCRIPT_BYTES} from './talk-limits';

/** A ZIP archive's first bytes: a Word document (.docx) is one. */
export const isZipArchive = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The Word document's body, where its paragraphs are. */
const DOCUMENT_PART = 'word/document.xml';

/**
 * Compressed bytes given to the inflater at a time. DEFLATE expands at most about 1 032
 * times, so no step writes more than about 16 MiB before the unpacked size is checked:
 * an archive that unpacks to gigabytes (a zip bomb) stops at the limit, in bounded memory.
 */
const SLICE_BYTES = 16 * 1024;

/**
 * The text of a Word document (.docx, as Microsoft Teams, Otter, Rev, Descript, Fathom
 * and Google Docs export transcripts), one paragraph a line as Word saves a document as
 * plain text: the text runs of each paragraph (`<w:t>`), a tab for `<w:tab/>`, a line
 * break for `<w:br/>`; deleted revisions and field codes are not text. The transcript
 * readers take it from there, as they take a .txt export of the same tool.
 *
 * The archive is read with fflate (streaming, in slices), its document part with
 * htmlparser2 (linear, no entity expansion); a part that unpacks to more than
 * MAX_TRANSCRIPT_BYTES, an archive without one, or a damaged archive is `TALK_BINARY` with
 * one line saying which. Runs in the Studio bundle too (both libraries are plain
 * JavaScript).
 */
export const readDocxText = ({bytes, file}: {bytes: Uint8Array; file: string}): string => {
	const refuse = (problem: string): never => {
		throw new UserError({code: 'TALK_BINARY', file, line: 1, problem});
	};
	const chunks: Uint8Array[] = [];
	let unpacked = 0;
	let found = false;
	let tooBig = false;
	let damaged: string | null = null;
	const unzip = new Unzip((entry) => {
		if (entry.name !== DOCUMENT_PART) return;
		found = true;
		if ((entry.originalSize ?? 0) > MAX_TRANSCRIPT_BYTES) {
			tooBig = true;
			return;
		}
		entry.ondata = (error, chunk) => {
			if (error !== null) {
				damaged = error.message;
				return;
			}
			unpacked += chunk.length;
			if (unpacked > MAX_TRANSCRIPT_BYTES) {
				tooBig = true;
				entry.terminate();
				return;
			}
			chunks.push(chunk);
		};
		entry.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let at = 0; at < bytes.length && !tooBig && damaged === null; at += SLICE_BYTES) {
			unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
		}
	} catch (error) {
		damaged = error instanceof Error ? error.message : String(error);
	}
	if (tooBig) refuse(`a Word document whose text unpacks to more than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MiB; talkreel reads transcripts of at most that`);
	if (damaged !== null) refuse(`a damaged ZIP archive (${damaged}); export the transcript again`);
	if (!found) refuse('a ZIP archive that is not a Word document (no word/document.xml: a .pages or .odt file?); export the transcript as .docx or plain text');
	const xml = new TextDecoder('utf-8').decode(concat(chunks, unpacked));
	return paragraphsOf(xml).join('\n');
};

const concat = (chunks: Uint8Array[], length: number): Uint8Array => {
	const all = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	return all;
};

/** The document's paragraphs, in order; a paragraph inside another (a text box) comes before the one it sits in. */
const paragraphsOf = (xml: string): string[] => {
	const paragraphs: string[] = [];
	const open: string[][] = [];
	let inText = 0;
	const parser = new Parser(
		{
			onopentag: (name) => {
				if (name === 'w:p') open.push([]);
				else if (name === 'w:t') inText++;
				else if (name === 'w:tab') open.at(-1)?.push('\t');
				else if (name === 'w:br' || name === 'w:cr') open.at(-1)?.push('\n');
			},
			ontext: (text) => {
				if (inText > 0) open.at(-1)?.push(text);
			},
			onclosetag: (name) => {
				if (name === 'w:t') inText = Math.max(0, inText - 1);
				else if (name === 'w:p') paragraphs.push((open.pop() ?? []).join(''));
			},
		},
		{xmlMode: true, decodeEntities: true},
	);
	parser.write(xml);
	parser.end();
	return paragraphs;
};
