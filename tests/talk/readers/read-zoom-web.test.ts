import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import {looksLikeZoomWeb} from '../../../src/talk/readers/read-zoom-web';

/** A recording's Audio Transcript, selected from its web page with the page around it (lines indented as the copy gives them). */
const PAGE = [
	'Skip to Main Content',
	' Accessibility Overview',
	' Zoom Logo',
	' Weekly Sync- Shared screen with speaker view',
	' Sep 2, 2025 02:52 PM',
	' Download (5 files)',
	'',
	' 00:07:08/00:42:41',
	'',
	' Speed',
	'',
	' Audio Transcript',
	' Chat Messages',
	' Search transcript',
	' Ana Lima (Example, Inc.)',
	' Ana Lima (Example, Inc.)',
	'',
	' (Pre-meeting Chat Removed)',
	'',
	' Ana Lima (Example, Inc.)',
	' 11:17',
	' Okay, so the migration is the only thing on the list today.',
	' We moved the last two services on Friday, and…',
	' nothing fell over.',
	' Ben Ode',
	' Ben Ode',
	' 12:25',
	' Agreed, we ship on Monday.',
	' Ana Lima (Example, Inc.)',
	' Ana Lima (Example, Inc.)',
	' 42:38',
	' Thanks, everyone. That is all for today, and we will see you all at the next meeting in two weeks.',
].join('\n');

/** The transcript alone, copied from inside an entry: it opens on a time no name comes before. */
const MID_ENTRY = [
	'11:03',
	'And so, with that, I am starting this meeting.',
	'Feel free to take it away.',
	'Roberto Majadas',
	'Roberto Majadas',
	'00:12:15',
	'Thank you, Tom. So, can you see my presentation?',
	'Tom Sweeney (Red Hat, Inc.)',
	'Tom Sweeney (Red Hat, Inc.)',
	'00:12:21',
	'Looks good to me.',
].join('\n');

const read = (text: string) => readTranscript({text, file: 'zoom-transcript.txt'}).talk;
const turnsOf = (text: string) => {
	const talk = read(text);
	const names = new Map(talk.speakers.map((s) => [s.id, s.name]));
	return talk.sections
		.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech')
		.map((t) => ({speaker: t.speakerIds.map((id) => names.get(id)).join(', '), startMs: t.startMs, text: t.text}));
};

