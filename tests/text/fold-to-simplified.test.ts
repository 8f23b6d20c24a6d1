import {describe, expect, it} from 'vitest';
import {foldToSimplified, isWrittenInTraditional} from '../../src/text/fold-to-simplified';

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

describe('isWrittenInTraditional', () => {
	it.each([
		['Taiwanese speech', '其實我覺得最重要的是這個', true],
		['a Hong Kong spelling', '這個問題很難講', true],
		['Simplified speech', '我认为这很重要，我们必须说清楚。', false],
		['characters both scripts share say nothing', '我是人，我在中国', false],
		['the seed’s opening, Simplified with Latin names', 'Sam Altman 和 Brian Chesky 的对话：我们现在讨论的是什么？', false],
		['more Traditional forms than Simplified ones', '這個們们', true],
		['no Chinese at all', 'Hello there.', false],
	])('%s', (_name, text, expected) => {
		expect(isWrittenInTraditional(text)).toBe(expected);
	});
});
