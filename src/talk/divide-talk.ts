import {tokenizeWords} from '../text/tokenize-words';
import {formatTimestamp} from './parse-timestamp';
import {titleSections} from './title-section';
import {estimateSpeakingMs} from './speaking-time';
import type {Section, Talk, Turn} from './talk-schema';

/** A talk shorter than this (by its times, else its speaking time) stays one section. */
const DIVIDE_FROM_MS = 8 * 60_000;
/** About how long a part is: a one-hour talk gets six or seven. */
const TARGET_PART_MS = 9 * 60_000;
const MIN_PARTS = 2;
const MAX_PARTS = 8;
/** Each part has at least this many speech turns. */
const MIN_PART_TURNS = 3;
/** Content words on each side of a gap compared for lexical cohesion. */
const COHESION_WINDOW_WORDS = 120;
/** How far from its even position in time a boundary may move to find a topic shift, as a share of a part. */
const BOUNDARY_SLACK = 0.35;
/** What a part's length away from its even position costs a boundary, in depth-score points per part. */
const DISTANCE_COST = 0.5;
/** A host's turn opening a part (`opensTopic`) is where interviews change topic: this much extra depth. */
const HOST_TURN_BONUS = 0.08;

/**
 * A long talk without chapters divided for the reader: a talk of one section that runs
 * longer than DIVIDE_FROM_MS is cut into about one part per TARGET_PART_MS (2–8), at
 * turn boundaries where the topic shifts. The shift is found TextTiling-style (Hearst
 * 1997): at every gap between turns, the cosine similarity of the content words of the
 * COHESION_WINDOW_WORDS before and after it; a gap deep in a valley of similarity is a
 * shift. Each boundary is the deepest gap near its even position in time, so parts stay
 * of comparable length. Each part is titled with a phrase of its own words around its
 * most distinctive one (`titleSections`) and its time range: `Silent payments
 * (12:05–24:30)`.
 *
 * This is a step on the Talk, run by `loadTalk` after reading and before the edits
 * file's section edits, so every reader's talks get it, `talkreel parse` shows the parts,
 * and the edits file can rename or drop them by id like any section. Talks with two or
 * more sections are left as they are. Pure and deterministic.
 */
export const divideTalk = ({talk}: {talk: Talk}): {talk: Talk} => {
	const only = talk.sections[0];
	if (talk.sections.length !== 1 || only === undefined) return {talk};
	const turns = only.turns;
	const locale = talk.metadata.language;
	const timed = turns.every((t) => t.kind !== 'speech' || t.startMs !== undefined);
	const positions = positionsOf({turns, timed});
	const first = positions[0] ?? 0;
	const last = turns.length === 0 ? 0 : (endOf({turns, positions, timed}) ?? first);
	const durationMs = last - first;
	const speechCount = turns.filter((t) => t.kind === 'speech').length;
	const parts = Math.min(MAX_PARTS, Math.max(MIN_PARTS, Math.round(durationMs / TARGET_PART_MS)), Math.floor(speechCount / MIN_PART_TURNS));
	if (durationMs < DIVIDE_FROM_MS || parts < MIN_PARTS) return {talk};

	const words = turns.map((t): PartWords => (t.kind === 'speech' ? sampleWords({text: t.text, locale}) : {words: [], surfaces: [], offsets: []}));
	const depth = cohesionDepths({words: words.map((w) => w.words)});
	const hosts = new Set(talk.speakers.filter((s) => s.role === 'host').map((s) => s.id));
	const partMs = durationMs / parts;

	// Boundaries: gap g falls before turn g; only before a speech turn, never inside a run of fewer than MIN_PART_TURNS speech turns.
	const speechBefore = prefixCount(turns.map((t) => t.kind === 'speech'));
	const cuts: number[] = [];
	for (let j = 1; j < parts; j++) {
		const ideal = first + j * partMs;
		const previousCut = cuts[cuts.length - 1] ?? 0;
		let best = -1;
		let bestScore = -Infinity;
		for (let g = previousCut + 1; g < turns.length; g++) {
			const at = positions[g] ?? 0;
			if (at > ideal + BOUNDARY_SLACK * partMs) break;
			if (at < ideal - BOUNDARY_SLACK * partMs || turns[g]?.kind !== 'speech') continue;
			if ((speechBefore[g] ?? 0) - (speechBefore[previousCut] ?? 0) < MIN_PART_TURNS) continue;
			if (speechCount - (speechBefore[g] ?? 0) < MIN_PART_TURNS * (parts - j)) continue;
			const host = opensTopic(turns[g], hosts) ? HOST_TURN_BONUS : 0;
			const score = (depth[g] ?? 0) + host - (DISTANCE_COST * Math.abs(at - ideal)) / partMs;
			if (score > bestScore) {
				bestScore = score;
				best = g;
			}
		}
		if (best !== -1) cuts.push(best);
	}
	if (cuts.length === 0) return {talk};

	const bounds = [0, ...cuts, turns.length];
	const groups = bounds.slice(0, -1).map((from, i) => ({from, to: bounds[i + 1] ?? turns.length}));
	const {titles} = titleSections({
		parts: groups.map(({from, to}) => turns.slice(from, to).flatMap((t) => (t.kind === 'speech' ? [t.text] : []))),
		names: talk.speakers.map((s) => s.name),
		locale,
		tokens: groups.map(({from, to}) => words.slice(from, to).filter((_, k) => turns[from + k]?.kind === 'speech')),
	});
	const sections: Section[] = groups.map(({from, to}, i) => {
		const own = turns.slice(from, to);
		const startMs = timed ? own.find((t) => t.startMs !== undefined)?.startMs : undefined;
		const endMs = timed ? (i + 1 < groups.length ? turns[to]?.startMs : endOf({turns, positions, timed})) : undefined;
		const range = startMs !== undefined && endMs !== undefined ? `${formatTimestamp(startMs)}–${formatTimestamp(endMs)}` : null;
		const words = titles[i] ?? '';
		const zh = locale.startsWith('zh') || locale.startsWith('ja');
		const title =
			range === null ? words || (zh ? `第 ${i + 1} 部分` : `Part ${i + 1}`) : words === '' ? range : zh ? `${words}（${range}）` : `${words} (${range})`;
		const section: Section = {id: `s${i + 1}`, title, turns: own};
		if (startMs !== undefined) section.startMs = startMs;
		if (endMs !== undefined && startMs !== undefined && endMs >= startMs) section.endMs = endMs;
		return section;
	});
	return {talk: {...talk, sections}};
};

