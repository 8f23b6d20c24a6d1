import {describe, expect, it} from 'vitest';
import {isUserError} from '../../src/errors';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {type Talk, TalkSchema} from '../../src/talk/talk-schema';

/**
 * Hostile input to the timed readers ends in a Talk or in one UserError line, in bounded
 * time: never a stack trace, a zod dump or a hang.
 */
const srtTime = (ms: number) =>
	`${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')},${String(ms % 1000).padStart(3, '0')}`;
const vttTime = (ms: number) => srtTime(ms).replace(',', '.');
const srt = (cues: [number, number, string][]) => cues.map(([a, b, t], i) => `${i + 1}\n${srtTime(a)} --> ${srtTime(b)}\n${t}\n`).join('\n');
const vtt = (cues: [number, number, string][]) => `WEBVTT\n\n${cues.map(([a, b, t]) => `${vttTime(a)} --> ${vttTime(b)}\n${t}\n`).join('\n')}`;
const many = (n: number): [number, number, string][] => Array.from({length: n}, (_, i) => [i * 1000, i * 1000 + 900, `<v Ana>word ${i} &amp; more.`]);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const CASES: [name: string, text: string, file: string, maxMs: number][] = [
	['a 1 MB line in an SRT cue', srt([[0, 1000, 'a '.repeat(500_000)]]), 'x.srt', 5000],
	['a 1 MB line in a WebVTT cue', vtt([[0, 1000, 'a &amp; <i>b</i> '.repeat(60_000)]]), 'x.vtt', 5000],
	['a 1 MB WebVTT timing line', `WEBVTT\n\n00:00:00.000 --> 00:00:01.000 ${'x'.repeat(1_000_000)}\nhi there.\n`, 'x.vtt', 5000],
	['100 000 SRT cues', srt(many(100_000)), 'x.srt', 20_000],
	['100 000 WebVTT cues', vtt(many(100_000)), 'x.vtt', 20_000],
	[
		'a cue at 10 hours',
		srt([
			[0, 1000, 'Hello there.'],
			[36_000_000, 36_001_000, 'Ten hours later.'],
		]),
		'x.srt',
		2000,
	],
	['a time of 99 999 hours', srt([[0, 1000, 'Hello.']]).replace('00:00:00,000', '99999:00:00,000'), 'x.srt', 2000],
	[
		'overlapping and backwards times',
		srt([
			[5000, 1000, 'Backwards.'],
			[0, 6000, 'Overlaps.'],
			[2000, 3000, 'Inside.'],
		]),
		'x.srt',
		2000,
	],
	[
		'a byte-order mark and CRLF',
		`\uFEFF${vtt([
			[0, 1000, '<v Ana>Hi.'],
			[1000, 2000, '<v Bo>Hello.'],
		]).replace(/\n/g, '\r\n')}`,
		'x.vtt',
		2000,
	],
	['NUL bytes', srt([[0, 1000, 'Hi\u0000there.']]), 'x.srt', 2000],
	['tags nested 300 000 deep', vtt([[0, 1000, '<c>'.repeat(300_000)]]), 'x.vtt', 5000],
	['a JSON array nested 10 000 deep', nested(10_000), 'x.json', 2000],
	['a JSON object nested 10 000 deep', `${'{"segments":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'x.json', 2000],
	['Whisper segments nested 10 000 deep', `{"segments": [{"start": 0, "end": 1, "text": ${nested(10_000)}}]}`, 'x.json', 2000],
	['Whisper segments with wrong types', '{"segments": [{"start": "0", "end": null, "text": 5}]}', 'x.json', 2000],
	['Whisper times that are not finite', '{"segments": [{"start": -1, "end": 1e400, "text": "hi"}]}', 'x.json', 2000],
	['Remotion captions with wrong types', '[{"text": {"a": 1}, "startMs": [], "endMs": "x"}]', 'x.json', 2000],
	['captions mixed with numbers', '[{"text": "hi", "startMs": 0, "endMs": 10}, 5, null]', 'x.json', 2000],
	['Podcasting 2.0 segments with wrong types', '{"segments": [{"startTime": 0, "endTime": 1, "body": 7}]}', 'x.json', 2000],
	[
		'an SRT of sound cues only',
		srt([
			[0, 1000, '[Music]'],
			[1000, 2000, '♪ la la ♪'],
		]),
		'x.srt',
		2000,
	],
	['an SRT whose cues are empty', '1\n00:00:00,000 --> 00:00:01,000\n\n2\n00:00:01,000 --> 00:00:02,000\n', 'x.srt', 2000],
	['a WebVTT header only', 'WEBVTT\n\nNOTE nothing here\n', 'x.vtt', 2000],
];

describe('hostile input to the timed readers', () => {
	it.each(CASES)('%s: a Talk or one UserError line, in bounded time', (_name, text, file, maxMs) => {
		const started = performance.now();
		let talk: Talk | undefined;
		try {
			talk = readTranscript({text, file}).talk;
		} catch (e) {
			expect(isUserError(e), String(e)).toBe(true);
			const message = (e as Error).message;
			expect(message).toMatch(/^TALK_[A-Z]+: /);
			expect(message).not.toContain('\n');
			expect(message.length).toBeLessThan(600);
			expect(message).not.toMatch(/ZodError|"code":|at Object\.|\.ts:\d+:\d+/);
		}
		expect(performance.now() - started).toBeLessThan(maxMs);
		if (talk) expect(() => TalkSchema.parse(talk)).not.toThrow();
	});

	it('a cue at 10 hours is read, with its time', () => {
		const {talk} = readTranscript({text: CASES[5]?.[1] ?? '', file: 'x.srt'});
		expect(talk.sections[0]?.turns.map((t) => t.startMs)).toEqual([0]);
		expect(talk.sections[0]?.turns[0]?.endMs).toBe(36_001_000);
	});

	it('overlapping and backwards cues are taken in time order; a backwards cue lasts no time', () => {
		const {talk} = readTranscript({text: CASES[7]?.[1] ?? '', file: 'x.srt'});
		// A 2 s pause before the backwards cue, after a sentence end: a new paragraph.
		expect(talk.sections[0]?.turns[0]?.text).toBe('Overlaps. Inside.\nBackwards.');
		expect(talk.sections[0]?.turns[0]).toMatchObject({startMs: 0, endMs: 6000});
	});

	it.each([
		['a time of 99 999 hours', 'time out of range'],
		['NUL bytes', 'binary data'],
		['tags nested 300 000 deep', 'nests tags more than 64 deep'],
		['a JSON array nested 10 000 deep', 'a JSON array of 1 arrays is not a transcript talkreel reads'],
		['Whisper segments with wrong types', 'looks like Whisper JSON, but its items have no `text`'],
		['Whisper segments nested 10 000 deep', 'looks like Whisper JSON, but its items have no `text`'],
		['Whisper times that are not finite', 'word 1 has no `start` time in seconds (got -1)'],
		['Remotion captions with wrong types', 'caption 1 has no `text`'],
		['captions mixed with numbers', 'caption 2 has no `text`'],
		['Podcasting 2.0 segments with wrong types', 'segment 1 has no `body`'],
		['an SRT of sound cues only', 'its cues hold no speech, only sounds such as "[Music]"'],
		['an SRT whose cues are empty', 'looks like SubRip, but it has no cues with text'],
		['a WebVTT header only', 'looks like WebVTT, but it has no cues with text'],
	])('%s: says what was seen (%s)', (name, message) => {
		const c = CASES.find(([n]) => n === name);
		expect(() => readTranscript({text: c?.[1] ?? '', file: c?.[2] ?? ''})).toThrow(message);
	});
});
