import {describe, expect, it} from 'vitest';
import {foldToSimplified} from '../../src/text/fold-to-simplified';

describe('foldToSimplified', () => {
	it.each([
		['the spoken fillers of a Taiwanese transcript', '那個就是說，然後嗯，對啊', '那个就是说，然后嗯，对啊'],
		['a view', '其實我覺得最重要的是這個', '其实我觉得最重要的是这个'],
		['a Hong Kong spelling', '這個問題很難講', '这个问题很难讲'],
		['Simplified text is left as it is', '我认为这很重要。', '我认为这很重要。'],
		['Latin, digits and punctuation are left as they are', 'Plurality 在 2024 年（台灣）', 'Plurality 在 2024 年（台湾）'],
		['regional words are not translated, only their characters', '軟體與網路', '软体与网路'],
	])('%s', (_name, text, expected) => {
		const folded = foldToSimplified(text);
		expect(folded).toBe(expected);
		expect(folded.length).toBe(text.length);
	});
});
