import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {readTranscript, TRANSCRIPT_READERS} from '../../src/talk/readers/read-transcript';
import type {Talk, Turn} from '../../src/talk/talk-schema';
import {type SpokenTurn, TRANSCRIPT_FORMATS, type TranscriptFormat} from '../support/write-transcript';

/**
 * `assembleTalk` owns every decision after reading, so the same conversation written in
 * any format talkreel reads gives the same Talk. Each rule is checked through every reader
 * (tests/support/write-transcript.ts writes the formats).
 */
const turnsOf = (talk: Talk): Turn[] => talk.sections.flatMap((s) => s.turns);
const load = (format: TranscriptFormat, turns: readonly SpokenTurn[], extra: {chapters?: string; edits?: string} = {}): Talk =>
	loadTalk({
		text: format.write(turns),
		file: format.file,
		edits: extra.edits === undefined ? null : {text: extra.edits, file: 'talk.edits.yaml'},
		chapters: extra.chapters === undefined ? null : {text: extra.chapters, file: 'talk.chapters.vtt'},
	}).talk;
const formatOf = (file: string, text: string): string => TRANSCRIPT_READERS.find((r) => r.recognise(text))?.format ?? `none for ${file}`;

const NAMED = TRANSCRIPT_FORMATS.filter((f) => f.named);
const TIMED_NAMED = NAMED.filter((f) => f.timed);

/** Two named speakers, a sound, an editor's insertion, times; chapters A (15 s) and B (60 s). */
const CONVERSATION: SpokenTurn[] = [
	{speaker: 'Ana Lima', startMs: 0, endMs: 20_000, text: 'Welcome to the show. I met Giulia [Fanti] there (laughs) and we left.'},
	{speaker: 'Bo Chen', startMs: 20_000, endMs: 70_000, text: 'Thanks for having me. It was a long trip.'},
	{speaker: 'Ana Lima', startMs: 70_000, endMs: 80_000, text: 'Shall we talk about the chapters now?'},
	// The last turn lasts its speaking time (five words, 400 ms each), as a text format without end times places it.
	{speaker: 'Bo Chen', startMs: 80_000, endMs: 82_000, text: 'Sure, the chapters are great.'},
];
const CHAPTERS_VTT = 'WEBVTT\n\n00:00:15.000 --> 00:01:00.000\nA\n\n00:01:00.000 --> 00:02:00.000\nB\n';

/** What must be the same from every format: speakers, turns (text, kind, who), sections. */
const shapeOf = (talk: Talk) => ({
	speakers: talk.speakers,
	turns: turnsOf(talk).map((t) => ({id: t.id, kind: t.kind, speakerIds: t.speakerIds, text: t.text})),
	sections: talk.sections.map((s) => ({id: s.id, title: s.title, turns: s.turns.map((t) => t.id)})),
});