/** A host's turn at least this long, or one that asks, may open a topic; a shorter one is a reaction ("Okay... So that's a twist."). */
const HOST_TOPIC_CHARS = 80;

/** Whether `turn` is a host's that may open a topic: a question, or a turn long enough to introduce one (HOST_TOPIC_CHARS). */
const opensTopic = (turn: Turn | undefined, hosts: ReadonlySet<string>): boolean =>
	turn !== undefined &&
	turn.speakerIds.length > 0 &&
	turn.speakerIds.every((id) => hosts.has(id)) &&
	(/[?？]/.test(turn.text) || turn.text.length >= HOST_TOPIC_CHARS);

/** Characters of a turn's head and of its tail whose words are read: the cohesion window needs only the words near a gap, the titles a fair sample. */
const SAMPLE_CHARS = 3000;

/** The content words of a turn, of its first and last SAMPLE_CHARS when it is longer, so a huge turn costs no more than a long one. */
const sampleWords = ({text, locale}: {text: string; locale: string}): PartWords => {
	if (text.length <= 2 * SAMPLE_CHARS) return tokenizeWords({text, locale});
	const head = tokenizeWords({text: text.slice(0, SAMPLE_CHARS), locale});
	const tail = tokenizeWords({text: text.slice(text.length - SAMPLE_CHARS), locale});
	const shift = text.length - SAMPLE_CHARS;
	return {
		words: [...head.words, ...tail.words],
		surfaces: [...head.surfaces, ...tail.surfaces],
		offsets: [...head.offsets, ...tail.offsets.map((o) => o + shift)],
	};
};

/** Where each turn starts: its time, or, untimed, the speaking time of the turns before it. */
const positionsOf = ({turns, timed}: {turns: readonly Turn[]; timed: boolean}): number[] => {
	let at = 0;
	let last = 0;
	return turns.map((t) => {
		if (timed) {
			last = t.startMs ?? last;
			return last;
		}
		const here = at;
		if (t.kind === 'speech') at += estimateSpeakingMs(t.text);
		return here;
	});
};

const endOf = ({turns, positions, timed}: {turns: readonly Turn[]; positions: number[]; timed: boolean}): number | undefined => {
	const lastTurn = turns[turns.length - 1];
	if (lastTurn === undefined) return undefined;
	if (timed) return turns.reduce((end, t) => Math.max(end, t.endMs ?? t.startMs ?? 0), 0);
	return (positions[positions.length - 1] ?? 0) + (lastTurn.kind === 'speech' ? estimateSpeakingMs(lastTurn.text) : 0);
};

