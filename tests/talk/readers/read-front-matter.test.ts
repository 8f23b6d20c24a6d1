import {describe, expect, it} from 'vitest';
import {findFrontMatter, readFrontMatter} from '../../../src/talk/readers/read-front-matter';

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
			warnings: [],
			source: {},
		});
	});

	it('a url to an audio file is the media; any other url is the source', () => {
		expect(read('url: https://x.org/ep.mp3').media).toBe('https://x.org/ep.mp3');
		expect(read('url: https://x.org/ep').source.url).toBe('https://x.org/ep');
	});

	it.each([
		['"no key at all', 2, 'front matter is not valid YAML'],
		['- a\n- b', 2, 'front matter must be YAML keys and values'],
		['*nowhere', 2, 'front matter is not valid YAML'],
	])('%j is a TALK_PARSE error at line %i', (yaml, line, problem) => {
		expect(() => read(yaml)).toThrow(expect.objectContaining({code: 'TALK_PARSE', line, message: expect.stringContaining(problem)}));
	});

	// Front matter a strict YAML reader refuses but its writer meant plainly: read line by line, with one warning naming the line.
	it.each([
		[
			'a quoted description whose next lines are not indented (the podcast that was refused)',
			'title: "Rookie mistakes"\ndescription: "We went back through the archives\nto pull together: the 10 things"\nhost: Travis Albritton',
			{title: 'Rookie mistakes', speakers: [{name: 'Travis Albritton', role: 'host'}]},
			'x.md:3: front matter is not valid YAML',
		],
		[
			'a quote never closed',
			'title: "Rookie mistakes\nepisode: 12',
			{title: 'Rookie mistakes', episode: '12'},
			'front matter is not valid YAML (Missing closing "quote)',
		],
		[
			'tabs before list items',
			'title: Heat\nguests:\n\t- Ana Lima\n\t- Bo Chen',
			{
				title: 'Heat',
				speakers: [
					{name: 'Ana Lima', role: 'guest'},
					{name: 'Bo Chen', role: 'guest'},
				],
			},
			'front matter is not valid YAML',
		],
		[
			'a colon in an unquoted value',
			'title: Episode 12: Heat\ndate: 2024-06-27',
			{title: 'Episode 12: Heat', date: '2024-06-27'},
			'front matter is not valid YAML',
		],
		['an unresolved alias', 'title: Heat\ncover: *art', {title: 'Heat', cover: '*art'}, 'front matter is not valid YAML'],
	])('%s', (_name, yaml, expected, warning) => {
		const fm = read(yaml);
		expect(fm).toMatchObject(expected);
		expect(fm.warnings).toEqual([expect.stringContaining(warning)]);
		expect(fm.warnings[0]).not.toContain('\n');
	});

	it('duplicate keys are valid enough for YAML readers: the last is read, as they read it, no warning', () => {
		const fm = read('title: First\ntitle: Second');
		expect(fm.title).toBe('Second');
		expect(fm.warnings).toEqual([]);
	});

	it('valid front matter gives no warning', () => {
		expect(read('title: Heat\nhost: Ana Lima').warnings).toEqual([]);
	});
});
