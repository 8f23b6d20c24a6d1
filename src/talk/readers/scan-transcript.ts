import {UserError} from '../../errors';
import {foldToSimplified} from '../../text/fold-to-simplified';
import {joinWrappedLines} from '../../text/join-wrapped-lines';
import {segmenterFor} from '../../text/segmenter-for';
import {stripInlineMarkup, takeTimeMarkers, unescapeMarkdown} from '../clean-inline-text';
import {METADATA_KEYS, type MetadataField} from '../metadata-keys';
import {isNonSpeechLabel} from '../non-speech';
import {TIMESTAMP_SOURCE, parseTimeRange} from '../parse-timestamp';
import {type Chapter, readChapterLine} from '../read-chapters';
import {trailingCreditsFrom} from './trailing-credits';
import type {Heading, RawMetadata, RawTranscript, RawTurn} from '../raw-transcript';
import {stripControls} from '../strip-controls';
import {checkTurnCount, MAX_LINE_CHARS} from '../talk-limits';
import {type FrontMatter, findFrontMatter, readFrontMatter} from './read-front-matter';

/**
 * The line scanner every line-based transcript reader shares. A reader says only how a
 * line opens a turn (`readHeader`); the scanner does the rest the same way for all:
 * YAML front matter, `# Title`, headings and chapter lines as sections, a chapter list
 * before the transcript, code fences (whose lines are never turns), `key: value`
 * metadata before the first turn, paragraphs, and non-speech labels (`**Break**`,
 * `**Music**`), which end the turn before them and open none. Linear in the text.
 */

/** How a line opens a turn. */
export type TurnHeader = {
	/** Speaker labels as written; empty when the format names no speaker (`00:00:08 text`). */
	names: string[];
	startMs?: number;
	/** The text after the marker on the same line ('' when the turn's text starts on the next line). */
	rest: string;
};

/** A bold marker that opens but never closes (`**Bob: hi`): a speaker's name, or bold text that goes on? The scanner decides. */
export type UnclosedMarker = {unclosed: string};

/** A line holding only a time that no one speaks at (Google Meet's `00:05:00` every five minutes): the next turn starts at it. */
type TimeMark = {markMs: number};

export type HeaderReader = (input: {line: string; lineNumber: number; file: string}) => TurnHeader | UnclosedMarker | TimeMark | null;

/** A turn as the scanner collects it: its labels, lines by paragraph, and what precedes it. */
type ScanTurn = {
	names: string[];
	line: number;
	startMs?: number;
	afterBreakMs?: number;
	heading?: Heading;
	paragraphs: string[][];
};

export type ScanOptions = {
	text: string;
	file: string;
	/** The format's name, for messages. */
	format: string;
	readHeader: HeaderReader;
	/**
	 * A header naming the same speakers as the turn before: `turn` opens a new turn (each
	 * timed line is its own), `paragraph` continues the turn in a new paragraph, `join`
	 * continues the paragraph before it, past an empty line between them (segments cut
	 * mid-sentence: bracketed speakers, Google Meet, Zoom's captions).
	 */
	sameSpeaker: 'turn' | 'paragraph' | 'join';
	/** Lines the exporting tool adds that are no one's words (Otter's `Transcribed by https://otter.ai`). */
	isToolLine?: (line: string, lineNumber: number) => boolean;
	/** Markdown: a line opening on `>` is a blockquote, a passage read out; its markers are no words (Changelog News reads articles so). */
	blockquotes?: boolean;
};

/** The lines of a text, each at most MAX_LINE_CHARS long (else `TALK_LIMIT` naming the line). */
export const splitLines = ({text, file}: {text: string; file: string}): string[] => {
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const n = lines[i]?.length ?? 0;
		if (n > MAX_LINE_CHARS) {
			throw new UserError({
				code: 'TALK_LIMIT',
				file,
				line: i + 1,
				problem: `line ${i + 1} is ${n} characters long; talkreel reads lines of at most ${MAX_LINE_CHARS} (is this really a transcript?)`,
			});
		}
	}
	return lines;
};

