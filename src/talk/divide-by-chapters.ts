import {UserError} from '../errors';
import type {Section, Talk, Turn} from './talk-schema';
import type {TimedChapter} from './timed-chapter';

/** Index of the chapter a turn is in: the last to start at or before the turn's middle (the first, for a turn before them all). */
export const chapterIndexOf = ({chapters, startMs, endMs}: {chapters: readonly TimedChapter[]; startMs: number; endMs: number}): number => {
	const middle = Math.round((startMs + endMs) / 2);
	let index = 0;
	chapters.forEach((c, i) => {
		if (c.startMs <= middle) index = i;
	});
	return index;
};

/**
 * A timed talk's turns regrouped into one section per chapter (title and times from the
 * chapter; a chapter no turn falls in is left out). An untimed turn goes with the turn
 * before it. A talk without times cannot be divided by a chapters file: that is the
 * user's to know.
 */
export const divideByChapters = ({talk, chapters, chaptersFile}: {talk: Talk; chapters: readonly TimedChapter[]; chaptersFile: string}): {talk: Talk} => {
	const sorted = [...chapters].sort((a, b) => a.startMs - b.startMs);
	const turns = talk.sections.flatMap((s) => s.turns);
	if (!turns.some((t) => t.startMs !== undefined)) {
		throw new UserError({code: 'TALK_PARSE', file: chaptersFile, problem: 'a chapters file needs a transcript with times, and this one has none'});
	}
	const groups: Turn[][] = sorted.map(() => []);
	let current = 0;
	for (const turn of turns) {
		if (turn.startMs !== undefined) current = chapterIndexOf({chapters: sorted, startMs: turn.startMs, endMs: turn.endMs ?? turn.startMs});
		groups[current]?.push(turn);
	}
	const sections: Section[] = [];
	sorted.forEach((chapter, i) => {
		const own = groups[i] ?? [];
		if (own.length === 0) return;
		const endMs = chapter.endMs ?? sorted[i + 1]?.startMs ?? Math.max(chapter.startMs, ...own.map((t) => t.endMs ?? 0));
		sections.push({id: `s${sections.length + 1}`, title: chapter.title, startMs: chapter.startMs, endMs: Math.max(chapter.startMs, endMs), turns: own});
	});
	return {talk: {...talk, sections}};
};