describe('the same conversation in every format gives the same Talk', () => {
	const reference = load(TIMED_NAMED[0] as TranscriptFormat, CONVERSATION, {chapters: CHAPTERS_VTT});

	it('the reference talk is what the conversation says', () => {
		expect(shapeOf(reference)).toEqual({
			speakers: [
				{id: 'ana-lima', name: 'Ana Lima', role: 'host'},
				{id: 'bo-chen', name: 'Bo Chen', role: 'guest'},
			],
			turns: [
				{id: 't001', kind: 'speech', speakerIds: ['ana-lima'], text: 'Welcome to the show. I met Giulia [Fanti] there and we left.'},
				{id: 't002', kind: 'reaction', speakerIds: ['ana-lima'], text: '(laughs)'},
				{id: 't003', kind: 'speech', speakerIds: ['bo-chen'], text: 'Thanks for having me. It was a long trip.'},
				{id: 't004', kind: 'speech', speakerIds: ['ana-lima'], text: 'Shall we talk about the chapters now?'},
				{id: 't005', kind: 'speech', speakerIds: ['bo-chen'], text: 'Sure, the chapters are great.'},
			],
			sections: [
				{id: 's1', title: 'Opening', turns: ['t001', 't002']},
				{id: 's2', title: 'A', turns: ['t003']},
				{id: 's3', title: 'B', turns: ['t004', 't005']},
			],
		});
		expect(turnsOf(reference).map((t) => [t.startMs, t.endMs])).toEqual([
			[0, 20_000],
			[0, 20_000],
			[20_000, 70_000],
			[70_000, 80_000],
			[80_000, 82_000],
		]);
	});

	it('every format talkreel reads is in the table', () => {
		const written = new Set(TRANSCRIPT_FORMATS.map((f) => formatOf(f.file, f.write(CONVERSATION))));
		const readers = TRANSCRIPT_READERS.map((r) => r.format).filter((f) => f !== 'json' && f !== 'xml' && f !== 'talk-json');
		expect([...written].sort()).toEqual([...readers].sort());
	});

	it.each(TIMED_NAMED.map((f) => [f.file, f] as const))('%s: speakers, turns, sections, and times within 10 ms', (file, format) => {
		expect(formatOf(file, format.write(CONVERSATION))).toBe(format.format);
		const talk = load(format, CONVERSATION, {chapters: CHAPTERS_VTT});
		expect(shapeOf(talk)).toEqual(shapeOf(reference));
		// Speech turns (a sound takes the time of what it was cut from: a turn, a cue or a word, as fine as the format is).
		const speech = (t: Talk) => turnsOf(t).filter((turn) => turn.kind === 'speech');
		const times = speech(talk).map((t) => [t.startMs ?? Number.NaN, t.endMs ?? Number.NaN]);
		speech(reference).forEach((t, i) => {
			expect(Math.abs((times[i]?.[0] ?? Number.NaN) - (t.startMs ?? 0))).toBeLessThanOrEqual(10);
			expect(Math.abs((times[i]?.[1] ?? Number.NaN) - (t.endMs ?? 0))).toBeLessThanOrEqual(10);
		});
	});

	it('a format without times gives the same speakers and turns', () => {
		const untimed = NAMED.find((f) => !f.timed) as TranscriptFormat;
		const {speakers, turns} = shapeOf(load(untimed, CONVERSATION));
		expect({speakers, turns}).toEqual({speakers: shapeOf(reference).speakers, turns: shapeOf(reference).turns});
	});

	it('a Talk as JSON, as parse prints it, reads back the same', () => {
		expect(loadTalk({text: JSON.stringify(reference), file: 'talk.json', edits: null}).talk).toEqual(reference);
	});
});