/** The body lines of a text: after its front matter, if any; `offset` is the index of the first body line. */
export const bodyOf = (lines: readonly string[]): {offset: number} => {
	const fm = findFrontMatter(lines);
	return {offset: fm === null ? 0 : fm.end + 1};
};

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
/** A code fence's opening or closing line. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_TIME = new RegExp(
	String.raw`^(?:\[|\()?(${TIMESTAMP_SOURCE}(?: ?[-–—~～] ?${TIMESTAMP_SOURCE})?)(?:\]|\))?\s{0,4}[-–—:|·]?\s{0,4}|[(（[](${TIMESTAMP_SOURCE}(?: ?[-–—~～] ?${TIMESTAMP_SOURCE})?)[)）\]]$`,
);

/** `## Title ##` → {level 2, text "Title"}; the text without markup, and its time when it names one. */
const readHeading = (line: string): {level: number; text: string; startMs?: number; endMs?: number} | null => {
	const m = HEADING.exec(line);
	if (!m) return null;
	const level = m[1]?.length ?? 1;
	let body = line.slice(m[0].length);
	// Closing hashes (`## Title ##`), without a regular expression that could backtrack.
	let end = body.length;
	while (end > 0 && body[end - 1] === ' ') end--;
	let hashes = end;
	while (hashes > 0 && body[hashes - 1] === '#') hashes--;
	if (hashes < end && (hashes === 0 || body[hashes - 1] === ' ')) end = hashes;
	body = body.slice(0, end);
	let text = stripInlineMarkup(unescapeMarkdown(body)).replace(/\s+/g, ' ').trim();
	const time = HEADING_TIME.exec(text);
	let range: {startMs: number; endMs?: number} | null = null;
	if (time) {
		range = parseTimeRange(time[1] ?? time[2] ?? '');
		if (range !== null) text = (text.slice(0, time.index) + text.slice(time.index + time[0].length)).trim();
	}
	return range === null ? {level, text} : {level, text, ...range};
};

/**
 * The speaker a heading names, as the audreyt/transcript archive writes a turn's label
 * (`### 唐鳳：`, `### Keith Menconi:`, the text on the lines after): a heading of at most
 * MAX_HEADING_NAME characters ending on a colon, with no other colon or sentence mark in it.
 */
const MAX_HEADING_NAME = 40;
const headingSpeaker = (h: {text: string} | null): string | null => {
	if (h === null) return null;
	const text = h.text;
	if (text.length < 2 || text.length > MAX_HEADING_NAME + 1) return null;
	const last = text[text.length - 1];
	if (last !== ':' && last !== '：') return null;
	const name = text.slice(0, -1).trim();
	// An initial or a title keeps its full stop (`Paul B. Preciado:`, `Dr. Todd Lowary:`, `William H. Clark Jr.:`); any other is a sentence's.
	return name === '' || /[:：。.!?！？]/.test(withoutAbbreviations(name)) ? null : name;
};
/** An initial (`B.`) or a short title (`Dr.`, `Jr.`) with its full stop, before a space or the end. */
const ABBREVIATION = /(?<!\p{L})(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Jr|Sr|St|Prof|Rev|Hon|Gen|Col|Sen|Rep|Gov|Amb)\.(?=\s|$)/gu;
/** A name without the full stops of its initials and titles (`Susan M. Elliott` → `Susan M Elliott`), for the rules that take a full stop for a sentence's. */
export const withoutAbbreviations = (name: string): string => name.replace(ABBREVIATION, (m) => m.slice(0, -1));

const readMetadataLine = (line: string): {field: MetadataField; value: string} | null => {
	const m = /^([^:：]{1,24})[:：]\s?(.{1,2000})$/.exec(line);
	if (!m) return null;
	const field = METADATA_KEYS.get((m[1] ?? '').trim().toLowerCase());
	const value = (m[2] ?? '').trim();
	return field && value !== '' ? {field, value} : null;
};

/**
 * A transcript whose text labels no turn, under front matter listing one speaker (a
 * lecture: btctranscripts' `speakers: [Tim Ruffing]`): that speaker says all of it, one
 * turn per section; text before the first heading is show notes (links, `Location: …`).
 */
