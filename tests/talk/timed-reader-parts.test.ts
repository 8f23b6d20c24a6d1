import {parseSrt} from '@remotion/captions';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {chaptersFileCandidates, isChaptersFile, loadTalk} from '../../src/talk/load-talk';
import {cleanCaptionText} from '../../src/talk/readers/clean-caption-text';
import {parseCueTime, readCueTiming} from '../../src/talk/readers/cue-timing';
import {decodeEntities} from '../../src/talk/readers/decode-entities';
import {findSentenceEnds, isUnpunctuated} from '../../src/talk/readers/find-sentence-ends';
import {isNonSpeech, splitInlineNonSpeech} from '../../src/talk/readers/non-speech';
import {normaliseText, readTranscript} from '../../src/talk/readers/read-transcript';
import {readSrtCues} from '../../src/talk/readers/read-srt';
import {readWebVttChapters} from '../../src/talk/readers/read-webvtt-chapters';
import {acceptedLabelNames, readCreditLine, readSpeakerLabel} from '../../src/talk/readers/speaker-labels';
import {splitBilingualLines} from '../../src/talk/readers/split-bilingual';
import type {Turn} from '../../src/talk/talk-schema';
import {translationOfSpan} from '../../src/talk/translation-of-span';

const turnsOf = (text: string, file = 'x.srt'): Turn[] => readTranscript({text, file}).talk.sections.flatMap((s) => s.turns);
const srt = (...cues: [string, string, string][]) => cues.map(([a, b, t], i) => `${i + 1}\n00:${a} --> 00:${b}\n${t}\n`).join('\n');

describe('cue times', () => {
	it.each([
		['00:01:02,500', 62_500],
		['00:01:02.500', 62_500],
		['01:02.5', 62_500],
		['0:0:0.570', 570],
		['0:0:1.13', 1130],
		['10:00:00,000', 36_000_000],
		['00:01:02:500', 62_500],
		['00:01:02', 62_000],
		['00:61:00,000', null],
		['aa:bb:cc,ddd', null],
		['', null],
	])('%s → %s ms', (text, ms) => {
		expect(parseCueTime(text)).toBe(ms);
	});

	it.each([
		['00:00:01,000 --> 00:00:02,000', {startMs: 1000, endMs: 2000, settings: ''}],
		['00:00:01.000-->00:00:02.000 align:start position:0%', {startMs: 1000, endMs: 2000, settings: 'align:start position:0%'}],
		['00:00:01,000 -->', 'has no end time'],
		['--> 00:00:02,000', 'has no start time'],
		['00:00:01,000 --> soon', 'has an end time "soon" that is not a time'],
		['hello there', null],
	])('timing line %s', (line, expected) => {
		expect(readCueTiming(line)).toEqual(expected);
	});
});