describe('one rule per decision, through every reader', () => {
	// Rule: a diarization label is named from its own number, the same in every format, so an edits file written for one works on all.
	const DIARIZED: SpokenTurn[] = [
		{speaker: 'SPEAKER_04', startMs: 0, endMs: 4000, text: 'Hello and welcome, this is the fourth speaker.'},
		{speaker: 'SPEAKER_01', startMs: 4000, endMs: 8000, text: 'And I am the second one, glad to be here.'},
		{speaker: 'SPEAKER_04', startMs: 8000, endMs: 12_000, text: 'Then let us begin with the first question.'},
		{speaker: 'SPEAKER_01', startMs: 12_000, endMs: 14_000, text: 'Yes, let us begin now.'},
	];
	it.each(NAMED.map((f) => [f.file, f] as const))('%s: SPEAKER_04 is Speaker 5 (speaker-5), and the edits file renames it', (_file, format) => {
		expect(load(format, DIARIZED).speakers.map((s) => [s.id, s.name])).toEqual([
			['speaker-5', 'Speaker 5'],
			['speaker-2', 'Speaker 2'],
		]);
		const edited = load(format, DIARIZED, {edits: 'speakers:\n  - speaker: speaker-5\n    name: Ana Lima\n'});
		expect(edited.speakers.map((s) => s.name)).toEqual(['Ana Lima', 'Speaker 2']);
	});

	// Rule: a talk that names no one has one speaker, Speaker 1.
	const UNNAMED = CONVERSATION.map((t) => ({...t, speaker: null}));
	it.each(TRANSCRIPT_FORMATS.filter((f) => !f.named || f.format === 'srt' || f.format === 'webvtt' || f.file === 'talk.json').map((f) => [f.file, f] as const))(
		'%s without speakers: one speaker, Speaker 1 (speaker-1)',
		(_file, format) => {
			expect(load(format, UNNAMED).speakers).toEqual([{id: 'speaker-1', name: 'Speaker 1', role: 'speaker'}]);
		},
	);

	// Rule: one splitter of speech and sounds: an editor's capitalised insertion is speech, sounds are reactions.
	const SOUNDS: SpokenTurn[] = [
		{speaker: 'Ana Lima', startMs: 0, endMs: 6000, text: 'I met Giulia [Fanti] there (chuckles) and [door slams] we left.'},
		{speaker: 'Bo Chen', startMs: 6000, endMs: 9000, text: 'That sounds like quite a day out.'},
		{speaker: 'Ana Lima', startMs: 9000, endMs: 12_000, text: 'It was, and then we went home.'},
		{speaker: 'Bo Chen', startMs: 12_000, endMs: 14_000, text: 'Good, good to hear.'},
	];
	it.each(NAMED.map((f) => [f.file, f] as const))('%s: [Fanti] stays in the speech; (chuckles) and [door slams] are reactions', (_file, format) => {
		const turns = turnsOf(load(format, SOUNDS)).slice(0, 3);
		expect(turns.map((t) => [t.kind, t.speakerIds, t.text])).toEqual([
			['speech', ['ana-lima'], 'I met Giulia [Fanti] there and we left.'],
			['reaction', ['ana-lima'], '(chuckles)'],
			['reaction', ['ana-lima'], '[door slams]'],
		]);
	});

	// Rule: a sound follows the speech it was cut from (turn ids stay as they were), and says where in it it was heard: before its first word, between its words, or after its last.
	const LEADING: SpokenTurn[] = [
		{speaker: 'Ana Lima', startMs: 0, endMs: 4000, text: 'That was the whole joke, I promise.'},
		{speaker: 'Bo Chen', startMs: 4000, endMs: 9000, text: '[laughs] Yes, and it still works (laughs) every time.'},
		{speaker: 'Ana Lima', startMs: 9000, endMs: 12_000, text: 'It does, and then we went home. [applause]'},
		{speaker: 'Bo Chen', startMs: 12_000, endMs: 14_000, text: 'Good, good to hear.'},
	];
	it.each(NAMED.map((f) => [f.file, f] as const))('%s: each sound follows its speech and says where in it it was heard', (_file, format) => {
		const turns = turnsOf(load(format, LEADING));
		// Where in the turn the sound within it was heard, in every format (captions too, joined from cues).
		expect(turns[3]?.at).toBe('Yes, and it still works'.length);
		expect(turns.map((t) => [t.id, t.kind, t.speakerIds[0], t.text, t.heard ?? 'after'])).toEqual([
			['t001', 'speech', 'ana-lima', 'That was the whole joke, I promise.', 'after'],
			['t002', 'speech', 'bo-chen', 'Yes, and it still works every time.', 'after'],
			['t003', 'reaction', 'bo-chen', '[laughs]', 'before'],
			['t004', 'reaction', 'bo-chen', '(laughs)', 'within'],
			['t005', 'speech', 'ana-lima', 'It does, and then we went home.', 'after'],
			['t006', 'reaction', 'ana-lima', '[applause]', 'after'],
			['t007', 'speech', 'bo-chen', 'Good, good to hear.', 'after'],
		]);
	});

	// Rule: one timestamp reader: 75:00 is 75 minutes wherever a time is written as text.
	const LATE: SpokenTurn[] = [
		{speaker: 'Ana Lima', startMs: 4_500_000, endMs: 4_504_000, text: 'We are seventy five minutes in.'},
		{speaker: 'Bo Chen', startMs: 4_504_000, endMs: 4_506_000, text: 'Time flies, indeed.'},
		{speaker: 'Ana Lima', startMs: 4_506_000, endMs: 4_508_000, text: 'It does, it does.'},
		{speaker: 'Bo Chen', startMs: 4_508_000, endMs: 4_510_000, text: 'Shall we stop here?'},
	];
	// Formats that write a clock time (not frames, ms or seconds).
	it.each(TRANSCRIPT_FORMATS.filter((f) => f.timed && !f.file.endsWith('.json') && /\b0?1:15:/.test(f.write(LATE))).map((f) => [f.file, f] as const))(
		'%s: a time written 75:00 is 75 minutes',
		(_file, format) => {
			// Every format written with 75 minutes in its first field: `75:00`, `75:00,000`, `75:04.000`, Teams' unpadded `75:0.0`.
			const text = format.write(LATE).replace(/\b0?1:15:/g, '75:');
			expect(text).toMatch(/\b75:0/);
			expect(turnsOf(readTranscript({text, file: format.file}).talk)[0]?.startMs).toBe(4_500_000);
		},
	);

	it.each([
		['SubRip', 'x.srt', '1\n00:99:99,000 --> 00:99:99,500\nHi.\n', 'cue 1 has a start time "00:99:99,000" that is not a time'],
		['WebVTT', 'x.vtt', 'WEBVTT\n\n99:99.000 --> 99:99.500\nHi.\n', 'cue 1 has a start time "99:99.000" that is not a time'],
		['a chapters file', 'x.chapters.vtt', null, 'has a start time "99:99.000" that is not a time'],
	])('99:99 is no time in %s: refused with the line', (_name, file, text, message) => {
		const chapters = {text: 'WEBVTT\n\n99:99.000 --> 99:99.500\nA\n', file};
		const run = () =>
			text === null
				? loadTalk({text: (TRANSCRIPT_FORMATS[0] as TranscriptFormat).write(CONVERSATION), file: 'talk.md', edits: null, chapters})
				: loadTalk({text, file, edits: null});
		expect(run).toThrow(message);
	});

	it.each([
		['a Descript line', '[99:99] **Ana:** Hi.\n\n[00:05] **Bo:** Hello.\n\n[00:09] **Ana:** Bye.\n', [5000, 9000]],
		// Untimed, the turn is placed at its speaking pace before the next time.
		['a time marker', '**Ana:** [99:99] Hi.\n\n**Bo:** [00:05] Hello.\n', [4000, 5000]],
	])('99:99 is no time in %s: not read as one', (_name, text, starts) => {
		const turns = turnsOf(readTranscript({text, file: 'x.md'}).talk).filter((t) => t.kind === 'speech');
		expect(turns.slice(-2).map((t) => t.startMs)).toEqual(starts);
	});

	const SOURCES: [from: string, extra: {chapters?: string; edits?: string}, before: string][] = [
		['a chapters file', {chapters: 'WEBVTT\n\n00:00:05.000 --> 00:01:00.000\nA\n\n00:01:00.000 --> 00:02:00.000\nB\n'}, ''],
		['front matter', {}, '---\nchapters:\n  - "00:05 A"\n  - "01:00 B"\n---\n\n'],
		['a show-notes list', {}, '00:05 A\n01:00 B\n\n'],
		['the edits file', {edits: 'chapters: |\n  00:05 A\n  01:00 B\n'}, ''],
	];
	it.each(SOURCES)('chapters from %s: turns at 0, 10 and 70 s, chapters at 5 s (A) and 60 s (B), the same sections', (_from, extra, before) => {
		const turns: SpokenTurn[] = [
			{speaker: 'Ana Lima', startMs: 0, endMs: 10_000, text: 'Welcome, this is the opening of the talk.'},
			{speaker: 'Bo Chen', startMs: 10_000, endMs: 70_000, text: 'Thanks, this is the first real chapter.'},
			{speaker: 'Ana Lima', startMs: 70_000, endMs: 72_000, text: 'And this one is the second chapter.'},
		];
		const markdown = TRANSCRIPT_FORMATS[0] as TranscriptFormat;
		const talk = loadTalk({
			text: before + markdown.write(turns),
			file: 'talk.md',
			edits: extra.edits === undefined ? null : {text: extra.edits, file: 'talk.edits.yaml'},
			chapters: extra.chapters === undefined ? null : {text: extra.chapters, file: 'talk.chapters.vtt'},
		}).talk;
		// The first turn runs from 0 to 10 s: its middle, 5 s, is in A (a turn that starts before a chapter's time by less than half its length opens it).
		expect(talk.sections.map((s) => [s.id, s.title, s.startMs, s.turns.map((t) => t.id)])).toEqual([
			['s1', 'A', 5000, ['t001', 't002']],
			['s2', 'B', 60_000, ['t003']],
		]);
		expect(talk.sections[0]?.endMs).toBe(60_000);
	});

	it.each([
		['a chapters file', 'srt'],
		['a chapters file', 'markdown'],
		['the edits file', 'srt'],
		['the edits file', 'markdown'],
	])('chapters from %s on %s: speech before the first chapter is an opening section', (from, kind) => {
		const turns: SpokenTurn[] = [
			{speaker: 'Ana Lima', startMs: 0, endMs: 10_000, text: 'Welcome, this is the opening of the talk.'},
			{speaker: 'Bo Chen', startMs: 10_000, endMs: 70_000, text: 'Thanks, this is the first real chapter.'},
			{speaker: 'Ana Lima', startMs: 70_000, endMs: 72_000, text: 'And this one is the second chapter.'},
		];
		const format = TRANSCRIPT_FORMATS.find((f) => f.format === kind) as TranscriptFormat;
		const extra =
			from === 'the edits file'
				? {edits: 'chapters: |\n  00:06 A\n  01:00 B\n'}
				: {chapters: 'WEBVTT\n\n00:00:06.000 --> 00:01:00.000\nA\n\n00:01:00.000 --> 00:02:00.000\nB\n'};
		expect(load(format, turns, extra).sections.map((s) => [s.title, s.turns.map((t) => t.text)])).toEqual([
			['Opening', ['Welcome, this is the opening of the talk.']],
			['A', ['Thanks, this is the first real chapter.']],
			['B', ['And this one is the second chapter.']],
		]);
	});
});