export const scanTranscript = (options: ScanOptions): RawTranscript => {
	const lines = splitLines({text: options.text, file: options.file});
	const fm = findFrontMatter(lines);
	const frontMatter = fm === null ? null : readFrontMatter({lines, end: fm.end, file: options.file});
	const scanned = scanLines({...options, lines, fm, frontMatter});
	if (!('refused' in scanned)) return scanned;
	const sole = frontMatter?.speakers.length === 1 ? frontMatter.speakers[0]?.name : undefined;
	const again = sole === undefined ? scanned : scanLines({...options, lines, fm, frontMatter, soleSpeaker: sole});
	if ('refused' in again) throw again.refused;
	return again;
};

const scanLines = ({
	file,
	format,
	readHeader,
	sameSpeaker,
	isToolLine,
	blockquotes,
	lines,
	fm,
	frontMatter,
	soleSpeaker,
}: ScanOptions & {lines: string[]; fm: {end: number} | null; frontMatter: FrontMatter | null; soleSpeaker?: string}): RawTranscript | {refused: UserError} => {
	const hasSections = soleSpeaker !== undefined && lines.some((l) => (readHeading(l)?.level ?? 1) >= 2);
	// Headings that name a speaker (`### 唐鳳：`, `### Keith Menconi:`), when the transcript has at least two: turns, not sections.
	const labelsByHeading = lines.filter((l) => headingSpeaker(readHeading(l)) !== null).length >= 2;
	let sectionSeen = false;
	const titledByFrontMatter = frontMatter?.title !== undefined;
	let title: string | null = null;
	const meta = new Map<MetadataField, string>();
	const turns: ScanTurn[] = [];
	let heading: Heading | null = null;
	const chapters: Chapter[] = [...(frontMatter?.chapters ?? [])];
	const breaksMs: number[] = [];
	let turn: ScanTurn | null = null;
	let paragraph: string[] | null = null;
	let turnCount = 0;
	let fence: string | null = null;
	let firstTextLine: number | null = null;
	let previousWasChapter = false;
	let pendingBreakMs: number | undefined;
	let chapterRun = 0;
	/**
	 * Text in the body that no speaker says (under a heading before its first label, after a
	 * break marker): left out, and the user told when a turn comes after it. Show notes under
	 * a heading that names them (`## Show notes`, `## Links`) and whatever follows the last
	 * turn (its links, its credits) are no one's speech and no surprise.
	 */
	const unsaid: Unsaid = {first: null, lines: 0};
	let pending: Unsaid = {first: null, lines: 0};
	const footerFrom = trailingCreditsFrom(lines);

	const openSection = (h: Heading) => {
		heading = h;
		turn = null;
		paragraph = null;
	};
	const addText = (l: string) => {
		if (turn === null) return;
		if (paragraph === null) {
			paragraph = [];
			turn.paragraphs.push(paragraph);
		}
		paragraph.push(l);
	};

	for (let i = fm === null ? 0 : fm.end + 1; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const lineNumber = i + 1;

		// Code fences: their lines are text of the turn, never markers or headings.
		const fenceMark = FENCE.exec(line);
		if (fence !== null) {
			if (fenceMark && (fenceMark[1] ?? '').startsWith(fence)) {
				fence = null;
				paragraph = null;
			} else if (line.trim() !== '') addText(line.trim());
			continue;
		}
		if (fenceMark) {
			fence = (fenceMark[1] ?? '```').slice(0, 3);
			paragraph = null;
			continue;
		}

		if (line.trim() === '' || isToolLine?.(line, lineNumber) === true || (i >= footerFrom && turn !== null && (turn as ScanTurn).paragraphs.length > 0)) {
			paragraph = null;
			continue;
		}
		const afterChapter = previousWasChapter;
		previousWasChapter = false;

		const h = readHeading(line);
		const labelled = labelsByHeading ? headingSpeaker(h) : null;
		if (h !== null && labelled === null) {
			if (h.text === '') continue; // `# #`, `##`: nothing to title
			if (h.level === 1 && !titledByFrontMatter) {
				if (title === null && turnCount === 0) {
					title = h.text;
					continue;
				}
				if (turnCount > 0) break; // the talk is over: what follows is the publisher's
				continue; // an editorial heading such as `# 文本整理` that opens the body
			}
			sectionSeen = true;
			openSection({
				title: h.text,
				line: lineNumber,
				...(h.startMs === undefined ? {} : {startMs: h.startMs}),
				...(h.endMs === undefined ? {} : {endMs: h.endMs}),
			});
			continue;
		}

		const header = labelled === null ? readHeader({line, lineNumber, file}) : {names: [labelled], rest: ''};
		if (header === null && turnCount === 0 && turn === null) {
			const entry = readMetadataLine(line);
			if (entry) {
				if (!meta.has(entry.field)) meta.set(entry.field, entry.value);
				continue;
			}
		}
		if (header !== null && 'markMs' in header) {
			// The turns after it are from this time on: the next starts at it, a new turn even if its speaker spoke last.
			pendingBreakMs = header.markMs;
			turn = null;
			paragraph = null;
			continue;
		}
		if (header !== null && 'unclosed' in header) {
			// `**Bob: …` with no closing `**`: bold text that closes later in the paragraph, or a broken marker.
			let closes = false;
			for (let j = i + 1; j < lines.length && (lines[j] ?? '').trim() !== ''; j++) {
				if ((lines[j] ?? '').includes('**')) {
					closes = true;
					break;
				}
			}
			if (!closes) {
				throw new UserError({
					code: 'TALK_PARSE',
					file,
					line: lineNumber,
					problem: `speaker marker "**${header.unclosed.slice(0, 40)}:" is not closed; write "**${header.unclosed.slice(0, 40)}:**"`,
				});
			}
			addText(line);
			continue;
		}
		if (header !== null) {
			if (header.names.length > 0 && header.names.every(isNonSpeechLabel)) {
				// A break, a music cue: it ends the turn before it and opens none.
				const at = header.startMs ?? takeTimeMarkers(unescapeMarkdown(header.rest)).leadingMs;
				if (at !== null && at !== undefined) {
					breaksMs.push(at);
					pendingBreakMs = at;
				}
				turn = null;
				paragraph = null;
				continue;
			}
			const previous = turn as ScanTurn | null;
			const same = previous !== null && sameNames(previous.names, header.names);
			if (same && sameSpeaker !== 'turn' && previous !== null) {
				if (sameSpeaker === 'paragraph') paragraph = null;
				// A segment cut mid-sentence goes on the paragraph before it, even past the empty line between them (Zoom's captions).
				else paragraph = previous.paragraphs.at(-1) ?? null;
				if (header.rest !== '') addText(header.rest);
				continue;
			}
			if (turnCount === 0 && afterChapter && chapterRun === 1) {
				// `3. **从编译器谈起 (12:05 - 19:40)**` right before the first turn titles its section.
				openSection(chapters.pop() as Chapter);
			}
			const opened: ScanTurn = {names: header.names, line: lineNumber, paragraphs: []};
			if (header.startMs !== undefined) opened.startMs = header.startMs;
			if (pendingBreakMs !== undefined) opened.afterBreakMs = pendingBreakMs;
			if (heading !== null) opened.heading = heading;
			pendingBreakMs = undefined;
			heading = null;
			turns.push(opened);
			turn = opened;
			if (unsaid.first === null) unsaid.first = pending.first;
			unsaid.lines += pending.lines;
			pending = {first: null, lines: 0};
			// Each turn as written is a turn of the talk: refused as soon as there are too many, before they are all read.
			checkTurnCount({count: ++turnCount, file, line: lineNumber});
			paragraph = null;
			if (header.rest !== '') addText(header.rest);
			continue;
		}

		const chapter = readChapterLine(line);
		if (chapter !== null && (chapter.strength === 'strong' || turnCount === 0)) {
			if (turnCount === 0) {
				// Show notes before the transcript: a chapter list (a lone chapter line right before the first turn opens a section).
				chapters.push({title: chapter.title, startMs: chapter.startMs, ...(chapter.endMs === undefined ? {} : {endMs: chapter.endMs}), line: lineNumber});
				chapterRun = afterChapter ? chapterRun + 1 : 1;
				previousWasChapter = true;
			} else {
				openSection({title: chapter.title, line: lineNumber, startMs: chapter.startMs, ...(chapter.endMs === undefined ? {} : {endMs: chapter.endMs})});
			}
			continue;
		}

		if (turn === null && soleSpeaker !== undefined && (sectionSeen || !hasSections)) {
			const opened: ScanTurn = {names: [soleSpeaker], line: lineNumber, paragraphs: []};
			if (heading !== null) opened.heading = heading;
			heading = null;
			turns.push(opened);
			turn = opened;
			checkTurnCount({count: ++turnCount, file, line: lineNumber});
		}
		if (turn === null) {
			if (firstTextLine === null && turnCount === 0) firstTextLine = lineNumber;
			// Before the first heading and the first turn: the editor's introduction or show notes, left out without a word.
			const notes = NOTES_HEADING.test(foldToSimplified((heading as Heading | null)?.title ?? ''));
			if ((turnCount > 0 || sectionSeen) && !notes) {
				pending.first ??= {line: lineNumber, text: line.trim()};
				pending.lines++;
			}
			continue; // the editor's introduction, show notes, or text after a break marker
		}
		addText(line);
	}

	if (turns.length === 0) return {refused: noTurns({file, chapters, firstTextLine, lineCount: lines.length})};
	const warnings = [
		...(frontMatter?.warnings ?? []),
		...(unsaid.first === null ? [] : [unsaidWarning({file, unsaid: {first: unsaid.first, lines: unsaid.lines}})]),
	];
	return {
		format,
		units: 'turns',
		turns: turns.map((t) => toRawTurn(t, {blockquotes: blockquotes === true})),
		chapters,
		breaksMs,
		listedSpeakers: frontMatter?.speakers ?? [],
		...(warnings.length > 0 ? {warnings} : {}),
		...hostOf(meta),
		metadata: metadataOf({frontMatter, meta, title}),
	};
};

