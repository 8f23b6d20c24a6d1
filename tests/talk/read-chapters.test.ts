import {describe, expect, it} from 'vitest';
import {readChapterLine, readChapterList} from '../../src/talk/read-chapters';

describe('readChapterLine', () => {
	it.each([
		['00:00 Intro', {title: 'Intro', startMs: 0, strength: 'weak'}],
		['00:00 - Intro', {title: 'Intro', startMs: 0, strength: 'weak'}],
		['**01:22** - Tell us about yourself', {title: 'Tell us about yourself', startMs: 82_000, strength: 'strong'}],
		['* **[00:00](#t=00:00)** Welcome to Syntax!', {title: 'Welcome to Syntax!', startMs: 0, strength: 'strong'}],
		[
			'* **[13:40](#t=13:40)** [Brought to you by Sentry.io](https://sentry.io/syntax).',
			{title: 'Brought to you by Sentry.io.', startMs: 820_000, strength: 'strong'},
		],
		['3. **从编译器谈起 (12:05 - 19:40)**', {title: '从编译器谈起', startMs: 725_000, endMs: 1_180_000, strength: 'strong'}],
		['- **Intro** (0:00)', {title: 'Intro', startMs: 0, strength: 'strong'}],
		['(12:05) Q&A', {title: 'Q&A', startMs: 725_000, strength: 'weak'}],
	])('%j is a chapter', (line, chapter) => {
		expect(readChapterLine(line)).toEqual(chapter);
	});

	it.each([
		['00:00:01,000 --> 00:00:04,000'],
		['Just a sentence with 12:05 in it.'],
		['**Ann:** Hello.'],
		['3. A numbered point of the speech'],
		['**01:22**'],
		['99:99 Not a time'],
	])('%j is no chapter', (line) => {
		expect(readChapterLine(line)).toBeNull();
	});
});

describe('readChapterList', () => {
	it('reads a chapter list as a block, lines or objects, and says which entries are not chapters', () => {
		expect(readChapterList('00:00 Intro\n\n10:00 Main').chapters).toEqual([
			{title: 'Intro', startMs: 0},
			{title: 'Main', startMs: 600_000},
		]);
		expect(readChapterList([{start: 90, title: 'A'}, {time: '2:00', name: 'B'}, 'nope', {title: 'no time'}])).toEqual({
			chapters: [
				{title: 'A', startMs: 90_000},
				{title: 'B', startMs: 120_000},
			],
			problems: [
				{index: 2, problem: '"nope" is not a chapter line such as "12:05 Title"'},
				{index: 3, problem: 'a chapter needs a start time such as "12:05" (or seconds)'},
			],
		});
	});

	it.each([
		[{start: -5, title: 'Negative seconds'}],
		[{start: Number.NaN, title: 'NaN seconds'}],
		[{start: '99:99', title: 'No time'}],
		[{start: '-0:05', title: 'Signed'}],
	])('%j has no start time', (item) => {
		expect(readChapterList([item]).problems).toEqual([{index: 0, problem: 'a chapter needs a start time such as "12:05" (or seconds)'}]);
	});
});
