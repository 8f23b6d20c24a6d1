import {describe, expect, it} from 'vitest';
import {hasLaughter, interviewersOf, readConversation} from '../../src/highlights/read-conversation';
import {makeTalk} from '../support/make-talk';
import {TalkSchema} from '../../src/talk/talk-schema';

const LONG_EN = 'Heat is the quiet disaster of our cities, and it kills more people than floods do, year after year, indoors and alone.';
const LONG_ZH = '高温是城市里安静的灾难，它每年杀死的人比洪水还多，而且大多是在家里独自死去的老人，没有人看见他们。';
/** A host who welcomes and asks, a guest who answers at length: four turns. */
const interviewZh = (): [string, string][] => [
	['host', '欢迎来到节目。高温为什么危险？'],
	['guest-a', LONG_ZH],
	['host', '那怎么办？'],
	['guest-a', LONG_ZH],
];

describe('readConversation', () => {
	// A host opens, asks and prompts; a guest answers at length; a run of short remarks in the middle; laughter after a joke.
	const talk = makeTalk({
		language: 'en',
		speakers: ['guest-a', 'guest-b'],
		sections: [
			{
				turns: [
					['guest-a', 'Welcome to the show. What is the quiet disaster?'],
					['guest-b', LONG_EN],
					['guest-a', 'Why?'],
					['guest-b', LONG_EN],
					['guest-a', 'Popcorn?'],
					['guest-b', 'Salty.'],
					['guest-a', 'Sweet.'],
					['guest-b', 'Never.'],
					['guest-a', 'Ha.'],
					['guest-b', 'I only eat it at the cinema, and only when the film is bad.'],
					['guest-a', '[laughter]', 'reaction'],
					['guest-b', LONG_EN],
					['guest-a', 'And what now?'],
					['guest-b', LONG_EN],
					['guest-a', 'Thanks for coming.'],
				],
			},
		],
	});
	const {speakers, turns} = readConversation({talk});
	const a = speakers.get('guest-a');
	const b = speakers.get('guest-b');

	it.each([
		['the host asks in most turns', () => (a?.asks ?? 0) > 0.5, true],
		['the guest never asks', () => b?.asks, 0],
		['the host opens the talk', () => a?.opensTalk, true],
		['the guest does not', () => b?.opensTalk, false],
		['the guest holds the floor', () => b?.floor, 0],
		['the host speaks in turns under half as long', () => (a?.floor ?? 0) < -1, true],
		['the first turns frame the talk', () => turns.get('t001')?.framing, true],
		['so do the last', () => turns.get('t015')?.framing, true],
		['the middle does not', () => turns.get('t007')?.framing, false],
		['an answer follows a question', () => turns.get('t002')?.answers, true],
		['the host after the guest does not answer', () => turns.get('t003')?.answers, false],
		['the popcorn run is a quick exchange', () => (turns.get('t007')?.exchange ?? 0) < 0, true],
		['an answer among answers is not', () => (turns.get('t014')?.exchange ?? 0) > (turns.get('t007')?.exchange ?? 0), true],
		['laughter follows the joke', () => turns.get('t010')?.laughterAfter, true],
		['no laughter after an answer', () => turns.get('t002')?.laughterAfter, false],
	])('%s', (_name, read, expected) => {
		expect(read()).toEqual(expected);
	});

	// Rule: laughter after a turn is a sound heard after its last word, or before the next turn's first; not one heard within either.
	it.each([
		[
			'a laugh opening the next turn',
			[
				{speakerIds: ['b'], text: 'Ha, yes.', kind: 'speech'},
				{speakerIds: ['b'], text: '[laughs]', kind: 'reaction', heard: 'before'},
			],
			true,
		],
		[
			'a laugh within the next turn',
			[
				{speakerIds: ['b'], text: 'Yes, well.', kind: 'speech'},
				{speakerIds: ['b'], text: '[laughs]', kind: 'reaction', heard: 'within'},
			],
			false,
		],
		[
			'a laugh within the joke itself',
			[
				{speakerIds: ['a'], text: '[laughs]', kind: 'reaction', heard: 'within'},
				{speakerIds: ['b'], text: 'Right.', kind: 'speech'},
			],
			false,
		],
		[
			'a laugh after the joke',
			[
				{speakerIds: ['a'], text: '[laughs]', kind: 'reaction'},
				{speakerIds: ['b'], text: 'Right.', kind: 'speech'},
			],
			true,
		],
	] as const)('laughter after a turn: %s', (_case, after, expected) => {
		const base = {
			speakers: [
				{id: 'a', name: 'A'},
				{id: 'b', name: 'B'},
			],
			slug: 's',
			metadata: {title: 'T', language: 'en', source: {}},
		};
		const turns = [{speakerIds: ['a'], text: 'I only eat it at the cinema, and only when the film is bad.', kind: 'speech'}, ...after].map((t, i) => ({
			...t,
			id: `t${i + 1}`,
			line: i + 1,
		}));
		const read = readConversation({talk: TalkSchema.parse({...base, sections: [{id: 's1', title: 'Opening', turns}]})});
		expect(read.turns.get('t1')?.laughterAfter).toBe(expected);
	});

	it('reads a Chinese talk the same way', () => {
		const zh = makeTalk({
			speakers: ['host', 'guest-a'],
			sections: [
				{
					turns: interviewZh(),
				},
			],
		});
		const read = readConversation({talk: zh});
		expect(read.speakers.get('host')?.asks).toBe(1);
		expect(read.speakers.get('guest-a')?.floor).toBe(0);
		expect(read.turns.get('t004')?.answers).toBe(true);
	});
});

