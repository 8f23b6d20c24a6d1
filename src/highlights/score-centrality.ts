/**
 * LexRank (Erkan & Radev 2004, continuous variant): sentences are nodes, edges are the
 * tf-idf cosine similarity of their content words, and a sentence is central when it is
 * similar to many sentences that are themselves central. Returned scores are scaled so
 * the most central sentence of `documents` scores 1. A fixed number of power iterations
 * keeps it deterministic.
 *
 * The similarity matrix is never built: with every sentence a unit tf-idf vector x̂ᵢ,
 * the edge weights are W = X̂X̂ᵀ less its diagonal, so one power step is two sparse
 * products, X̂(X̂ᵀq) − q·‖x̂‖², and each row sum is x̂ⱼ·Σᵢx̂ᵢ − ‖x̂ⱼ‖². Time and memory
 * grow with the number of (sentence, word) pairs, not with the square of the sentence
 * count: a three-hour talk (2 000+ sentences) takes milliseconds, where the full matrix
 * took half a minute, and 50 000 turns no longer run out of memory. The scores are
 * those of the full matrix, up to floating-point rounding.
 */
export const DAMPING = 0.85;
export const ITERATIONS = 60;
/**
 * More sentences than this — twice those of a six-hour talk — are ranked with
 * FEW_ITERATIONS: each iteration costs a pass over every word of every sentence, and at
 * 100 000 subtitle cues sixty of them took seconds for a ranking whose order has settled
 * long before (the damping shrinks what is left to change by 0.85 an iteration).
 */
const LARGE_SET = 10_000;
const FEW_ITERATIONS = 20;
/** Row sums at or below this are a sentence that shares no word with any other (its weight is spread evenly). */
const DANGLING = 1e-12;

/** Sentences as unit tf-idf vectors: parallel arrays of word numbers and weights, one pair per distinct word. */
type SparseVectors = {terms: Int32Array[]; weights: Float64Array[]; termCount: number};

const unitVectors = ({documents, idf}: {documents: string[][]; idf: ReadonlyMap<string, number>}): SparseVectors => {
	const termIds = new Map<string, number>();
	const terms: Int32Array[] = [];
	const weights: Float64Array[] = [];
	for (const words of documents) {
		const v = tfidfVector({words, idf});
		const ids = new Int32Array(v.size);
		const ws = new Float64Array(v.size);
		let norm = 0;
		let k = 0;
		for (const [word, weight] of v) {
			let id = termIds.get(word);
			if (id === undefined) {
				id = termIds.size;
				termIds.set(word, id);
			}
			ids[k] = id;
			ws[k] = weight;
			norm += weight * weight;
			k++;
		}
		const length = Math.sqrt(norm);
		if (length > 0) for (let i = 0; i < ws.length; i++) ws[i] = (ws[i] ?? 0) / length;
		terms.push(ids);
		weights.push(ws);
	}
	return {terms, weights, termCount: termIds.size};
};

/** x̂ⱼ · `dense` for every sentence j. */
const dotEach = ({terms, weights}: SparseVectors, dense: Float64Array): Float64Array => {
	const out = new Float64Array(terms.length);
	for (let j = 0; j < terms.length; j++) {
		const ids = terms[j] ?? new Int32Array(0);
		const ws = weights[j] ?? new Float64Array(0);
		let dot = 0;
		for (let k = 0; k < ids.length; k++) dot += (ws[k] ?? 0) * (dense[ids[k] ?? 0] ?? 0);
		out[j] = dot;
	}
	return out;
};

/** Σⱼ cⱼ·x̂ⱼ, a dense vector over the words. */
const combine = ({terms, weights, termCount}: SparseVectors, c: Float64Array): Float64Array => {
	const out = new Float64Array(termCount);
	for (let j = 0; j < terms.length; j++) {
		const cj = c[j] ?? 0;
		if (cj === 0) continue;
		const ids = terms[j] ?? new Int32Array(0);
		const ws = weights[j] ?? new Float64Array(0);
		for (let k = 0; k < ids.length; k++) {
			const id = ids[k] ?? 0;
			out[id] = (out[id] ?? 0) + cj * (ws[k] ?? 0);
		}
	}
	return out;
};

export const scoreCentrality = ({documents, idf}: {documents: string[][]; idf: ReadonlyMap<string, number>}): {scores: number[]} => {
	const n = documents.length;
	if (n === 0) return {scores: []};
	if (n === 1) return {scores: [1]};
	const vectors = unitVectors({documents, idf});
	// ‖x̂ⱼ‖²: 1, or 0 for a sentence without content words; summed in the order dotEach sums,
	// so a sentence that shares no word with another gets a row sum of exactly 0.
	const selfSimilarity = new Float64Array(n);
	vectors.weights.forEach((ws, j) => {
		let s = 0;
		for (let k = 0; k < ws.length; k++) s += (ws[k] ?? 0) * (ws[k] ?? 0);
		selfSimilarity[j] = s;
	});
	const rowSums = dotEach(vectors, combine(vectors, new Float64Array(n).fill(1))).map((x, j) => x - (selfSimilarity[j] ?? 0));
	let p = new Float64Array(n).fill(1 / n);
	const iterations = n > LARGE_SET ? FEW_ITERATIONS : ITERATIONS;
	for (let iter = 0; iter < iterations; iter++) {
		// q = p / rowSum: each sentence hands its score out in proportion to its edges.
		const q = new Float64Array(n);
		let dangling = 0;
		for (let j = 0; j < n; j++) {
			const sum = rowSums[j] ?? 0;
			if (sum <= DANGLING) dangling += p[j] ?? 0;
			else q[j] = (p[j] ?? 0) / sum;
		}
		const spread = dotEach(vectors, combine(vectors, q));
		const next = new Float64Array(n);
		for (let i = 0; i < n; i++) next[i] = (1 - DAMPING) / n + DAMPING * ((spread[i] ?? 0) - (q[i] ?? 0) * (selfSimilarity[i] ?? 0)) + (DAMPING * dangling) / n;
		p = next;
	}
	let max = 0;
	for (const x of p) max = Math.max(max, x);
	return {scores: Array.from(p, (x) => (max > 0 ? x / max : 0))};
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