/** Lines of text no speaker says: the first of them (where it is, what it says) and how many. */
type Unsaid = {first: {line: number; text: string} | null; lines: number};

/** A heading over show notes, not speech: `## Show notes`, `## Links`, `## Resources`, `## 本期节目`… Matched on the Simplified fold (本期節目, 連結 too). */
const NOTES_HEADING =
	/^(?:show ?notes|(?:episode |show )?(?:notes|links|resources|references|description|summary|sponsors?|credits|chapters|timestamps|about(?: the (?:show|guests?|episode))?)|transcript|本期(?:节目|内容)?|节目简介|简介|链接|连结|参考|时间轴)\s*[:：]?$/i;

/**
 * The warning for lines of text no speaker label opens (a paragraph under a heading
 * before its first label, text after a break marker): where the first of them is and how
 * many lines there are, so a user whose speech was left out sees it and can label it; the
 * excerpt is cut between graphemes, not inside an emoji or under its accents.
 */
const unsaidWarning = ({file, unsaid}: {file: string; unsaid: {first: {line: number; text: string}; lines: number}}): string => {
	const graphemes = [...segmenterFor({locale: 'en', granularity: 'grapheme'}).segment(unsaid.first.text.slice(0, 400))].map((g) => g.segment);
	const excerpt = graphemes.length > 40 ? `${graphemes.slice(0, 40).join('')}…` : graphemes.join('');
	const lines = unsaid.lines === 1 ? 'a line' : `${unsaid.lines} lines`;
	return `${file}:${unsaid.first.line}: ${lines} of text with no speaker label before ${unsaid.lines === 1 ? 'it' : 'them'} left out ("${excerpt}"); write "Name: …" before text that is speech`;
};

