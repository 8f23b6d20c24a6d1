import {analyse} from 'chardet';
import {InternalError, UserError, type UserErrorCode} from '../errors';

/**
 * The legacy encodings a file that is not Unicode may be read in, by the name the
 * detector (`chardet`, ICU's detector) gives them: the WHATWG label `TextDecoder` reads
 * them by, and what they are for people. ISO-8859-1 is read as its superset Windows-1252,
 * as browsers do.
 */
const LEGACY_ENCODINGS = {
	GB18030: {label: 'gb18030', name: 'GB18030 (Simplified Chinese)'},
	Big5: {label: 'big5', name: 'Big5 (Traditional Chinese)'},
	Shift_JIS: {label: 'shift_jis', name: 'Shift_JIS (Japanese)'},
	'EUC-JP': {label: 'euc-jp', name: 'EUC-JP (Japanese)'},
	'EUC-KR': {label: 'euc-kr', name: 'EUC-KR (Korean)'},
	'ISO-8859-1': {label: 'windows-1252', name: 'Windows-1252 (Western European)'},
	'windows-1252': {label: 'windows-1252', name: 'Windows-1252 (Western European)'},
	'ISO-8859-2': {label: 'iso-8859-2', name: 'ISO-8859-2 (Central European)'},
	'windows-1250': {label: 'windows-1250', name: 'Windows-1250 (Central European)'},
	'ISO-8859-5': {label: 'iso-8859-5', name: 'ISO-8859-5 (Cyrillic)'},
	'windows-1251': {label: 'windows-1251', name: 'Windows-1251 (Cyrillic)'},
	'KOI8-R': {label: 'koi8-r', name: 'KOI8-R (Russian)'},
	'ISO-8859-6': {label: 'iso-8859-6', name: 'ISO-8859-6 (Arabic)'},
	'windows-1256': {label: 'windows-1256', name: 'Windows-1256 (Arabic)'},
	'ISO-8859-7': {label: 'iso-8859-7', name: 'ISO-8859-7 (Greek)'},
	'windows-1253': {label: 'windows-1253', name: 'Windows-1253 (Greek)'},
	'ISO-8859-8': {label: 'iso-8859-8', name: 'ISO-8859-8 (Hebrew)'},
	'windows-1255': {label: 'windows-1255', name: 'Windows-1255 (Hebrew)'},
	'ISO-8859-9': {label: 'windows-1254', name: 'Windows-1254 (Turkish)'},
	'windows-1254': {label: 'windows-1254', name: 'Windows-1254 (Turkish)'},
	'windows-1257': {label: 'windows-1257', name: 'Windows-1257 (Baltic)'},
	'windows-1258': {label: 'windows-1258', name: 'Windows-1258 (Vietnamese)'},
	'windows-874': {label: 'windows-874', name: 'Windows-874 (Thai)'},
} as const;

/** The legacy encodings of CJK text, two bytes a character: their pairs can be valid UTF-8 by chance. */
const DOUBLE_BYTE: ReadonlySet<string> = new Set(['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']);

type LegacyEncoding = (typeof LEGACY_ENCODINGS)[keyof typeof LEGACY_ENCODINGS]['label'];

/** The encodings a transcript's bytes are read in. */
export type TranscriptEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** The detector reads at most this many bytes of the lines that hold a byte ≥ 0x80: enough to tell the encoding, in bounded time. */
const DETECTION_SAMPLE_BYTES = 256 * 1024;

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
 *   encoding, the likeliest by ICU's detector (`chardet`) of those `LEGACY_ENCODINGS` that
 *   read every byte: GB18030 (GBK, GB2312), Big5, Shift_JIS, EUC-KR, Windows-1251…; none
 *   of them: Windows-1252 (Latin-1), where every byte is a character. `guessed` names it,
 *   for a warning: it is a guess;
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
}): {text: string; encoding: TranscriptEncoding; guessed?: string} => {
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
	// The lines with non-ASCII bytes: what the detector reads, and what UTF-8 is judged on.
	const sample = detectionSample(bytes);
	const legacy = decodeLegacy({bytes, sample});
	// Mostly UTF-8 with a few bad bytes is damaged UTF-8; a legacy encoding makes a valid UTF-8 sequence only by chance…
	const damaged =
		scan.validHighBytes > 0 &&
		(scan.invalidHighBytes <= 3 ||
			scan.validHighBytes >= 4 * scan.invalidHighBytes ||
			// A single-byte encoding makes a UTF-8 letter by chance (`Ã©`; in Cyrillic or Arabic, where every letter is a high byte, now and then): a quarter of the high bytes and more is UTF-8 pasted beside it.
			(!DOUBLE_BYTE.has(legacy.encoding) && scan.validHighBytes >= MIXED_UTF8_BYTES && scan.validHighBytes * MIXED_UTF8_RATIO >= scan.invalidHighBytes));
	// …unless the chance is all there is: a line of Chinese whose GB18030 pairs are two UTF-8 letters (谢谢 is лл) reads cleanly in GB18030 and not in UTF-8.
	// A single-byte reading of a UTF-8 letter is two characters that can look fine (`Ăź` is ü in ISO-8859-2): only a double-byte encoding may say so.
	const legacyReadsBetter =
		DOUBLE_BYTE.has(legacy.encoding) && legacy.odd <= ODD_SHARE_TOLERANCE && oddShare(new TextDecoder('utf-8').decode(sample)) - legacy.odd >= CLEARLY_BETTER;
	if (damaged && !legacyReadsBetter) {
		const at = scan.firstInvalid;
		throw new UserError({
			code: 'TALK_ENCODING',
			file,
			line: lineAt(bytes, at),
			problem: `not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} after "${contextBefore(bytes, at)}", though the rest of the file is UTF-8; the file is damaged or mixes encodings — save it as UTF-8`,
		});
	}
	return {text: legacy.text, encoding: legacy.encoding, guessed: legacy.guessed};
};

