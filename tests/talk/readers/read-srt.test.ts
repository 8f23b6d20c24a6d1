import {parseSrt} from '@remotion/captions';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cleanCaptionText} from '../../../src/talk/readers/clean-caption-text';
import {normaliseText} from '../../../src/talk/readers/normalise-text';
import {readSrtCues} from '../../../src/talk/readers/read-srt';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Turn} from '../../../src/talk/talk-schema';

const turnsOf = (text: string, file = 'x.srt'): Turn[] => readTranscript({text, file}).talk.sections.flatMap((s) => s.turns);
const srt = (...cues: [string, string, string][]) => cues.map(([a, b, t], i) => `${i + 1}\n00:${a} --> 00:${b}\n${t}\n`).join('\n');

describe('SubRip errors say what was seen', () => {
	it.each([
		['1\n00:00:01,000 -->\nHi.\n', 'x.srt:2: looks like SubRip, but cue 1 has no end time: "00:00:01,000 -->"'],
		[
			`${srt(['00:01,000', '00:02,000', 'Hi.'])}\n12\n00:00:03,000 --> 00:00:xx,000\nBye.\n`,
			'x.srt:6: looks like SubRip, but cue 12 has an end time "00:00:xx,000" that is not a time',
		],
		[
			'1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:61,000 --> 00:00:62,000\nBye.\n',
			'x.srt:6: looks like SubRip, but cue 2 has a start time "00:00:61,000" that is not a time',
		],
	])('%j', (text, message) => {
		expect(() => readTranscript({text, file: 'x.srt'})).toThrow(`TALK_PARSE: ${message}`);
	});
});

describe('SubRip: tolerant where players are', () => {
	// A dual-language SRT (POLYU COMP5521's lecture subtitles, MIT): each language a cue of its own under one number and time; the two were glued together ("D is 77. D 等于 77。").
	it('two cues of one script each at the same times are one bilingual cue', () => {
		const pair = (i: number, en: string, zh: string) => {
			const time = `00:00:0${i},000 --> 00:00:0${i + 1},000`;
			return `${i}\n${time}\n${en}\n\n${i}\n${time}\n${zh}\n`;
		};
		const text = [pair(1, "Okay, let's continue.", '好的，咱们接着来。'), pair(2, 'D is 77.', 'D 等于 77。'), pair(3, 'That is the key.', '这就是私钥。')].join(
			'\n',
		);
		const [turn, ...rest] = turnsOf(text);
		expect(rest).toEqual([]);
		expect(turn?.text).toBe("Okay, let's continue. D is 77. That is the key.");
		expect(turn?.translation).toBe('好的，咱们接着来。D 等于 77。这就是私钥。');
	});

	// Talk Python's captions: "What have you been doing all this time? - I don't know…" kept the dash that opens the other speaker's line.
	it("a dialogue dash opens the next speaker's line: a paragraph without the dash, not before a sound alone", () => {
		const turns = turnsOf(
			srt(
				['00:01,000', '00:03,000', '- What have you been doing all this time?\n- I do not know, honestly.'],
				['00:03,000', '00:05,000', '- Oh, the $200?'],
				['00:05,000', '00:06,000', '- [laughs]'],
				['00:06,000', '00:08,000', 'Yeah, $200 a month, and I laughed at myself.'],
			),
		);
		// The laugh is heard within the turn, after "$200?", as a sound inside captions is.
		expect(turns.map((t) => [t.kind, t.text])).toEqual([
			['speech', 'What have you been doing all this time?\nI do not know, honestly.\nOh, the $200? Yeah, $200 a month, and I laughed at myself.'],
			['reaction', '[laughs]'],
		]);
	});

	it('cues without numbers or blank lines between them, an arrow in the text, blank lines inside a cue', () => {
		const text = '00:00:01,000 --> 00:00:02,000\nA --> B is a rule.\n00:00:02,000 --> 00:00:03,000\nNext one.\n\nstill the same cue.\n';
		expect(turnsOf(text).map((t) => t.text)).toEqual(['A --> B is a rule. Next one. still the same cue.']);
	});

	it.each(['hf-course-welcome.en.srt', 'hf-course-welcome.zh-en.srt', 'buzzsprout-rookie-mistakes.srt'])(
		'%s: the same cues as @remotion/captions parseSrt on a well-formed file',
		(name) => {
			const text = normaliseText(readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8'));
			const ours = readSrtCues({text, file: name});
			const theirs = parseSrt({input: text}).captions;
			expect(ours.map((c) => [c.startMs, c.endMs, c.text])).toEqual(theirs.map((c) => [Math.round(c.startMs), Math.round(c.endMs), cleanCaptionText(c.text)]));
		},
	);
});

describe('short labels in a timed file', () => {
	it('regression (short label, "Bekah:" after "Bekah Hawrot Weigel:"): two speakers, not four, so the host is not split into a guest "Bekah"', () => {
		const text = srt(
			['00:01,000', '00:03,000', 'Bekah Hawrot Weigel: Hello and welcome to the show.'],
			['00:03,000', '00:05,000', 'Dan Ott: Thanks, Bekah. Glad to be here.'],
			['00:05,000', '00:07,000', 'Bekah: So what are you working on?'],
			['00:07,000', '00:09,000', 'Dan: A new podcast app.'],
		);
		const {talk} = readTranscript({text, file: 'x.srt'});
		expect(talk.speakers.map((s) => s.name)).toEqual(['Bekah Hawrot Weigel', 'Dan Ott']);
		expect(talk.speakers[0]?.role).toBe('host');
	});
});
