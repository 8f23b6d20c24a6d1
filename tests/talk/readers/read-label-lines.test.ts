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