describe('caption text', () => {
	it.each([
		['<i>Hi</i> <b>there</b>', 'Hi there'],
		['<font color="#ffffff">Hi</font>', 'Hi'],
		['{\\an8}Top line', 'Top line'],
		['Q&amp;A &#39;quoted&#39; &ndash; done', "Q&A 'quoted' – done"],
		['&lt;i&gt; stays text', '<i> stays text'],
		['a&nbsp;&nbsp;b', 'a b'],
		['this<00:00:01.000><c> will</c>', 'this will'],
		['  two\n\n lines  ', 'two\nlines'],
		['zero\u200bwidth', 'zerowidth'],
		['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
	])('%j → %j', (input, output) => {
		expect(cleanCaptionText(input)).toBe(output);
	});

	it('decodes what HTML decodes, without a semicolon too', () => {
		expect(decodeEntities('&amp &eacute; &#x4e2d;&#25991;')).toBe('& é 中文');
	});
});

describe('speaker labels', () => {
	it.each([
		['Travis: When you first get', {name: 'Travis', rest: 'When you first get'}],
		['- Ana Lima: Hi.', {name: 'Ana Lima', rest: 'Hi.'}],
		['SPEAKER_01: yes', {name: 'SPEAKER_01', rest: 'yes'}],
		['Speaker 2: yes', {name: 'Speaker 2', rest: 'yes'}],
		['主持人：欢迎大家', {name: '主持人', rest: '欢迎大家'}],
		['[Alba] En 1928,', {name: 'Alba', rest: 'En 1928,'}],
		['>> And then', {name: null, rest: 'And then'}],
		['>> JOHN: Hello', {name: 'JOHN', rest: 'Hello'}],
		['Note: this is speech', null],
		['Here is the thing: it works', null],
		['10:30 is the time', null],
		['https://example.com', null],
		['[laughs] okay', null],
		['[door slams] okay', null],
		['我想说的是这个道理：不要停', null],
	])('%j → %j', (line, label) => {
		expect(readSpeakerLabel(line)).toEqual(label);
	});

	it.each([
		[
			['Travis', 'Sarah'],
			['Travis', 'Sarah'],
		],
		[['Remember'], []],
		[['Remember', 'Remember'], ['Remember']],
		[
			['Travis', 'Travis', 'Questions'],
			['Travis', 'Questions'],
		],
	])('names written %j are labels %j', (names, accepted) => {
		expect([...acceptedLabelNames(names.map((name) => ({name, rest: ''})))]).toEqual(accepted);
	});

	it.each([
		['（特雷西米兰诺——康奈尔大学网络政策主管）', '特雷西米兰诺'],
		['(Tracy Mitrano - Director of IT Policy)', 'Tracy Mitrano'],
		['（笑）', null],
		['(and this is an aside)', null],
	])('credit line %s → %s', (line, name) => {
		expect(readCreditLine(line)).toBe(name);
	});

	it('a label holds until the next; speech before the first belongs to the first labelled speaker', () => {
		const turns = turnsOf(
			srt(
				['00:00,000', '00:01,000', 'Welcome back.'],
				['00:01,000', '00:02,000', 'Ana: I am glad'],
				['00:02,000', '00:03,000', 'to be here.'],
				['00:03,000', '00:04,000', 'Bo: So am I.'],
				['00:04,000', '00:05,000', 'Ana: Good.'],
			),
		);
		expect(turns.map((t) => [t.speakerIds[0], t.text])).toEqual([
			['ana', 'Welcome back. I am glad to be here.'],
			['bo', 'So am I.'],
			['ana', 'Good.'],
		]);
	});

	it('two voices in one WebVTT cue are two turns, sharing its time by length', () => {
		const turns = turnsOf('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Ana>Hi there, Bo.</v> <v Bo>Hi.</v>\n', 'x.vtt');
		expect(turns.map((t) => [t.speakerIds[0], t.text, t.startMs, t.endMs])).toEqual([
			['ana', 'Hi there, Bo.', 0, 2471],
			['bo', 'Hi.', 2471, 3000],
		]);
	});
});

describe('sounds', () => {
	it.each([
		['[Music]', true],
		['[ music ]', true],
		['(applause)', true],
		['[Applause] [Laughter]', true],
		['♪ never gonna give you up ♪', true],
		['♪♪', true],
		['[BLANK_AUDIO]', true],
		['（笑）', true],
		['Hello [laughs]', false],
		['Music is my life', false],
	])('%j is a sound cue: %s', (text, expected) => {
		expect(isNonSpeech(text)).toBe(expected);
	});

	it.each([
		['[laughs] yeah, right', 'yeah, right', ['[laughs]']],
		['I was like (laughs) no way', 'I was like no way', ['(laughs)']],
		['I was like (and I mean it) no way', 'I was like (and I mean it) no way', []],
		['so ♪ la la ♪ anyway', 'so anyway', ['♪ la la ♪']],
	])('%j → speech %j and sounds %j', (text, speech, reactions) => {
		expect(splitInlineNonSpeech(text)).toEqual({speech, reactions});
	});

	it('a sound cue is a reaction turn between speech turns; one inside a cue follows its turn', () => {
		const turns = turnsOf(
			srt(
				['00:00,000', '00:01,000', 'Ana: It was funny [laughs] really.'],
				['00:01,000', '00:02,000', '[Applause]'],
				['00:02,000', '00:03,000', 'Thank you.'],
				['00:03,000', '00:04,000', 'Bo: You are welcome.'],
			),
		);
		expect(turns.map((t) => [t.kind, t.speakerIds[0], t.text])).toEqual([
			['speech', 'ana', 'It was funny really.'],
			['reaction', 'ana', '[laughs]'],
			['reaction', 'ana', '[Applause]'],
			['speech', 'ana', 'Thank you.'],
			['speech', 'bo', 'You are welcome.'],
		]);
	});
});

describe('bilingual cues', () => {
	it.each([
		[
			['欢迎来到 Hugging Face 课程。', 'Welcome to the Hugging Face Course.'],
			{main: ['欢迎来到 Hugging Face 课程。'], translation: ['Welcome to the Hugging Face Course.']},
		],
		[['Welcome.', '欢迎。'], {main: ['Welcome.'], translation: ['欢迎。']}],
		[['我们是一所全球领先的大学', '（特雷西米兰诺）'], null],
		[['two lines of', 'one speaker'], null],
		[['中文', 'English', '中文'], null],
	])('%j → %j', (lines, split) => {
		expect(splitBilingualLines(lines)).toEqual(split);
	});

	it('a quote is translated by the cues it covers', () => {
		const turn: Turn = {
			id: 't001',
			speakerIds: ['a'],
			kind: 'speech',
			line: 1,
			text: '你好。今天很好。',
			translation: 'Hello. Today is good.',
			translationSpans: [
				{start: 0, end: 3, translationStart: 0, translationEnd: 6},
				{start: 3, end: 8, translationStart: 7, translationEnd: 21},
			],
		};
		expect(translationOfSpan({turn, start: 3, end: 8})).toBe('Today is good.');
		expect(translationOfSpan({turn, start: 0, end: 8})).toBe('Hello. Today is good.');
		expect(translationOfSpan({turn, start: 0, end: 1})).toBeUndefined();
		expect(translationOfSpan({turn: {...turn, translationSpans: undefined}, start: 0, end: 8})).toBe('Hello. Today is good.');
		expect(translationOfSpan({turn: {...turn, translationSpans: undefined}, start: 3, end: 8})).toBeUndefined();
	});
});

describe('sentences from pauses', () => {
	const unit = (text: string, startMs: number, endMs: number) => ({text, startMs, endMs, endKnown: true});
	it('a long pause after enough words ends a sentence; a short one or a pause after "the" does not', () => {
		const units = [
			unit('so we went back to the', 0, 900),
			unit('archives of the show', 1000, 2000),
			unit('and found ten things', 3500, 4500),
			unit('we wish we knew before', 4600, 5500),
			unit('starting our first podcast', 5600, 6500),
			unit('now as you listen to the', 8000, 9000),
			unit('episode you will hear it', 10_600, 11_500),
		];
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual([1, 4, 6]);
	});

	it('a sentence that reaches 45 words is cut at its longest pause', () => {
		const units = Array.from({length: 12}, (_, i) => unit('one two three four five', i * 1000, i * 1000 + (i === 5 ? 600 : 990)));
		expect([...findSentenceEnds({units, forcedBreaks: new Set()})]).toEqual([5, 11]);
	});

	it.each([
		[
			'so we went back to the archives of the show and found ten things we wish we knew before starting our first podcast now as you listen to this episode you will hear',
			true,
		],
		['So we went back. We found ten things we wish we knew. Now as you listen to this episode, you will hear them all, one after the other.', false],
		['too short to tell', false],
	])('%j is unpunctuated: %s', (text, expected) => {
		expect(isUnpunctuated(text)).toBe(expected);
	});
});

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
});

