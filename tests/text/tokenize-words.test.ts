import {describe, expect, it} from 'vitest';
import {tokenizeWords} from '../../src/text/tokenize-words';

describe('tokenizeWords', () => {
	it.each([
		['zh', '我认为这是我们这个时代最重要的问题之一。', ['时代', '重要', '之一']],
		['zh', '你知道，我们需要监管。', ['需要', '监管']],
		['en', 'I think this is, you know, the most important question of our time.', ['important', 'question', 'time']],
		['en', 'GPT-4 took 8 months.', ['gpt', '4', 'took', '8', 'months']],
		['zh', 'OpenAI的ChatGPT', ['openai', 'chatgpt']],
	])('%s: %s', (locale, text, expected) => {
		expect(tokenizeWords({text, locale}).words).toEqual(expected);
	});

	it('keeps each word as written and where it starts, beside its lower-cased form', () => {
		expect(tokenizeWords({text: 'OpenAI ships GPT-4.', locale: 'en'})).toEqual({
			words: ['openai', 'ships', 'gpt', '4'],
			surfaces: ['OpenAI', 'ships', 'GPT', '4'],
			offsets: [0, 7, 13, 17],
		});
	});
});

describe('tokenizeWords on long text', () => {
	it('gives the same words in chunks as in one piece, with offsets into the whole text', () => {
		const unit = '我们今天讨论比特币的限制条款，以及 Lightning 的隐私。';
		const text = unit.repeat(300);
		const {words, offsets} = tokenizeWords({text, locale: 'zh'});
		expect(text.length).toBeGreaterThan(3 * 2000);
		expect(words).toEqual(Array.from({length: 300}, () => tokenizeWords({text: unit, locale: 'zh'}).words).flat());
		offsets.forEach((o, i) => {
			expect(text.slice(o, o + (words[i]?.length ?? 0)).toLowerCase()).toBe(words[i]);
		});
	});

	it('segments 200 000 characters without punctuation in linear time (in chunks)', () => {
		const started = performance.now();
		const {words} = tokenizeWords({text: '笑'.repeat(200_000), locale: 'zh'});
		expect(words.length).toBeGreaterThan(0);
		// In one piece this takes minutes on Node 20; in chunks about a second. A generous bound, not a timer.
		expect(performance.now() - started).toBeLessThan(20_000);
	});
});
