import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../../src/talk/load-talk';
import type {Talk} from '../../../src/talk/talk-schema';

const read = (value: unknown): Talk => loadTalk({bytes: new TextEncoder().encode(JSON.stringify(value)), file: 'talk.json', edits: null, chapters: null}).talk;
const turnsOf = (talk: Talk) =>
	talk.sections
		.flatMap((s) => s.turns)
		.map((t) => ({speaker: talk.speakers.find((s) => s.id === t.speakerIds[0])?.name, text: t.text, startMs: t.startMs, endMs: t.endMs}));
const refusal = (value: unknown): string => {
	try {
		read(value);
	} catch (error) {
		return (error as Error).message;
	}
	return 'read';
};

/** One exchange, "Hello there." by the first speaker then "Hi." by the second, in each service's JSON. */
const EXCHANGE = [
	{speaker: 'Speaker 1', text: 'Hello there.', startMs: 500, endMs: 1200},
	{speaker: 'Speaker 2', text: 'Hi.', startMs: 3000, endMs: 3400},
];

describe('speech-to-text JSON', () => {
	it.each([
		[
			'Deepgram (punctuated_word, speakers from 0)',
			{
				metadata: {request_id: 'x'},
				results: {
					channels: [
						{
							alternatives: [
								{
									words: [
										{word: 'hello', punctuated_word: 'Hello', start: 0.5, end: 0.8, speaker: 0},
										{word: 'there', punctuated_word: 'there.', start: 0.8, end: 1.2, speaker: 0},
										{word: 'hi', punctuated_word: 'Hi.', start: 3, end: 3.4, speaker: 1},
									],
								},
							],
						},
					],
				},
			},
		],
		[
			'AssemblyAI (ms, letters)',
			{
				id: 'x',
				audio_url: 'https://example.com/a.mp3',
				text: 'Hello there. Hi.',
				words: [
					{text: 'Hello', start: 500, end: 800, speaker: 'A'},
					{text: 'there.', start: 800, end: 1200, speaker: 'A'},
					{text: 'Hi.', start: 3000, end: 3400, speaker: 'B'},
				],
				utterances: [],
			},
		],
		[
			'Amazon Transcribe (string times, punctuation items, speaker_labels segments)',
			{
				jobName: 'x',
				results: {
					transcripts: [{transcript: 'Hello there. Hi.'}],
					speaker_labels: {
						speakers: 2,
						segments: [
							{
								start_time: '0.5',
								end_time: '1.2',
								speaker_label: 'spk_0',
								items: [
									{start_time: '0.5', speaker_label: 'spk_0'},
									{start_time: '0.8', speaker_label: 'spk_0'},
								],
							},
							{start_time: '3.0', end_time: '3.4', speaker_label: 'spk_1', items: [{start_time: '3.0', speaker_label: 'spk_1'}]},
						],
					},
					items: [
						{type: 'pronunciation', start_time: '0.5', end_time: '0.8', alternatives: [{content: 'Hello'}]},
						{type: 'pronunciation', start_time: '0.8', end_time: '1.2', alternatives: [{content: 'there'}]},
						{type: 'punctuation', alternatives: [{content: '.'}]},
						{type: 'pronunciation', start_time: '3.0', end_time: '3.4', alternatives: [{content: 'Hi'}]},
						{type: 'punctuation', alternatives: [{content: '.'}]},
					],
				},
			},
		],
		[
			'Google Cloud Speech (the last result repeats every word with its speakerTag, counted from 1)',
			{
				results: [
					{
						alternatives: [
							{
								transcript: 'Hello there.',
								words: [
									{word: 'Hello', startTime: '0.500s', endTime: '0.800s'},
									{word: 'there.', startTime: '0.800s', endTime: '1.200s'},
								],
							},
						],
					},
					{alternatives: [{transcript: 'Hi.', words: [{word: 'Hi.', startTime: '3s', endTime: '3.400s'}]}]},
					{
						alternatives: [
							{
								transcript: '',
								words: [
									{word: 'Hello', startTime: '0.500s', endTime: '0.800s', speakerTag: 1},
									{word: 'there.', startTime: '0.800s', endTime: '1.200s', speakerTag: 1},
									{word: 'Hi.', startTime: '3s', endTime: '3.400s', speakerTag: 2},
								],
							},
						],
					},
				],
			},
		],
		[
			'Rev.ai (monologues, punct elements)',
			{
				monologues: [
					{
						speaker: 0,
						elements: [
							{type: 'text', value: 'Hello', ts: 0.5, end_ts: 0.8},
							{type: 'punct', value: ' '},
							{type: 'text', value: 'there', ts: 0.8, end_ts: 1.2},
							{type: 'punct', value: '.'},
						],
					},
					{
						speaker: 1,
						elements: [
							{type: 'text', value: 'Hi', ts: 3, end_ts: 3.4},
							{type: 'punct', value: '.'},
						],
					},
				],
			},
		],
		[
			'Speechmatics (speaker ranges, `.` as a word)',
			{
				job: {lang: 'en'},
				speakers: [
					{name: 'F4', time: '0.5', duration: '0.7'},
					{name: 'M1', time: '3.0', duration: '0.4'},
				],
				words: [
					{name: 'Hello', time: '0.5', duration: '0.3'},
					{name: 'there', time: '0.8', duration: '0.4'},
					{name: '.', time: '1.2', duration: '0'},
					{name: 'Hi', time: '3.0', duration: '0.4'},
					{name: '.', time: '3.4', duration: '0'},
				],
			},
		],
		[
			'Azure Speech batch (ISO durations, speakers from 1, nBest[0] only)',
			{
				source: 'x',
				recognizedPhrases: [
					{
						recognitionStatus: 'Success',
						channel: 0,
						speaker: 1,
						offset: 'PT0.5S',
						duration: 'PT0.7S',
						nBest: [
							{
								display: 'Hello there.',
								displayWords: [
									{displayText: 'Hello', offset: 'PT0.5S', duration: 'PT0.3S'},
									{displayText: 'there.', offset: 'PT0.8S', duration: 'PT0.4S'},
								],
							},
							{display: 'Yellow dare.'},
						],
					},
					{
						recognitionStatus: 'Success',
						channel: 0,
						speaker: 2,
						offset: 'PT3S',
						duration: 'PT0.4S',
						nBest: [{display: 'Hi.', displayWords: [{displayText: 'Hi.', offsetInTicks: 30_000_000, durationInTicks: 4_000_000}]}],
					},
				],
			},
		],
	])('%s', (_name, value) => {
		expect(turnsOf(read(value))).toEqual(EXCHANGE);
	});

	it('Bilibili subtitles: lines with times in seconds, one unnamed speaker', () => {
		const talk = read({
			body: [
				{from: 0.5, to: 1.2, content: '大家好'},
				{from: 3, to: 3.4, content: '今天聊聊播客'},
			],
		});
		expect(turnsOf(talk).map((t) => [t.text, t.startMs, t.endMs])).toEqual([['大家好今天聊聊播客', 500, 3400]]);
		expect(talk.speakers.map((s) => s.name)).toEqual(['发言人 1']);
	});

	it('a word without its end still reads, lasting no time; one without its start is left out', () => {
		const talk = read({
			id: 'x',
			audio_url: 'a.mp3',
			words: [
				{text: 'Hello', start: 500},
				{text: 'lost', end: 900},
				{text: 'there.', start: 600, end: 1000},
			],
			utterances: [],
		});
		expect(turnsOf(talk).map((t) => [t.text, t.startMs, t.endMs])).toEqual([['Hello there.', 500, 1000]]);
	});

	it("another tool's JSON is told by its keys, never by the Talk field it lacks (Deepgram-like metadata without results)", () => {
		const message = refusal({metadata: {request_id: 'x'}, outcome: []});
		expect(message).toMatch(/a JSON object \(keys: metadata, outcome\) is not a transcript talkreel reads/);
		expect(message).not.toMatch(/slug/);
	});

	it('one long punctuated sentence keeps its commas: no full stop at the pause where the words are cut into cues', () => {
		const words = Array.from({length: 60}, (_, i) => ({
			word: `w${i}`,
			punctuated_word: i === 59 ? `w${i}.` : i % 6 === 5 ? `w${i},` : `w${i}`,
			start: i * 0.3,
			end: i * 0.3 + 0.25,
		}));
		const [turn] = turnsOf(read({metadata: {}, results: {channels: [{alternatives: [{words}]}]}}));
		expect(turn?.text.match(/\./g)).toHaveLength(1);
	});
});
