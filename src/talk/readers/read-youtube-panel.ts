import {parseTimestamp, TIME_ALONE} from '../parse-timestamp';
import type {Chapter} from '../read-chapters';
import type {RawTranscript} from '../raw-transcript';
import {estimateSpeakingMs} from '../speaking-time';
import {checkCueCount} from '../talk-limits';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {findFrontMatter, readFrontMatter} from './read-front-matter';
import {bodyOf, metadataOf, splitLines} from './scan-transcript';
import {readSpeakerLabel} from './speaker-labels';
import type {TimedCue} from './timed-cue';

/**
 * YouTube's transcript as its panel shows it (… → Show transcript, selected and copied):
 * each caption's time alone on a line (`0:00`, `12:05`, `1:02:03`), its text on the next,
 * often in lower case and unpunctuated. A chapter's title stands on its own line before
 * its first caption's time (`Task 1: Introduction`). The page's lines before the first
 * time are `Search in video` (or `Transcript`) and the video's title; a note-taking app's
 * clip puts front matter and a link to the video (`![Title](https://youtube.com/…)`)
 * there instead. Each caption ends where the next starts, the last after the time it
 * takes to say.
 */
const FORMAT = 'YouTube transcript';
const PAGE_LINE =
	/^\s*(?:Search in video|Transcript|Show transcript|Transkript|Transcripción|Transcrição|Transcription|文字记录|文字記錄|转写文稿|搜索视频|在视频中搜索|搜尋影片)\s*$/i;
const MAX_TITLE_CHARS = 200;
/** The video as a note-taking app clips it: `![Title](https://www.youtube.com/watch?v=…)`, or a plain link. */
const MARKDOWN_LINK = /^!?\[(.{0,200})\]\(\s*(https?:\/\/[^)\s]{1,500})\s*\)$/;
const URL_LINE = /^<?(https?:\/\/\S{1,500}?)>?$/;
const SCANNED_LINES = 400;
/** Lines that may be other than captions in a short copy: the page's, the video's title, a few chapters' titles. */
const MAX_OTHER_LINES = 5;
/** Captions follow each other seconds apart; a list of chapters or of songs, minutes apart. */
const MAX_MEDIAN_GAP_MS = 30_000;
/** Chapters are a few among many captions: a name or a heading before every time is another format. */
const MAX_CHAPTER_SHARE = 1 / 3;
/** A caption after the transcript's end (a page's "up next" video: its length, its title, its channel) starts this long after the one before. */
const TRAILER_JUMP_MS = 60_000;
/**
 * Captions: a time alone, its text on the next line; at least three, in time order,
 * seconds apart, nearly all the lines, few of them with a line between them (a chapter's).
 */
export const looksLikeYoutubePanel = (text: string): boolean => {
	const all = text.split('\n', SCANNED_LINES * 2);
	const lines = all
		.slice(bodyOf(all).offset)
		.filter((l) => l.trim() !== '')
		.slice(0, SCANNED_LINES);
	const starts: number[] = [];
	let ordered = 0;
	let between = 0;
	let last = -1;
	for (let i = 0; i + 1 < lines.length; i++) {
		const time = TIME_ALONE.exec(lines[i] ?? '');
		if (time === null || TIME_ALONE.test(lines[i + 1] ?? '')) continue;
		const ms = parseTimestamp(time[1] ?? '');
		if (ms === null) continue;
		if (starts.length > 0 && !TIME_ALONE.test(lines[i - 2] ?? '')) between++;
		starts.push(ms);
		if (ms >= last) ordered++;
		last = ms;
	}
	const captions = starts.length;
	const gaps = starts
		.slice(1)
		.map((ms, i) => ms - (starts[i] ?? 0))
		.sort((a, b) => a - b);
	const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
	// The lines that are no caption's time or text (the page's, the title, chapters' titles) are few.
	return (
		captions >= 3 &&
		ordered >= captions * 0.9 &&
		median <= MAX_MEDIAN_GAP_MS &&
		between <= captions * MAX_CHAPTER_SHARE &&
		lines.length - captions * 2 <= Math.max(MAX_OTHER_LINES, lines.length * 0.2)
	);
};

