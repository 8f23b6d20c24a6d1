import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const speakersAndTurns = (lines: string[]) => {
	const {talk} = readTranscript({text: lines.join('\n'), file: 'minutes.txt'});
	const names = new Map(talk.speakers.map((s) => [s.id, s.name]));
	return talk.sections.flatMap((s) => s.turns).map((t) => `${t.speakerIds.map((id) => names.get(id)).join(' & ')}: ${t.text}`);
};

describe('plain labels: a numbered voice heard once', () => {
	it.each([
		[
			'`Speaker 3:` once, beside `Speaker 1:` and `Speaker 2:` that recur (a meeting-minutes generator’s sample, as Word keeps it)',
			[
				'Speaker 1: Let us start with the timeline.',
				'Speaker 2: Agreed.',
				'Speaker 1: John, can you handle the design?',
				'Speaker 3: Yes, I will.',
				'Speaker 2: Great.',
			],
			[
				'Speaker 1: Let us start with the timeline.',
				'Speaker 2: Agreed.',
				'Speaker 1: John, can you handle the design?',
				'Speaker 3: Yes, I will.',
				'Speaker 2: Great.',
			],
		],
		[
			'`发言人3：` once, beside 发言人1 and 发言人2',
			['发言人1：我们先看时间表。', '发言人2：同意。', '发言人1：设计谁来负责？', '发言人3：我来吧。', '发言人2：好。'],
			['发言人1: 我们先看时间表。', '发言人2: 同意。', '发言人1: 设计谁来负责？', '发言人3: 我来吧。', '发言人2: 好。'],
		],
		[
			'`Note 1:` once among named voices stays the turn’s text',
			['Ana: We planted the trees.', 'Ben: How many?', 'Ana: Forty.', 'Note 1: the count is from the city.', 'Ben: Good.'],
			['Ana: We planted the trees.', 'Ben: How many?', 'Ana: Forty. Note 1: the count is from the city.', 'Ben: Good.'],
		],
		[
			'`Speaker 3:` once with no other numbered voice stays text',
			['Ana: We planted the trees.', 'Ben: How many?', 'Ana: Forty.', 'Speaker 3: thanks.', 'Ben: Good.'],
			['Ana: We planted the trees.', 'Ben: How many?', 'Ana: Forty. Speaker 3: thanks.', 'Ben: Good.'],
		],
	])('%s', (_name, lines, expected) => {
		expect(speakersAndTurns(lines)).toEqual(expected);
	});
});

describe('plain labels: a name with an initial or a title', () => {
	it('"Susan M. Elliott:" and "Dr. Todd Lowary:" are speakers; before, their lines ran into the one before them', () => {
		// Each line is a turn of its own, as written.
		const lines = [
			'Susan M. Elliott: Minister Tang, welcome to the council.',
			'Audrey Tang: Thank you for having me here.',
			'Susan M. Elliott: How did the open data work start?',
			'Audrey Tang: With the budget, line by line.',
			'Dr. Todd Lowary: And the ethics of it?',
			'Audrey Tang: Radical transparency.',
			'Dr. Todd Lowary: Thank you.',
		];
		expect(speakersAndTurns(lines)).toEqual(lines);
	});

	it('"Team mem. 1:", a short word shortened inside a name as a transcription tool lets people name voices (Sonix), is a speaker; before, its lines ran into the turn before them', () => {
		const lines = [
			'Team mem. 2: Before we begin, is it okay if we record this session?',
			'Customer: Yes, go ahead.',
			'Team mem. 1: We built three new games since the last interview.',
			'Customer: You managed to deploy them?',
			'Team mem. 1: Yes, all three are deployed.',
			'Team mem. 2: And the pipeline is green again.',
		];
		expect(speakersAndTurns(lines)).toEqual(lines);
	});

	it.each([
		['Yes. Look', 'it works.'],
		['Ed. note', 'the audio drops out here.'],
		['No. 1', 'measure the heat.'],
		['Fig. 1', 'the map of the city.'],
		['Oak vs. pine', 'oak wins.'],
	])('"%s:" twice, a sentence, a note or a list item, stays text', (lead, rest) => {
		const lines = ['Ana: We planted the trees.', `${lead}: ${rest}`, 'Ben: How many?', 'Ana: Forty.', `${lead}: ${rest}`, 'Ben: Good.'];
		expect(speakersAndTurns(lines)).toEqual([`Ana: We planted the trees. ${lead}: ${rest}`, 'Ben: How many?', `Ana: Forty. ${lead}: ${rest}`, 'Ben: Good.']);
	});

	it('"Team mem.1:" with no space is a voice too', () => {
		const lines = ['Team mem.1: We built three games.', 'Customer: Deployed?', 'Team mem.1: Yes.', 'Customer: Good.'];
		expect(speakersAndTurns(lines)).toEqual(lines);
	});

	it('a sentence before a colon is still text ("It works. Trust me: …", "Okay. Look: …")', () => {
		expect(speakersAndTurns(['Ana: We planted the trees.', 'Ben: How many?', 'Okay. Look: forty of them.', 'Ben: Good.', 'Ana: Forty.'])).toEqual([
			'Ana: We planted the trees.',
			'Ben: How many? Okay. Look: forty of them.',
			'Ben: Good.',
			'Ana: Forty.',
		]);
	});

	it('a sentence before a colon is still text ("It works. Trust me: …")', () => {
		expect(speakersAndTurns(['Ana: We planted the trees.', 'Ben: How many?', 'Ana: Forty. Trust me: forty.', 'Ben: Good.'])).toEqual([
			'Ana: We planted the trees.',
			'Ben: How many?',
			'Ana: Forty. Trust me: forty.',
			'Ben: Good.',
		]);
	});
});

