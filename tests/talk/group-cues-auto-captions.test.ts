import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {turnSentences} from '../../src/talk/turn-sentences';
import {expectLinearTime} from '../support/linear-time';

/** An SRT of cues without punctuation: `[text, startMs, endMs]` each. */
const srt = (cues: readonly (readonly [string, number, number])[]): string => {
	const time = (ms: number) => {
		const pad = (n: number, w = 2) => String(n).padStart(w, '0');
		return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
	};
	return cues.map(([text, start, end], i) => `${i + 1}\n${time(start)} --> ${time(end)}\n${text}\n`).join('\n');
};

const sentencesOf = (text: string): string[] => {
	const {talk} = loadTalk({text, file: 'talk.srt', edits: null});
	return talk.sections
		.flatMap((s) => s.turns)
		.flatMap((t) => turnSentences({text: t.text, locale: talk.metadata.language}).sentences.map((s) => t.text.slice(s.start, s.end)));
};
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Deterministic word soup: spoken English without punctuation, clause openers included. */
const CLAUSES = [
	'we built a new kind of computer for the agents',
	'so the factory makes tokens all day long',
	'and then the racks come out of the plant',
	'but nobody saw how hard it would get',
	'now every company will need one of these machines',
	'okay let me show you the next one',
	'the memory sits right beside the processor',
];
const speech = (words: number): string => {
	const out: string[] = [];
	for (let i = 0; out.length < words; i++) out.push(...(CLAUSES[(i * 3) % CLAUSES.length] as string).split(' '));
	return out.slice(0, words).join(' ');
};

describe('sentences in auto captions without punctuation', () => {
	it('a 300-word stream of one-clause cues with gaps of 0.1–0.8 s is cut at its longest gaps, no sentence over 45 words', () => {
		const cues: [string, number, number][] = [];
		/** Words before each cue's end, and the gap after it. */
		const cueEnds: {words: number; gap: number}[] = [];
		let at = 0;
		let words = 0;
		for (let i = 0; words < 300; i++) {
			const text = CLAUSES[(i * 3) % CLAUSES.length] as string;
			const gap = 100 + ((i * 5) % 8) * 100;
			cues.push([text, at, at + 2500]);
			words += text.split(' ').length;
			cueEnds.push({words, gap});
			at += 2500 + gap;
		}
		const lengths = sentencesOf(srt(cues)).map(wordCount);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(45);
		const cuts = lengths.slice(0, -1).map((_, i) => lengths.slice(0, i + 1).reduce((a, b) => a + b, 0));
		// Every cut falls at a cue's end (the only places a pause is known), and every 0.8 s gap ends a sentence.
		for (const n of cuts) expect(cueEnds.map((c) => c.words)).toContain(n);
		for (const c of cueEnds.slice(0, -1)) if (c.gap === 800) expect(cuts).toContain(c.words);
	});

	it('GTC keynote regression: minute-long auto-caption cues with no gaps and no word times read as sentences of a few hundred words', () => {
		// Stand-in: 40 contiguous cues of 200 words each, one after the other, as in a two-hour keynote's auto captions.
		const cues: [string, number, number][] = Array.from({length: 40}, (_, i) => [speech(200 + i), i * 80_000, (i + 1) * 80_000]);
		const lengths = sentencesOf(srt(cues)).map(wordCount);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(45);
		expect(median(lengths)).toBeGreaterThanOrEqual(8);
		expect(median(lengths)).toBeLessThanOrEqual(25);
	});

	it.each([
		['before "so", not after "the"', speech(200), /\b(?:the|a|of|to)\.$/],
		['a cue of one clause repeated ends no sentence on an article', 'we looked at the sky '.repeat(60).trim(), /\b(?:the|at)\.$/],
	])('a cut inside a cue falls at a clause boundary: %s', (_name, text, bad) => {
		const sentences = sentencesOf(srt([[text, 0, 120_000]]));
		expect(sentences.length).toBeGreaterThan(1);
		for (const s of sentences) expect(s).not.toMatch(bad);
	});

	it('a Chinese stream without punctuation is cut at cue ends and by characters: 45 words of two characters at most', () => {
		const line = '我们今天要讲的是一个全新的计算机它为智能体而生';
		const cues: [string, number, number][] = Array.from({length: 20}, (_, i) => [line.repeat(1 + (i % 3)), i * 10_000, (i + 1) * 10_000]);
		const sentences = sentencesOf(srt(cues));
		expect(sentences.length).toBeGreaterThan(5);
		for (const s of sentences) expect([...s].filter((c) => /\p{sc=Han}/u.test(c)).length).toBeLessThanOrEqual(90);
	});

	it('is linear in the number of cues', () => {
		const build = (n: number) => srt(Array.from({length: n}, (_, i) => [speech(50), i * 20_000, (i + 1) * 20_000] as const));
		expectLinearTime({build, run: (text) => loadTalk({text, file: 'talk.srt', edits: null}), size: 250, boundMs: 10_000});
	});
});
