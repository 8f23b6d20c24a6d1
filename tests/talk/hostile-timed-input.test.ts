import {describe, expect, it} from 'vitest';
import {isUserError} from '../../src/errors';
import {loadTalk} from '../../src/talk/load-talk';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import type {Talk, Turn} from '../../src/talk/talk-schema';
import {cpuMs} from '../support/linear-time';

/**
 * Hostile input to the timed readers ends in the talk it should be, or in the one
 * UserError line it should be, in bounded time: never a stack trace, a stack overflow, a
 * zod dump or a hang. Each case says which.
 */
const t = (ms: number, sep = ','): string =>
	`${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}${sep}${String(ms % 1000).padStart(3, '0')}`;
const srt = (cues: [number, number, string][]) => cues.map(([a, b, text], i) => `${i + 1}\n${t(a)} --> ${t(b)}\n${text}\n`).join('\n');
const vtt = (cues: [number, number, string][]) => `WEBVTT\n\n${cues.map(([a, b, text]) => `${t(a, '.')} --> ${t(b, '.')}\n${text}\n`).join('\n')}`;
const many = (n: number): [number, number, string][] => Array.from({length: n}, (_, i) => [i * 1000, i * 1000 + 900, `<v Ana>word ${i} &amp; more.`]);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const LONG_NAME = 'N'.repeat(32_768);
const words = (n: number) => Array.from({length: n}, (_, i) => ({word: `w${i}`, start: i / 1000, end: (i + 1) / 1000}));
const turnsOf = (talk: Talk): Turn[] => talk.sections.flatMap((s) => s.turns);

