import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Turn} from '../../../src/talk/talk-schema';

const turnsOf = (text: string, file = 'x.vtt'): Turn[] => readTranscript({text, file}).talk.sections.flatMap((s) => s.turns);

describe('WebVTT', () => {
	it('WebVTT: the cue number and its line', () => {
		const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n\n00:00:03.000 --> 00:00:\nBye.\n';
		expect(() => readTranscript({text, file: 'x.vtt'})).toThrow(
			'TALK_PARSE: x.vtt:6: looks like WebVTT, but cue 2 has an end time "00:00:" that is not a time',
		);
	});

	it('a chapters file given as the transcript says where it belongs', () => {
		const text = readFileSync('tests/fixtures/transcripts/it-accessibility.chapters.vtt', 'utf8');
		expect(() => readTranscript({text, file: 'x.vtt'})).toThrow('this is a WebVTT chapters file (14 chapters such as "Michael Young"), not a transcript');
	});

	it('two voices in one WebVTT cue are two turns, sharing its time by length', () => {
		const turns = turnsOf('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Ana>Hi there, Bo.</v> <v Bo>Hi.</v>\n');
		expect(turns.map((t) => [t.speakerIds[0], t.text, t.startMs, t.endMs])).toEqual([
			['ana', 'Hi there, Bo.', 0, 2471],
			['bo', 'Hi.', 2471, 3000],
		]);
	});
});

describe('WebVTT from Microsoft Teams: times without padding, milliseconds too', () => {
	// The first cues of a real Teams transcript: `0:0:6.90 --> 0:0:6.500` would end before it starts if `.90` were 900 ms.
	const TEAMS = [
		'WEBVTT',
		'',
		'0:0:0.0 --> 0:0:0.870',
		'<v Tiffany Bouchard>Yeah, hopefully.</v>',
		'',
		'0:0:4.560 --> 0:0:5.180',
		'<v Jialin Shan>So.</v>',
		'',
		'0:0:6.90 --> 0:0:6.500',
		'<v Tiffany Bouchard>Hello.</v>',
		'',
	].join('\n');

	it('reads `0:0:6.90` as 6.090 s', () => {
		expect(turnsOf(TEAMS).map((t) => [t.startMs, t.endMs])).toEqual([
			[0, 870],
			[4560, 5180],
			[6090, 6500],
		]);
	});

	it('a padded file keeps its fractions decimal: `00:00:06.9` is 6.900 s', () => {
		const padded = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Ana>One.</v>\n\n00:00:06.9 --> 00:00:08.000\n<v Ben>Two.</v>\n';
		expect(turnsOf(padded).map((t) => t.startMs)).toEqual([0, 6900]);
	});
});
