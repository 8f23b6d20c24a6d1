import {describe, expect, it} from 'vitest';
import {type TalkSpeech, buildTalkSpeech, placeSpeech, speechSpanOf} from '../../src/plan/plan-speech';
import {SPEECH_FADE_IN_MS, SPEECH_FADE_OUT_MS, SPEECH_LEAD_MS, SPEECH_TAIL_MS} from '../../src/plan/timing';
import {TalkSchema} from '../../src/talk/talk-schema';

/** One turn of two sentences said from 1 s to 5 s (cue times only: words share the time evenly). */
const speechOf = ({durationMs = null, startMs = 1000}: {durationMs?: number | null; startMs?: number} = {}): TalkSpeech =>
	buildTalkSpeech({
		media: {src: 'talk.mp3', durationMs},
		talk: TalkSchema.parse({
			slug: 't',
			metadata: {title: 'T', language: 'en', source: {}},
			speakers: [{id: 'a', name: 'A'}],
			sections: [
				{
					id: 's1',
					title: 'S',
					turns: [
						{id: 't001', speakerIds: ['a'], text: 'One two three four. Five six seven eight.', kind: 'speech', startMs, endMs: startMs + 4000, line: 1},
						{id: 't002', speakerIds: ['a'], text: 'Not timed at all.', kind: 'speech', line: 2},
					],
				},
			],
		}),
	});
const SECOND = 'One two three four. '.length;

describe('speechSpanOf', () => {
	it('pads a turn’s first word by the full lead, and takes no tail into the word right after', () => {
		const span = speechSpanOf({speech: speechOf(), turnId: 't001', start: 0, end: SECOND - 1})!;
		expect([span.fromMs, span.toMs]).toEqual([1000 - SPEECH_LEAD_MS, 3000]);
		expect([span.fadeInMs, span.fadeOutMs]).toEqual([SPEECH_FADE_IN_MS, SPEECH_FADE_OUT_MS]);
	});

	it('takes no lead into the turn’s word before it when there is no silence between', () => {
		const span = speechSpanOf({speech: speechOf(), turnId: 't001', start: SECOND, end: SECOND + 'Five six seven eight.'.length})!;
		expect(span.fromMs).toBe(3000);
		expect(span.toMs).toBe(5000 + SPEECH_TAIL_MS);
		expect(span.words.map((w) => [w.start, w.atMs])).toEqual([
			[0, 0],
			[5, 500],
			[9, 1000],
			[15, 1500],
		]);
	});

	it.each([
		// The first sentence: four words of the turn's eight, said over half its 4 s; the next word follows at once (no tail).
		['starts no earlier than the recording', {startMs: 50, durationMs: null}, 0, 2050],
		['ends no later than the recording', {startMs: 1000, durationMs: 2900}, 1000 - SPEECH_LEAD_MS, 2900],
	])('%s', (_name, opts, fromMs, toMs) => {
		const span = speechSpanOf({speech: speechOf(opts), turnId: 't001', start: 0, end: SECOND - 1})!;
		expect([span.fromMs, span.toMs]).toEqual([fromMs, toMs]);
	});

	it.each([
		['an untimed turn', 't002', 0, 5],
		['a turn the talk does not have', 't999', 0, 5],
		['a range with no word in it', 't001', SECOND - 2, SECOND - 1],
	])('is null for %s', (_name, turnId, start, end) => {
		expect(speechSpanOf({speech: speechOf(), turnId, start, end})).toBeNull();
	});
});

describe('placeSpeech', () => {
	const span = {
		fromMs: 1000,
		toMs: 2000,
		fadeInMs: 40,
		fadeOutMs: 150,
		words: [
			{start: 0, end: 3, atMs: 100, untilMs: 300},
			{start: 4, end: 7, atMs: 110, untilMs: 500},
			{start: 8, end: 12, atMs: 600, untilMs: 900},
		],
	};

	it('puts the span at its frame and marks each word from the frame it starts to the next one’s', () => {
		const {audio, marks} = placeSpeech({span, atFrame: 100, fps: 30, textOffset: 5});
		expect(audio).toEqual({fromMs: 1000, toMs: 2000, atFrame: 100, fadeInMs: 40, fadeOutMs: 150});
		// Words 1 and 2 start on the same frame (103): only the second is marked there.
		expect(marks).toEqual([
			{start: 9, end: 12, fromFrame: 103, toFrame: 118},
			{start: 13, end: 17, fromFrame: 118, toFrame: 127},
		]);
	});

	it('marks nothing in a silent stretch after the last word', () => {
		const {marks} = placeSpeech({span, atFrame: 0, fps: 30});
		expect(marks.at(-1)!.toFrame).toBe(27);
	});
});
