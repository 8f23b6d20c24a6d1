import {UserError, type UserErrorCode} from '../errors';

/**
 * What talkreel reads, at most, and the one check of each. Beyond these a file is refused
 * with one line (exit 2): a 3-hour podcast is about 200 KB of text and 3 000 turns, a
 * 3-hour Whisper JSON with word times about 10 MB.
 */

/** Bytes of a transcript file. */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;
/** Bytes of an edits file (and of a chapters file). */
export const MAX_EDITS_BYTES = 1024 * 1024;
/** Characters of one line of a line-based transcript (markdown and text exports); JSON may be one line. */
export const MAX_LINE_CHARS = 100_000;
/** Lines of YAML front matter: site metadata is tens of lines; past this the block is not metadata. */
export const MAX_FRONT_MATTER_LINES = 2000;
/** Turns of a talk (speech and reactions). */
export const MAX_TURNS = 20_000;
/**
 * Cues of a one-cue-a-line transcript (LRC, Whisper's TSV, `[start - end] text` lines,
 * MicroDVD, YouTube's transcript panel), checked as they are read, before they are
 * grouped into turns: a ten-hour video of three-second captions is 12 000. A 32 MB LRC
 * file of 1.9 million lines took 82 s and 3.3 GB before it was refused or read.
 */
const MAX_CUES = 100_000;
/** Characters of a speaker's name: longer is bold text or a broken label, not a name. */
export const MAX_SPEAKER_NAME_CHARS = 60;
/**
 * Characters of a title (the talk's, its subtitle, event and date, a section's): a title
 * card shows a line or two, and laying out a title of 80 000 characters took a minute.
 */
export const MAX_TITLE_CHARS = 300;

/** `title` as a card can show it: beyond MAX_TITLE_CHARS, cut at a space near the limit (or at the limit, never inside a character) and ended with `…`. */
export const shortenTitle = (title: string): string => {
	if (title.length <= MAX_TITLE_CHARS) return title;
	let cut = MAX_TITLE_CHARS - 1;
	const space = title.lastIndexOf(' ', cut);
	if (space > MAX_TITLE_CHARS - 40) cut = space;
	else if (/[\uDC00-\uDFFF]/.test(title[cut] ?? '')) cut -= 1;
	return `${title.slice(0, cut).trimEnd()}…`;
};

/** Times past this are not a recording's (a typo in a timestamp, or hostile input): 1 000 hours. */
const MAX_TIME_MS = 1000 * 3600 * 1000;

/** A file's size against its limit (`kind`: what the file is, for the message). */
export const checkFileSize = ({file, kind, size, maxBytes}: {file: string; kind: string; size: number; maxBytes: number}): void => {
	if (size <= maxBytes) return;
	throw new UserError({
		code: 'TALK_LIMIT',
		file,
		problem: `the ${kind} file is ${formatBytes(size)}; talkreel reads ${kind} files of at most ${formatBytes(maxBytes)}`,
	});
};

const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`);

/**
 * A talk's turns (`count` so far) against MAX_TURNS: checked as a transcript's turns are
 * read (`line`: where the count went over), as cues become turns, and on every talk.
 */
export const checkTurnCount = ({count, file, line}: {count: number; file: string; line?: number}): void => {
	if (count <= MAX_TURNS) return;
	const problem = `the talk has more than ${MAX_TURNS} turns; talkreel reads at most ${MAX_TURNS}`;
	throw new UserError(line === undefined ? {code: 'TALK_LIMIT', file, problem} : {code: 'TALK_LIMIT', file, line, problem});
};

/** A transcript's cues (`count` so far) against MAX_CUES (`line`: where the count went over). */
export const checkCueCount = ({count, file, line}: {count: number; file: string; line: number}): void => {
	if (count <= MAX_CUES) return;
	throw new UserError({code: 'TALK_LIMIT', file, line, problem: `the transcript has more than ${MAX_CUES} cues; talkreel reads at most ${MAX_CUES}`});
};

/** A speaker's name, whatever gave it (a transcript of any format, a Talk JSON, the edits file): not empty, and at most MAX_SPEAKER_NAME_CHARS, said in a short line. */
export const checkSpeakerName = ({name, file, line, code = 'TALK_PARSE'}: {name: string; file: string; line?: number; code?: UserErrorCode}): void => {
	const fail = (problem: string): never => {
		throw new UserError(line === undefined ? {code, file, problem} : {code, file, line, problem});
	};
	if (name.trim() === '') fail('a speaker label has no name');
	if (name.length > MAX_SPEAKER_NAME_CHARS) {
		fail(
			`speaker name "${name.slice(0, 40)}…" is ${name.length} characters long; a name is at most ${MAX_SPEAKER_NAME_CHARS} (is this bold text rather than a speaker?)`,
		);
	}
};

/** A time from a source against 0 … MAX_TIME_MS: `what` says whose (`the cue at line 12`). */
export const checkTime = ({ms, file, line, what}: {ms: number; file: string; line?: number; what: string}): void => {
	if (Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIME_MS) return;
	const problem = `${what} has a time out of range (${ms} ms)`;
	throw new UserError(line === undefined ? {code: 'TALK_PARSE', file, problem} : {code: 'TALK_PARSE', file, line, problem});
};
