import {describe, expect, it} from 'vitest';
import {measureQuoteLength, quoteLengthBoundsFor, quoteLengthsOf} from '../../src/highlights/measure-quote-length';
import {countCjkLetters} from '../../src/text/classify-char';

const EN = quoteLengthBoundsFor({locale: 'en'});
const ZH = quoteLengthBoundsFor({locale: 'zh'});
/** The rule as first written: a regular expression's matches. */
const latinWordsByRegex = (text: string) => text.match(/[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g)?.length ?? 0;

describe('measureQuoteLength', () => {
	it.each([
		["You can't cool what you haven't mapped.", 7, 14],
		['GPT-6 costs $3.14 a call -- or 1.2.3a.', 7, 14],
		['我认为 GPT-6 是一连串的阈值。', 11, 12],
		["a--b a'.b x.-y -a- 'a' e.g.", 9, 18],
	])('%j: %i in English words, %i in Chinese characters', (text, words, chars) => {
		expect(measureQuoteLength({text, bounds: EN})).toBe(words);
		expect(measureQuoteLength({text, bounds: ZH})).toBe(chars);
	});

	it('counts Latin words as the regular expression matches them, on 20 000 random strings of letters, digits and joiners', () => {
		const alphabet = [..."aZ09'’.- ,x字"];
		let seed = 11;
		const next = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let i = 0; i < 20_000; i++) {
			const text = Array.from({length: Math.floor(next() * 16)}, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			expect(measureQuoteLength({text, bounds: EN}), JSON.stringify(text)).toBe(latinWordsByRegex(text) + countCjkLetters(text));
		}
	});

	it('quoteLengthsOf measures every span of a text as measureQuoteLength measures the span alone (30 000 random spans)', () => {
		const alphabet = ['a', 'Z', '0', '9', "'", '’', '.', '-', ' ', ',', '字', '。', '𠀀', '\uD840', '\uDC00', 'é'];
		let seed = 23;
		const next = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let t = 0; t < 300; t++) {
			const text = Array.from({length: 1 + Math.floor(next() * 40)}, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			for (const bounds of [EN, ZH]) {
				const lengthOf = quoteLengthsOf({text, bounds});
				for (let k = 0; k < 50; k++) {
					const a = Math.floor(next() * (text.length + 1));
					const b = a + Math.floor(next() * (text.length + 1 - a));
					expect(lengthOf(a, b), JSON.stringify([text, a, b])).toBe(measureQuoteLength({text: text.slice(a, b), bounds}));
				}
			}
		}
	});
});
