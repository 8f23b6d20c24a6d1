import {type Writing, writingOf} from '../text/chinese-script';
import {type Chapter, orderChapters} from './read-chapters';
import type {Section, Turn} from './talk-schema';
import {partitionPoint} from '../text/partition-point';

const OPENING_TITLES: Record<Writing, string> = {'zh-Hans': '开场', 'zh-Hant': '開場', en: 'Opening'};

/** The title of turns before the first chapter or heading, in the talk's language. */
export const openingTitleFor = (language: string): string => OPENING_TITLES[writingOf(language)];

/**
 * Which chapter (of chapters in time order) a stretch of time from `startMs` to `endMs`
 * is in: the last to start at or before its middle, so that a turn starting a second
 * before a chapter's time still opens it; -1 before the first chapter.
 */
export const chapterAt = ({chapters, startMs, endMs}: {chapters: readonly Chapter[]; startMs: number; endMs: number}): number => {
	const middle = (startMs + endMs) / 2;
	return partitionPoint(chapters.length, (i) => (chapters[i]?.startMs ?? 0) <= middle) - 1;
};

/**
 * Turns (in talk order) grouped into the chapters of a chapter list, wherever it comes
 * from (a chapters file, front matter, show notes, the edits file): a turn goes to the
 * chapter its time falls in (`chapterAt`), never to one before the turn before it; an
 * untimed turn stays with the turn before it. Turns before the first chapter form an
 * opening section; chapters without speech are left out. Sections are numbered `s1`,
 * `s2`, … and take the chapter's time (start, and end where the chapter gives one or the
 * next chapter starts). A chapter without a source line (one from the edits file) takes
 * the line of its first turn.
 */
export const sectionByChapters = ({turns, chapters, language}: {turns: readonly Turn[]; chapters: readonly Chapter[]; language: string}): Section[] => {
	const ordered = orderChapters(chapters);
	const groups: {chapter: Chapter | null; turns: Turn[]}[] = [{chapter: null, turns: []}, ...ordered.map((chapter) => ({chapter, turns: [] as Turn[]}))];
	let k = -1;
	for (const turn of turns) {
		// A sound heard within a turn is in that turn's section, whatever its cue's time (a sentence running past a chapter's start stays in the chapter before, and so do its sounds).
		const within = turn.kind === 'reaction' && turn.heard === 'within';
		if (turn.startMs !== undefined && !within) k = Math.max(k, chapterAt({chapters: ordered, startMs: turn.startMs, endMs: turn.endMs ?? turn.startMs}));
		groups[k + 1]?.turns.push(turn);
	}
	const kept = groups.filter((g) => g.turns.some((t) => t.kind === 'speech'));
	return kept.map((g, i): Section => {
		const first = g.turns[0];
		const next = kept[i + 1]?.chapter;
		const section: Section = {id: `s${i + 1}`, title: g.chapter?.title ?? openingTitleFor(language), turns: g.turns};
		if (g.chapter !== null) {
			const line = g.chapter.line ?? first?.line;
			if (line !== undefined) section.line = line;
		}
		const startMs = g.chapter?.startMs ?? first?.startMs;
		if (startMs !== undefined) section.startMs = startMs;
		const endMs = g.chapter?.endMs ?? next?.startMs ?? lastEndOf(g.turns);
		if (endMs !== undefined && startMs !== undefined && endMs >= startMs) section.endMs = endMs;
		return section;
	});
};

/** The latest end of some turns; undefined when none is timed. */
export const lastEndOf = (turns: readonly Turn[]): number | undefined => {
	let end: number | undefined;
	for (const t of turns) if (t.endMs !== undefined && (end === undefined || t.endMs > end)) end = t.endMs;
	return end;
};
