import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../../src/talk/load-talk';
import type {Talk} from '../../../src/talk/talk-schema';

const load = (text: string, file = 'talk.txt'): Talk => loadTalk({text, file, edits: null}).talk;
const speech = (talk: Talk) => talk.sections.flatMap((s) => s.turns.filter((t) => t.kind === 'speech'));

describe("whisper.cpp's and openai-whisper's console lines: `[start --> end]  text`", () => {
	it("whisper.cpp segments (its README's JFK sample): `]`, two spaces, text opening on a space", () => {
		const talk = load(
			'[00:00:00.000 --> 00:00:11.000]   And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.\n',
		);
		const [turn] = speech(talk);
		expect(turn?.text).toBe('And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.');
		expect([turn?.startMs, turn?.endMs]).toEqual([0, 11_000]);
	});

	it("openai-whisper's verbose console: `Detected language:` first (the talk's language), minutes and seconds", () => {
		const talk = load(
			'Detected language: Spanish\n\n[00:00.000 --> 00:06.040]  Este año será recordado por sus modelos de texto.\n[00:06.040 --> 00:09.500]  Y sin embargo, lo más interesante fue otra cosa.\n[01:02.600 --> 01:19.800]  Hablamos de ello al final.\n',
		);
		expect(talk.metadata.language).toBe('es');
		const turns = speech(talk);
		expect(turns.map((t) => t.text).join('\n')).toContain('Este año será recordado por sus modelos de texto. Y sin embargo, lo más interesante fue otra cosa.');
		expect(turns[0]?.startMs).toBe(0);
		expect(turns[turns.length - 1]?.endMs).toBe(79_800);
	});

	it("openai-whisper's `--verbose` console with its `Detecting language using…` line first", () => {
		const talk = load(
			'Detecting language using up to the first 30 seconds. Use `--language` to specify the language\nDetected language: English\n[00:00.000 --> 00:04.000]  Welcome to the show.\n[00:04.000 --> 00:08.000]  Today we talk about heat.\n',
		);
		expect(talk.metadata.language).toBe('en');
		expect(speech(talk)[0]?.text).toBe('Welcome to the show. Today we talk about heat.');
	});

	it('whisper.cpp `-ml 1`, a token a line: a token after only two spaces goes on the word before (Sun + kelt, Tech + Z + ing, a stop)', () => {
		const lines = [
			['00:00:00.130', '00:00:00.830', '   This'],
			['00:00:00.830', '00:00:01.320', '   show'],
			['00:00:01.320', '00:00:01.650', '   is'],
			['00:00:01.650', '00:00:03.650', '   distributed'],
			['00:00:03.650', '00:00:03.810', '   by'],
			['00:00:03.810', '00:00:04.310', '   Sun'],
			['00:00:04.310', '00:00:04.990', '  kelt'],
			['00:00:04.990', '00:00:05.000', '  .'],
			['00:00:27.000', '00:00:27.000', '  '],
			['00:00:27.000', '00:00:27.590', '   Welcome'],
			['00:00:27.590', '00:00:27.760', '   to'],
			['00:00:29.290', '00:00:29.630', '   Tech'],
			['00:00:29.630', '00:00:29.710', '  Z'],
			['00:00:29.710', '00:00:30.010', '  ing'],
			['00:00:30.010', '00:00:30.050', '  .'],
		];
		const talk = load(lines.map(([a, b, t]) => `[${a} --> ${b}]${t}`).join('\n'));
		expect(speech(talk).map((t) => t.text)).toEqual(['This show is distributed by Sunkelt.\nWelcome to TechZing.']);
	});

	it('a file that never marks word starts (two spaces on every line, openai-whisper) joins nothing', () => {
		const talk = load('[00:00.000 --> 00:02.000]  Hello there.\n[00:02.000 --> 00:04.000]  And welcome.\n[00:04.000 --> 00:06.000]  Glad you came.\n');
		expect(speech(talk)[0]?.text).toBe('Hello there. And welcome. Glad you came.');
	});

	it("whisper.cpp `-tdrz`'s `[SPEAKER_TURN]` ends a voice: the next line opens a new paragraph, and the mark is not text", () => {
		const talk = load(
			[
				'[00:01:00.170 --> 00:01:00.530]   You are the father of the show',
				'[00:01:00.530 --> 00:01:01.080]  . [SPEAKER_TURN]',
				'[00:01:01.080 --> 00:01:02.660]   Remind me why? [SPEAKER_TURN]',
				'[00:01:02.660 --> 00:01:04.160]   Because you took the first call.',
			].join('\n'),
		);
		expect(speech(talk).map((t) => t.text)).toEqual(['You are the father of the show.\nRemind me why?\nBecause you took the first call.']);
	});
});

describe('timed lines with a start only: `[00:01:23] text`, `[1:23] text`, `00:01:23 text`', () => {
	const CAPTIONS = [
		['0:00', 'Okay, welcome back.'],
		['0:02', "Today we're gonna cover a couple separate"],
		['0:05', 'two main topics related to the shell.'],
		['0:07', "First, we're gonna do some kind of shell scripting,"],
		['0:11', 'mainly related to bash, which is the shell'],
		['0:14', 'that most of you will start in.'],
	];
	const JOINED =
		"Okay, welcome back. Today we're gonna cover a couple separate two main topics related to the shell. First, we're gonna do some kind of shell scripting, mainly related to bash, which is the shell that most of you will start in.";
	it.each([
		['[m:ss] text', (t: string) => `[${t}]`],
		['[00:mm:ss] text', (t: string) => `[00:0${t}]`],
		['00:mm:ss text', (t: string) => `00:0${t}`],
	])("%s cut at a line's width (most lines end mid-sentence) are captions: joined into sentences, timed", (_shape, stamp) => {
		const talk = load(CAPTIONS.map(([t, text]) => `${stamp(t ?? '')} ${text}`).join('\n'));
		const turns = speech(talk);
		expect(turns.map((t) => t.text)).toEqual([JOINED]);
		expect([turns[0]?.startMs, turns[0]?.endMs]).toEqual([0, 14_000]);
	});

	it('[hh:mm:ss] paragraphs (most end a sentence) stay a turn each, as timed paragraphs do', () => {
		const talk = load(
			'[00:00:01] Welcome to the show. Today we talk about heat.\n[00:01:05] Heat kills more people than floods. Cities can plan for it.\n[00:02:30] Trees are the cheapest answer. Plant them now.\n',
		);
		expect(speech(talk).map((t) => [t.startMs, t.text])).toEqual([
			[1000, 'Welcome to the show. Today we talk about heat.'],
			[65_000, 'Heat kills more people than floods. Cities can plan for it.'],
			[150_000, 'Trees are the cheapest answer. Plant them now.'],
		]);
	});
});