/** A line that ends a sentence: its end mark, then closing quotes or emphasis marks. */
const SENTENCE_ENDED = /[.!?。！？…]["'”’)*_]*\s*$/u;

/** A markdown list item's marker opening a line: `- `, `* `, `+ `, `• ` (group 1), `1. `, `2) ` (group 2 the number). */
const LIST_MARKER = /^ {0,3}(?:([-*+•])|(\d{1,3})[.)])[ \t]+(?=\S)/;

/**
 * A markdown turn's paragraphs (their lines), each list item its own paragraph without its
 * marker (a list read out: `…to only include:` / `1. Local publishing…` / `2. Granular
 * tokens…` is three paragraphs, `Local publishing…` and `Granular tokens…` two of them):
 * joined, the items ran together as one sentence ("…non-fixes 3. No evil merges 4.").
 * Only a list: numbers 1, 2, 3… in turn, or two lines or more on one bullet, opening a
 * paragraph or after a line that introduces them (`…such as:`), in one paragraph or with
 * blank lines between the items; a line that opens on a number said (`99. 99 reasons.`, a
 * wrapped `23. If you're listening…`, a countdown) or on a dash keeps it. In one pass.
 */
const listItems = (paragraphs: readonly (readonly string[])[]): string[][] => {
	const lines = paragraphs.flat();
	const opens = new Set<number>();
	paragraphs.reduce((at, p) => {
		opens.add(at);
		return at + p.length;
	}, 0);
	const markers = lines.map((line) => LIST_MARKER.exec(line));
	const bulletCounts = new Map<string, number>();
	for (const m of markers) if (m?.[1] !== undefined) bulletCounts.set(m[1], (bulletCounts.get(m[1]) ?? 0) + 1);
	// A list opens a paragraph or follows a line that introduces it (`…such as:`).
	const introduced = (i: number) => opens.has(i) || /[:：]\s*$/.test(lines[i - 1] ?? '');
	// Whether a `2.` comes later in the turn, for each line: one pass from the end.
	const twoLater: boolean[] = new Array(lines.length).fill(false);
	for (let i = lines.length - 2; i >= 0; i--) twoLater[i] = twoLater[i + 1] === true || markers[i + 1]?.[2] === '2';
	const items = new Set<number>();
	let next = 0;
	let bulletOpen = false;
	markers.forEach((m, i) => {
		// A paragraph that opens on speech ends the list: its wrapped lines (`The answer was 5` / `- 3, which is 2`) are speech.
		if (opens.has(i) && m === null) {
			next = 0;
			bulletOpen = false;
		}
		if (m === null) return;
		if (m[2] !== undefined) {
			// Numbers 1, 2, 3… in turn, the first introduced: `3. Rust / 2. Go / 1. TypeScript` and a wrapped `10. Nobody…` are speech.
			const n = Number(m[2]);
			if (n === 1 && introduced(i) && twoLater[i] === true) next = 1;
			if (next > 0 && n === next) {
				items.add(i);
				next++;
			}
			return;
		}
		// Bullets open a list after a line that introduces them, or after a sentence when the next line has the same bullet (`> Work in progress has zero value. Ship!` / `> - Before a task is shipped…` / `> - Any work…`).
		const listAfterSentence = SENTENCE_ENDED.test(lines[i - 1] ?? '') && markers[i + 1]?.[1] === m[1];
		if ((bulletCounts.get(m[1] ?? '') ?? 0) >= 2 && (bulletOpen || introduced(i) || listAfterSentence)) {
			items.add(i);
			bulletOpen = true;
		}
	});
	const out: string[][] = [];
	lines.forEach((line, i) => {
		const marker = markers[i];
		if (items.has(i) && marker) out.push([line.slice(marker[0].length)]);
		else if (opens.has(i)) out.push([line]);
		else out[out.length - 1]?.push(line);
	});
	return out;
};

