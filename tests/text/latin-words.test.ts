import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isLatinText, latinWords} from '../../src/text/latin-words';

/** `Intl.Segmenter`'s word-like segments of the whole text, in one piece: what `latinWords` must give. */
const icuWords = (text: string, locale = 'en') =>
	[...new Intl.Segmenter(locale, {granularity: 'word'}).segment(text)].filter((s) => s.isWordLike).map((s) => `${s.index}:${s.segment}`);
const fastWords = (text: string) => [...latinWords(text)].map((s) => `${s.index}:${s.segment}`);

/** Every character `isLatinText` admits. */
const LATIN_CHARS = [
	[9, 10],
	[13, 13],
	[0x20, 0x7e],
	[0xa0, 0xa0],
	[0xc0, 0xd6],
	[0xd8, 0xf6],
	[0xf8, 0x24f],
	[0x2013, 0x2014],
	[0x2018, 0x2019],
	[0x201c, 0x201d],
	[0x2026, 0x2026],
].flatMap(([from = 0, to = 0]) => Array.from({length: to - from + 1}, (_, i) => String.fromCharCode(from + i)));
/** The characters where the rules are: letters, digits, `_`, the joiners, spaces. Half of each random string is drawn from these. */
const RULE_CHARS = [..."aZé9_ .,;:'’‘\n-"];

/** A small deterministic generator (mulberry32), so a failure reproduces. */
const random = (seed: number) => () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

describe('latinWords: the word-like segments of Intl.Segmenter, for Latin text', () => {
	it.each([
		["don't stop", ["0:don't", '6:stop']],
		['e.g. 3.14, 1,000; U.S.A.', ['0:e.g', '5:3.14', '11:1,000', '18:U.S.A']],
		['rock’n’roll — “yes”… a_b _ __ x:y', ['0:rock’n’roll', '15:yes', '21:a_b', '27:__', '30:x:y']],
		['café naïve 2024年', null],
	])('%j', (text, expected) => {
		if (expected === null) {
			expect(isLatinText(text)).toBe(false);
			return;
		}
		expect(isLatinText(text)).toBe(true);
		expect(fastWords(text)).toEqual(expected);
		expect(fastWords(text)).toEqual(icuWords(text));
	});

	it('agrees with Intl.Segmenter on 20 000 random strings of the Latin characters, in English and Chinese locales', () => {
		const next = random(20_261_205);
		const pick = (chars: readonly string[]) => chars[Math.floor(next() * chars.length)] ?? '';
		const differ: string[] = [];
		for (let i = 0; i < 20_000; i++) {
			const length = 1 + Math.floor(next() * 40);
			let text = '';
			for (let j = 0; j < length; j++) text += next() < 0.5 ? pick(RULE_CHARS) : pick(LATIN_CHARS);
			expect(isLatinText(text)).toBe(true);
			const fast = fastWords(text).join('|');
			if (fast !== icuWords(text).join('|') || fast !== icuWords(text, 'zh').join('|')) differ.push(text);
		}
		expect(differ.slice(0, 5)).toEqual([]);
	});

	it('agrees with Intl.Segmenter on every Latin character between letters, between digits and alone', () => {
		for (const c of LATIN_CHARS) {
			for (const text of [`a${c}b`, `1${c}2`, `a${c}1`, c, `${c}${c}`]) expect(fastWords(text), JSON.stringify(text)).toEqual(icuWords(text));
		}
	});

	it('agrees with Intl.Segmenter on the real transcripts that are Latin text', () => {
		const latin = [path.join(__dirname, '../fixtures/transcripts'), path.join(__dirname, '../../data/eval')]
			.flatMap((folder) =>
				readdirSync(folder)
					.filter((name) => /\.(md|txt|srt|vtt|json)$/.test(name))
					.map((name) => path.join(folder, name)),
			)
			.map((file) => readFileSync(file, 'utf8'))
			.filter(isLatinText);
		expect(latin.length).toBeGreaterThanOrEqual(10);
		// Line by line: a line break ends a word in both, and Intl.Segmenter is slow on one long string.
		const lines = latin.flatMap((text) => text.split('\n'));
		expect(lines.length).toBeGreaterThan(4000);
		for (const line of lines) expect(fastWords(line), line).toEqual(icuWords(line));
	});

	it('leaves to Intl.Segmenter what it does not reproduce: CJK, emoji, combining marks, the middle dot, Greek', () => {
		for (const text of ['你好 world', 'hi 👋', 'e\u0301', 'l·l', 'αβ', 'ﬁ', 'a\u200db']) expect(isLatinText(text), JSON.stringify(text)).toBe(false);
	});
});