describe('timed cues become turns', () => {
	const srt = (...cues: [string, string, string][]) => cues.map(([a, b, t], i) => `${i + 1}\n00:${a} --> 00:${b}\n${t}\n`).join('\n');
	const turnsOfSrt = (text: string): Turn[] => turnsOf(readTranscript({text, file: 'x.srt'}).talk);

	it('a label holds until the next; speech before the first belongs to the first labelled speaker', () => {
		const turns = turnsOfSrt(
			srt(
				['00:00,000', '00:01,000', 'Welcome back.'],
				['00:01,000', '00:02,000', 'Ana: I am glad'],
				['00:02,000', '00:03,000', 'to be here.'],
				['00:03,000', '00:04,000', 'Bo: So am I.'],
				['00:04,000', '00:05,000', 'Ana: Good.'],
			),
		);
		expect(turns.map((t) => [t.speakerIds[0], t.text])).toEqual([
			['ana', 'Welcome back. I am glad to be here.'],
			['bo', 'So am I.'],
			['ana', 'Good.'],
		]);
	});

	it('a sound cue is a reaction turn between speech turns; one inside a cue follows its turn; a sound goes to the speaker heard before it', () => {
		const turns = turnsOfSrt(
			srt(
				['00:00,000', '00:01,000', 'Ana: It was funny [laughs] really.'],
				['00:01,000', '00:02,000', '[Applause]'],
				['00:02,000', '00:03,000', 'Thank you.'],
				['00:03,000', '00:04,000', 'Bo: You are welcome.'],
				['00:04,000', '00:05,000', 'Audience: [cheering]'],
				['00:05,000', '00:06,000', 'Bo: Thanks, everyone.'],
			),
		);
		expect(turns.map((t) => [t.kind, t.speakerIds[0], t.text, t.heard ?? 'after'])).toEqual([
			['speech', 'ana', 'It was funny really.', 'after'],
			['reaction', 'ana', '[laughs]', 'within'],
			['reaction', 'ana', '[Applause]', 'after'],
			['speech', 'ana', 'Thank you.', 'after'],
			['speech', 'bo', 'You are welcome.', 'after'],
			['reaction', 'bo', '[cheering]', 'after'],
			['speech', 'bo', 'Thanks, everyone.', 'after'],
		]);
	});

	it('a sound in a cue is placed in the words of the turn the cue joins: before its first word, within, or after its last; a dash beside it keeps the turn whole', () => {
		const turns = turnsOfSrt(
			srt(
				['00:00,000', '00:01,000', 'Ana: That was the joke.'],
				['00:01,000', '00:02,000', 'Bo: [laughs] It was good.'],
				['00:02,000', '00:03,000', '[laughs] I mean it.'],
				['00:03,000', '00:04,000', 'Ana: Thanks. [laughs]'],
				['00:04,000', '00:05,000', 'Ana: I think that'],
				['00:05,000', '00:06,000', '- [laughs]'],
				['00:06,000', '00:07,000', 'we should go. [applause]'],
			),
		);
		expect(turns.map((t) => [t.id, t.kind, t.speakerIds[0], t.text, t.heard ?? 'after'])).toEqual([
			['t001', 'speech', 'ana', 'That was the joke.', 'after'],
			['t002', 'speech', 'bo', 'It was good. I mean it.', 'after'],
			['t003', 'reaction', 'bo', '[laughs]', 'before'],
			['t004', 'reaction', 'bo', '[laughs]', 'within'],
			['t005', 'speech', 'ana', 'Thanks. I think that we should go.', 'after'],
			['t006', 'reaction', 'ana', '[laughs]', 'within'],
			['t007', 'reaction', 'ana', '[laughs]', 'within'],
			['t008', 'reaction', 'ana', '[applause]', 'after'],
		]);
	});
});