type Expect = {error: string} | {talk: (talk: Talk) => void};
const CASES: [name: string, text: string, file: string, maxMs: number, expected: Expect][] = [
	[
		'a 1 MB line in an SRT cue',
		srt([[0, 1000, 'a '.repeat(500_000)]]),
		'x.srt',
		5000,
		{talk: (talk) => expect(turnsOf(talk)[0]?.text.length).toBeGreaterThan(999_000)},
	],
	[
		'a 1 MB line in a WebVTT cue',
		vtt([[0, 1000, 'a &amp; <i>b</i> '.repeat(60_000)]]),
		'x.vtt',
		5000,
		{talk: (talk) => expect(turnsOf(talk)[0]?.text.startsWith('A & b a & b')).toBe(true)},
	],
	[
		'a 1 MB WebVTT timing line',
		`WEBVTT\n\n00:00:00.000 --> 00:00:01.000 ${'x'.repeat(1_000_000)}\nhi there.\n`,
		'x.vtt',
		5000,
		{talk: (talk) => expect(turnsOf(talk).map((turn) => turn.text)).toEqual(['hi there.'])},
	],
	['100 000 SRT cues', srt(many(100_000)), 'x.srt', 20_000, {talk: (talk) => expect(turnsOf(talk).at(-1)?.endMs).toBe(99_999_900)}],
	['100 000 WebVTT cues', vtt(many(100_000)), 'x.vtt', 20_000, {talk: (talk) => expect(turnsOf(talk).at(-1)?.endMs).toBe(99_999_900)}],
	[
		// Regression: the turn's text was built by slicing the text joined so far at every cue: 127 s for 100 000 cues.
		'100 000 SubRip cues in one turn',
		srt(Array.from({length: 100_000}, (_, i): [number, number, string] => [i, i + 1, `w${i}`])),
		'x.srt',
		20_000,
		{talk: (talk) => expect(turnsOf(talk).map((turn) => [turn.startMs, turn.endMs])).toEqual([[0, 100_000]])},
	],
	[
		// Regression: the turn's times were taken with Math.min/max over a spread of its cues and words, which overflowed the stack.
		'100 000 one-word Whisper segments in one turn',
		JSON.stringify({segments: words(100_000).map((w) => ({start: w.start, end: w.end, text: ` ${w.word}`, words: [w]}))}),
		'x.json',
		20_000,
		{talk: (talk) => expect(turnsOf(talk).map((turn) => [turn.startMs, turn.endMs, turn.words?.length])).toEqual([[0, 100_000, 100_000]])},
	],
	[
		// Regression: as above, over the words of one segment.
		'130 000 words in one Whisper segment',
		JSON.stringify({
			segments: [
				{
					start: 0,
					end: 130,
					text: words(130_000)
						.map((w) => w.word)
						.join(' '),
					words: words(130_000),
				},
			],
		}),
		'x.json',
		20_000,
		{talk: (talk) => expect(turnsOf(talk)[0]?.words?.length).toBe(130_000)},
	],
	[
		// Regression: the sounds of one turn were added to the turns with a spread, which overflowed the stack past about 120 000.
		'150 000 cues of one turn, each with a sound',
		srt(Array.from({length: 150_000}, (_, i): [number, number, string] => [i, i + 1, `[Music] w${i}`])),
		'x.srt',
		20_000,
		{error: 'TALK_LIMIT: x.srt: the talk has more than 20000 turns; talkreel reads at most 20000'},
	],
	[
		'a cue at 10 hours',
		srt([
			[0, 1000, 'Hello there.'],
			[36_000_000, 36_001_000, 'Ten hours later.'],
		]),
		'x.srt',
		2000,
		// A 10-hour pause in one speaker's turn is a new paragraph.
		{talk: (talk) => expect(turnsOf(talk).map((turn) => [turn.text, turn.startMs, turn.endMs])).toEqual([['Hello there.\nTen hours later.', 0, 36_001_000]])},
	],
	[
		'a time of 99 999 hours',
		srt([[0, 1000, 'Hello.']]).replace('00:00:00,000', '99999:00:00,000'),
		'x.srt',
		2000,
		{error: 'TALK_PARSE: x.srt:2: the cue at line 2 has a time out of range (359996400000 ms)'},
	],
	[
		// Regression: a word's time past 1 000 h passed unchecked, as a cue's did not.
		'a Whisper word ending at 1e13 s',
		JSON.stringify({segments: [{start: 0, end: 1, text: 'hi there', words: [{word: 'hi', start: 0, end: 1e13}]}]}),
		'x.json',
		2000,
		{error: 'TALK_PARSE: x.json:1: a word of the cue at line 1 has a time out of range (10000000000000000 ms)'},
	],
	[
		'a Whisper word past 1 000 hours',
		JSON.stringify({segments: [{start: 0, end: 1, text: 'hi there', words: [{word: 'hi', start: 3_600_001, end: 3_600_002}]}]}),
		'x.json',
		2000,
		{error: 'TALK_PARSE: x.json:1: a word of the cue at line 1 has a time out of range (3600001000 ms)'},
	],
	[
		'overlapping and backwards times',
		srt([
			[5000, 1000, 'Backwards.'],
			[0, 6000, 'Overlaps.'],
			[2000, 3000, 'Inside.'],
		]),
		'x.srt',
		2000,
		// Taken in time order; a backwards cue lasts no time; a 2 s pause after a sentence end is a new paragraph.
		{talk: (talk) => expect(turnsOf(talk).map((turn) => [turn.text, turn.startMs, turn.endMs])).toEqual([['Overlaps. Inside.\nBackwards.', 0, 6000]])},
	],
	[
		'a byte-order mark and CRLF',
		`\uFEFF${vtt([
			[0, 1000, '<v Ana>Hi.'],
			[1000, 2000, '<v Bo>Hello.'],
		]).replace(/\n/g, '\r\n')}`,
		'x.vtt',
		2000,
		{talk: (talk) => expect(talk.speakers.map((s) => s.name)).toEqual(['Ana', 'Bo'])},
	],
	['NUL bytes', srt([[0, 1000, 'Hi\u0000there.']]), 'x.srt', 2000, {error: 'binary data'}],
	['tags nested 300 000 deep', vtt([[0, 1000, '<c>'.repeat(300_000)]]), 'x.vtt', 5000, {error: 'nests tags more than 64 deep'}],
	['a JSON array nested 10 000 deep', nested(10_000), 'x.json', 2000, {error: 'a JSON array of 1 arrays is not a transcript talkreel reads'}],
	[
		'a JSON object nested 10 000 deep',
		`${'{"segments":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
		'x.json',
		2000,
		{error: 'a JSON object (keys: segments) is not a transcript talkreel reads'},
	],
	[
		'Whisper segments nested 10 000 deep',
		`{"segments": [{"start": 0, "end": 1, "text": ${nested(10_000)}}]}`,
		'x.json',
		2000,
		{error: 'looks like Whisper JSON, but its items have no `text`'},
	],
	[
		'Whisper segments with wrong types',
		'{"segments": [{"start": "0", "end": null, "text": 5}]}',
		'x.json',
		2000,
		{error: 'looks like Whisper JSON, but its items have no `text`'},
	],
	[
		'Whisper times that are not finite',
		'{"segments": [{"start": -1, "end": 1e400, "text": "hi"}]}',
		'x.json',
		2000,
		{error: 'word 1 has no `start` time in seconds (got -1)'},
	],
	[
		// Regression: a name of 32 768 characters passed as a speaker, unchecked, from every timed format.
		'a Whisper speaker named with 32 768 characters',
		JSON.stringify({segments: [{start: 0, end: 1, text: 'hi there', speaker: LONG_NAME}]}),
		'x.json',
		2000,
		{error: `TALK_PARSE: x.json:1: speaker name "${'N'.repeat(40)}…" is 32768 characters long; a name is at most 60`},
	],
	[
		'a WebVTT voice of 32 768 characters',
		vtt([[0, 1000, `<v ${LONG_NAME}>hi there`]]),
		'x.vtt',
		2000,
		{error: 'is 32768 characters long; a name is at most 60'},
	],
	['Remotion captions with wrong types', '[{"text": {"a": 1}, "startMs": [], "endMs": "x"}]', 'x.json', 2000, {error: 'caption 1 has no `text`'}],
	['captions mixed with numbers', '[{"text": "hi", "startMs": 0, "endMs": 10}, 5, null]', 'x.json', 2000, {error: 'caption 2 has no `text`'}],
	['Podcasting 2.0 segments with wrong types', '{"segments": [{"startTime": 0, "endTime": 1, "body": 7}]}', 'x.json', 2000, {error: 'segment 1 has no `body`'}],
	[
		'an SRT of sound cues only',
		srt([
			[0, 1000, '[Music]'],
			[1000, 2000, '♪ la la ♪'],
		]),
		'x.srt',
		2000,
		{error: 'its cues hold no speech, only sounds such as "[Music]"'},
	],
	[
		'an SRT whose cues are empty',
		'1\n00:00:00,000 --> 00:00:01,000\n\n2\n00:00:01,000 --> 00:00:02,000\n',
		'x.srt',
		2000,
		{error: 'looks like SubRip, but it has no cues with text'},
	],
	['a WebVTT header only', 'WEBVTT\n\nNOTE nothing here\n', 'x.vtt', 2000, {error: 'looks like WebVTT, but it has no cues with text'}],
];

describe('hostile input to the timed readers', () => {
	// The bound is on CPU time, which a busy machine does not stretch; the test's own timeout, on wall time, leaves room for the load.
	it.each(CASES)('%s: the talk it is, or its one line, in bounded time', {timeout: 60_000}, (_name, text, file, maxMs, expected) => {
		let talk: Talk | undefined;
		let error: unknown;
		const ms = cpuMs(() => {
			try {
				talk = readTranscript({text, file}).talk;
			} catch (e) {
				error = e;
			}
		});
		expect(ms).toBeLessThan(maxMs);
		if ('error' in expected) {
			expect(isUserError(error), String(error)).toBe(true);
			const message = (error as Error).message;
			expect(message).toContain(expected.error);
			expect(message).not.toContain('\n');
			expect(message.length).toBeLessThan(expected.error.includes('speaker name') || expected.error.includes('a name is at most') ? 200 : 600);
			return;
		}
		if (error !== undefined) throw error;
		expected.talk(talk as Talk);
	});

	it('regression: an edits file naming a speaker with 32 768 characters is refused with a short line at its line', () => {
		const text = vtt([[0, 1000, '<v Ana>Hello there.']]);
		const run = () => loadTalk({text, file: 'x.vtt', edits: {text: `speakers:\n  - speaker: ana\n    name: ${LONG_NAME}\n`, file: 'x.edits.yaml'}});
		expect(run).toThrow(`EDITS_PARSE: x.edits.yaml:3: speaker name "${'N'.repeat(40)}…" is 32768 characters long; a name is at most 60`);
	});
});
