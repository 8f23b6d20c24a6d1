/**
 * LexRank (Erkan & Radev 2004, continuous variant): sentences are nodes, edges are the
 * tf-idf cosine similarity of their content words, and a sentence is central when it is
 * similar to many sentences that are themselves central. Returned scores are scaled so
 * the most central sentence of `documents` scores 1. A fixed number of power iterations
 * keeps it deterministic.
 */
export const DAMPING = 0.85;
export const ITERATIONS = 60;

export const scoreCentrality = ({documents, idf}: {documents: string[][]; idf: ReadonlyMap<string, number>}): {scores: number[]} => {
	const n = documents.length;
	if (n === 0) return {scores: []};
	if (n === 1) return {scores: [1]};
	const vectors = documents.map((words) => tfidfVector({words, idf}));
	const weights: number[][] = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosineSimilarity({a, b}))));
	const rowSums = weights.map((row) => row.reduce((x, y) => x + y, 0));
	let p = new Array<number>(n).fill(1 / n);
	for (let iter = 0; iter < ITERATIONS; iter++) {
		const next = new Array<number>(n).fill((1 - DAMPING) / n);
		let dangling = 0;
		for (let j = 0; j < n; j++) {
			const pj = p[j] ?? 0;
			const sum = rowSums[j] ?? 0;
			if (sum === 0) {
				dangling += pj;
				continue;
			}
			const row = weights[j] ?? [];
			for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (DAMPING * pj * (row[i] ?? 0)) / sum;
		}
		for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (DAMPING * dangling) / n;
		p = next;
	}
	const max = Math.max(...p);
	return {scores: p.map((x) => (max > 0 ? x / max : 0))};
};

/** Inverse document frequency over `documents`: `ln(1 + N / df)`. */
export const inverseDocumentFrequency = ({documents}: {documents: string[][]}): Map<string, number> => {
	const df = new Map<string, number>();
	for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
	const idf = new Map<string, number>();
	for (const [w, count] of df) idf.set(w, Math.log(1 + documents.length / count));
	return idf;
};

export const tfidfVector = ({words, idf}: {words: string[]; idf: ReadonlyMap<string, number>}): Map<string, number> => {
	const v = new Map<string, number>();
	for (const w of words) v.set(w, (v.get(w) ?? 0) + (idf.get(w) ?? 1));
	return v;
};

export const cosineSimilarity = ({a, b}: {a: ReadonlyMap<string, number>; b: ReadonlyMap<string, number>}): number => {
	let dot = 0;
	for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
	if (dot === 0) return 0;
	const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
	return dot / (norm(a) * norm(b));
};
