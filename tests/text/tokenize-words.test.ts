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
