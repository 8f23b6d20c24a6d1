import {describe, expect, it} from 'vitest';
import {UserError} from '../../../src/errors';
import {normaliseText} from '../../../src/talk/readers/normalise-text';
import {TRANSCRIPT_READERS, readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Turn} from '../../../src/talk/talk-schema';

/**
 * The speech-to-text and platform JSON exports, each in a small literal case with its
 * quirk: the reader that takes it, the speakers, the text (each word once) and the times.
 */
const speech = (text: string): Turn[] =>
	readTranscript({text, file: 'talk.json'})
		.talk.sections.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech');
const formatOf = (text: string): string | undefined => TRANSCRIPT_READERS.find((r) => r.recognise(normaliseText(text)))?.format;

type Case = {name: string; json: unknown; speakers: string[]; text: string; startMs: number; endMs: number};

const CASES: Case[] = [
	{
		name: 'AssemblyAI: times in ms, speakers as letters from A',
		json: {
			language_model: 'assemblyai_default',
			words: [
				{text: 'Hello', start: 500, end: 900, speaker: 'A'},
				{text: 'there.', start: 900, end: 1300, speaker: 'A'},
				{text: 'Hi.', start: 3000, end: 3400, speaker: 'B'},
			],
			utterances: [{speaker: 'A', text: 'Hello there.', words: [{text: 'Hello', start: 500, end: 900}]}],
		},
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'Hello there.|Hi.',
		startMs: 500,
		endMs: 3400,
	},
	{
		name: "Deepgram: punctuated_word is the text, 'word' is not",
		json: {
			metadata: {duration: 3},
			results: {
				channels: [
					{
						alternatives: [
							{
								words: [
									{word: 'we', punctuated_word: 'We,', start: 0.32, end: 0.64},
									{word: 'the', punctuated_word: 'the', start: 0.64, end: 0.8},
									{word: 'people', punctuated_word: 'people.', start: 0.8, end: 1.2},
								],
							},
						],
					},
				],
			},
		},
		speakers: ['Speaker 1'],
		text: 'We, the people.',
		startMs: 320,
		endMs: 1200,
	},
	{
		name: 'AWS Transcribe: string times, punctuation items without times, spk_n labels',
		json: {
			jobName: 'job',
			results: {
				transcripts: [{transcript: 'Today, then. Yes.'}],
				speaker_labels: {segments: [{speaker_label: 'spk_1', items: [{start_time: '5.24', speaker_label: 'spk_1'}]}]},
				items: [
					{start_time: '5.24', end_time: '5.85', type: 'pronunciation', alternatives: [{content: 'Today'}], speaker_label: 'spk_0'},
					{type: 'punctuation', alternatives: [{content: ','}]},
					{start_time: '5.9', end_time: '6.2', type: 'pronunciation', alternatives: [{content: 'then'}], speaker_label: 'spk_0'},
					{type: 'punctuation', alternatives: [{content: '.'}]},
					{start_time: '8.0', end_time: '8.4', type: 'pronunciation', alternatives: [{content: 'Yes'}], speaker_label: 'spk_1'},
					{type: 'punctuation', alternatives: [{content: '.'}]},
				],
			},
		},
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'Today, then.|Yes.',
		startMs: 5240,
		endMs: 8400,
	},
	{
		name: 'Google: "12.9s" times; the last result repeats every word with its speakerTag (from 1)',
		json: {
			results: [
				{
					alternatives: [
						{
							transcript: 'Hello there.',
							words: [
								{startTime: '12.900s', endTime: '13.300s', word: 'Hello'},
								{startTime: '13.3s', endTime: '13.5s', word: 'there.'},
							],
						},
					],
				},
				{
					alternatives: [
						{
							transcript: '',
							words: [
								{startTime: '12.900s', endTime: '13.300s', word: 'Hello', speakerTag: 2},
								{startTime: '13.3s', endTime: '13.5s', word: 'there.', speakerTag: 2},
							],
						},
					],
					languageCode: 'en-us',
				},
			],
		},
		speakers: ['Speaker 2'],
		text: 'Hello there.',
		startMs: 12900,
		endMs: 13500,
	},
	{
		name: 'Google (Node client): {seconds, nanos} times',
		json: {
			results: [
				{
					alternatives: [
						{
							words: [
								{startTime: {seconds: '1', nanos: 500000000}, endTime: {seconds: '2'}, word: 'Hello'},
								{startTime: {seconds: '2'}, endTime: {seconds: '2', nanos: 250000000}, word: 'again.'},
							],
						},
					],
				},
			],
		},
		speakers: ['Speaker 1'],
		text: 'Hello again.',
		startMs: 1500,
		endMs: 2250,
	},
	{
		name: 'IBM Watson: [word, from, to] timestamps, speaker_labels by time, speakers from 0',
		json: {
			results: [
				{
					results: [
						{
							alternatives: [
								{
									transcript: 'hello there ',
									timestamps: [
										['hello', 1.0, 1.4],
										['there', 1.4, 1.8],
									],
								},
							],
							final: true,
						},
					],
					speaker_labels: [
						{speaker: 1, from: 1.0, to: 1.4},
						{speaker: 1, from: 1.4, to: 1.8},
					],
				},
			],
		},
		speakers: ['Speaker 2'],
		text: 'hello there',
		startMs: 1000,
		endMs: 1800,
	},
	{
		name: 'Rev.ai: text and punct elements, speakers from 0',
		json: {
			monologues: [
				{
					speaker: 0,
					elements: [
						{type: 'text', value: 'Hi', ts: 0.3, end_ts: 0.52},
						{type: 'punct', value: ','},
						{type: 'punct', value: ' '},
						{type: 'text', value: 'Jack', ts: 0.54, end_ts: 0.9},
						{type: 'punct', value: '.'},
					],
				},
			],
		},
		speakers: ['Speaker 1'],
		text: 'Hi, Jack.',
		startMs: 300,
		endMs: 900,
	},
	{
		name: 'Speechmatics: string times and durations, "." as its own word, speakers as turns',
		json: {
			job: {lang: 'en'},
			speakers: [
				{name: 'F4', time: '1.00', duration: '1.00'},
				{name: 'M1', time: '4.00', duration: '1.00'},
			],
			words: [
				{name: 'There', time: '1.00', duration: '0.30'},
				{name: 'was', time: '1.30', duration: '0.20'},
				{name: '.', time: '1.50', duration: '0.10'},
				{name: 'Yes', time: '4.00', duration: '0.40'},
				{name: '.', time: '4.40', duration: '0.10'},
			],
		},
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'There was.|Yes.',
		startMs: 1000,
		endMs: 4400,
	},
	{
		name: 'BBC Kaldi: punct words, speakers by segment numbered by their first word',
		json: {
			action: 'audio-transcribe',
			retval: {
				words: [
					{word: 'there', punct: 'There', start: 13.02, end: 13.17},
					{word: 'is', punct: 'is.', start: 13.17, end: 13.38},
					{word: 'yes', punct: 'Yes.', start: 20.0, end: 20.5},
				],
				segmentation: {
					segments: [
						{start: 0, duration: 2.7, speaker: {'@id': 'S0'}},
						{start: 13, duration: 5, speaker: {'@id': 'S12'}},
						{start: 19, duration: 5, speaker: {'@id': 'S10'}},
					],
				},
			},
		},
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'There is.|Yes.',
		startMs: 13020,
		endMs: 20500,
	},
	{
		name: 'Azure Speech batch: ticks of 100 ns, only nBest[0]',
		json: {
			durationInTicks: 25800000,
			recognizedPhrases: [
				{
					offsetInTicks: 7600000,
					nBest: [
						{
							display: 'Hello world.',
							displayWords: [
								{displayText: 'Hello', offsetInTicks: 7600000, durationInTicks: 3000000},
								{displayText: 'world.', offsetInTicks: 10600000, durationInTicks: 2000000},
							],
						},
						{display: 'Hello worm.', displayWords: [{displayText: 'worm.', offsetInTicks: 10600000, durationInTicks: 2000000}]},
					],
				},
			],
		},
		speakers: ['Speaker 1'],
		text: 'Hello world.',
		startMs: 760,
		endMs: 1260,
	},
	{
		name: 'Bilibili fansub: sign lines in parentheses dropped, a line rolling into the next cue kept once',
		json: {
			body: [
				{from: 0.5, to: 1.0, content: 'Good morning.'},
				{from: 1.0, to: 2.0, content: '(Tohru)\nGood morning.'},
				{from: 2.5, to: 3.0, content: 'Bye.'},
			],
		},
		speakers: ['Speaker 1'],
		text: 'Good morning. Bye.',
		startMs: 500,
		endMs: 3000,
	},
	{
		name: 'YouTube json3: segs with offsets, aAppend events only a line break',
		json: {
			wireMagic: 'pb3',
			events: [
				{tStartMs: 0, dDurationMs: 9000, id: 1},
				{tStartMs: 2399, dDurationMs: 2000, segs: [{utf8: 'Hello'}, {utf8: ' there.', tOffsetMs: 300}]},
				{tStartMs: 4000, dDurationMs: 400, aAppend: 1, segs: [{utf8: '\n'}]},
				{tStartMs: 4400, dDurationMs: 1000, segs: [{utf8: 'Bye.'}]},
			],
		},
		speakers: ['Speaker 1'],
		text: 'Hello there. Bye.',
		startMs: 2399,
		endMs: 5400,
	},
	{
		name: 'Deepgram with diarization: speakers from 0',
		json: {
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
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'Hello there.|Hi.',
		startMs: 500,
		endMs: 3400,
	},
	{
		name: "AWS Transcribe, older output: each word's speaker only in speaker_labels.segments, by start time",
		json: {
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
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'Hello there.|Hi.',
		startMs: 500,
		endMs: 3400,
	},
	{
		name: 'Azure Speech batch: ISO 8601 durations where there are no ticks, speakers from 1',
		json: {
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
		speakers: ['Speaker 1', 'Speaker 2'],
		text: 'Hello there.|Hi.',
		startMs: 500,
		endMs: 3400,
	},
	{
		name: 'Bilibili AI subtitles: lines in seconds, one unnamed speaker of a Chinese talk',
		json: {
			body: [
				{from: 0.5, to: 1.2, content: '大家好'},
				{from: 3, to: 3.4, content: '今天聊聊播客'},
			],
		},
		speakers: ['发言人 1'],
		text: '大家好，今天聊聊播客',
		startMs: 500,
		endMs: 3400,
	},
];

describe('speech-to-text and platform JSON', () => {
	it.each(CASES)('$name', ({json, speakers, text, startMs, endMs}) => {
		const source = JSON.stringify(json, null, 2);
		expect(formatOf(source)).toBe('stt-json');
		const turns = speech(source);
		const names = readTranscript({text: source, file: 'talk.json'}).talk.speakers.map((s) => s.name);
		expect(names).toEqual(speakers);
		expect(turns.map((t) => t.text).join('|')).toBe(text);
		expect(turns[0]?.startMs).toBe(startMs);
		expect(turns[turns.length - 1]?.endMs).toBe(endMs);
	});

	it('gives each timed word its time (AssemblyAI)', () => {
		const [turn] = speech(JSON.stringify(CASES[0]?.json));
		expect(turn?.words?.map((w) => [turn.text.slice(w.start, w.end), w.startMs, w.endMs])).toEqual([
			['Hello', 500, 900],
			['there.', 900, 1300],
		]);
	});

	it('regression: a punctuated source with one long sentence (the Preamble on Deepgram) gets no stops at its pauses', () => {
		const words = Array.from({length: 45}, (_, i) => ({
			word: `w${i}`,
			punctuated_word: i === 44 ? `w${i}.` : `w${i}`,
			start: i * 0.5 + (i === 20 ? 2 : 0),
			end: i * 0.5 + 0.4 + (i === 20 ? 2 : 0),
		}));
		const source = JSON.stringify({results: {channels: [{alternatives: [{words}]}]}});
		const text = speech(source)
			.map((t) => t.text)
			.join(' ');
		expect(text.match(/\./g)).toHaveLength(1);
	});

	// One rule for every service: a file whose service says it punctuated (punctuation tokens) keeps its sentences; the same service's file without them gets sentence ends at its pauses.
	it.each([
		['AWS with punctuation items', true, 1],
		['AWS without punctuation items', false, 2],
	])('%s: stops at pauses only where the service did not punctuate', (_name, withPunctuation, stops) => {
		const items = Array.from({length: 45}, (_, i) => ({
			type: 'pronunciation',
			start_time: String(i * 0.5 + (i >= 21 ? 2 : 0)),
			end_time: String(i * 0.5 + 0.4 + (i >= 21 ? 2 : 0)),
			alternatives: [{content: `w${i}`}],
		}));
		const all = withPunctuation ? [...items, {type: 'punctuation', alternatives: [{content: '.'}]}] : items;
		const text = speech(JSON.stringify({results: {items: all}}))
			.map((t) => t.text)
			.join(' ');
		expect(text.match(/\./g) ?? []).toHaveLength(stops);
	});

	it('a word without its end still reads, lasting no time; one without its start is left out', () => {
		const source = JSON.stringify({
			id: 'x',
			audio_url: 'a.mp3',
			words: [
				{text: 'Hello', start: 500},
				{text: 'lost', end: 900},
				{text: 'there.', start: 600, end: 1000},
			],
			utterances: [],
		});
		expect(speech(source).map((t) => [t.text, t.startMs, t.endMs])).toEqual([['Hello there.', 500, 1000]]);
	});

	it('one long punctuated sentence keeps its commas: no full stop at the pause where the words are cut into cues', () => {
		const words = Array.from({length: 60}, (_, i) => ({
			word: `w${i}`,
			punctuated_word: i === 59 ? `w${i}.` : i % 6 === 5 ? `w${i},` : `w${i}`,
			start: i * 0.3,
			end: i * 0.3 + 0.25,
		}));
		const [turn] = speech(JSON.stringify({metadata: {}, results: {channels: [{alternatives: [{words}]}]}}));
		expect(turn?.text.match(/\./g)).toHaveLength(1);
	});

	it('refuses a service export without a timed word, naming the service', () => {
		const source = JSON.stringify({language_model: 'x', audio_url: 'u', words: [{text: 'Hi', speaker: 'A'}]});
		expect(() => speech(source)).toThrow(UserError);
		expect(() => speech(source)).toThrow(/AssemblyAI JSON, but it has no timed words/);
	});
});

describe('JSON that is not a transcript talkreel reads', () => {
	const refusal = (text: string): string => {
		try {
			readTranscript({text, file: 'talk.json'});
		} catch (e) {
			if (e instanceof UserError) return e.message;
			throw e;
		}
		return 'read';
	};

	it.each([
		['a Deepgram summary without channels', {metadata: {request_id: 'x'}, results: {summary: {short: 'hi'}}}, /looks like Deepgram/],
		['an AWS job still in progress', {jobName: 'j', status: 'IN_PROGRESS'}, /looks like AWS Transcribe/],
		['an AssemblyAI job without words', {id: 'x', audio_url: 'u', status: 'queued', text: null}, /looks like AssemblyAI/],
		['Rev.ai monologues without elements', {monologues: []}, /looks like Rev\.ai/],
		['Google results without words', {results: [{alternatives: [{transcript: 'hi'}]}]}, /looks like a speech-to-text service/],
	])('regression: %s is named for its service, never "slug: expected string"', (_name, json, expected) => {
		const message = refusal(JSON.stringify(json));
		expect(message).toMatch(expected);
		expect(message).not.toMatch(/slug|expected string/);
	});

	it("another tool's JSON is told by its keys, never by the Talk field it lacks (Deepgram-like metadata without results)", () => {
		const message = refusal(JSON.stringify({metadata: {request_id: 'x'}, outcome: []}));
		expect(message).toMatch(/a JSON object \(keys: metadata, outcome\) is not a transcript talkreel reads/);
		expect(message).not.toMatch(/slug/);
	});

	it('regression: subtitles starting with "{" (MicroDVD) are not called invalid JSON: they are read', () => {
		expect(refusal('{1}{100}Hello there.\n{120}{200}Bye.\n')).toBe('read');
	});

	it('a broken JSON object is still said to be invalid JSON', () => {
		expect(refusal('{"segments": [')).toMatch(/invalid JSON/);
	});
});
