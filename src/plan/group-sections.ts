import type {Section, Talk} from '../talk/talk-schema';
import {ENTRY_MS, MIN_CARD_MS, OUTRO_MS, SECTION_MS, TITLE_MS, TRANSITION_MS, msToFrames} from './timing';

/** What a section costs at the least to be worth its slide: the slide and one quote card of a typical length. */
const TYPICAL_QUOTE_MS = 2 * MIN_CARD_MS;

/**
 * A talk with more sections than a `maxSeconds` recap has room for (a slide and a
 * quote each, after the title and the outro): the least substantial sections (fewest
 * characters of speech; the later one on a tie) are grouped with the section before
 * them (the first with the one after), keeping that section's id and title, until the
 * rest fit. Returns the talk to plan and one note naming what was grouped; the talk
 * unchanged, and no note, when it fits or when not even one section would (a
 * `maxSeconds` that short is refused by the planner). Pure and deterministic.
 */
export const groupSectionsToFit = ({talk, maxSeconds, fps}: {talk: Talk; maxSeconds: number; fps: number}): {talk: Talk; notes: string[]} => {
	const scene = (readMs: number) => msToFrames({ms: readMs + ENTRY_MS + TRANSITION_MS, fps});
	const fixedFrames = scene(TITLE_MS) + scene(OUTRO_MS);
	const perSectionFrames = scene(SECTION_MS) + scene(TYPICAL_QUOTE_MS);
	const room = Math.floor((Math.floor(maxSeconds * fps) - fixedFrames) / perSectionFrames);
	// Too short for even one section: the planner's refusal says so with the talk's own count.
	if (room < 1) return {talk, notes: []};
	const sections = talk.sections.map((s) => ({...s, turns: [...s.turns]}));
	const spoken = () => sections.filter(hasSpeech).length;
	if (spoken() <= room) return {talk, notes: []};
	const grouped: string[] = [];
	while (spoken() > room) {
		let least = -1;
		sections.forEach((s, i) => {
			if (!hasSpeech(s)) return;
			if (least === -1 || speechChars(s) <= speechChars(sections[least] as Section)) least = i;
		});
		const into = least > 0 ? least - 1 : least + 1;
		const from = sections[least] as Section;
		const to = sections[into] as Section;
		grouped.push(`"${from.title}" with "${to.title}"`);
		sections[into] = mergeSections(least > 0 ? {first: to, second: from, keep: to} : {first: from, second: to, keep: to});
		sections.splice(least, 1);
	}
	const note = `${spoken() + grouped.length} sections are more than a ${maxSeconds} s recap has slides for; grouped ${grouped.join(', ')}`;
	return {talk: {...talk, sections}, notes: [note]};
};

const hasSpeech = (s: Section): boolean => s.turns.some((t) => t.kind === 'speech');

const speechChars = (s: Section): number => s.turns.reduce((n, t) => n + (t.kind === 'speech' ? t.text.length : 0), 0);

/** Two neighbouring sections as one, in talk order, under `keep`'s id and title. */
const mergeSections = ({first, second, keep}: {first: Section; second: Section; keep: Section}): Section => {
	const startMs = first.startMs ?? second.startMs;
	const endMs = second.endMs ?? first.endMs;
	const {startMs: _s, endMs: _e, ...rest} = keep;
	return {...rest, turns: [...first.turns, ...second.turns], ...(startMs === undefined ? {} : {startMs}), ...(endMs === undefined ? {} : {endMs})};
};
