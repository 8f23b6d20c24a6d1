import {describe, expect, it} from 'vitest';
import {applyEdits} from '../../../src/talk/edits/apply-edits';
import {UserError} from '../../../src/errors';
import type {Talk, Turn} from '../../../src/talk/talk-schema';
import {expectLinearTime} from '../../support/linear-time';
import {makeTalk} from '../../support/make-talk';

const talk = makeTalk({
	sections: [
		{
			turns: [
				['host', '欢迎两位。'],
				['guest-a', '谢谢。这是否代表了其他公司的反应？不，我认为那只是他的反应。'],
			],
		},
		{
			title: '谈谈责任',
			turns: [
				['guest-b', '我认为技术是工具。Sam，你怎么看？首先让我回应一下。'],
				['guest-a', '[笑声]', 'reaction'],
			],
		},
	],
});

/** A host's line, then a guest's turn `text` and its sounds (t003, t004…), each where it was heard; `editsText` applied; the section's turns as [id, text, heard, at]. */
const withSounds = ({first = '欢迎两位。', text, sounds, editsText}: {first?: string; text: string; sounds: [string, Partial<Turn>][]; editsText: string}) => {
	const sounded = makeTalk({
		sections: [{turns: [['host', first], ['guest-a', text], ...sounds.map(([s]): [string, string, 'reaction'] => ['guest-a', s, 'reaction'])]}],
	});
	sounds.forEach(([, place], i) => {
		Object.assign(sounded.sections[0]?.turns[i + 2] ?? {}, place);
	});
	return applyEdits({talk: sounded, editsText, editsFile: 'x.edits.yaml'}).talk.sections[0]?.turns.map((x) => [x.id, x.text, x.heard ?? 'after', x.at]);
};

const turn = (t: Talk, id: string) => t.sections.flatMap((s) => s.turns).find((x) => x.id === id);
const edit = (editsText: string) => applyEdits({talk, editsText, editsFile: 'data/x.edits.yaml'}).talk;

