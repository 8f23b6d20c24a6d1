import {describe, expect, it} from 'vitest';
import {MUSIC_BED_DB, MUSIC_DUCK_DB, musicGainAt} from '../../src/plan/plan-sound';
import {type MusicBed, type Plan, PlanSchema, type QuoteScene} from '../../src/plan/plan-schema';
import {audioFrames} from '../../src/plan/plan-speech';
import {planTalk} from '../../src/plan/plan-talk';
import {BREATH_MS, MIN_MARK_MS, msToFrames} from '../../src/plan/timing';
import {TONE_BURSTS_MS, TONE_CUE_MS, makeToneTalk} from '../support/tone-fixture';

const MEDIA = {src: 'talkreel-media/tones.wav', durationMs: 12_000};
const quotesOf = (plan: Plan) => plan.scenes.filter((s): s is QuoteScene => s.type === 'quote');

describe.each([
	['cue times', makeToneTalk({pinEveryCue: true})],
	['word times', makeToneTalk({words: true, pinEveryCue: true})],
])('a recap that plays its recording (%s)', (_name, talk) => {
	const {recap: plan} = planTalk({talk, media: MEDIA});

	it('is schema-valid JSON and names the recording', () => {
		expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
		expect(plan.sound).toEqual({media: MEDIA.src, music: null, spans: quotesOf(plan).map((q) => q.audio)});
	});

	it('plays each quote card its own cue, from the end of its incoming transition', () => {
		const quotes = quotesOf(plan);
		expect(quotes.map((q) => q.audio?.fromMs)).toEqual(TONE_BURSTS_MS.map((ms) => ms - 150));
		for (const q of quotes) expect(q.audio?.atFrame).toBe(q.from + q.transitionInFrames);
	});

	it('holds each card for its speech and a breath before its outgoing transition', () => {
		for (const q of quotesOf(plan)) {
			const heard = audioFrames({audio: q.audio!, fps: plan.fps});
			const outgoing = q.from + q.durationInFrames - plan.transitionInFrames;
			expect(heard.from + heard.durationInFrames + msToFrames({ms: BREATH_MS, fps: plan.fps})).toBeLessThanOrEqual(outgoing + 1);
		}
	});

	it('marks words in order inside the card’s speech, and no still range covers a change of mark', () => {
		for (const q of quotesOf(plan)) {
			const marks = q.marks ?? [];
			expect(marks.length).toBeGreaterThanOrEqual(2);
			const heard = audioFrames({audio: q.audio!, fps: plan.fps});
			marks.forEach((m, i) => {
				// A word, or short words said together (MIN_MARK_MS).
				expect(q.text.slice(m.start, m.end)).toMatch(/^[A-Za-z]+(?:[ ,]+[A-Za-z]+)*$/);
				expect(m.toFrame - m.fromFrame).toBeGreaterThanOrEqual(msToFrames({ms: MIN_MARK_MS, fps: plan.fps}));
				expect(m.fromFrame).toBeGreaterThanOrEqual(heard.from);
				expect(m.toFrame).toBeLessThanOrEqual(heard.from + heard.durationInFrames);
				if (i > 0) expect(m.fromFrame).toBeGreaterThanOrEqual(marks[i - 1]!.toFrame);
			});
			const changes = marks.flatMap((m) => [m.fromFrame, m.toFrame]);
			for (const still of q.stills) {
				for (const c of changes) expect(c > still.from && c < still.from + still.durationInFrames).toBe(false);
			}
		}
	});

	it('lists the spans in plan order for the renderers, and every scene’s still ranges', () => {
		expect(plan.sound?.spans).toEqual(quotesOf(plan).map((q) => q.audio));
		expect(plan.stills).toEqual(plan.scenes.flatMap((s) => s.stills));
	});
});

describe('what a voiced quote costs', () => {
	// One cue said over 40 s: its card must last that long, so it cannot fit a 20 s quote budget.
	const slow = makeToneTalk({startsMs: [1000]});
	const turn = slow.sections[0]!.turns[0]!;
	const longCue = {...slow, sections: [{...slow.sections[0]!, turns: [{...turn, endMs: 41_000}]}]};

	it('is its speech and a breath when that is longer than its reading', () => {
		const silent = planTalk({talk: longCue, maxSeconds: 60});
		const voiced = planTalk({talk: longCue, maxSeconds: 60, media: {src: 'x.wav', durationMs: 60_000}});
		const cost = (p: typeof silent) => p.candidates.find((c) => c.chosen)?.costMs ?? 0;
		expect(cost(silent)).toBeLessThan(10_000);
		expect(cost(voiced)).toBeGreaterThan(40_000);
	});

	it('keeps the recap within --max-seconds: a quote too long to say is not chosen', () => {
		const {recap, quotes} = planTalk({talk: longCue, maxSeconds: 30, media: {src: 'x.wav', durationMs: 60_000}});
		expect(recap.durationInFrames).toBeLessThanOrEqual(30 * recap.fps);
		expect(quotes).toEqual([]);
	});

	it('is the reading time for an untimed talk with a recording (its cards are silent)', () => {
		const untimed = {...slow, sections: [{...slow.sections[0]!, turns: [{...turn, startMs: undefined, endMs: undefined}]}]};
		const {recap} = planTalk({talk: untimed, media: {src: 'x.wav', durationMs: 60_000}});
		expect(quotesOf(recap).every((q) => q.audio === undefined && q.marks === undefined)).toBe(true);
	});
});

describe('the music bed', () => {
	const {recap: plan} = planTalk({talk: makeToneTalk(), media: MEDIA, music: {src: 'talkreel-media/bed.mp3'}});
	const music = plan.sound!.music as MusicBed;
	const gainDb = (ms: number) => 20 * Math.log10(musicGainAt({music, fps: plan.fps, durationInFrames: plan.durationInFrames, ms}));
	const msOf = (frame: number) => (frame * 1000) / plan.fps;

	it('dips under every span of speech', () => {
		expect(music.bedDb).toBe(MUSIC_BED_DB);
		expect(music.ducks).toEqual(plan.sound!.spans.map((audio) => audioFrames({audio, fps: plan.fps})));
	});

	it.each([
		['silent at the very start (fade in)', () => 0, Number.NEGATIVE_INFINITY],
		['at the bed level on the title card', () => 2000, 0],
		['ducked in the middle of a span', () => msOf(music.ducks[0]!.from + 10), -MUSIC_DUCK_DB],
		['half way down its ramp before a span', () => msOf(music.ducks[0]!.from) - music.duckRampMs / 2, -MUSIC_DUCK_DB / 2],
		['silent at the very end (fade out)', () => msOf(plan.durationInFrames), Number.NEGATIVE_INFINITY],
	])('is %s', (_name, at, expected) => {
		const db = gainDb(at());
		if (expected === Number.NEGATIVE_INFINITY) expect(db).toBe(expected);
		else expect(db).toBeCloseTo(expected, 5);
	});

	it('plays under a silent recap too (no recording)', () => {
		const {recap} = planTalk({talk: makeToneTalk(), music: {src: 'bed.mp3'}});
		expect(recap.sound).toMatchObject({media: null, music: {src: 'bed.mp3', ducks: []}, spans: []});
	});
});

it('a talk planned without a recording is silent, as before', () => {
	const {recap} = planTalk({talk: makeToneTalk()});
	expect(recap.sound).toBeUndefined();
	expect(quotesOf(recap).every((q) => q.audio === undefined)).toBe(true);
	expect(TONE_CUE_MS).toBeGreaterThan(0);
});