describe("Zoom's transcript copied from its web page: the name twice, the time, the text", () => {
	it('reads each entry as its speaker’s turn, timed into the recording, the page’s own lines left out', () => {
		expect(turnsOf(PAGE)).toEqual([
			{
				speaker: 'Ana Lima (Example, Inc.)',
				startMs: 677_000,
				text: 'Okay, so the migration is the only thing on the list today. We moved the last two services on Friday, and… nothing fell over.',
			},
			{speaker: 'Ben Ode', startMs: 745_000, text: 'Agreed, we ship on Monday.'},
			{
				speaker: 'Ana Lima (Example, Inc.)',
				startMs: 2_558_000,
				text: 'Thanks, everyone. That is all for today, and we will see you all at the next meeting in two weeks.',
			},
		]);
	});

	it('takes the meeting’s title, date and length from the page’s lines', () => {
		const talk = read(PAGE);
		expect({title: talk.metadata.title, date: talk.metadata.date}).toEqual({title: 'Weekly Sync', date: '2025-09-02'});
		// The player's `00:07:08/00:42:41`: the last entry, three seconds before the end, ends with the recording, not at a guess of its length past it.
		expect(talk.sections.flatMap((s) => s.turns).at(-1)?.endMs).toBe(2_561_000);
	});

	it('gives the words before the copy’s first name to an unknown speaker, not to the first name', () => {
		expect(turnsOf(MID_ENTRY)).toEqual([
			{speaker: 'Unknown Speaker', startMs: 663_000, text: 'And so, with that, I am starting this meeting. Feel free to take it away.'},
			{speaker: 'Roberto Majadas', startMs: 735_000, text: 'Thank you, Tom. So, can you see my presentation?'},
			{speaker: 'Tom Sweeney (Red Hat, Inc.)', startMs: 741_000, text: 'Looks good to me.'},
		]);
		// Who the copy does not name gives no quote.
		expect(read(MID_ENTRY).speakers.map((s) => s.name)).toContain('Unknown Speaker');
		const untimed = MID_ENTRY.replace('11:03\n', '');
		expect(turnsOf(untimed)[0]).toMatchObject({speaker: 'Unknown Speaker', text: 'And so, with that, I am starting this meeting. Feel free to take it away.'});
	});

	it('a line of speech before a time is not a name: a name is said twice, or once after an empty line', () => {
		const text = `${MID_ENTRY}\nWe meet again at\n13:30\nthat is the plan.`;
		expect(turnsOf(text).at(-1)).toEqual({
			speaker: 'Tom Sweeney (Red Hat, Inc.)',
			startMs: 741_000,
			text: 'Looks good to me. We meet again at 13:30 that is the plan.',
		});
	});

	it('reads a name said twice that ends on an initial’s dot, and never puts an entry’s header in someone’s words', () => {
		const text = 'Ana Lima\nAna Lima\n0:01\nHello everyone.\nBen O.\nBen O.\n0:05\nThe release is blocked.\nJohn Smith Jr.\nJohn Smith Jr.\n0:09\nI can help.';
		expect(turnsOf(text)).toEqual([
			{speaker: 'Ana Lima', startMs: 1000, text: 'Hello everyone.'},
			{speaker: 'Ben O.', startMs: 5000, text: 'The release is blocked.'},
			{speaker: 'John Smith Jr.', startMs: 9000, text: 'I can help.'},
		]);
	});

	it('gives the opening words to an unknown speaker below a heading too, and no page line is a name', () => {
		const headed = `# Weekly sync, 2 Sep\n\n${MID_ENTRY}`;
		expect(read(headed).metadata.title).toBe('Weekly sync, 2 Sep');
		expect(turnsOf(headed)[0]).toEqual({
			speaker: 'Unknown Speaker',
			startMs: 663_000,
			text: 'And so, with that, I am starting this meeting. Feel free to take it away.',
		});
		const paged = ` Search transcript\n 0:01\n Hello there.\n Ben Ode\n Ben Ode\n 0:05\n Hi.\n Ana Lima\n Ana Lima\n 0:09\n Bye.`;
		expect(turnsOf(paged).map((t) => t.speaker)).toEqual(['Unknown Speaker', 'Ben Ode', 'Ana Lima']);
	});

	it('leaves a document that quotes a copy in a code fence to its own format', () => {
		const text =
			'**Ana:** here is what I pasted\n\n```\nBen Ode\nBen Ode\n0:01\nHello.\nCara Diaz\nCara Diaz\n0:05\nHi.\n```\n\n**Ben:** thanks\n\n**Ana:** sure\n';
		expect(looksLikeZoomWeb(text)).toBe(false);
		expect(read(text).speakers.map((s) => s.name)).toEqual(['Ana', 'Ben']);
	});

	it('reads the page’s lines in bounded time, however long, and no impossible date', () => {
		const text = `Search transcript\na${' '.repeat(99_990)}b\n${PAGE.replace(' Sep 2, 2025', ' Feb 31, 2025')}`;
		const started = performance.now();
		const talk = read(text);
		expect(performance.now() - started).toBeLessThan(3000);
		expect(talk.metadata.date).toBeUndefined();
	});

	it.each([
		['two entries with the name twice', true, 'Ana\nAna\n0:01\nHi.\nBen\nBen\n0:03\nHello.'],
		['one entry', false, 'Ana\nAna\n0:01\nHi.'],
		['one entry and the page’s lines', true, ' Search transcript\n Ana\n 0:01\n Hi.\n Ben\n Ben\n 0:03\n Hello.'],
		['names said once (Otter without its gap)', false, 'Ana\n0:01\nHi.\n\nBen\n0:03\nHello.'],
		['a sentence said twice before a time', false, 'I agree.\nI agree.\n0:01\nHi.\nYes.\nYes.\n0:03\nNo.'],
		['subtitles', false, '1\n00:00:01,000 --> 00:00:02,000\nHi.\n'],
	])('%s: recognised %s', (_name, expected, text) => {
		expect(looksLikeZoomWeb(text)).toBe(expected);
	});

	it('refuses a copy of more turns than a talk holds with one line, in bounded time', () => {
		const entries = (n: number) => 'Ana\nAna\n0:01\nHi.\nBen\nBen\n0:02\nNo.\n'.repeat(n);
		const started = performance.now();
		expect(turnsOf(entries(5000))).toHaveLength(10_000);
		expect(() => read(entries(20_000))).toThrow(/^TALK_LIMIT: zoom-transcript.txt:\d+: the talk has more than 20000 turns/);
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
