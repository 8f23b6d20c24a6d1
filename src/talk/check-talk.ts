import {detectTalkLanguage} from '../text/detect-language';
import {normaliseLanguage} from './normalise-language';
import {cleanName} from './strip-controls';
import {UserError, type UserErrorCode} from '../errors';
import {checkSpeakerName, checkTurnCount, shortenTitle} from './talk-limits';
import type {Talk} from './talk-schema';
import {titleFromFile} from './title-from-file';

/**
 * The edge every talk passes, whatever its reader (or a Talk JSON written by hand): what
 * the schema cannot say is checked here and reported as the user's mistake, so nothing
 * past it fails on the talk's shape.
 *
 * - the language becomes a canonical BCP 47 tag (`Intl.getCanonicalLocales`), or, when
 *   it is none (`x`, `23`, `!!`), the language detected from the text;
 * - the title, speaker names and section titles are trimmed; an empty title becomes one
 *   made from the file name; an empty name or section title is an error; a title (the
 *   talk's, its subtitle, event and date, a section's) longer than MAX_TITLE_CHARS is
 *   shortened with `…`;
 * - ids are unique (speakers, sections, turns), every turn names listed speakers, times
 *   do not run backwards inside a turn, word times point into their turn's text;
 * - there is speech, at most MAX_TURNS turns, and no name longer than MAX_SPEAKER_NAME_CHARS.
 */
export const checkTalk = ({talk, file, code = 'TALK_PARSE'}: {talk: Talk; file: string; code?: UserErrorCode}): {talk: Talk} => {
	const fail = (problem: string, line?: number): never => {
		throw new UserError(line === undefined ? {code, file, problem} : {code, file, line, problem});
	};
	const out: Talk = {...talk, metadata: {...talk.metadata}, speakers: talk.speakers.map((s) => ({...s})), sections: talk.sections.map((s) => ({...s}))};
	const turns = out.sections.flatMap((s) => s.turns);
	checkTurnCount({count: turns.length, file});
	if (!turns.some((t) => t.kind === 'speech')) fail('the talk has no speech (only stage directions, or no turns at all)');

	const m = out.metadata;
	m.title = shortenTitle(clean(m.title));
	if (m.title === '') m.title = titleFromFile(file, turns);
	for (const key of ['subtitle', 'event', 'date'] as const) {
		const value = m[key];
		if (value !== undefined) m[key] = shortenTitle(value);
	}
	m.language = detectTalkLanguage({
		stated: normaliseLanguage(m.language),
		sample: () =>
			turns
				.slice(0, 400)
				.map((t) => t.text)
				.join('\n'),
	});

	const speakerIds = new Set<string>();
	for (const s of out.speakers) {
		if (speakerIds.has(s.id)) fail(`speaker id "${s.id}" is listed twice`);
		speakerIds.add(s.id);
		s.name = clean(s.name);
		if (s.name === '') fail(`speaker "${s.id}" has an empty name`);
		checkSpeakerName({name: s.name, file, code});
	}
	const sectionIds = new Set<string>();
	const turnIds = new Set<string>();
	for (const section of out.sections) {
		if (sectionIds.has(section.id)) fail(`section id "${section.id}" is used twice`, section.line);
		sectionIds.add(section.id);
		section.title = shortenTitle(clean(section.title));
		if (section.title === '') fail(`section "${section.id}" has an empty title`, section.line);
		if (section.startMs !== undefined && section.endMs !== undefined && section.endMs < section.startMs) {
			fail(`section "${section.id}" ends (${section.endMs} ms) before it starts (${section.startMs} ms)`, section.line);
		}
		for (const turn of section.turns) {
			if (turnIds.has(turn.id)) fail(`turn id "${turn.id}" is used twice`, turn.line);
			turnIds.add(turn.id);
			const unknown = turn.speakerIds.find((id) => !speakerIds.has(id));
			if (unknown !== undefined) fail(`turn "${turn.id}" names speaker "${unknown}", who is not in the speakers (${[...speakerIds].join(', ')})`, turn.line);
			if (turn.text.trim() === '') fail(`turn "${turn.id}" has no text`, turn.line);
			if (turn.startMs !== undefined && turn.endMs !== undefined && turn.endMs < turn.startMs) {
				fail(`turn "${turn.id}" ends (${turn.endMs} ms) before it starts (${turn.startMs} ms)`, turn.line);
			}
			for (const w of turn.words ?? []) {
				if (w.end > turn.text.length || w.start >= w.end || w.endMs < w.startMs) {
					fail(`turn "${turn.id}" has a word time (${w.start}–${w.end}) outside its text or running backwards`, turn.line);
				}
			}
		}
	}
	for (const e of [...(out.editorial?.pins ?? []), ...(out.editorial?.drops ?? [])]) {
		if (!turnIds.has(e.turnId)) fail(`the editorial pins or drops name turn "${e.turnId}", which is not in the talk`);
	}
	return {talk: out};
};

const clean = cleanName;