describe('SubRip: tolerant where players are', () => {
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

describe('chapters files', () => {
	it.each([
		['talks/ep12.srt', ['talks/ep12.chapters.vtt']],
		['talks/ep12.en.vtt', ['talks/ep12.en.chapters.vtt', 'talks/ep12.chapters.vtt']],
		['Cool Talk.json', ['Cool Talk.chapters.vtt']],
	])('%s → %j', (file, candidates) => {
		expect(chaptersFileCandidates({file})).toEqual(candidates);
	});

	it('isChaptersFile', () => {
		expect(isChaptersFile('data/x.chapters.vtt')).toBe(true);
		expect(isChaptersFile('data/x.vtt')).toBe(false);
	});

	it('reads titles and times; refuses what is not WebVTT', () => {
		const {chapters} = readWebVttChapters({
			text: '\uFEFFWEBVTT\r\n\r\n00:01:00.000 --> 00:02:00.000\r\nPart two\r\n\r\n00:00:00.000 --> 00:01:00.000\r\nIntro',
			file: 'c.vtt',
		});
		expect(chapters).toEqual([
			{title: 'Intro', startMs: 0, endMs: 60_000},
			{title: 'Part two', startMs: 60_000, endMs: 120_000},
		]);
		expect(() => readWebVttChapters({text: '00:00 Intro', file: 'c.txt'})).toThrow('a chapters file must be WebVTT');
	});

	it('divide a talk read by another reader by its turns times; refuse a talk without times', () => {
		const chapters = {text: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nFirst\n\n00:00:02.000 --> 00:00:04.000\nSecond\n', file: 'x.chapters.vtt'};
		const {talk} = loadTalk({text: srt(['00:00,000', '00:01,000', 'Ana: One.'], ['00:02,000', '00:03,000', 'Bo: Two.']), file: 'x.srt', edits: null, chapters});
		expect(talk.sections.map((s) => [s.title, s.turns.map((t) => t.text)])).toEqual([
			['First', ['One.']],
			['Second', ['Two.']],
		]);
		expect(() => loadTalk({text: '# T\n\n**Ann:** Hello.\n', file: 'x.md', edits: null, chapters})).toThrow(
			'TALK_PARSE: x.chapters.vtt: a chapters file needs a transcript with times, and this one has none',
		);
	});
});
