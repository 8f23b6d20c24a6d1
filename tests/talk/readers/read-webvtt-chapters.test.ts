import {describe, expect, it} from 'vitest';
import {readWebVttChapters} from '../../../src/talk/readers/read-webvtt-chapters';

describe('readWebVttChapters', () => {
	it('reads titles and times, in time order; refuses what is not WebVTT', () => {
		const {chapters} = readWebVttChapters({
			text: '\uFEFFWEBVTT\r\n\r\n00:01:00.000 --> 00:02:00.000\r\nPart two\r\n\r\n00:00:00.000 --> 00:01:00.000\r\nIntro',
			file: 'c.vtt',
		});
		expect(chapters).toEqual([
			{title: 'Intro', startMs: 0, endMs: 60_000},
			{title: 'Part two', startMs: 60_000, endMs: 120_000},
		]);
		expect(() => readWebVttChapters({text: '00:00 Intro', file: 'c.txt'})).toThrow('a chapters file must be WebVTT');
		expect(() => readWebVttChapters({text: 'WEBVTT\n\nNOTE nothing\n', file: 'c.vtt'})).toThrow('the chapters file has no chapters');
	});
});
