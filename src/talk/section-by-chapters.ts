import {type Chapter, orderChapters} from './readers/read-chapters';
import type {Section, Turn} from './talk-schema';

/** The title of turns before the first chapter or heading, in the talk's language. */
export const openingTitleFor = (language: string): string => (language.startsWith('zh') ? '开场' : 'Opening');

/**
 * Timed turns (in talk order) grouped into the chapters of a chapter list: a turn goes to
 * the chapter its middle falls in, so a turn that starts a second before the chapter's
 * time still opens it. Turns before the first chapter form an opening section; chapters
 * without a turn are left out. Sections are numbered `s1`, `s2`, … and take the chapter's
 * time (start, and end where the list gives one or the next chapter starts).
 * `lineOf` gives a chapter's source line (a chapter from the edits file has none of the
 * transcript's: it takes the line of its first turn).
 */
export const sectionByChapters = ({turns, chapters, language}: {turns: readonly Turn[]; chapters: readonly Chapter[]; language: string}): Section[] => {
	const ordered = orderChapters(chapters);
	const groups: {chapter: Chapter | null; turns: Turn[]}[] = [{chapter: null, turns: []}, ...ordered.map((chapter) => ({chapter, turns: [] as Turn[]}))];
	let k = 0;
	for (const turn of turns) {
		const at = turn.startMs === undefined ? undefined : turn.endMs === undefined ? turn.startMs : (turn.startMs + turn.endMs) / 2;
		if (at !== undefined) while (k < ordered.length && (ordered[k]?.startMs ?? 0) <= at) k++;
		groups[k]?.turns.push(turn);
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
		const lastEnd = g.turns.reduce<number | undefined>((end, t) => (t.endMs === undefined ? end : Math.max(end ?? 0, t.endMs)), undefined);
		const endMs = g.chapter?.endMs ?? next?.startMs ?? lastEnd;
		if (endMs !== undefined && startMs !== undefined && endMs >= startMs) section.endMs = endMs;
		return section;
	});
};