/** A blockquote's markers opening a markdown line, nested or not (`> `, `> > `). */
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;

/** A scanned turn's text, as the assembler takes it: lines joined (no space between CJK characters), blockquote markers (when `blockquotes`), markdown escapes, links, emphasis, tags and entities out, time markers out (one opening the turn gives it its time), paragraphs by `\n`. */
const toRawTurn = (t: ScanTurn, {blockquotes}: {blockquotes: boolean}): RawTurn => {
	const paragraphs = t.paragraphs
		.map((p) => p.map((line) => stripControls(blockquotes ? line.replace(BLOCKQUOTE, '') : line)).filter((line) => line.trim() !== ''))
		.filter((p) => p.length > 0);
	const joined = (blockquotes ? listItems(paragraphs) : paragraphs)
		.map((item) => joinWrappedLines({lines: item}))
		.filter((p) => p !== '')
		.join('\n');
	const {text, leadingMs} = takeTimeMarkers(unescapeMarkdown(joined));
	const startMs = t.startMs ?? leadingMs ?? undefined;
	return {
		labels: t.names,
		text: stripInlineMarkup(text),
		line: t.line,
		...(startMs === undefined ? {} : {startMs}),
		...(t.afterBreakMs === undefined ? {} : {afterBreakMs: t.afterBreakMs}),
		...(t.heading === undefined ? {} : {heading: t.heading}),
	};
};