/** A chapter's title as the panel or a note writes it: `## Introduction`, `0:43 Shell scripting`. */
const chapterTitle = (line: string): string =>
	line
		.replace(/^#{1,6}\s+/, '')
		.replace(/^\d{1,2}(?::\d{2}){1,2}\s+/, '')
		.trim();

/** What a caption takes to say, the last one's length: its words, not a speaker's label. */
const sayingMs = (caption: string): number => estimateSpeakingMs(readSpeakerLabel(caption)?.rest ?? caption);

export const readYoutubePanel = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	const cues: TimedCue[] = [];
	const chapters: Chapter[] = [];
	/** The lines before the first caption that are not the page's own: the video's title, then the first chapter's. */
	const before: string[] = [];
	let onPage = false;
	let linked: string | undefined;
	let url: string | undefined;
	let open: {startMs: number; line: number; text: string} | null = null;
	/** Lines after a caption's text: the last titles the chapter the next time opens; at the end, they are the page's (its comments, the next videos). */
	let extra: {text: string; line: number}[] = [];
	const close = (endMs: number | null) => {
		if (open === null) return;
		const caption = cleanCaptionText(open.text);
		if (caption !== '')
			cues.push({startMs: open.startMs, endMs: Math.max(open.startMs, endMs ?? open.startMs + sayingMs(caption)), text: caption, line: open.line});
		checkCueCount({count: cues.length, file, line: open.line});
		open = null;
	};
	for (let i = bodyOf(lines).offset; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') continue;
		// The line right after a time is that caption's text, whatever it says ("10:30").
		if (open !== null && open.text === '') {
			open.text = line;
			continue;
		}
		const time = TIME_ALONE.exec(line);
		const ms = time === null ? null : parseTimestamp(time[1] ?? '');
		if (ms !== null) {
			// The line between a caption's text and this time titles the chapter this time opens (lines before it, chapters without a caption).
			const chapter = extra.at(-1);
			extra = [];
			close(ms);
			if (chapter !== undefined) chapters.push({title: chapterTitle(chapter.text), startMs: ms, line: chapter.line});
			open = {startMs: ms, line: i + 1, text: ''};
			continue;
		}
		if (open === null && cues.length === 0) {
			const link = MARKDOWN_LINK.exec(line);
			const bare = URL_LINE.exec(line);
			if (PAGE_LINE.test(line)) onPage = true;
			else if (link !== null && linked === undefined) {
				linked = (link[1] ?? '').replace(/\\([[\]])/g, '$1').trim();
				url = link[2];
			} else if (bare !== null) url ??= bare[1];
			else if (line.length <= MAX_TITLE_CHARS) before.push(line.replace(/^#{1,6}\s+/, ''));
			continue;
		}
		extra.push({text: line, line: i + 1});
	}
	// After the last caption: the page's lines, not the talk's. A last caption with several after it and minutes after the one before is the page's too (a next video's length).
	const lastStart = open === null ? null : (open as {startMs: number}).startMs;
	const previousStart = cues.at(-1)?.startMs;
	if (extra.length >= 2 && lastStart !== null && previousStart !== undefined && lastStart - previousStart > TRAILER_JUMP_MS) {
		open = null;
		// The caption before it ended where that one started: it lasts the time its words take instead.
		const last = cues.at(-1);
		if (last !== undefined) last.endMs = last.startMs + sayingMs(last.text);
	}
	close(null);
	// Before the first caption: after the page's lines, the video's title, then the first chapter's when the video has others; without the page's lines, a lone line titles the first chapter if there are others, else the video.
	const first = cues[0]?.startMs ?? 0;
	const opensChapter = chapters.length > 0 && (linked !== undefined ? before.length > 0 : before.length >= 2 || (!onPage && before.length === 1));
	const title = linked !== undefined && linked !== '' ? linked : opensChapter ? (before.length >= 2 ? before[0] : undefined) : before[0];
	if (opensChapter) chapters.unshift({title: chapterTitle(before.at(-1) ?? ''), startMs: first});
	// A clip's front matter says what it knows (its title, its date, its address) first, as for any transcript.
	const fm = findFrontMatter(lines);
	const {source, ...metadata} = metadataOf({
		frontMatter: fm === null ? null : readFrontMatter({lines, end: fm.end, file}),
		meta: new Map(url === undefined ? [] : [['url', url]]),
		title: title ?? null,
	});
	const read = cueTranscript({format: FORMAT, cues, findLabels: true, metadata});
	return {transcript: {...read.transcript, chapters, metadata: {...read.transcript.metadata, source}}};
};
