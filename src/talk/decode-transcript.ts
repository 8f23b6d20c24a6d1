import {UserError, type UserErrorCode} from '../errors';

/** The encodings a transcript's bytes are read in. */
export type TranscriptEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** Known binary files by their first bytes, to say what was given instead of a transcript. */
const MAGIC: {bytes: number[]; offset?: number; what: string}[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		what: 'a ZIP archive (a Word document?), where a text file is read; a transcript may be a .docx, an edits or chapters file is text',
	},
	{bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document; export the transcript as plain text'},
	{bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as plain text'},
	{bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'a Word 97 document; export the transcript as plain text'},
	{bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image'},
	{bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image'},
	{bytes: [0x49, 0x44, 0x33], what: 'an MP3 recording, not its transcript'},
	{bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF (WAV) recording, not its transcript'},
	{bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg recording, not its transcript'},
	{bytes: [0x66, 0x4c, 0x61, 0x43], what: 'a FLAC recording, not its transcript'},
	{bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'an MP4/M4A file, not a transcript'},
	{bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a Matroska/WebM file, not a transcript'},
];

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0): boolean => prefix.every((b, i) => bytes[offset + i] === b);

/**
 * A transcript's bytes → its text, and the encoding it was read in:
 *
 * - a byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE;
 * - without one, UTF-16 is recognised by its zero bytes (ASCII text in UTF-16 has a zero
 *   in every other byte);
 * - valid UTF-8 is UTF-8;
 * - bytes that are not UTF-8 and hold no UTF-8 sequence at all come from an older
 *   encoding: GB18030 (GBK, GB2312) when the high bytes come in runs of pairs, as Chinese
 *   text does; otherwise Windows-1252 (Latin-1), where every byte is a character;
 * - a file that is UTF-8 in places and broken in others (at most three bad bytes, or
 *   four good UTF-8 bytes for every bad one) is damaged: `TALK_ENCODING`, naming the
 *   line and the byte;
 * - zero bytes, or the signature of a known binary format (PDF, ZIP, MP3, …), are not
 *   text: `TALK_BINARY`, saying what the file looks like.
 *
 * `TextDecoder` is a web standard (in Node and in the browser alike), so this runs in
 * the Studio bundle too.
 */
export const decodeTranscript = ({
	bytes,
	file,
	code = 'TALK_BINARY',
}: {
	bytes: Uint8Array;
	file: string;
	/** The code for bytes that are not text (`EDITS_PARSE` for an edits file). */
	code?: UserErrorCode;
}): {text: string; encoding: TranscriptEncoding} => {
	const binary = (problem: string, line = 1): never => {
		throw new UserError({code, file, line, problem});
	};
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return {text: decodeUtf8({bytes: bytes.subarray(3), file, code, lineOffset: 0}), encoding: 'utf-8'};
	if (startsWith(bytes, [0xff, 0xfe])) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	if (startsWith(bytes, [0xfe, 0xff])) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	for (const m of MAGIC) if (startsWith(bytes, m.bytes, m.offset)) return binary(`this is ${m.what}`);
	const utf16 = guessUtf16(bytes);
	if (utf16 !== null) return {text: new TextDecoder(utf16).decode(bytes), encoding: utf16};
	const nul = bytes.indexOf(0);
	if (nul !== -1) return binary('this is binary data, not a text transcript (it has zero bytes)', lineAt(bytes, nul));
	const scan = scanUtf8(bytes);
	if (scan.firstInvalid === -1) return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8'};
	// Mostly UTF-8 with a few bad bytes is damaged UTF-8; a legacy encoding makes a valid UTF-8 sequence only by chance.
	if (scan.validHighBytes > 0 && (scan.invalidHighBytes <= 3 || scan.validHighBytes >= 4 * scan.invalidHighBytes)) {
		const at = scan.firstInvalid;
		throw new UserError({
			code: 'TALK_ENCODING',
			file,
			line: lineAt(bytes, at),
			problem: `not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} after "${contextBefore(bytes, at)}", though the rest of the file is UTF-8; the file is damaged or mixes encodings — save it as UTF-8`,
		});
	}
	if (looksLikeGb18030(bytes)) {
		try {
			return {text: new TextDecoder('gb18030', {fatal: true}).decode(bytes), encoding: 'gb18030'};
		} catch {
			// Not GB18030 after all: every byte sequence is Windows-1252.
		}
	}
	return {text: decodeWindows1252(bytes), encoding: 'windows-1252'};
};

/** 0x80–0x9F in Windows-1252 (the rest is Latin-1); decoded here because Node's TextDecoder reads this label as Latin-1. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const decodeWindows1252 = (bytes: Uint8Array): string => {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const chunk = bytes.subarray(i, i + 8192);
		out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b)));
	}
	return out;
};

const decodeUtf8 = ({bytes, file, code, lineOffset}: {bytes: Uint8Array; file: string; code: UserErrorCode; lineOffset: number}): string => {
	const scan = scanUtf8(bytes);
	if (scan.firstInvalid !== -1) {
		const at = scan.firstInvalid;
		throw new UserError({
			code: code === 'TALK_BINARY' ? 'TALK_ENCODING' : code,
			file,
			line: lineOffset + lineAt(bytes, at),
			problem: `not valid UTF-8 though it starts with a UTF-8 byte-order mark: byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} after "${contextBefore(bytes, at)}"`,
		});
	}
	return new TextDecoder('utf-8').decode(bytes);
};

/** UTF-16 without a byte-order mark: most of the even (BE) or odd (LE) bytes of the start are zero, few of the others. */
const guessUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
	if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
	return null;
};

/** One pass over the bytes: the first byte that is not valid UTF-8 (-1: none), and how many bytes ≥ 0x80 are in valid sequences and how many not. */
const scanUtf8 = (bytes: Uint8Array): {firstInvalid: number; validHighBytes: number; invalidHighBytes: number} => {
	let validHighBytes = 0;
	let invalidHighBytes = 0;
	let firstInvalid = -1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need = 0;
		let min = 0;
		if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		}
		let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
		let ok = need > 0 && i + need < bytes.length;
		for (let k = 1; ok && k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
			else cp = (cp << 6) | (c & 0x3f);
		}
		if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
		if (!ok) {
			if (firstInvalid === -1) firstInvalid = i;
			invalidHighBytes++;
			i++;
			continue;
		}
		validHighBytes += need + 1;
		i += need + 1;
	}
	return {firstInvalid, validHighBytes, invalidHighBytes};
};

/**
 * Chinese in GB18030/GBK: high bytes come in pairs (lead 0x81–0xFE, trail 0x40–0xFE),
 * mostly in runs of several characters. Latin-1 text has its accented letters alone
 * between ASCII ones (`café`, `Müller`), so at least half the high bytes must be in runs
 * of four or more (two Chinese characters in a row).
 */
const looksLikeGb18030 = (bytes: Uint8Array): boolean => {
	let high = 0;
	let inRuns = 0;
	let run = 0;
	const close = () => {
		if (run >= 4) inRuns += run;
		run = 0;
	};
	for (const b of bytes) {
		if (b >= 0x80) {
			high++;
			run++;
		} else close();
	}
	close();
	return high > 0 && inRuns / high >= 0.5;
};

const lineAt = (bytes: Uint8Array, index: number): number => {
	let line = 1;
	for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
};

/** Up to 20 readable characters before `index`, for an error line. */
const contextBefore = (bytes: Uint8Array, index: number): string => {
	let from = index;
	while (from > 0 && index - from < 40 && bytes[from - 1] !== 0x0a) from--;
	const text = new TextDecoder('utf-8').decode(bytes.subarray(from, index));
	return [...text].slice(-20).join('');
};
