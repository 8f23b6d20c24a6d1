import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';

const textOf = (srt: string, file = 'talk.srt'): string =>
	loadTalk({text: srt, file, edits: null})
		.talk.sections.flatMap((s) => s.turns.filter((t) => t.kind === 'speech').map((t) => t.text))
		.join('\n');
const sentencesOf = (text: string): string[] => text.split(/(?<=[.?!])\s+|\n/);

const time = (ms: number) => {
	const pad = (n: number, w = 2) => String(n).padStart(w, '0');
	return `00:${pad(Math.floor(ms / 60000))}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
};
/** Cues of `lines`, 2 s each, with a pause of `pauseMs[i]` (else 100 ms) after cue i. */
const srt = (lines: string[], pauseMs: Record<number, number> = {}) => {
	let at = 0;
	return lines
		.map((line, i) => {
			const cue = `${i + 1}\n${time(at)} --> ${time(at + 2000)}\n${line}\n`;
			at += 2000 + (pauseMs[i] ?? 100);
			return cue;
		})
		.join('\n');
};

const PUNCTUATED = [
	'Welcome back, everyone. Today we talk about cities.',
	'Heat is the quiet killer of our time.',
	'We plan for floods, but not for heat.',
	'That has to change, and it can.',
	'Trees are the cheapest air conditioner there is.',
	'Every city can plant them this year.',
];
/** 24 cues of five words, no punctuation, a long pause after every fourth: 120 words, as speech to text gives them once it stops punctuating. */
const UNPUNCTUATED = Array.from(
	{length: 24},
	(_, i) => ['so the next thing we', 'looked at was the roofs', 'of the houses in town', `and we measured ${i} of them`][i % 4] ?? '',
);
const PAUSES = Object.fromEntries(Array.from({length: 30}, (_, i) => [i, i >= PUNCTUATED.length && (i - PUNCTUATED.length) % 4 === 3 ? 900 : 100]));

describe('a punctuated file whose punctuation stops half-way is punctuated by its pauses there, and only there', () => {
	it('120 words without a stop after punctuated cues get sentence ends at their pauses', () => {
		const text = textOf(srt([...PUNCTUATED, ...UNPUNCTUATED], PAUSES));
		const sentences = sentencesOf(text);
		expect(Math.max(...sentences.map((s) => s.split(' ').length))).toBeLessThanOrEqual(25);
		expect(text).toContain('So the next thing we looked at was the roofs of the houses in town and we measured 3 of them.');
		// The punctuated cues are as written.
		expect(text).toContain('Welcome back, everyone. Today we talk about cities. Heat is the quiet killer of our time.');
	});

	it('a long sentence without its stop (under 80 words) is left as it is', () => {
		const long = [
			'and the thing about heat is that it kills more people',
			'than floods and storms together in most years',
			'and nobody sees it because it happens indoors',
			'to old people who live alone in small flats',
		];
		const text = textOf(srt([...PUNCTUATED, ...long], {6: 900, 7: 900, 8: 900}));
		expect(text).toContain(
			'Every city can plant them this year. and the thing about heat is that it kills more people than floods and storms together in most years and nobody sees it',
		);
	});

	it('a stretch that goes on from a sentence the cue before left open does not open on a capital', () => {
		// The cue before holds a sentence end, but ends on a sentence it leaves open.
		const open = [...PUNCTUATED.slice(0, -1), 'Every city can plant them. And'];
		const text = textOf(srt([...open, ...UNPUNCTUATED], PAUSES));
		expect(text).toContain('Every city can plant them. And so the next thing we looked at');
	});

	it('real captions: MIT Missing Semester lecture 2, its human captions to 2:04, then YouTube automatic captions (tests/fixtures/transcripts/SOURCES.md)', () => {
		const file = path.join(__dirname, '..', 'fixtures', 'transcripts', 'missing-semester-l2-punctuation-stops.en.srt');
		const text = textOf(readFileSync(file, 'utf8'), file);
		// Was one sentence of 1 623 characters, from 2:05 to the end.
		expect(Math.max(...sentencesOf(text).map((s) => s.length))).toBeLessThan(300);
		expect(text).toContain(
			"Today, we're going to kind of cover more about the syntax of the variables, the control flow, functions of the shell. So for example, once you drop into a shell, say you want to define a variable, which is one of the first things you learn to do in a programming language.",
		);
		expect(text).toContain('Careful about that about you you need to be careful');
	});
});
