import {describe, expect, it} from 'vitest';
import {cosineSimilarity, inverseDocumentFrequency, scoreCentrality} from '../../src/highlights/score-centrality';

const centrality = (documents: string[][]) => scoreCentrality({documents, idf: inverseDocumentFrequency({documents})}).scores;

describe('scoreCentrality', () => {
	it.each([
		['nothing', [], []],
		['one sentence', [['ai']], [1]],
		['no shared words: all equal', [['a'], ['b'], ['c']], [1, 1, 1]],
	])('%s', (_name, documents, expected) => {
		expect(centrality(documents)).toEqual(expected);
	});

	it('ranks the sentence that shares words with the most others first', () => {
		const scores = centrality([
			['ai', 'trust'],
			['ai', 'trust', 'safety', 'society'],
			['safety', 'society'],
			['travel', 'homes'],
		]);
		expect(scores.indexOf(1)).toBe(1);
		expect(scores[3]).toBeLessThan(scores[0] ?? 0);
	});

	it('is deterministic', () => {
		const docs = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d']];
		expect(centrality(docs)).toEqual(centrality(docs));
	});
});

describe('cosineSimilarity', () => {
	it.each([
		[new Map([['a', 1]]), new Map([['a', 2]]), 1],
		[new Map([['a', 1]]), new Map([['b', 1]]), 0],
		[
			new Map([
				['a', 1],
				['b', 1],
			]),
			new Map([['a', 1]]),
			Math.SQRT1_2,
		],
	])('%#', (a, b, expected) => {
		expect(cosineSimilarity({a, b})).toBeCloseTo(expected, 6);
	});
});