describe('applyEdits', () => {
	it.each([
		[
			'metadata: {event: 阿斯彭创意节 2024, subtitle: 对谈}',
			(t: Talk) => [t.metadata.event, t.metadata.subtitle, t.metadata.title],
			['阿斯彭创意节 2024', '对谈', 'Test talk'],
		],
		['metadata:\n  title: 新标题\n  date: 2024-06', (t: Talk) => [t.metadata.title, t.metadata.date], ['新标题', '2024-06']],
		[
			'speakers:\n  - speaker: guest-a\n    role: host\n    color: "#ffb454"',
			(t: Talk) => t.speakers[1],
			{id: 'guest-a', name: 'Guest A', role: 'host', color: '#ffb454'},
		],
		['speakers: [{speaker: Guest B, name: 布莱恩}]', (t: Talk) => t.speakers[2]?.name, '布莱恩'],
		['turns: [{turn: t001, speaker: guest-b}]', (t: Talk) => turn(t, 't001')?.speakerIds, ['guest-b']],
		['turns: [{turn: t001, exclude: true}]', (t: Talk) => turn(t, 't001'), undefined],
		// An excluded turn takes the sounds heard right after it: [笑声] does not answer the turn before it.
		['turns: [{turn: t003, exclude: true}]', (t: Talk) => t.sections[1]?.turns.map((x) => x.id), []],
		['turns: [{turn: t004, exclude: true}]', (t: Talk) => t.sections[1]?.turns.map((x) => x.id), ['t003']],
		['sections: [{section: s2, title: 道德责任}]', (t: Talk) => t.sections[1]?.title, '道德责任'],
		['sections: [{section: s1, exclude: true}]', (t: Talk) => t.sections.map((s) => s.id), ['s2']],
		['pins: [{turn: t003, text: 我认为技术是工具。}]', (t: Talk) => t.editorial, {pins: [{turnId: 't003', text: '我认为技术是工具。'}], drops: []}],
		['drops: [{turn: t002}]', (t: Talk) => t.editorial, {pins: [], drops: [{turnId: 't002'}]}],
		['pins: [{quote: t003s1}]', (t: Talk) => t.editorial, {pins: [{turnId: 't003', text: '我认为技术是工具。'}], drops: []}],
		['drops: [{quote: t002s3p2}]', (t: Talk) => t.editorial, {pins: [], drops: [{turnId: 't002', text: '我认为那只是他的反应。'}]}],
		['{"turns": [{"turn": "t001", "speaker": "guest-a"}]}', (t: Talk) => turn(t, 't001')?.speakerIds, ['guest-a']],
	])('%s', (editsText, read, expected) => {
		expect(read(edit(editsText))).toEqual(expected);
	});

	it('splits a turn at a question and back, giving new ids t002-2, t002-3', () => {
		const t = edit(
			['turns:', '  - turn: t002', '    split:', '      - {at: 这是否代表, speaker: host}', '      - {at: 不，我认为, speaker: guest-a}'].join('\n'),
		);
		expect(t.sections[0]?.turns.map((x) => [x.id, x.speakerIds[0], x.text])).toEqual([
			['t001', 'host', '欢迎两位。'],
			['t002', 'guest-a', '谢谢。'],
			['t002-2', 'host', '这是否代表了其他公司的反应？'],
			['t002-3', 'guest-a', '不，我认为那只是他的反应。'],
		]);
	});

	// Rule: a sound heard before a split turn's first word still follows its first part; one after its last word follows its last part.
	it('a split turn keeps its sounds where they were heard: the laugh before its first word after its first part, the applause after its last word after its last part', () => {
		const turns = withSounds({
			text: '谢谢。这是否代表了其他公司的反应？不，我认为那只是他的反应。',
			sounds: [
				['[笑]', {heard: 'before'}],
				['[掌声]', {}],
			],
			editsText: 'turns: [{turn: t002, split: [{at: 这是否代表, speaker: host}]}]',
		});
		expect(turns).toEqual([
			['t001', '欢迎两位。', 'after', undefined],
			['t002', '谢谢。', 'after', undefined],
			['t003', '[笑]', 'before', undefined],
			['t002-2', '这是否代表了其他公司的反应？不，我认为那只是他的反应。', 'after', undefined],
			['t004', '[掌声]', 'after', undefined],
		]);
	});

	it('a laugh heard within a split turn follows the part it was heard in: heard after that part when the part ends there', () => {
		const text = '谢谢。这是个笑话。不，我认为那只是他的反应。';
		const turns = withSounds({
			text,
			sounds: [
				['[笑]', {heard: 'within', at: text.indexOf('。不')}],
				['[咳嗽]', {heard: 'within', at: text.indexOf('我认为') - 1}],
			],
			editsText: 'turns: [{turn: t002, split: [{at: 不，我认为, speaker: host}]}]',
		});
		expect(turns).toEqual([
			['t001', '欢迎两位。', 'after', undefined],
			['t002', '谢谢。这是个笑话。', 'after', undefined],
			['t003', '[笑]', 'after', undefined],
			['t002-2', '不，我认为那只是他的反应。', 'after', undefined],
			['t004', '[咳嗽]', 'within', 1],
		]);
	});

	// Regression: a split dropped the place of every sound heard within, and a card crossed the [inaudible] of a split turn again.
	it('a sound heard within a part keeps its place in that part, past the spaces and paragraphs the split tidies', () => {
		const text = 'Thanks for having me.\nSo we shipped it on a Friday, and the pager went off.\nNobody slept that weekend.';
		const turns = withSounds({
			first: 'Welcome to the show.',
			text,
			sounds: [
				['[inaudible]', {heard: 'within', at: text.indexOf(' and the pager') - 1}],
				['[laughs]', {heard: 'within', at: text.indexOf(' that weekend')}],
			],
			editsText: 'turns: [{turn: t002, split: [{at: So we shipped, speaker: host}]}]',
		});
		const part = turns?.find((t) => t[0] === 't002-2')?.[1] as string;
		expect(part).toBe('So we shipped it on a Friday, and the pager went off.\nNobody slept that weekend.');
		const at = (sound: string) => turns?.find((t) => t[1] === sound)?.[3] as number;
		expect([part.slice(0, at('[inaudible]')), part.slice(0, at('[laughs]'))]).toEqual([
			'So we shipped it on a Friday',
			'So we shipped it on a Friday, and the pager went off.\nNobody slept',
		]);
	});

	it('excluding a turn keeps the laugh it opened on: it answered the turn before, and is heard after it', () => {
		const turns = withSounds({
			first: '这是个笑话。',
			text: '好吧。',
			sounds: [
				['[笑]', {heard: 'before'}],
				['[掌声]', {}],
			],
			editsText: 'turns: [{turn: t002, exclude: true}]',
		});
		expect(turns).toEqual([
			['t001', '这是个笑话。', 'after', undefined],
			['t003', '[笑]', 'after', undefined],
		]);
	});

	it('lets a later entry correct a part made by an earlier split', () => {
		const t = edit(['turns:', '  - {turn: t003, split: [{at: Sam，, speaker: host}]}', '  - {turn: t003-2, split: [{at: 首先, speaker: guest-a}]}'].join('\n'));
		expect(t.sections[1]?.turns.map((x) => x.id)).toEqual(['t003', 't003-2', 't003-3', 't004']);
		expect(turn(t, 't003-3')?.text).toBe('首先让我回应一下。');
	});

	it('does not change the talk it is given', () => {
		const before = structuredClone(talk);
		edit('turns: [{turn: t001, exclude: true}]\nmetadata: {title: X}');
		expect(talk).toEqual(before);
	});

	it.each([
		['turns:\n  - turn: t099\n    speaker: host', 'EDITS_TARGET', 2, 'turn "t099" is not in the talk'],
		['turns:\n  - turn: t001\n    speaker: nobody', 'EDITS_TARGET', 3, 'speaker "nobody" is not in the talk'],
		['turns:\n  - turn: t002\n    split:\n      - at: 不存在的话\n        speaker: host', 'EDITS_TARGET', 4, 'text "不存在的话" is not in turn t002'],
		['turns:\n  - turn: t002\n    split:\n      - at: 谢谢\n        speaker: host', 'EDITS_TARGET', 4, 'leaves an empty part'],
		['turns:\n  - turn: t004\n    split: [{at: 笑, speaker: host}]', 'EDITS_TARGET', 2, 'stage direction'],
		['sections:\n  - section: s9', 'EDITS_TARGET', 2, 'section "s9" is not in the talk'],
		['pins:\n  - turn: t003\n    text: 没说过的话', 'EDITS_TARGET', 3, 'text "没说过的话" is not in turn t003'],
		['drops:\n  - turn: t004', 'EDITS_TARGET', 2, 'is a stage direction'],
		['pins:\n  - quote: t003s9', 'EDITS_TARGET', 2, 'quote "t003s9": turn t003 has 3 sentences'],
		['pins:\n  - quote: t099s1', 'EDITS_TARGET', 2, 'turn "t099" is not in the talk'],
		['pins:\n  - quote: q03', 'EDITS_PARSE', 2, 'a quote id such as t015s2'],
		['pins:\n  - quote: t003s1\n    turn: t003', 'EDITS_PARSE', 2, 'either `quote`'],
		['turns:\n  - turn: t001\n    exlude: true', 'EDITS_PARSE', 3, 'exlude'],
		['metadata:\n  event: ""', 'EDITS_PARSE', 2, 'metadata.event'],
		['turns:\n  - turn: 17', 'EDITS_PARSE', 2, 'turns.0.turn'],
		['speakers:\n  - speaker: host\n    color: red', 'EDITS_PARSE', 3, '(got "red")'],
		['turns: [{turn: t001', 'EDITS_PARSE', 1, 'not valid YAML or JSON'],
		// A repeated key, found in one pass (the parser's own check was quadratic), at the repeat.
		['pins: []\ndrops: []\npins: []', 'EDITS_PARSE', 3, 'not valid YAML or JSON: Map keys must be unique'],
		['turns:\n  - turn: t001\n    exclude: true\n    turn: t002', 'EDITS_PARSE', 4, 'Map keys must be unique'],
		['sections: [{section: s1, exclude: true}, {section: s2, exclude: true}]', 'EDITS_TARGET', 1, 'every section is excluded'],
	])('rejects %j as %s at line %i', (editsText, code, line, problem) => {
		let error: unknown;
		try {
			edit(editsText);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(UserError);
		const e = error as UserError;
		expect([e.code, e.line, e.file]).toEqual([code, line, 'data/x.edits.yaml']);
		expect(e.message).toContain(problem);
		expect(e.message.startsWith(`${code}: data/x.edits.yaml:${line}: `)).toBe(true);
	});

	it('accepts an empty edits file', () => {
		expect(edit('')).toEqual(talk);
	});
});

// Regression (hostile input): 100 000 top-level keys took 92 s to refuse, the YAML parser
// comparing every key with every other; now one line, in time linear in the keys.
describe('an edits file of many keys', () => {
	it('is refused in linear time', () => {
		expectLinearTime({build: (n) => Array.from({length: n}, (_, i) => `k${i}: 1`).join('\n'), run: (text) => edit(text), size: 5000, boundMs: 5_000});
	}, 60_000);
});