/** UTF-8 bytes in valid sequences (two letters' worth) that a file read in a single-byte encoding does not hold by chance. */
const MIXED_UTF8_BYTES = 4;
/** …and at least one for every this many bytes that are not UTF-8. */
const MIXED_UTF8_RATIO = 3;

/** A legacy reading of a file with some valid UTF-8 in it is taken when its odd share is lower than UTF-8's by this much. */
const CLEARLY_BETTER = 0.2;

/**
 * Bytes of a legacy encoding → their text. The detector ranks the encodings by how
 * their text would read (ICU's n-gram and character-frequency models); on a short
 * sample it can rank a wrong one first (ten bytes of Chinese read as Greek, `“hi”` as
 * Japanese), so each candidate that reads the sample is also judged by what it makes of
 * it: the share of its non-ASCII characters that are no letter, digit or punctuation of
 * running text (`£¬½`, control characters, private use). Of the candidates within
 * ODD_SHARE_TOLERANCE of the fewest, the detector's likeliest wins. Windows-1252 reads any
 * bytes, so it is always a candidate.
 */
const decodeLegacy = ({bytes, sample}: {bytes: Uint8Array; sample: Uint8Array}): {text: string; encoding: LegacyEncoding; guessed: string; odd: number} => {
	const table = Object.values(LEGACY_ENCODINGS);
	const detected = analyse(sample)
		.flatMap((m) => {
			const encoding = LEGACY_ENCODINGS[m.name as keyof typeof LEGACY_ENCODINGS];
			return encoding === undefined ? [] : [{encoding, confidence: m.confidence}];
		})
		// Equally likely (a short sample): the table's order, GB18030 first.
		.sort((a, b) => b.confidence - a.confidence || table.indexOf(a.encoding) - table.indexOf(b.encoding));
	// One candidate per label (ISO-8859-1 and Windows-1252 are one), Windows-1252 always among them.
	// The detector names an ISO code page when no byte is in 0x80–0x9F; its Windows twin reads more (Hebrew ״ and points, Greek Ά): right after it.
	const withTwins = detected.flatMap((d) => [
		d.encoding,
		...(WINDOWS_TWIN[d.encoding.label] === undefined ? [] : [WINDOWS_TWIN[d.encoding.label] as LegacyEntry]),
	]);
	const candidates = [...new Map([...withTwins, LEGACY_ENCODINGS['windows-1252']].map((e) => [e.label, e])).values()];
	const judged = candidates.flatMap((encoding) => {
		const reading = decodeAs({bytes: sample, label: encoding.label, stream: true});
		return reading === null ? [] : [{encoding, odd: oddShare(reading.text), unread: reading.unread}];
	});
	const fewest = Math.min(...judged.map((j) => j.odd));
	// Of the readings as plausible, one that reads every byte first (Windows-1255 reads the ״ that ISO-8859-8 cannot).
	const likeliest = judged.filter((j) => j.odd <= fewest + ODD_SHARE_TOLERANCE).sort((a, b) => a.unread - b.unread);
	const order = [...likeliest, ...judged.filter((j) => j.odd > fewest + ODD_SHARE_TOLERANCE)];
	for (const {encoding, odd} of order) {
		// The sample decides; the whole file must read too (a byte past the sample may not), but a character cut off at the end, or a stray byte, does not make another encoding likelier: the few bytes it cannot read are U+FFFD.
		const reading = decodeAs({bytes, label: encoding.label, stream: false});
		if (reading === null) continue;
		const guessed = reading.unread === 0 ? encoding.name : `${encoding.name}, ${reading.unread} byte${reading.unread === 1 ? '' : 's'} of it unreadable`;
		return {text: reading.text, encoding: encoding.label, guessed, odd};
	}
	throw new InternalError({code: 'READ', problem: 'Windows-1252 reads any bytes, and it is always a candidate'});
};

