import {describe, expect, it} from 'vitest';
import {splitBilingualLines} from '../../../src/talk/readers/split-bilingual';

describe('splitBilingualLines', () => {
	it.each([
		[
			['欢迎来到 Hugging Face 课程。', 'Welcome to the Hugging Face Course.'],
			{main: ['欢迎来到 Hugging Face 课程。'], translation: ['Welcome to the Hugging Face Course.']},
		],
		[['Welcome.', '欢迎。'], {main: ['Welcome.'], translation: ['欢迎。']}],
		[['我们是一所全球领先的大学', '（特雷西米兰诺）'], null],
		[['two lines of', 'one speaker'], null],
		[['中文', 'English', '中文'], null],
		// Japanese (kana) and Chinese (none) are two languages too; a kana alone (の in a Taiwanese title) is no Japanese.
		[['後藤ひとりです。', '我是后藤独。'], {main: ['後藤ひとりです。'], translation: ['我是后藤独。']}],
		[['我是后藤独。', '後藤ひとりです。'], {main: ['我是后藤独。'], translation: ['後藤ひとりです。']}],
		[['小孤独の日常', '今天也在练吉他'], null],
	])('%j → %j', (lines, split) => {
		expect(splitBilingualLines(lines)).toEqual(split);
	});
});