describe('plain labels: a voice heard once, among labelled turns', () => {
	const turns = ['Ana: Thanks for having me.', 'Ben: Glad to be here.', 'Ana: Heat kills more people than any other weather.', 'Ben: And white roofs help.'];
	it.each([
		['a moderator’s welcome before the guests speak (it was left out as an introduction)', ['Moderator: Welcome to the panel on cooler cities.', ...turns]],
		[
			'an audience member’s one question (it ran into the turn before it)',
			[...turns.slice(0, 2), 'Audience member: How much does a white roof cost?', ...turns.slice(2)],
		],
		['an audience member numbered', [...turns.slice(0, 2), 'Audience member 2: How much does a white roof cost?', ...turns.slice(2)]],
		[
			'a name the talk says elsewhere',
			['Ana: Thanks for having me, and thanks to Jenny for the photos.', 'Ben: Glad to be here.', 'Jenny Park: I paint roofs for a living.', ...turns.slice(2)],
		],
		[
			'a title and a name the talk says',
			['Ana: As Jane showed last year, heat kills.', 'Ben: Glad to be here.', 'Dr. Jane Smith: The data agree.', ...turns.slice(2)],
		],
		[
			'a name with capitals inside, called at a sentence’s start',
			['Ana: Sean, welcome. Thanks for having me.', 'Ben: Glad to be here.', "Sean O'Brien: The data agree.", ...turns.slice(2)],
		],
		[
			'a title and a surname the talk says after the title',
			['Ana: As Dr. Smith showed last year, heat kills.', 'Ben: Glad to be here.', 'Dr. Smith: The data agree.', ...turns.slice(2)],
		],
		['a name with a particle', ['Ana: Thanks to Maria for the data.', 'Ben: Glad to be here.', 'Maria de la Cruz: The data agree.', ...turns.slice(2)]],
		['主持人, heard once', ['主持人：欢迎来到今天的节目。', '安娜：谢谢邀请。', '本：很高兴来。', '安娜：热浪比任何天气都致命。', '本：白色屋顶很有用。']],
	])('%s is a turn of its own', (_case, lines) => {
		expect(speakersAndTurns(lines)).toEqual(lines.map((l) => l.replace('：', ': ')));
	});

	it.each([
		['a common word (“Remember:”)', 'Remember: the heat kills.'],
		['an adverb (“Honestly:”)', 'Honestly: nobody measured it.'],
		['a note', 'Note: the figures are from 2023.'],
		['a question of a list (“Q. Why:”)', 'Q. Why: because the roofs are black.'],
		['a lower-case lead-in', 'bottom line: paint the roofs.'],
		['a name the talk never says', 'Jenny Park: I paint roofs.'],
		['one word, a language', 'Java: it is slow.'],
		['a place', 'New York: we shipped there first.'],
		['a role word in a phrase', 'Student loans: they crush people.'],
		['a role word in a phrase', 'Caller ID: blocked.'],
		// Unpunctuated text: the line before ends in a lower-case word, and the label is no evidence of itself.
		['a product after an unpunctuated line', 'Spring Boot: slow to start but solid'],
		['a price list', 'Chair: 200 dollars, the table 300.'],
		['a sentence of words', 'The one thing we learned: paint the roofs.'],
	])('%s stays the speaker’s text', (_case, line) => {
		expect(speakersAndTurns([...turns.slice(0, 3), line, ...turns.slice(3)])).toEqual([...turns.slice(0, 2), `${turns[2]} ${line}`, ...turns.slice(3)]);
	});

	it('in a file whose turns are set apart by empty lines and wrap, a voice heard once is a turn (a published transcript’s one line of Diana Hu, whom the host names, and one audience question)', () => {
		const text = [
			'Gary Tan: 1984 the Mac brought personal computing to the masses. 2024 we have personal software.',
			'This is Jared and Diana.',
			'',
			'Jared Friedman: You want to go debug if you know how, or you go ask about something and come',
			'back to it.',
			'',
			'Diana Hu: It definitely feels like talking to a developer. You should do the grumpy thing and',
			'have different modes.',
			'',
			'Gary Tan: Oh, that would be cool.',
			'',
			'Jared Friedman: It felt like I had a development partner.',
			'',
			'Audience Member: What a time to be alive. Can I apply it to my existing coding stack',
			'yet?',
			'',
			'Gary Tan: Not yet. It is super early.',
		];
		expect(speakersAndTurns(text)).toEqual([
			'Gary Tan: 1984 the Mac brought personal computing to the masses. 2024 we have personal software. This is Jared and Diana.',
			'Jared Friedman: You want to go debug if you know how, or you go ask about something and come back to it.',
			'Diana Hu: It definitely feels like talking to a developer. You should do the grumpy thing and have different modes.',
			'Gary Tan: Oh, that would be cool.',
			'Jared Friedman: It felt like I had a development partner.',
			'Audience Member: What a time to be alive. Can I apply it to my existing coding stack yet?',
			'Gary Tan: Not yet. It is super early.',
		]);
	});

	it.each([
		['a credit after the last turn', 'Producer: Sam Lee'],
		['a byline', 'Reporter: Jane Doe'],
	])('a role on the last line that names someone, %s, stays text', (_case, line) => {
		expect(speakersAndTurns([...turns, line])).toEqual([...turns.slice(0, 3), `${turns[3]} ${line}`]);
	});

	it('a label heard once with an unlabelled line after it stays text: the turn’s lines go on', () => {
		const lines = [...turns.slice(0, 3), 'Jenny: I paint roofs.', 'It pays well in summer.', ...turns.slice(3)];
		expect(speakersAndTurns(lines)).toEqual([...turns.slice(0, 2), `${turns[2]} Jenny: I paint roofs. It pays well in summer.`, ...turns.slice(3)]);
	});
});
