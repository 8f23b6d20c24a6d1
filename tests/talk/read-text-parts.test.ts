import {describe, expect, it} from 'vitest';
import {resolveSpeakerNames} from '../../src/talk/readers/build-talk';
import {stripInlineMarkup, takeTimeMarkers} from '../../src/talk/readers/clean-inline-text';
import {isNonSpeechLabel} from '../../src/talk/readers/non-speech';
import {formatTimestamp, parseTimeRange, parseTimestamp} from '../../src/talk/readers/parse-timestamp';
import {readChapterLine, readChapterList} from '../../src/talk/readers/read-chapters';
import {findFrontMatter, readFrontMatter} from '../../src/talk/readers/read-front-matter';
import {readSpeakerMarker} from '../../src/talk/readers/read-markdown';
import {readNameTimeLine} from '../../src/talk/readers/read-name-time-line';
import {titleFromFile} from '../../src/talk/title-from-file';

describe('parseTimestamp', () => {
	it.each([
		['12:05', 725_000],
		['1:02:03', 3_723_000],
		['00:00:23', 23_000],
		['0:00:12.6', 12_600],
		['00:01:02,500', 62_500],
		[' 3:07 ', 187_000],
		['12:60', null],
		['1:61:00', null],
		['12', null],
		['a:bc', null],
		['1:2', null],
	])('%j → %j', (text, ms) => {
		expect(parseTimestamp(text)).toBe(ms);
	});

	it.each([
		[0, '0:00'],
		[725_000, '12:05'],
		[3_723_999, '1:02:03'],
	])('formatTimestamp(%i) is %s', (ms, text) => {
		expect(formatTimestamp(ms)).toBe(text);
	});

	it.each([
		['12:05 - 19:40', {startMs: 725_000, endMs: 1_180_000}],
		['12:05–19:40', {startMs: 725_000, endMs: 1_180_000}],
		['19:40 - 12:05', null],
		['12:05', {startMs: 725_000}],
	])('parseTimeRange(%j)', (text, range) => {
		expect(parseTimeRange(text)).toEqual(range);
	});
});

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
	])('%j is no chapter', (line) => {
		expect(readChapterLine(line)).toBeNull();
	});

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
});

describe('readFrontMatter', () => {
	const read = (yaml: string) => {
		const lines = `---\n${yaml}\n---\nbody`.split('\n');
		const fm = findFrontMatter(lines);
		if (fm === null) throw new Error('no front matter');
		return readFrontMatter({lines, end: fm.end, file: 'x.md'});
	};

	it('reads the keys sites use, under their names', () => {
		expect(
			read(
				'title: "Game Development"\nepisode: 28\ndate: 1777287600000\naudio: "https://x.org/a.mp3"\ntags: [a, b]\nspeakers:\n  - Ana Lima\n  - {name: Bo Chen, role: guest}\nhost: Cy Dee\nlength: "00:28:59"\nchapters:\n  - "00:00 Intro"',
			),
		).toEqual({
			title: 'Game Development',
			episode: '28',
			date: '2026-04-27',
			media: 'https://x.org/a.mp3',
			tags: ['a', 'b'],
			durationMs: 1_739_000,
			speakers: [{name: 'Cy Dee', role: 'host'}, {name: 'Ana Lima'}, {name: 'Bo Chen', role: 'guest'}],
			chapters: [{title: 'Intro', startMs: 0}],
			source: {},
		});
	});

	it('a url to an audio file is the media; any other url is the source', () => {
		expect(read('url: https://x.org/ep.mp3').media).toBe('https://x.org/ep.mp3');
		expect(read('url: https://x.org/ep').source.url).toBe('https://x.org/ep');
	});

	it.each([
		['title: [broken', 2, 'front matter is not valid YAML'],
		['- a\n- b', 2, 'front matter must be YAML keys and values'],
		['a: *nowhere', 2, 'Unresolved alias'],
	])('%j is a TALK_PARSE error at line %i', (yaml, line, problem) => {
		expect(() => read(yaml)).toThrow(expect.objectContaining({code: 'TALK_PARSE', line, message: expect.stringContaining(problem)}));
	});
});

