import {parseTimestamp} from '../parse-timestamp';
import type {Chapter} from '../read-chapters';
import type {RawTranscript} from '../raw-transcript';
import {estimateSpeakingMs} from '../speaking-time';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {findFrontMatter, readFrontMatter} from './read-front-matter';
import {bodyOf, splitLines} from './scan-transcript';
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
const TIME_ALONE = /^\s*(\d{1,2}(?::\d{2}){1,2})\s*$/;
const PAGE_LINE = /^\s*(?:Search in video|Transcript|Show transcript)\s*$/i;
const MAX_TITLE_CHARS = 200;
/** The video as a note-taking app clips it: `![Title](https://www.youtube.com/watch?v=…)`, or a plain link. */
const MARKDOWN_LINK = /^!?\[([^\]]{0,200})\]\(\s*https?:\/\/[^)\s]{1,500}\s*\)$/;
const SCANNED_LINES = 400;

/** Lines that may be other than captions in a short copy: the page's, the video's title, a few chapters' titles. */
const MAX_OTHER_LINES = 5;

/** Captions: a time alone, its text on the next line; at least three, in time order, nearly all the lines. */
export const looksLikeYoutubePanel = (text: string): boolean => {
	const all = text.split('\n', SCANNED_LINES * 2);
	const lines = all
		.slice(bodyOf(all).offset)
		.filter((l) => l.trim() !== '')
		.slice(0, SCANNED_LINES);
	let captions = 0;
	let ordered = 0;
	let last = -1;
	for (let i = 0; i + 1 < lines.length; i++) {
		const time = TIME_ALONE.exec(lines[i] ?? '');
		if (time === null || TIME_ALONE.test(lines[i + 1] ?? '')) continue;
		const ms = parseTimestamp(time[1] ?? '');
		if (ms === null) continue;
		captions++;
		if (ms >= last) ordered++;
		last = ms;
	}
	// The lines that are no caption's time or text (the page's, the title, chapters' titles) are few.
	return captions >= 3 && ordered >= captions * 0.9 && lines.length - captions * 2 <= Math.max(MAX_OTHER_LINES, lines.length * 0.2);
};

export const readYoutubePanel = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	const cues: TimedCue[] = [];
	const chapters: Chapter[] = [];
	/** The lines before the first caption that are not the page's own: the video's title, then the first chapter's. */
	const before: string[] = [];
	let onPage = false;
	let open: {startMs: number; line: number; text: string[]} | null = null;
	/** A line after a caption's text: a chapter's title when the next line is a time, else more of the caption. */
	let pending: {text: string; line: number} | null = null;
	const close = (endMs: number | null) => {
		if (open === null) return;
		if (pending !== null) open.text.push(pending.text);
		pending = null;
		const caption = cleanCaptionText(open.text.join('\n'));
		// The last caption lasts the time its words take to say (a speaker's label is not said).
		const said = readSpeakerLabel(caption)?.rest ?? caption;
		if (caption !== '')
			cues.push({startMs: open.startMs, endMs: Math.max(open.startMs, endMs ?? open.startMs + estimateSpeakingMs(said)), text: caption, line: open.line});
		open = null;
	};
	let linked: string | undefined;
	for (let i = bodyOf(lines).offset; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '') continue;
		const time = TIME_ALONE.exec(line);
		const ms = time === null ? null : parseTimestamp(time[1] ?? '');
		if (ms !== null) {
			// The line between a caption's text and this time titles the chapter this time opens.
			const chapter: {text: string; line: number} | null = pending;
			pending = null;
			close(ms);
			if (chapter !== null) chapters.push({title: chapter.text, startMs: ms, line: chapter.line});
			open = {startMs: ms, line: i + 1, text: []};
			continue;
		}
		if (open === null) {
			const link = MARKDOWN_LINK.exec(line);
			if (PAGE_LINE.test(line)) onPage = true;
			else if (link !== null && linked === undefined) linked = (link[1] ?? '').trim();
			else if (line.length <= MAX_TITLE_CHARS) before.push(line);
			continue;
		}
		if (open.text.length === 0) open.text.push(line);
		else {
			if (pending !== null) open.text.push(pending.text);
			pending = {text: line, line: i + 1};
		}
	}
	close(null);
	// Before the first caption: after the page's lines, the video's title, then the first chapter's when the video has chapters; without the page's lines, a lone line titles the first chapter if there are others, else the video.
	const first = cues[0]?.startMs ?? 0;
	const opensChapter = linked !== undefined ? before.length > 0 : before.length >= 2 || (!onPage && before.length === 1 && chapters.length > 0);
	const title = linked !== undefined && linked !== '' ? linked : opensChapter ? (before.length >= 2 ? before[0] : undefined) : before[0];
	if (opensChapter) chapters.unshift({title: before.at(-1) ?? '', startMs: first});
	// A clip's front matter says what it knows (its title, its date) first.
	const fm = findFrontMatter(lines);
	const {
		speakers: _speakers,
		chapters: _chapters,
		warnings: _warnings,
		source,
		...given
	} = fm === null ? {speakers: [], chapters: [], warnings: [], source: {}} : readFrontMatter({lines, end: fm.end, file});
	const read = cueTranscript({format: FORMAT, cues, findLabels: true, metadata: {...(title === undefined ? {} : {title}), ...given}});
	return {transcript: {...read.transcript, chapters, metadata: {...read.transcript.metadata, source}}};
};
