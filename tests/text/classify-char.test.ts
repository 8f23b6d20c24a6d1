import {describe, expect, it} from 'vitest';
import {countCjkLetters, isCjkChar, isCjkLetter, isEmojiGrapheme, isHanChar, isIdeographicBreakGrapheme, isWideCodePoint} from '../../src/text/classify-char';

describe('classify-char', () => {
	it.each([
		['中', true],
		['〇', true],
		['，', true],
		['。', true],
		['《', true],
		['！', true],
		['％', true],
		['あ', true],
		['한', true],
		['𠮷', true],
		['a', false],
		['1', false],
		[',', false],
		['“', false],
		['—', false],
		['ｱ', false],
		['', false],
	])('isCjkChar(%j) is %s', (char, expected) => {
		expect(isCjkChar(char)).toBe(expected);
	});

	it.each([
		['中', true],
		['〇', true],
		['々', true],
		['𠮷', true],
		['，', false],
		['あ', false],
		['a', false],
	])('isHanChar(%j) is %s', (char, expected) => {
		expect(isHanChar(char)).toBe(expected);
	});

	it.each([
		['👍', true],
		['❤️', true],
		['🇨🇳', true],
		['👨‍👩‍👧', true],
		['1️⃣', true],
		['☺\uFE0E', false],
		['1', false],
		['中', false],
		['a', false],
	])('isEmojiGrapheme(%j) is %s', (grapheme, expected) => {
		expect(isEmojiGrapheme(grapheme)).toBe(expected);
	});

	it.each([
		[0x4e00, true],
		[0x3000, true],
		[0xff01, true],
		[0xff61, false],
		[0x2014, false],
		[0x41, false],
		[0x20000, true],
	])('isWideCodePoint(0x%s) is %s', (codePoint, expected) => {
		expect(isWideCodePoint(codePoint)).toBe(expected);
	});

	it.each([
		['中', true],
		['👍', true],
		['a', false],
		['”', false],
	])('isIdeographicBreakGrapheme(%j) is %s', (grapheme, expected) => {
		expect(isIdeographicBreakGrapheme(grapheme)).toBe(expected);
	});
});

describe('countCjkLetters', () => {
	it.each([
		['', 0],
		['Sam Altman said 3 things.', 0],
		['我认为这是一连串的阈值，', 11],
		['GPT-6 和 ChatGPT 的区别：', 4],
		['カタカナ and 한국어', 7],
		['𠀀𠀁 two Han letters outside the BMP, ￥ and 。 are not letters', 2],
		['\uD840 a lone high surrogate, then 字', 1],
	])('%j has %i', (text, count) => {
		expect(countCjkLetters(text)).toBe(count);
		// What it replaces: an array of the characters, each asked.
		expect(countCjkLetters(text)).toBe([...text].filter(isCjkLetter).length);
	});
});
