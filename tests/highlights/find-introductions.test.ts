import {describe, expect, it} from 'vitest';
import {buildCandidates} from '../../src/highlights/build-candidates';
import {findIntroductions} from '../../src/highlights/find-introductions';
import {sentencesFoundBy} from '../support/found-sentences';
import {makeTalk} from '../support/make-talk';

/** The sentences of a small talk that `findIntroductions` takes for a host's introduction. */
const introduced = (turns: [string, string][], speakers = ['lenny', 'ben']): string[] =>
	sentencesFoundBy({turns, speakers, find: ({sentences}) => findIntroductions({sentences})});

// Regression: Lenny's Podcast and Virtual Coffee showed the host reading the guest's résumé
// as quotes ("Ben is the Z in A16Z, the world's largest venture capital firm…", "Vic is a
// principal software engineer at Research Square…").
describe('findIntroductions', () => {
	it("from the host's introduction through the rest of their turns, up to the first question", () => {
		expect(
			introduced([
				['ben', 'The worst thing you do as a leader is hesitate.'],
				['lenny', 'Today my guest is Ben Horowitz. Ben is the Z in A16Z, the largest venture firm.'],
				['lenny', 'He started a rap group when he was younger. With that, I bring you Ben Horowitz.'],
				['ben', 'Thank you, Lenny. Excited to be here.'],
				['lenny', 'Ben, thank you so much for being here. Why do leaders hesitate? It is the hard part.'],
				['ben', 'Because both choices are bad, and you still have to pick one.'],
			]),
		).toEqual([
			'Today my guest is Ben Horowitz.',
			'Ben is the Z in A16Z, the largest venture firm.',
			'He started a rap group when he was younger.',
			'With that, I bring you Ben Horowitz.',
			'Ben, thank you so much for being here.',
		]);
	});

	it('in Chinese: 欢迎收听…', () => {
		const talk = makeTalk({
			language: 'zh',
			speakers: ['huang', 'tang'],
			sections: [
				{
					turns: [
						['huang', '欢迎收听新闻真假掰。今天的来宾是唐凤。她是数位发展部的首任部长。'],
						['tang', '宽频是人权。'],
					],
				},
			],
		});
		const {sentences} = buildCandidates({talk});
		const found = findIntroductions({sentences});
		expect(sentences.filter((s) => found.has(s.index)).map((s) => s.text)).toEqual([
			'欢迎收听新闻真假掰。',
			'今天的来宾是唐凤。',
			'她是数位发展部的首任部长。',
		]);
	});

	it('ends after INTRODUCTION_SENTENCES, and in a talk of one voice finds none', () => {
		const long = Array.from({length: 20}, (_, i) => `Line ${i + 1} of the plan is here.`).join(' ');
		expect(
			introduced([
				['lenny', `Welcome to the show. ${long}`],
				['ben', 'Thanks for having me.'],
			]),
		).toHaveLength(12);
		expect(introduced([['lenny', `Welcome to the show. ${long}`]], ['lenny'])).toEqual([]);
	});

	it('what no host says opens none', () => {
		expect(
			introduced([
				['lenny', 'Ben is the Z in A16Z, the largest venture firm.'],
				['ben', 'The worst thing you do is hesitate.'],
			]),
		).toEqual([]);
	});
});
