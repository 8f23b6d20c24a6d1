import type {Talk} from '../talk/talk-schema';
import type {RecapManifest} from './recap-manifest';
import {escapeMarkup} from './escape-markup';

/**
 * Sidecars for the podcast feed of the episode the talk is (Podcasting 2.0 namespace):
 * its chapters as a JSON chapters file (`<podcast:chapters type="application/json+chapters">`),
 * and the recap's quotes as `<podcast:soundbite>` tags, with their times in the recording.
 * Both need a timed talk: the times are the episode's, not the recap's.
 */

/** The JSON chapters format's version these files follow. */
const CHAPTERS_VERSION = '1.2.0';
/** Soundbite titles are short; a longer quote is cut at a word and ends with `…`. */
const MAX_SOUNDBITE_TITLE_CHARS = 128;

const seconds = (ms: number): number => Number((ms / 1000).toFixed(3));

/** A section title without the time range talkreel adds to the ones it names (`Expedia (5:57–11:06)` → `Expedia`). */
const chapterTitle = (title: string): string => title.replace(/\s*\(\d{1,3}(?::\d{2}){1,2}–\d{1,3}(?::\d{2}){1,2}\)$/u, '') || title;

/** The talk's sections as a Podcasting 2.0 JSON chapters file; null (with why) when a section has no time. */
export const podcastChapters = ({talk}: {talk: Talk}): {json: string} | {reason: string} => {
	const untimed = talk.sections.find((s) => s.startMs === undefined);
	if (untimed !== undefined) return {reason: 'the talk has no times, so its chapters cannot point into the episode'};
	const chapters = talk.sections.map((s) => ({
		startTime: seconds(s.startMs ?? 0),
		...(s.endMs === undefined ? {} : {endTime: seconds(s.endMs)}),
		title: chapterTitle(s.title),
	}));
	return {json: `${JSON.stringify({version: CHAPTERS_VERSION, title: talk.metadata.title, chapters}, null, 2)}\n`};
};

const shortTitle = (text: string): string => {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	if (chars.length <= MAX_SOUNDBITE_TITLE_CHARS) return chars.join('');
	const cut = chars.slice(0, MAX_SOUNDBITE_TITLE_CHARS - 1).join('');
	const atWord = cut.lastIndexOf(' ');
	return `${atWord > MAX_SOUNDBITE_TITLE_CHARS / 2 ? cut.slice(0, atWord) : cut}…`;
};

/** The recap's quotes as `<podcast:soundbite>` tags for the episode's `<item>`; null (with why) when no quote has a time. */
export const podcastSoundbites = ({manifest}: {manifest: RecapManifest}): {xml: string} | {reason: string} => {
	const timed = manifest.quotes.filter((q) => q.source.time !== null);
	if (timed.length === 0) return {reason: 'no quote has a time in the recording'};
	const tags = timed.map((q) => {
		const time = q.source.time as {startMs: number; endMs: number};
		return `<podcast:soundbite startTime="${seconds(time.startMs)}" duration="${seconds(Math.max(1, time.endMs - time.startMs))}">${escapeMarkup(shortTitle(q.text))}</podcast:soundbite>`;
	});
	return {xml: `${tags.join('\n')}\n`};
};
