import {describe, expect, it} from 'vitest';
import {chaptersFileCandidates, editsFileCandidates, isChaptersFile, isEditsFile, loadTalk} from '../../src/talk/load-talk';

describe('editsFileCandidates: the one rule for where the edits file is', () => {
	it.each([
		['data/aspen-2024-altman-chesky.md', 'data/aspen-2024-altman-chesky'],
		['talks/Cool Talk.md', 'talks/Cool Talk'],
		['episode.final.srt', 'episode.final'],
		['C:\\talks\\Ep 1.vtt', 'C:\\talks\\Ep 1'],
		['noext', 'noext'],
	])('%s → %s.edits.yaml, .yml, .json', (file, stem) => {
		expect(editsFileCandidates({file})).toEqual([`${stem}.edits.yaml`, `${stem}.edits.yml`, `${stem}.edits.json`]);
	});

	it.each([
		['data/x.edits.yaml', true],
		['data/x.edits.json', true],
		['data/x.yaml', false],
		['data/x.md', false],
	])('isEditsFile(%s) is %s', (file, expected) => {
		expect(isEditsFile(file)).toBe(expected);
	});
});

describe('chaptersFileCandidates: the one rule for where the chapters file is', () => {
	it.each([
		['talks/ep12.srt', ['talks/ep12.chapters.vtt']],
		['talks/ep12.en.vtt', ['talks/ep12.en.chapters.vtt', 'talks/ep12.chapters.vtt']],
		['Cool Talk.json', ['Cool Talk.chapters.vtt']],
	])('%s → %j', (file, candidates) => {
		expect(chaptersFileCandidates({file})).toEqual(candidates);
	});

	it.each([
		['data/x.chapters.vtt', true],
		['data/x.vtt', false],
	])('isChaptersFile(%s) is %s', (file, expected) => {
		expect(isChaptersFile(file)).toBe(expected);
	});
});

describe('loadTalk', () => {
	const text = '# T\n\n**Ann:** Hello there. This is a talk.\n\n**Bob:** It is.\n';
	it('reads the transcript and applies the edits text', () => {
		const {talk} = loadTalk({text, file: 'Cool Talk.md', edits: {text: 'metadata: {title: Retitled}', file: 'Cool Talk.edits.yaml'}});
		expect(talk.slug).toBe('cool-talk');
		expect(talk.metadata.title).toBe('Retitled');
	});
	it('without edits, the talk as read', () => {
		expect(loadTalk({text, file: 'a.md', edits: null}).talk.metadata.title).toBe('T');
	});

	const chapters = {text: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nFirst\n\n00:00:02.000 --> 00:00:04.000\nSecond\n', file: 'x.chapters.vtt'};
	it('a chapters file makes the sections of a timed talk of any reader, a Talk JSON too', () => {
		const timed = '# T\n\n**Ann:** [00:00] One.\n\n**Bob:** [00:02] Two.\n';
		const sections = (talk: {sections: {title: string; turns: {text: string}[]}[]}) => talk.sections.map((s) => [s.title, s.turns.map((t) => t.text)]);
		const {talk} = loadTalk({text: timed, file: 'x.md', edits: null, chapters});
		expect(sections(talk)).toEqual([
			['First', ['One.']],
			['Second', ['Two.']],
		]);
		const json = {...talk, sections: [{id: 's1', title: 'All', turns: talk.sections.flatMap((s) => s.turns)}]};
		expect(sections(loadTalk({text: JSON.stringify(json), file: 'x.json', edits: null, chapters}).talk)).toEqual(sections(talk));
	});

	// Regression: the sound was sectioned by its own cue's time, past the chapter's start, while its sentence stayed in the chapter before; a card then crossed the gap.
	it('a sound heard within a sentence that runs past a chapter’s start stays in that sentence’s section', () => {
		const cue = (i: number, from: number, to: number, text: string) =>
			`${i}\n00:00:${String(from).padStart(2, '0')},000 --> 00:00:${String(to).padStart(2, '0')},000\n${text}\n`;
		const srt = [
			cue(1, 0, 10, 'We batch the shell commands in one place.'),
			cue(2, 30, 34, 'And so you would do'),
			cue(3, 35, 37, '[inaudible] for people who are not used'),
			cue(4, 37, 39, 'to these IDEs, it is scary.'),
			cue(5, 40, 44, 'Next we talk about the other tools we use every day.'),
		].join('\n');
		const twoChapters = {text: 'WEBVTT\n\n00:00:00.000 --> 00:00:35.000\nIntro\n\n00:00:35.000 --> 00:01:00.000\nTools\n', file: 'x.chapters.vtt'};
		const {talk} = loadTalk({text: srt, file: 'x.srt', edits: null, chapters: twoChapters});
		expect(talk.sections.map((s) => [s.title, s.turns.map((t) => t.kind)])).toEqual([
			['Intro', ['speech', 'reaction']],
			['Tools', ['speech']],
		]);
	});

	it('a chapters file with a transcript without times is refused, naming the chapters file', () => {
		expect(() => loadTalk({text: '# T\n\n**Ann:** Hello.\n', file: 'x.md', edits: null, chapters})).toThrow(
			'TALK_PARSE: x.chapters.vtt: a chapters file needs a transcript with times, and this one has none',
		);
	});

	it.each([
		[
			'transcript',
			{text: 'x'.repeat(33 * 1024 * 1024), file: 'big.md', edits: null},
			'TALK_LIMIT: big.md: the transcript file is 33.0 MiB; talkreel reads transcript files of at most 32.0 MiB',
		],
		[
			'edits',
			{text, file: 'a.md', edits: {text: '#'.repeat(1024 * 1024 + 1), file: 'a.edits.yaml'}},
			'TALK_LIMIT: a.edits.yaml: the edits file is 1.0 MiB; talkreel reads edits files of at most 1.0 MiB',
		],
		[
			'chapters',
			{text, file: 'a.md', edits: null, chapters: {text: 'W'.repeat(1024 * 1024 + 1), file: 'a.chapters.vtt'}},
			'TALK_LIMIT: a.chapters.vtt: the chapters file is',
		],
	])('a %s file over its size limit is refused before it is read', (_kind, input, message) => {
		expect(() => loadTalk(input)).toThrow(message);
	});
});