describe('a cue of dashes or dots says nothing', () => {
	it('"Ben Ode: -" is no turn, and the speakers around it keep theirs (a Zoom call)', () => {
		const text = [
			'WEBVTT',
			'',
			'00:00:01.000 --> 00:00:02.000',
			'Ana Lima: Hello there, this is the call.',
			'',
			'00:00:02.500 --> 00:00:03.000',
			'Ben Ode: -',
			'',
			'00:00:03.500 --> 00:00:05.000',
			'Ana Lima: We ship on Friday.',
			'',
			'00:00:05.500 --> 00:00:06.000',
			'Ben Ode: Great, thanks.',
			'',
			'00:00:06.500 --> 00:00:07.000',
			'Ana Lima: …',
			'',
			'00:00:07.500 --> 00:00:08.000',
			'Ben Ode: Press _ then.',
			'',
		].join('\n');
		const {talk} = loadTalk({text, file: 'call.vtt', edits: null});
		expect(talk.sections.flatMap((s) => s.turns).map((t) => [t.speakerIds[0], t.text])).toEqual([
			['ana-lima', 'Hello there, this is the call. We ship on Friday.'],
			['ben-ode', 'Great, thanks. Press _ then.'],
		]);
	});

	it.each([
		['[laughs]!', '[laughs]'],
		['（笑）。', '（笑）'],
		['[applause], ', '[applause]'],
	])('the stop a cut sound leaves is no speech: %j is a sound alone', (said, left) => {
		const text = ['**Ana Lima:** We ship on Friday, as always.', '', `**Bo Chen:** ${said}`, '', '**Ana Lima:** And we test first.'].join('\n');
		const {talk} = loadTalk({text, file: 'call.md', edits: null});
		expect(talk.sections.flatMap((s) => s.turns).map((t) => [t.kind, t.text])).toEqual([
			['speech', 'We ship on Friday, as always.'],
			['reaction', left],
			['speech', 'And we test first.'],
		]);
	});
});