describe('speaker labels', () => {
	it.each([
		['**Ann Lee:** Hi.', {names: ['Ann Lee'], rest: 'Hi.'}],
		['**Ann**：你好', {names: ['Ann'], rest: '你好'}],
		['**A** and **B**: Hi.', {names: ['A', 'B'], rest: 'Hi.'}],
		['**Break**: \\[32:01\\]', {names: ['Break'], rest: '\\[32:01\\]'}],
		['**Bob: no close', {unclosed: 'Bob'}],
		['**really** important.', null],
		['**a** **a** **a** **a**', null],
		[`**${' '.repeat(1000)}`, null],
	])('readSpeakerMarker(%j)', (line, expected) => {
		expect(readSpeakerMarker({line, lineNumber: 1, file: 'x.md'})).toEqual(expected);
	});

	it.each([
		['Ali  0:00', {name: 'Ali', startMs: 0, gap: 2, colon: false, bold: false, bracketed: false}],
		['**Unknown Speaker**  1:45', {name: 'Unknown Speaker', startMs: 105_000, gap: 2, colon: false, bold: true, bracketed: false}],
		['Sergi Delgado: 00:00:27', {name: 'Sergi Delgado', startMs: 27_000, gap: 1, colon: true, bold: false, bracketed: false}],
		['**Kelly** [0:21]', {name: 'Kelly', startMs: 21_000, gap: 1, colon: false, bold: true, bracketed: true}],
		['We met at 10:30', {name: 'We met at', startMs: 630_000, gap: 1, colon: false, bold: false, bracketed: false}],
		['- item 1:00', null],
		['Just text', null],
	])('readNameTimeLine(%j)', (line, expected) => {
		expect(readNameTimeLine(line)).toEqual(expected);
	});

	it('resolves short labels to the full names listed or declared', () => {
		const names = resolveSpeakerNames({
			labels: ['Shaun Apps（SA）', 'SA', 'AP', 'Jeremy', 'SPEAKER_04', 'Andrew Poelstra', 'Zed'],
			listed: ['Jeremy Rubin', 'Andrew Poelstra'],
		});
		expect([...names.values()]).toEqual(['Shaun Apps', 'Shaun Apps', 'Andrew Poelstra', 'Jeremy Rubin', 'Speaker 5', 'Andrew Poelstra', 'Zed']);
	});

	it.each([
		['Break', true],
		['**Music**', true],
		['Intro music', true],
		['Ad break', true],
		['广告', true],
		['"Song Title" by Artist', true],
		['♪', true],
		['Jerod Santo', false],
		['Brian', false],
	])('isNonSpeechLabel(%j) is %s', (label, expected) => {
		expect(isNonSpeechLabel(label)).toBe(expected);
	});
});

describe('inline markup', () => {
	it.each([
		['See [the paper](https://x.org) now.', 'See the paper now.'],
		['A ![logo](a.png) b', 'A   b'],
		['<b>bold</b> &amp; &#39;q&#39; &nbsp;x', "bold & 'q'  x"],
		['**really** _important_ `code`', 'really important code'],
		['snake_case and 2*3', 'snake_case and 2*3'],
		['<https://x.org>', 'https://x.org'],
	])('stripInlineMarkup(%j) is %j', (text, expected) => {
		expect(stripInlineMarkup(text)).toBe(expected);
	});

	it.each([
		['[00:01:00] Well, yes.', 60_000, '  Well, yes.'],
		['Yes [00:01:00] and no.', null, 'Yes   and no.'],
		['**[12:05]** Hi', 725_000, '  Hi'],
		['[laughter] Hi', null, '[laughter] Hi'],
	])('takeTimeMarkers(%j)', (text, leadingMs, rest) => {
		expect(takeTimeMarkers(text)).toEqual({leadingMs, text: rest});
	});
});

describe('titleFromFile', () => {
	it.each([
		['talks/my_podcast-ep12.final.srt', 'My podcast ep12 final'],
		['My Talk [dQw4w9WgXcQ].en.vtt', 'My Talk'],
		['iPhone_review.zh-Hans.srt', 'iPhone review'],
		['C:\\talks\\episode-3.json', 'Episode 3'],
		['talks/Cool Talk.md', 'Cool Talk'],
		['js-party-313.md', 'Js party 313'],
		['are_corporate_chains_back.en.vtt', 'Are corporate chains back'],
		['A Requiem for SPARC with Tom Lyon_transcript.md', 'A Requiem for SPARC with Tom Lyon'],
		['2024-06-25-aspen.md', '2024-06-25 aspen'],
		['chaincode-28.otter.txt', 'Chaincode 28 otter'],
		['.md', 'Untitled talk'],
	])('%s → %s', (file, title) => {
		expect(titleFromFile(file)).toBe(title);
	});
});
