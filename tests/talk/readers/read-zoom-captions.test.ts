import {describe, expect, it} from 'vitest';
import {looksLikeZoomCaptions} from '../../../src/talk/readers/read-zoom-captions';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const turnsOf = (lines: string[]) => {
	const {talk} = readTranscript({text: lines.join('\n'), file: 'meeting_saved_closed_caption.txt'});
	const names = new Map(talk.speakers.map((s) => [s.id, s.name]));
	return talk.sections.flatMap((s) => s.turns).map((t) => `${t.startMs} ${t.speakerIds.map((id) => names.get(id)).join()}: ${t.text}`);
};

describe('Zoom saved captions: `[Name] 15:05:17` then the caption', () => {
	it('clock times from the first caption, a speaker’s captions one turn of running text', () => {
		expect(
			turnsOf([
				'[Ana Lima] 15:05:17',
				'the most competitive field I have seen in',
				'',
				'[Ana Lima] 15:05:22',
				'eight years of organising.',
				'',
				'[Ben Ode] 15:05:41',
				'Thank you. Screen sharing is disabled.',
				'',
			]),
		).toEqual(['0 Ana Lima: the most competitive field I have seen in eight years of organising.', '24000 Ben Ode: Thank you. Screen sharing is disabled.']);
	});

	it('a meeting past midnight goes on counting', () => {
		expect(turnsOf(['[Ana] 23:59:50', 'Nearly midnight.', '', '[Ben] 00:00:10', 'A new day.', '']).map((t) => t.split(' ')[0])).toEqual(['0', '20000']);
	});

	it.each([
		['Zoom captions', '[Ana] 15:05:17\nHello.\n\n[Ben] 15:05:20\nHi.\n', true],
		['bracketed speakers and times on one line', '[Speaker 1] [00:03] Hello.\n[Speaker 2] [00:05] Hi.\n', false],
		['a time in brackets', '[15:05:17] Hello.\n[15:05:20] Hi.\n', false],
		['one caption', '[Ana] 15:05:17\nHello.\n', false],
	])('recognises %s: %s', (_name, text, expected) => {
		expect(looksLikeZoomCaptions(text)).toBe(expected);
	});
});
