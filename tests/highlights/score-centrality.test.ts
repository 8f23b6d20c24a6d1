import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DAMPING, ITERATIONS, cosineSimilarity, inverseDocumentFrequency, scoreCentrality, tfidfVector} from '../../src/highlights/score-centrality';

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

/** LexRank as it was: the full similarity matrix, power iterations over it. */
const denseLexRank = (documents: string[][]): number[] => {
	const idf = inverseDocumentFrequency({documents});
	const n = documents.length;
	const vectors = documents.map((words) => tfidfVector({words, idf}));
	const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosineSimilarity({a, b}))));
	const rowSums = weights.map((row) => row.reduce((x, y) => x + y, 0));
	let p = new Array<number>(n).fill(1 / n);
	for (let iter = 0; iter < ITERATIONS; iter++) {
		const next = new Array<number>(n).fill((1 - DAMPING) / n);
		let dangling = 0;
		for (let j = 0; j < n; j++) {
			if ((rowSums[j] ?? 0) === 0) {
				dangling += p[j] ?? 0;
				continue;
			}
			for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (DAMPING * (p[j] ?? 0) * (weights[j]?.[i] ?? 0)) / (rowSums[j] ?? 1);
		}
		p = next.map((x) => x + (DAMPING * dangling) / n);
	}
	const max = Math.max(...p);
	return p.map((x) => x / max);
};

describe('scoreCentrality without the matrix', () => {
	it('gives the full matrix’s scores (4000 turns took 54 s with it)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.constantFrom('ai', 'trust', 'safety', 'homes', 'travel', 'cities', 'heat', 'trees', 'water', 'power'), {maxLength: 8}), {
					minLength: 2,
					maxLength: 40,
				}),
				(documents) => {
					const sparse = centrality(documents);
					const dense = denseLexRank(documents);
					for (const [i, x] of sparse.entries()) expect(x).toBeCloseTo(dense[i] ?? Number.NaN, 9);
				},
			),
			{seed: 20_240_626, numRuns: 300},
		);
	});

	it('scores 20 000 sentences in well under a second of work per pass (a full matrix would be 400 million cells)', () => {
		const words = Array.from({length: 400}, (_, i) => `w${i}`);
		const documents = Array.from({length: 20_000}, (_, i) => Array.from({length: 8}, (_, k) => words[(i * 7 + k * 13 + ((i * k) % 17)) % words.length] ?? ''));
		const started = performance.now();
		const scores = centrality(documents);
		expect(scores).toHaveLength(20_000);
		expect(Math.max(...scores)).toBe(1);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});
