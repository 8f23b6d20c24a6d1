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
