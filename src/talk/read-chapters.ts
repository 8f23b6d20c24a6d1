import {stripInlineMarkup, unescapeMarkdown} from './clean-inline-text';
import {TIMESTAMP_SOURCE, parseTimeRange, parseTimestamp, secondsToMs} from './parse-timestamp';

/**
 * A chapter of the recording, wherever it comes from (a show-notes list, front matter, a
 * chapters file, the edits file): the one chapter type. Turns go to chapters by their time
 * (`sectionByChapters`).
 */
export type Chapter = {
	title: string;
	startMs: number;
	/** When the source gives it (`12:05 - 19:40`, a WebVTT cue's end). */
	endMs?: number;
	/** 1-based line of the file it was read from. */
	line?: number;
};

const MAX_CHAPTER_TITLE = 200;

/** `- `, `* `, `3. `, `3) `, `3、`: a list item's marker. */
const LIST_MARKER = /^ {0,8}(?:[-*+•]|\d{1,3}[.)、])\s{1,4}/;
/** A time or range opening the line: `00:00`, `[00:00]`, `(12:05 - 19:40)`, `**01:22**`, `**[00:00](#t=00:00)**`. */
const LEADING_TIME = new RegExp(
	String.raw`^(?:\*\*|__)?[[(（]?(${TIMESTAMP_SOURCE}(?: ?[-–—~～] ?${TIMESTAMP_SOURCE})?)[\])）]?(?:\(#[^)\s]{0,40}\))?(?:\*\*|__)?(?: {0,4}[-–—:：|·] {0,4}| {1,4})`,
);
/** A time or range in brackets closing the line: `从编译器谈起 (12:05 - 19:40)`. */
const TRAILING_TIME = new RegExp(String.raw`[(（[](${TIMESTAMP_SOURCE}(?: ?[-–—~～] ?${TIMESTAMP_SOURCE})?)[)）\]]$`);

export type ChapterLineStrength = 'strong' | 'weak';

/**
 * A line naming a chapter and where it starts: `00:00 Intro` (a YouTube description),
 * `**01:22** - Tell us about yourself`, `* **[00:00](#t=00:00)** Welcome`,
 * `3. **从编译器谈起 (12:05 - 19:40)**`, `**Intro** (0:00)`. Null when the line is not
 * one. `strong` lines (bold, or a list item) are chapters anywhere; a `weak` one
 * (`00:00 Intro`, plain) only in a list before the transcript, since inside a transcript
 * a line opening on a time is a timed paragraph.
 */
export const readChapterLine = (raw: string): (Chapter & {strength: ChapterLineStrength}) | null => {
	const line = unescapeMarkdown(raw.trim());
	if (line === '' || line.length > MAX_CHAPTER_TITLE + 60 || line.includes('-->')) return null;
	const marker = LIST_MARKER.exec(line);
	const body = marker ? line.slice(marker[0].length) : line;
	const bold = body.startsWith('**') || body.startsWith('__');
	const leading = LEADING_TIME.exec(body);
	if (leading) {
		const range = parseTimeRange(leading[1] ?? '');
		const title = cleanTitle(body.slice(leading[0].length));
		if (range === null || title === '') return null;
		return {...range, title, strength: marker || bold ? 'strong' : 'weak'};
	}
	// A title with its time in brackets at the end, bold (`**Title (12:05 - 19:40)**`, `**Title** (0:00)`) or in a list.
	const unbolded = body.replace(/^(\*\*|__)/, '').replace(/(\*\*|__)$/, '');
	const inner = unbolded.replace(/(\*\*|__) {0,4}(?=[(（[])/, ' ').trim();
	const trailing = TRAILING_TIME.exec(inner);
	if (trailing && (bold || marker)) {
		const range = parseTimeRange(trailing[1] ?? '');
		const title = cleanTitle(inner.slice(0, trailing.index));
		if (range === null || title === '') return null;
		return {...range, title, strength: 'strong'};
	}
	return null;
};

const cleanTitle = (text: string): string => {
	const t = stripInlineMarkup(text)
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[-–—:：|·]\s?/, '')
		.trim();
	return t.length > MAX_CHAPTER_TITLE ? '' : t;
};

/**
 * A chapter list as front matter or an edits file give it: lines such as a YouTube
 * description's (`00:00 Intro`), a YAML list of such lines, or of `{start, title}`
 * objects (`start`/`time`/`at`/`startTime`, in `12:05` or seconds). Entries that name no
 * time are reported by their index in `problems`.
 */
export const readChapterList = (value: unknown): {chapters: Chapter[]; problems: {index: number; problem: string}[]} => {
	const chapters: Chapter[] = [];
	const problems: {index: number; problem: string}[] = [];
	const items: unknown[] = typeof value === 'string' ? value.split(/\r\n?|\n/).filter((l) => l.trim() !== '') : Array.isArray(value) ? value : [];
	items.forEach((item, index) => {
		if (typeof item === 'string') {
			const c = readChapterLine(item);
			if (c === null) problems.push({index, problem: `"${item.slice(0, 60)}" is not a chapter line such as "12:05 Title"`});
			else chapters.push(c.endMs === undefined ? {title: c.title, startMs: c.startMs} : {title: c.title, startMs: c.startMs, endMs: c.endMs});
			return;
		}
		if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
			const o = new Map(Object.entries(item as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
			const at = o.get('start') ?? o.get('starttime') ?? o.get('time') ?? o.get('at');
			const titleValue = o.get('title') ?? o.get('name');
			const startMs = typeof at === 'number' && Number.isFinite(at) && at >= 0 ? secondsToMs(at) : typeof at === 'string' ? parseTimestamp(at) : null;
			const title = typeof titleValue === 'string' ? cleanTitle(titleValue) : '';
			if (startMs === null) problems.push({index, problem: 'a chapter needs a start time such as "12:05" (or seconds)'});
			else if (title === '') problems.push({index, problem: 'a chapter needs a title'});
			else chapters.push({title, startMs});
			return;
		}
		problems.push({index, problem: 'a chapter is a line such as "12:05 Title" or {start, title}'});
	});
	return {chapters, problems};
};

/** Chapters in time order, each ending where the next starts unless its own range says otherwise. */
export const orderChapters = (chapters: readonly Chapter[]): Chapter[] =>
	[...chapters]
		.map((c, i) => ({c, i}))
		.sort((a, b) => a.c.startMs - b.c.startMs || a.i - b.i)
		.map(({c}) => c);
