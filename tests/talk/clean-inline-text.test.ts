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

	// Emphasis markers go in pairs, as CommonMark pairs them; one with no partner inside a line is a literal mark, one at a line's edge is what is left of a label's emphasis.
	it.each([
		['\\*foo*', '*foo*'],
		['x&nbsp;*&nbsp;y', 'x * y'],
		['x&#160;_&#xA0;y', 'x _ y'],
		['mid *stray here', 'mid *stray here'],
		['the model* is new', 'the model* is new'],
		['*a* and _b_ and *c', 'a and b and *c'],
		['_a *b_ c*', 'a b c'],
		['(*aside*) and “*quoted*”', '(aside) and “quoted”'],
		['*one line\nand the next*', 'one line\nand the next'],
		// The Changelog #666: the note's opening `*` went with the label `***Jerod Santo:**`.
		["Jerod here in post... so that's why.*", "Jerod here in post... so that's why."],
		['*nKaren Sandler: We just hired', 'nKaren Sandler: We just hired'],
		['ends with \\* a star*', 'ends with * a star*'],
	])('emphasis in pairs: %j → %j', (text, expected) => {
		expect(stripInlineMarkup(unescapeMarkdown(text))).toBe(expected);
	});

	it('pairs 200 000 markers in linear time', () => {
		for (const text of ['*a '.repeat(200_000), 'a* '.repeat(200_000), '*a* '.repeat(100_000), `${'*'.repeat(100_000)}a`]) {
			const started = performance.now();
			stripInlineMarkup(text);
			expect(performance.now() - started).toBeLessThan(2000);
		}
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
