import {describe, expect, it} from 'vitest';
import {type TalkSpeech, buildTalkSpeech, placeSpeech, speechSpanOf} from '../../src/plan/plan-speech';
import {MIN_MARK_MS, SPEECH_FADE_IN_MS, SPEECH_FADE_OUT_MS, SPEECH_LEAD_MS, SPEECH_TAIL_MS} from '../../src/plan/timing';
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
	/** Four words at 0, 200, 1000 and 2000 ms: at 30 fps frames 0, 6, 30 and 60 of the span. */
	const spanWith = ({lastUntilMs}: {lastUntilMs: number}) => ({
		fromMs: 1000,
		toMs: 4000,
		fadeInMs: 40,
		fadeOutMs: 150,
		words: [
			{start: 0, end: 2, atMs: 0, untilMs: 180},
			{start: 3, end: 6, atMs: 200, untilMs: 960},
			{start: 7, end: 11, atMs: 1000, untilMs: 1960},
			{start: 12, end: 16, atMs: 2000, untilMs: lastUntilMs},
		],
	});

	it('puts the span at its frame and marks words from the frame they start, a short word with the next', () => {
		const {audio, marks} = placeSpeech({span: spanWith({lastUntilMs: 3000}), atFrame: 100, fps: 30, textOffset: 5});
		expect(audio).toEqual({fromMs: 1000, toMs: 4000, atFrame: 100, fadeInMs: 40, fadeOutMs: 150});
		expect(MIN_MARK_MS).toBe(800);
		expect(marks).toEqual([
			// Words 1 and 2: the first lasts 6 frames, under the 24 of MIN_MARK_MS.
			{start: 5, end: 11, fromFrame: 100, toFrame: 130},
			{start: 12, end: 16, fromFrame: 130, toFrame: 160},
			{start: 17, end: 21, fromFrame: 160, toFrame: 190},
		]);
	});

	it('lets a short last word join the mark before it, and marks nothing after the speech', () => {
		const {marks} = placeSpeech({span: spanWith({lastUntilMs: 2400}), atFrame: 0, fps: 30});
		expect(marks.at(-1)).toEqual({start: 7, end: 16, fromFrame: 30, toFrame: 72});
	});
});
