import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';

/** A markdown interview of these turns. */
const md = (...turns: [string, string][]) => `# Talk\n\n${turns.map(([name, text]) => `**${name}:** ${text}`).join('\n\n')}\n`;

/** Each speech turn: who says it (the speaker's name in lower case) and its text. */
const turnsOf = (text: string, file = 'talk.txt') => {
	const {talk} = loadTalk({text, file, edits: null});
	const name = (id: string) => talk.speakers.find((s) => s.id === id)?.name.toLowerCase() ?? id;
	return talk.sections.flatMap((s) => s.turns.filter((t) => t.kind === 'speech').map((t) => [t.speakerIds.map(name).join(), t.text]));
};

describe('a turn of the same speaker that goes on with the sentence the one before left open is one turn', () => {
	it.each([
		[
			'`Name: text` a caption a line',
			'Ana: Hello there, welcome to\nAna: the show and thanks for\nAna: coming on today.\nBob: Thanks for having me, it\nBob: is great to be here.\n',
			[
				['ana', 'Hello there, welcome to the show and thanks for coming on today.'],
				['bob', 'Thanks for having me, it is great to be here.'],
			],
		],
		[
			'Descript-style `[00:00:01] Name: text` lines',
			'[00:00:01] Ana: Hello there, welcome to\n[00:00:05] Ana: the show.\n[00:00:09] Bob: Thanks for having me.\n[00:00:12] Bob: It is great to be here.\n',
			[
				['ana', 'Hello there, welcome to the show.'],
				['bob', 'Thanks for having me.'],
				['bob', 'It is great to be here.'],
			],
		],
		// A stop before, a capital after, another speaker, or Chinese (no case to tell): turns as written.
		[
			'a sentence ended',
			md(['Ana', 'Hello there.'], ['Ana', 'welcome to the show.'], ['Bob', 'Thanks.']),
			[
				['ana', 'Hello there.'],
				['ana', 'welcome to the show.'],
				['bob', 'Thanks.'],
			],
		],
		[
			'a capital after',
			md(['Ana', 'Hello there, welcome to'], ['Ana', 'The show.'], ['Bob', 'Thanks.']),
			[
				['ana', 'Hello there, welcome to'],
				['ana', 'The show.'],
				['bob', 'Thanks.'],
			],
		],
		[
			'another speaker',
			md(['Ana', 'Hello there, welcome to'], ['Bob', 'the show, she means.'], ['Ana', 'Yes.']),
			[
				['ana', 'Hello there, welcome to'],
				['bob', 'the show, she means.'],
				['ana', 'Yes.'],
			],
		],
		[
			'Chinese',
			md(['主持人', '欢迎来到'], ['主持人', '我们的节目'], ['嘉宾', '谢谢。']),
			[
				['主持人', '欢迎来到'],
				['主持人', '我们的节目'],
				['嘉宾', '谢谢。'],
			],
		],
	])('%s', (_name, text, turns) => {
		expect(turnsOf(text)).toEqual(turns);
	});

	it.each([
		['said 25 minutes apart (Otter)', '[00:00:12] Ana: Hello there, welcome to\n[00:25:00] Ana: the last part of the show.\n[00:25:09] Bob: Thanks.\n'],
		[
			'by "Unknown Speaker", who may be two people',
			'Unknown Speaker: I have a question about the\nUnknown Speaker: yes, I was going to ask that too.\nAna: Go ahead.\nAna: Please.\n',
		],
	])('not when %s', (_why, text) => {
		expect(turnsOf(text).length).toBeGreaterThanOrEqual(3);
	});

	it('not across a break', () => {
		expect(turnsOf('# Talk\n\n**Ana:** \\[31:50\\] Hello there, welcome to\n\n**Break**: \\[32:01\\]\n\n**Ana:** \\[33:10\\] the show.\n', 'talk.md')).toEqual([
			['ana', 'Hello there, welcome to'],
			['ana', 'the show.'],
		]);
	});

	it('not across a section heading', () => {
		expect(turnsOf('# Talk\n\n## One\n\n**Ana:** Hello there, welcome to\n\n## Two\n\n**Ana:** the show.\n', 'talk.md')).toEqual([
			['ana', 'Hello there, welcome to'],
			['ana', 'the show.'],
		]);
	});
});