/** `Host: Ana` before the turns names the host. */
const hostOf = (meta: ReadonlyMap<MetadataField, string>): {hostLabel?: string} => {
	const host = meta.get('host')?.replace(/\*\*/g, '').trim();
	return host ? {hostLabel: host} : {};
};

/** The front matter's fields, else the `key: value` lines'; the title from the front matter, else the first `# ` heading (or whatever else the reader found). */
export const metadataOf = ({
	frontMatter: fm,
	meta,
	title,
}: {
	frontMatter: FrontMatter | null;
	meta: ReadonlyMap<MetadataField, string>;
	title: string | null;
}): RawMetadata => {
	const metadata: RawMetadata = {
		source: {
			...definedOr('author', fm?.source.author, meta.get('author')),
			...definedOr('outlet', fm?.source.outlet, meta.get('outlet')),
			...definedOr('url', fm?.source.url, meta.get('url')),
			...definedOr('publishedAt', undefined, meta.get('publishedAt')),
			...definedOr('place', undefined, meta.get('place')),
		},
		...definedOr('title', fm?.title, title ?? undefined),
		...definedOr('subtitle', fm?.subtitle, meta.get('subtitle')),
		...definedOr('event', fm?.event, meta.get('event')),
		...definedOr('date', fm?.date, meta.get('date')),
		...definedOr('language', fm?.language, meta.get('language')),
		...definedOr('episode', fm?.episode, undefined),
		...definedOr('media', fm?.media, undefined),
		...definedOr('cover', fm?.cover, undefined),
	};
	if (fm?.tags !== undefined && fm.tags.length > 0) metadata.tags = fm.tags;
	if (fm?.durationMs !== undefined) metadata.durationMs = fm.durationMs;
	return metadata;
};

/** `{key: first}` (or the fallback) when one of them is a non-empty text; `{}` otherwise. */
const definedOr = <K extends string>(key: K, first: string | undefined, fallback: string | undefined): {[k in K]?: string} => {
	const value = first || fallback;
	return value ? ({[key]: value} as {[k in K]?: string}) : {};
};

/** `no speaker turns found`, pointing at the first line where a turn was expected, and saying what the file holds instead. */
const noTurns = ({
	file,
	chapters,
	firstTextLine,
	lineCount,
}: {
	file: string;
	chapters: readonly Chapter[];
	firstTextLine: number | null;
	lineCount: number;
}): UserError => {
	const notes =
		chapters.length > 0
			? `: the file has a chapter list (${chapters.length} chapters) but no transcript`
			: firstTextLine !== null
				? `: line ${firstTextLine} is text without a speaker label`
				: '';
	return new UserError({
		code: 'TALK_PARSE',
		file,
		line: firstTextLine ?? lineCount,
		problem: `no speaker turns found${notes} (expected turns such as "**Name:** text", "Name: 00:01:02", "[00:01:02] **Name:** text"; see the README's formats table)`,
	});
};

const sameNames = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * How many of the first `maxLines` body lines `readHeader` takes for turn headers, and
 * how many non-empty lines it looked at: what a reader's `recognise` decides on.
 */
export const countHeaders = ({
	text,
	readHeader,
	maxLines = 400,
}: {
	text: string;
	readHeader: HeaderReader;
	maxLines?: number;
}): {headers: number; lines: number} => {
	const lines = text.split('\n', 5000);
	let headers = 0;
	let seen = 0;
	for (let i = bodyOf(lines).offset; i < lines.length && seen < maxLines; i++) {
		const line = lines[i] ?? '';
		if (line.trim() === '' || line.length > MAX_LINE_CHARS) continue;
		seen++;
		try {
			const h = readHeader({line, lineNumber: i + 1, file: ''});
			if (h !== null && !('unclosed' in h) && !('markMs' in h)) headers++;
		} catch {
			headers++; // a malformed marker is still a marker of this format
		}
	}
	return {headers, lines: seen};
};
