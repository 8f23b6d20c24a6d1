import {describe, expect, it} from 'vitest';
import {rankCandidates} from '../../src/highlights/rank-candidates';
import {makeTalk} from '../support/make-talk';

// Regression: centrality alone favoured long, general sentences that share words with
// everything; a short denial with an image, said once, ranked last in its section.
describe('rankCandidates', () => {
	it('a distinct claim (denial + analogy) outranks a long general line of the same section', () => {
		const talk = makeTalk({
			language: 'en',
			sections: [
				{
					title: 'Technology',
					turns: [
						['host', 'What does this technology mean for people and for society?'],
						['guest-a', 'This technology and its tools will change how people and society use technology and tools in many ways.'],
						['guest-b', 'Technology is not a race, it is like driving a car at night.'],
						['guest-a', 'People and society will use the tools of this technology in ways that change technology.'],
					],
				},
			],
		});
		const {candidates} = rankCandidates({talk});
		const rank = (start: string) => candidates.findIndex((c) => c.text.startsWith(start));
		expect(rank('Technology is not a race')).toBeLessThan(rank('This technology and its tools'));
	});
});