type LegacyEntry = (typeof LEGACY_ENCODINGS)[keyof typeof LEGACY_ENCODINGS];

/** The Windows code page that reads an ISO one's text and more. */
const WINDOWS_TWIN: Partial<Record<string, LegacyEntry>> = {
	'iso-8859-8': LEGACY_ENCODINGS['windows-1255'],
	'iso-8859-7': LEGACY_ENCODINGS['windows-1253'],
	'iso-8859-6': LEGACY_ENCODINGS['windows-1256'],
	'iso-8859-5': LEGACY_ENCODINGS['windows-1251'],
	'iso-8859-2': LEGACY_ENCODINGS['windows-1250'],
};

/** Two candidates whose odd shares differ by at most this are as plausible: the detector's rank decides. */
const ODD_SHARE_TOLERANCE = 0.02;

/** A text read in a legacy encoding, and how many of its bytes it could not read (each a U+FFFD). */
type Reading = {text: string; unread: number};

/**
 * `bytes` read in `label` (with `stream`, a sequence cut at the end is not an error), up
 * to MAX_UNREAD_BYTES of them unread; null when more are not of it.
 */
const decodeAs = ({bytes, label, stream}: {bytes: Uint8Array; label: LegacyEncoding; stream: boolean}): Reading | null => {
	if (label === 'windows-1252') return {text: decodeWindows1252(bytes), unread: 0};
	try {
		return {text: new TextDecoder(label, {fatal: true}).decode(bytes, {stream}), unread: 0};
	} catch {
		const text = new TextDecoder(label).decode(bytes, {stream});
		const unread = text.split('\uFFFD').length - 1;
		let high = 0;
		for (const c of text) if (c >= '\u0080') high++;
		return unread <= MAX_UNREAD_BYTES + Math.floor(bytes.length / 100_000) && unread <= MAX_UNREAD_SHARE * high ? {text, unread} : null;
	}
};

/** A legacy reading may leave this many bytes unread (and one more per 100 000): a character cut off at the end, a stray byte… */
const MAX_UNREAD_BYTES = 3;
/** …and at most this share of its non-ASCII characters: in a few bytes (`“hi”`), one unread is no reading at all. */
const MAX_UNREAD_SHARE = 0.05;

/** A character of running text: a letter, mark or digit, a space, or punctuation (general, CJK, full-width) and the few signs prose uses. */
const TEXT_CHARACTER = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{Zs}\u2010-\u205E\u3000-\u303F\uFF01-\uFF65«»¿¡·°€£§]/u;

/** Accented Latin letters this many in a row are not a European word (`café`, `Müller`, Czech `ledňáček` has three) but another script misread: `ÄãºÃ` is 你好. */
const LATIN_RUN = 4;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The share of the non-ASCII characters of `text` that are odd for running text: not a
 * TEXT_CHARACTER, a capital right after a small letter (`ÌÆ` of 唐, `CafĂŠ`), or in a run
 * of LATIN_RUN or more non-ASCII Latin characters.
 */
const oddShare = (text: string): number => {
	const chars = [...text];
	let high = 0;
	let odd = 0;
	let run = 0;
	chars.forEach((c, i) => {
		if (c < '\u0080') {
			run = 0;
			return;
		}
		high++;
		if (!TEXT_CHARACTER.test(c) || (UPPER.test(c) && LOWER.test(chars[i - 1] ?? ''))) odd++;
		else if (c <= '\u024F' || (c >= '\u1E00' && c <= '\u1EFF')) {
			run++;
			// The run's first characters count once it is long enough; the rest as they come.
			if (run === LATIN_RUN) odd += LATIN_RUN;
			else if (run > LATIN_RUN) odd++;
			return;
		}
		run = 0;
	});
	return high === 0 ? 0 : Math.min(1, odd / high);
};

/** The lines that hold a byte ≥ 0x80, up to DETECTION_SAMPLE_BYTES: what tells one encoding from another, without the timings and numbers of a subtitle file. */
const detectionSample = (bytes: Uint8Array): Uint8Array => {
	const sample = new Uint8Array(Math.min(bytes.length, DETECTION_SAMPLE_BYTES));
	let size = 0;
	let start = 0;
	let high = false;
	for (let i = 0; i <= bytes.length && size < sample.length; i++) {
		const b = i < bytes.length ? (bytes[i] ?? 0) : 0x0a;
		if (b >= 0x80) high = true;
		if (b !== 0x0a) continue;
		if (high) {
			const line = bytes.subarray(start, Math.min(i + 1, start + sample.length - size));
			sample.set(line, size);
			size += line.length;
		}
		start = i + 1;
		high = false;
	}
	return sample.subarray(0, size);
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
