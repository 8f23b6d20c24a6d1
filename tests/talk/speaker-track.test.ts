import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';

/** A WebVTT cue from second `from` to `to`. */
const cue = (from: number, to: number, text: string) => `00:00:${String(from).padStart(2, '0')}.000 --> 00:00:${String(to).padStart(2, '0')}.000\n${text}\n`;
const vtt = (cues: string[]) => `WEBVTT\n\n${cues.join('\n')}`;

/** Each speech turn's speaker name and first words, for a captions file and a chapters file. */
const whoSaysWhat = (captions: string, chapters: string): [string, string][] => {
	const {talk} = loadTalk({text: captions, file: 'talk.vtt', edits: null, chapters: {file: 'talk.chapters.vtt', text: chapters}});
	return talk.sections
		.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech')
		.map((t) => [talk.speakers.find((s) => s.id === t.speakerIds[0])?.name ?? '', t.text.split(' ').slice(0, 2).join(' ')]);
};

// Captions that credit each speaker once, on their first cue; Ann comes back at 0:30 uncredited.
const captions = vtt([
	cue(0, 9, '<v Ann Lee>Heat kills more people than floods.'),
	cue(10, 19, 'Cities must plant trees.'),
	cue(20, 29, '<v Bo Chen>Shade is not a luxury.'),
	cue(30, 39, 'White roofs are cheaper than air conditioning.'),
	cue(40, 49, 'Paint is the fastest fix.'),
]);

describe('a chapters file that names who speaks when', () => {
	it('gives each cue its chapter speaker, where the captions credit a speaker once', () => {
		const chapters = vtt([cue(0, 19, 'Ann Lee'), cue(20, 29, 'Bo Chen'), cue(30, 49, 'Ann Lee')]);
		expect(whoSaysWhat(captions, chapters)).toEqual([
			['Ann Lee', 'Heat kills'],
			['Bo Chen', 'Shade is'],
			['Ann Lee', 'White roofs'],
		]);
	});

	it.each([
		// Topics, however they repeat, name no one.
		['topic titles', ['Welcome', 'Questions', 'Welcome']],
		// Names that never come back are a programme of speakers, or topics in Title Case.
		['names that never come back', ['Ann Lee', 'Bo Chen', 'Cool Roofs']],
	])('%s are chapters, not speakers: a credit holds until the next', (_name, titles) => {
		const chapters = vtt([cue(0, 19, titles[0] ?? ''), cue(20, 29, titles[1] ?? ''), cue(30, 49, titles[2] ?? '')]);
		expect(whoSaysWhat(captions, chapters).find(([, words]) => words === 'White roofs')?.[0]).toBe('Bo Chen');
	});
});
