import {describe, expect, it} from 'vitest';
import {cleanCaptionText} from '../../../src/talk/readers/clean-caption-text';

describe('caption text', () => {
	it.each([
		['<i>Hi</i> <b>there</b>', 'Hi there'],
		['<font color="#ffffff">Hi</font>', 'Hi'],
		['{\\an8}Top line', 'Top line'],
		['Q&amp;A &#39;quoted&#39; &ndash; done', "Q&A 'quoted' – done"],
		['&lt;i&gt; stays text', '<i> stays text'],
		['a&nbsp;&nbsp;b', 'a b'],
		['this<00:00:01.000><c> will</c>', 'this will'],
		['  two\n\n lines  ', 'two\nlines'],
		['zero\u200bwidth', 'zerowidth'],
		['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
	])('%j → %j', (input, output) => {
		expect(cleanCaptionText(input)).toBe(output);
	});
});
