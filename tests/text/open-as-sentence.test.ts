import {describe, expect, it} from 'vitest';
import {openAsSentence, opensOnSmallWord, smallNamesOf} from '../../src/text/open-as-sentence';

describe('openAsSentence: a quote that opens on a word in small letters shows it with a capital, offset for offset', () => {
	it.each([
		['we built it in a weekend.', 'We built it in a weekend.'],
		["it's used in Hugo.", "It's used in Hugo."],
		['the first thing is you stop pretending.', 'The first thing is you stop pretending.'],
		// Already a sentence, or a word that is written so: as it is.
		['We built it.', 'We built it.'],
		['iPhone sales fell.', 'iPhone sales fell.'],
		['eBay was first.', 'eBay was first.'],
		['x86 won.', 'x86 won.'],
		['van Gogh painted it.', 'van Gogh painted it.'],
		['.NET is old.', '.NET is old.'],
		['我们做到了。', '我们做到了。'],
		['', ''],
	])('%s → %s', (text, shown) => {
		expect(openAsSentence(text)).toBe(shown);
		expect(openAsSentence(text)).toHaveLength(text.length);
		expect(opensOnSmallWord(text)).toBe(shown !== text);
	});
});

describe('a name the talk writes in small letters keeps them, and a Chinese quote keeps its Latin word as written', () => {
	const names = smallNamesOf(['npm is the largest registry there is. We use it daily.', 'ffmpeg can do that. we said so.\nWe did.']);
	it('smallNamesOf: words a sentence opens with in small letters and never with a capital', () => {
		expect([...names].sort()).toEqual(['ffmpeg', 'npm']);
	});
	it.each([
		['npm is the largest registry.', 'npm is the largest registry.'],
		['ffmpeg can cut it.', 'ffmpeg can cut it.'],
		['we use it daily.', 'We use it daily.'],
		['npm很好用。', 'npm很好用。'],
	])('%s → %s', (text, shown) => {
		expect(openAsSentence(text, names)).toBe(shown);
	});
});
