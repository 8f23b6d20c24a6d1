import {describe, expect, it} from 'vitest';
import {stripInlineMarkup, takeTimeMarkers, unescapeMarkdown} from '../../src/talk/clean-inline-text';
import {decodeEntities} from '../../src/talk/decode-entities';

describe('inline markup', () => {
	it.each([
		['See [the paper](https://x.org) now.', 'See the paper now.'],
		['A ![logo](a.png) b', 'A   b'],
		['<b>bold</b> &amp; &#39;q&#39; &nbsp;x', "bold & 'q'  x"],
		['**really** _important_ `code`', 'really important code'],
		['snake_case and 2*3', 'snake_case and 2*3'],
		['<https://x.org>', 'https://x.org'],
		// Changelog News #151: "some fresh and some classic* Changelog Beats".
		['some *fresh* and some *classic*&nbsp;[Changelog Beats](https://x.org)', 'some fresh and some classic Changelog Beats'],
		['some&nbsp;*classic*&nbsp;beats and&#160;_fresh_ ones', 'some classic beats and fresh ones'],
		['x&#x00a0;*a*&#X0A0;b', 'x a b'],
	])('stripInlineMarkup(%j) is %j', (text, expected) => {
		expect(stripInlineMarkup(text)).toBe(expected);
	});

	// Go Time #253: "if you do something like .\*, what you're saying is match any character" lost its star.
	it.each([
		["something like .\\*, what you're saying", "something like .*, what you're saying"],
		['\\*not emphasis\\* and *emphasis*', '*not emphasis* and emphasis'],
		['a \\_private\\_ name, \\`tick\\` and \\[laughs\\]', 'a _private_ name, `tick` and [laughs]'],
		['**bold** 2 \\* 3 = 6', 'bold 2 * 3 = 6'],
	])('an escaped mark is a literal one: %j → %j', (text, expected) => {
		expect(stripInlineMarkup(unescapeMarkdown(text))).toBe(expected);
	});

	// A character of the Private Use Area a transcript holds stays itself (it once stood for an escaped mark and came out as one), and a lone surrogate is no mark either.
	it.each([
		['a \uE02A b \uE05F c \uE060 d \\*', 'a \uE02A b \uE05F c \uE060 d *'],
		['lone \uDC2A and \uD83D here, *and* a pair 😀', 'lone \uFFFD and \uFFFD here, and a pair 😀'],
	])('what stood for a literal mark is kept as it was: %j', (text, expected) => {
		expect(stripInlineMarkup(unescapeMarkdown(text))).toBe(expected);
	});

	it.each([
		['[00:01:00] Well, yes.', 60_000, '  Well, yes.'],
		['Yes [00:01:00] and no.', null, 'Yes   and no.'],
		['**[12:05]** Hi', 725_000, '  Hi'],
		['[laughter] Hi', null, '[laughter] Hi'],
	])('takeTimeMarkers(%j)', (text, leadingMs, rest) => {
		expect(takeTimeMarkers(text)).toEqual({leadingMs, text: rest});
	});

	it('decodes what HTML decodes, without a semicolon too', () => {
		expect(decodeEntities('&amp &eacute; &#x4e2d;&#25991;')).toBe('& é 中文');
	});
});