const prefixCount = (flags: readonly boolean[]): number[] => {
	const out = [0];
	for (const f of flags) out.push((out[out.length - 1] ?? 0) + (f ? 1 : 0));
	return out;
};

/**
 * TextTiling depth scores: `depth[g]` for the gap before turn g is how far the
 * similarity at g sits below the nearest peaks on its left and right (each found by
 * climbing while the similarity rises), 0 at the ends.
 */
export const cohesionDepths = ({words}: {words: readonly string[][]}): number[] => {
	const n = words.length;
	const similarity = new Array<number>(n).fill(0);
	// The window left of gap g is turns [a, g): back from g until COHESION_WINDOW_WORDS words are in;
	// the right one is [g, b): on from g until as many are. Both only move forward as g does, so each
	// turn's words go in and out of each window once, and the cosine is kept as they do.
	const before = [0];
	for (const turn of words) before.push((before[before.length - 1] ?? 0) + turn.length);
	const {ids, vocabulary} = numberWords(words);
	const windows = cosineOfTwoBags(vocabulary);
	let a = 0;
	let b = 1;
	for (let g = 1; g < n; g++) {
		windows.add('left', ids[g - 1]);
		while (a < g - 1 && (before[g] ?? 0) - (before[a + 1] ?? 0) >= COHESION_WINDOW_WORDS) {
			windows.remove('left', ids[a]);
			a++;
		}
		if (g > 1) windows.remove('right', ids[g - 1]);
		while (b < n && (before[b] ?? 0) - (before[g] ?? 0) < COHESION_WINDOW_WORDS) {
			windows.add('right', ids[b]);
			b++;
		}
		similarity[g] = windows.cosine();
	}
	// The peak a climb from g reaches on each side: a climb from g that steps to k goes on as the climb
	// from k does, so each is the neighbour's when the neighbour is as high, else g's own (linear on a plateau).
	const leftPeak = new Array<number>(n).fill(0);
	for (let g = 1; g < n; g++) {
		const s = similarity[g] ?? 0;
		leftPeak[g] = g > 1 && (similarity[g - 1] ?? 0) >= s ? (leftPeak[g - 1] ?? 0) : s;
	}
	const rightPeak = new Array<number>(n).fill(0);
	for (let g = n - 1; g >= 1; g--) {
		const s = similarity[g] ?? 0;
		rightPeak[g] = g + 1 < n && (similarity[g + 1] ?? 0) >= s ? (rightPeak[g + 1] ?? 0) : s;
	}
	const depth = new Array<number>(n).fill(0);
	for (let g = 1; g < n; g++) {
		const s = similarity[g] ?? 0;
		depth[g] = (leftPeak[g] ?? 0) - s + ((rightPeak[g] ?? 0) - s);
	}
	return depth;
};

/** Each turn's words as numbers, one per distinct word: counting them is then indexing an array. */
const numberWords = (words: readonly string[][]): {ids: Int32Array[]; vocabulary: number} => {
	const numbers = new Map<string, number>();
	const ids = words.map((turn) =>
		Int32Array.from(turn, (w) => {
			let id = numbers.get(w);
			if (id === undefined) {
				id = numbers.size;
				numbers.set(w, id);
			}
			return id;
		}),
	);
	return {ids, vocabulary: numbers.size};
};

/**
 * Two bags of words (numbered: `numberWords`) and the cosine of their counts, kept as
 * turns go in and out: the dot product and both squared norms are integers updated word
 * by word, so the cosine is the one counted afresh, to the last bit.
 */
const cosineOfTwoBags = (vocabulary: number) => {
	const bags = {left: new Int32Array(vocabulary), right: new Int32Array(vocabulary)};
	const squares = {left: 0, right: 0};
	let dot = 0;
	const change = (side: 'left' | 'right', turn: Int32Array | undefined, by: 1 | -1) => {
		const bag = bags[side];
		const other = bags[side === 'left' ? 'right' : 'left'];
		let squared = squares[side];
		for (const id of turn ?? []) {
			const x = bag[id] ?? 0;
			bag[id] = x + by;
			squared += 2 * by * x + 1;
			dot += by * (other[id] ?? 0);
		}
		squares[side] = squared;
	};
	return {
		add: (side: 'left' | 'right', turn: Int32Array | undefined) => change(side, turn, 1),
		remove: (side: 'left' | 'right', turn: Int32Array | undefined) => change(side, turn, -1),
		cosine: () => (dot === 0 ? 0 : dot / Math.sqrt(squares.left * squares.right)),
	};
};

type PartWords = {words: string[]; surfaces: string[]; offsets: number[]};