describe('opensTalk: the opener is a host only if they ask', () => {
	it.each([
		// The seed: an edit cut the host's introduction, so a guest's thanks come first.
		['a guest who thanks first, then answers, is no opener', ['guest-a', '谢谢，大家好。很高兴来到这里。'], false],
		['a host who welcomes and asks first is the opener', ['host', '欢迎来到节目。高温为什么危险？'], true],
	] as const)('%s', (_name, first, expected) => {
		const talk = makeTalk({
			speakers: ['host', 'guest-a'],
			sections: [{turns: [[...first], ['host', '高温为什么危险？'], ['guest-a', LONG_ZH], ['host', '那怎么办？'], ['guest-a', LONG_ZH]]}],
		});
		expect(readConversation({talk}).speakers.get(first[0])?.opensTalk).toBe(expected);
	});
});

// Practical AI's Fully Connected episodes: two co-hosts and no guest. The one who opens
// hosts no one, so their lines are no prompts for a guest's answers.
describe('a show its co-hosts carry alone', () => {
	const talkOf = (roles: readonly ('host' | 'guest')[]) => {
		const talk = makeTalk({
			speakers: ['host', 'guest-a'],
			sections: [
				{
					turns: interviewZh(),
				},
			],
		});
		return {...talk, speakers: talk.speakers.map((s, i) => ({...s, role: roles[i] ?? 'guest'}))};
	};
	it.each([
		['a host with a guest opens the show', ['host', 'guest'], true, ['host']],
		['a co-host with a co-host does not', ['host', 'host'], false, []],
	] as const)('%s', (_name, roles, opens, interviewers) => {
		const talk = talkOf(roles);
		expect(readConversation({talk}).speakers.get('host')?.opensTalk).toBe(opens);
		expect([...interviewersOf({talk})]).toEqual(interviewers);
	});
	it('a talk no one hosts has no interviewer, and its opener still opens it', () => {
		const talk = talkOf(['host', 'guest']);
		const unhosted = {...talk, speakers: talk.speakers.map((s) => ({...s, role: 'speaker' as const}))};
		expect([...interviewersOf({talk: unhosted})]).toEqual([]);
		expect(readConversation({talk: unhosted}).speakers.get('host')?.opensTalk).toBe(true);
	});
});

// Regression: Lenny's Podcast opens on its guest's best lines, and every one of them cost
// as much as a host's prompt (the opener's part), so the recap showed the host's
// introduction and sponsor reads instead.
describe('opensTalk: a guest heard first, whom another introduces by name, is no opener', () => {
	it.each([
		['the host introduces the guest by name', 'Today my guest is Ben Horowitz, who builds companies.', false],
		['the host thanks the guest by name for being here', 'Ben, thank you so much for being here.', false],
		['the host introduces someone else', 'Today my guest is Dana, who builds cities.', true],
		['the host names the guest without introducing them', 'Ben wrote a book about hard things.', true],
	] as const)('%s: %s', (_name, introduction, expected) => {
		const talk = makeTalk({
			language: 'en',
			speakers: ['lenny', 'ben-horowitz'],
			sections: [
				{
					turns: [
						['ben-horowitz', 'The worst thing you do as a leader is hesitate. Why would anyone?'],
						['lenny', introduction],
						['ben-horowitz', 'Thanks. Leaders decide when both choices are bad.'],
						['lenny', 'Why is that so hard?'],
						['ben-horowitz', 'Because nobody reports to you and the decision is yours alone.'],
					],
				},
			],
		});
		expect(readConversation({talk}).speakers.get('ben-horowitz')?.opensTalk).toBe(expected);
	});
});

describe('hasLaughter', () => {
	it.each([
		['[laughter]', true],
		['(laughs) yeah', true],
		['他说完大家都（笑）了', true],
		['【笑】', true],
		['哈哈，真的', true],
		['haha, right', true],
		['The laughter of children is a sound.', false],
		['我笑了一下。', false],
	])('%s → %s', (text, expected) => {
		expect(hasLaughter(text)).toBe(expected);
	});
});
