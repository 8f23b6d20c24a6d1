import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Talk} from '../../../src/talk/talk-schema';

const read = (text: string, file: string): Talk => readTranscript({text, file}).talk;
const turnsOf = (talk: Talk) =>
	talk.sections
		.flatMap((s) => s.turns)
		.map((t) => ({speaker: talk.speakers.find((p) => p.id === t.speakerIds[0])?.name, text: t.text, startMs: t.startMs, endMs: t.endMs}));

describe('one-cue-a-line and block subtitle formats read as cues', () => {
	it.each([
		['YouTube .sbv', 'a.sbv', '0:00:03.900,0:00:05.000\nHello there.\u00a0\n\n0:00:05.000,0:00:06.460\nGood to see you.\n', 3900, 6460],
		// SubViewer 2 (`.sub`) breaks a line with [br]: "making[br]our final approach" read "makingour".
		['SubViewer 2, [br] a line break', 'a.sub', '00:00:03.90,00:00:05.00\nHello[br]there.\n\n00:00:05.00,00:00:06.46\nGood to see you.\n', 3900, 6460],
		['Whisper TSV (tabs)', 'a.tsv', 'start\tend\ttext\n3900\t5000\tHello there.\n5000\t6460\tGood to see you.\n', 3900, 6460],
		['seconds lines with float noise', 'a.txt', '[3.9 - 5.0] Hello there.\n[5.0 - 6.459999999999999] Good to see you.\n', 3900, 6460],
		['LRC, a bare time ending the last line', 'a.lrc', '[ar:Someone]\n[00:03.90]Hello there.\n[00:05.00]Good to see you.\n[00:06.46]\n', 3900, 6460],
		['MicroDVD at its frame-rate line', 'a.sub', '{1}{1}25.000000\n{97}{125}Hello there.\n{125}{161}Good to|see you.\n', 3880, 6440],
	])('%s', (_name, file, text, startMs, endMs) => {
		expect(turnsOf(read(text, file))).toEqual([{speaker: 'Speaker 1', text: 'Hello there. Good to see you.', startMs, endMs}]);
	});

	it.each([
		['LRC [ti:] is the title', 'a.lrc', '[ti:My Show]\n[00:01.00]Hi.\n', 'My Show'],
		['MicroDVD without a frame-rate line is read at 23.976 fps', 'a.sub', '{24}{48}Hi.\n', 'A'],
	])('%s', (_name, file, text, title) => {
		expect(read(text, file).metadata.title).toBe(title);
	});

	it('MicroDVD without a frame-rate line: frames at 23.976 fps', () => {
		expect(turnsOf(read('{24}{48}Hi.\n', 'a.sub'))[0]).toMatchObject({startMs: 1001, endMs: 2002});
	});

	it('a MicroDVD file is not refused as invalid JSON (it starts with "{")', () => {
		expect(turnsOf(read('{1}{1}30.000000\n{41}{78}好的，欢迎回来[*]\n', 'a.sub'))).toEqual([
			{speaker: '发言人 1', text: '好的，欢迎回来', startMs: 1367, endMs: 2600},
		]);
	});

	it('LRC and seconds lines: Name: labels name the speaker', () => {
		const lrc = '[00:00.00]Sarah: Hi Gillian.\n[00:02.00]Gillian: Hi Sarah.\n[00:04.00]Sarah: Bye.\n[00:05.00]\n';
		expect(turnsOf(read(lrc, 'a.lrc')).map((t) => t.speaker)).toEqual(['Sarah', 'Gillian', 'Sarah']);
	});

	it.each([
		[
			'a.sbv',
			'0:00:01.000,0:00:02.000\nHi.\n\nnot a timing line\n',
			'TALK_PARSE: a.sbv:4: looks like SubViewer (YouTube .sbv), but line 4 is not a timing line: "not a timing line"',
		],
		['a.tsv', 'start\tend\ttext\n0\t10\tHi.\nten\t20\tBye.\n', 'TALK_PARSE: a.tsv:3: looks like Whisper TSV, but line 3 is not a cue: "ten 20 Bye."'],
		['a.lrc', '[00:01.00]Hi.\nstray words\n', 'TALK_PARSE: a.lrc:2: looks like LRC, but line 2 is not a cue: "stray words"'],
		['a.sub', '{1}{2}Hi.\n{x}{3}Bye.\n', 'TALK_PARSE: a.sub:2: looks like MicroDVD, but line 2 is not a cue: "{x}{3}Bye."'],
	])('%s: a line that does not belong is named', (file, text, message) => {
		expect(() => read(text, file)).toThrow(message);
	});

	// Hostile input: a 32 MB LRC file of 1.9 million lines took 82 s and 3.3 GB before cues were counted as they are read.
	it.each([
		['a.lrc', (i: number) => `[${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.00]word`],
		['a.tsv', (i: number) => `${i === 0 ? 'start\tend\ttext\n' : ''}${i * 1000}\t${i * 1000 + 900}\tword`],
		['a.sub', (i: number) => `{${i * 25}}{${i * 25 + 20}}word`],
	])('%s: more cues than a ten-hour video holds are refused with one line, in bounded time', (file, line) => {
		const text = Array.from({length: 100_001}, (_, i) => line(i)).join('\n');
		const started = performance.now();
		expect(() => read(text, file)).toThrow(/^TALK_LIMIT: a\.\w+:\d+: the transcript has more than 100000 cues; talkreel reads at most 100000$/);
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
