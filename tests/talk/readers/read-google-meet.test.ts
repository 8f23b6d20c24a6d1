import {describe, expect, it} from 'vitest';
import {looksLikeGoogleMeet} from '../../../src/talk/readers/read-google-meet';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

/** A Meet transcript as its Google Doc reads when copied: the title line, the attendees, time lines every five minutes, the end and the notice. */
const MEET = [
	'Weekly sync (2025-06-03 11:02 GMT-4) - Transcript',
	'Attendees',
	'',
	'Ana Lima, Ben Ode, Cy Park',
	'Transcript',
	'',
	'Ana Lima: Good morning, the migration is the only thing on the list today.',
	'Ben: We moved the last two services on Friday.',
	'Ben: Nothing fell over.',
	'00:05:00',
	'',
	'Ana Lima: Then we ship on Monday.',
	'Cy Park: Agreed.',
	'Meeting ended after 00:06:12 👋',
	'',
	'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.',
].join('\n');

const read = (text: string) => readTranscript({text, file: 'sync.txt'}).talk;
const turnsOf = (text: string) => {
	const talk = read(text);
	const names = new Map(talk.speakers.map((s) => [s.id, s.name]));
	return talk.sections.flatMap((s) => s.turns).map((t) => `${t.startMs}–${t.endMs} ${t.speakerIds.map((id) => names.get(id)).join()}: ${t.text}`);
};

describe('Google Meet: `Name: text`, a time line every five minutes', () => {
	it('reads the title and date, names from the attendees, the time lines as times, nothing of Meet’s own lines', () => {
		const talk = read(MEET);
		expect(talk.metadata.title).toBe('Weekly sync');
		expect(talk.metadata.date).toBe('2025-06-03');
		// `Ben:` is Ben Ode of the attendees list.
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ana Lima', 'Ben Ode', 'Cy Park']);
		const turns = turnsOf(MEET);
		expect(turns.map((t) => t.replace(/^\d+–\d+ /, ''))).toEqual([
			'Ana Lima: Good morning, the migration is the only thing on the list today.',
			'Ben Ode: We moved the last two services on Friday. Nothing fell over.',
			'Ana Lima: Then we ship on Monday.',
			'Cy Park: Agreed.',
		]);
		// The first turn starts when transcription does, the turn after `00:05:00` at it; the last ends within the meeting's 6:12.
		expect(turns[0]).toMatch(/^0–/);
		expect(turns[2]).toMatch(/^300000–/);
		expect(Number(turns[3]?.split('–')[1]?.split(' ')[0])).toBeLessThanOrEqual(372_000);
		expect(JSON.stringify(talk)).not.toMatch(/00:05:00|Meeting ended|editable transcript|Attendees/);
	});

	it.each([
		['a meeting code is no title', MEET.replace('Weekly sync (2025', 'xrq-uemd-bzy (2025'), 'Sync'],
		['an en dash before Transcript', MEET.replace(') - Transcript', ') – Transcript'), 'Weekly sync'],
		['a title without a date', MEET.replace(' (2025-06-03 11:02 GMT-4)', ''), 'Weekly sync'],
	])('%s', (_name, text, title) => {
		expect(read(text).metadata.title).toBe(title);
	});

	it('pasted as markdown: `### 00:05:00` and `### Meeting ended after` read the same', () => {
		const markdown = MEET.replace('00:05:00', '### 00:05:00').replace('Meeting ended after', '### Meeting ended after');
		expect(turnsOf(markdown)).toEqual(turnsOf(MEET));
	});

	it('a time line before the same speaker goes on opens a new turn at its time', () => {
		const text = [
			'Ana: One thing first.',
			'Ben: Yes.',
			'Ana: And another.',
			'00:05:00',
			'Ana: Five minutes in.',
			'Ben: Right.',
			'Meeting ended after 00:06:00 👋',
		].join('\n');
		expect(turnsOf(text).map((t) => t.split(' ')[0]?.split('–')[0])).toEqual(['0', expect.any(String), expect.any(String), '300000', expect.any(String)]);
	});

	it.each([
		['a Meet transcript', MEET, true],
		['without its header: the end line and the notice', MEET.split('\n').slice(6).join('\n'), true],
		['only time lines and labels', ['Ana: One.', '00:05:00', 'Ben: Two.', '00:10:00', 'Ana: Three.'].join('\n'), true],
		// Plain labels with no mark of Meet's stay plain labels.
		['plain labels', ['Ana: One.', 'Ben: Two.', 'Ana: Three.', 'Ben: Four.'].join('\n'), false],
		// One time line in plain labels is not Meet.
		['one time line', ['Ana: One.', '00:05:00', 'Ben: Two.', 'Ana: Three.'].join('\n'), false],
		// Timed lines are not labels.
		['timed lines', ['00:00:01', 'hello there', '00:00:05', 'and more'].join('\n'), false],
	])('recognises %s: %s', (_name, text, expected) => {
		expect(looksLikeGoogleMeet(text)).toBe(expected);
	});
});
