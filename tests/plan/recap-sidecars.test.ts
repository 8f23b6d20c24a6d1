import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Plan} from '../../src/plan/plan-schema';
import {planTalk} from '../../src/plan/plan-talk';
import {speechSpanOf} from '../../src/plan/plan-speech';
import {RecapManifestSchema, buildRecapManifest} from '../../src/plan/recap-manifest';
import {YOUTUBE_MIN_CHAPTER_MS, formatChapters, formatSrt, formatVtt, recapChapters, recapCues} from '../../src/plan/recap-sidecars';
import {speechTimeOf} from '../../src/plan/time-speech';
import {framesToMs} from '../../src/plan/timing';
import {loadTalk} from '../../src/talk/load-talk';
import {TalkSchema, type Turn} from '../../src/talk/talk-schema';

/** A talk of data/ with its edits file, when it has one (a file that is there but cannot be read fails the test). */
const load = (file: string) => {
	const edits = file.replace(/\.md$/, '.edits.yaml');
	return loadTalk({text: readFileSync(file, 'utf8'), file, edits: existsSync(edits) ? {text: readFileSync(edits, 'utf8'), file: edits} : null}).talk;
};
const seed = load('data/aspen-2024-altman-chesky.md');
const english = load('data/eval/cooler-cities-panel.md');

const PLANS: [string, Plan][] = [
	['seed, 180 s', planTalk({talk: seed}).recap],
	['seed, 60 s', planTalk({talk: seed, maxSeconds: 60}).recap],
	['English, 180 s', planTalk({talk: english}).recap],
	['English, 25 fps', planTalk({talk: english, fps: 25, maxSeconds: 90}).recap],
];

/** Cue times out of a SubRip or WebVTT file, in ms. */
const cueTimes = (text: string): [number, number][] =>
	[...text.matchAll(/(\d\d):(\d\d):(\d\d)[,.](\d\d\d) --> (\d\d):(\d\d):(\d\d)[,.](\d\d\d)/g)].map((m) => {
		const n = m.slice(1).map(Number);
		return [n[0]! * 3_600_000 + n[1]! * 60_000 + n[2]! * 1000 + n[3]!, n[4]! * 3_600_000 + n[5]! * 60_000 + n[6]! * 1000 + n[7]!];
	});

describe.each(PLANS)('sidecars of the recap: %s', (_name, plan) => {
	const {cues} = recapCues({plan});
	const quoteScenes = plan.scenes.flatMap((s, i) => (s.type === 'quote' ? [{scene: s, next: plan.scenes[i + 1]}] : []));

	it('has one cue per quote card, from the frame it takes over the screen to the frame the next one does, to the millisecond', () => {
		const expected = quoteScenes.map(({scene, next}) => [
			framesToMs({frames: scene.from + Math.floor(scene.transitionInFrames / 2), fps: plan.fps}),
			framesToMs({frames: next === undefined ? plan.durationInFrames : next.from + Math.floor(next.transitionInFrames / 2), fps: plan.fps}),
		]);
		expect(cueTimes(formatSrt({cues}))).toEqual(expected);
		expect(cueTimes(formatVtt({cues, language: plan.language}))).toEqual(expected);
	});

	it('names the speaker and keeps the card’s lines as drawn', () => {
		const srt = formatSrt({cues}).split('\n\n');
		const vtt = formatVtt({cues, language: plan.language}).split('\n\n').slice(1);
		quoteScenes.forEach(({scene}, i) => {
			expect(srt[i]).toContain(`${scene.speaker}: ${scene.body.lines.join('\n')}`);
			expect(vtt[i]).toContain(`<v ${scene.speaker}>${scene.body.lines.join('\n')}`);
		});
		expect(formatVtt({cues, language: plan.language}).startsWith('WEBVTT\n')).toBe(true);
	});

	it('gives chapters YouTube accepts: the first at 0:00, at least three, each at least 10 s, in order — or says why not', () => {
		const result = recapChapters({plan});
		const end = framesToMs({frames: plan.durationInFrames, fps: plan.fps});
		if (!result.usable) {
			expect(result.reason).toMatch(/at least 3 chapters/);
			return;
		}
		expect(result.chapters[0]?.startMs).toBe(0);
		expect(result.chapters.length).toBeGreaterThanOrEqual(3);
		result.chapters.forEach((c, i) => {
			const next = result.chapters[i + 1]?.startMs ?? end;
			expect(next - c.startMs).toBeGreaterThanOrEqual(YOUTUBE_MIN_CHAPTER_MS);
		});
		const lines = formatChapters(result).trim().split('\n');
		expect(lines[0]).toMatch(/^0:00 \S/);
		for (const line of lines) expect(line).toMatch(/^\d+:\d\d(?::\d\d)? \S/);
	});
});

describe('recapChapters', () => {
	it('folds a short recap’s chapters and says it cannot give three', () => {
		const talk = {...seed, sections: seed.sections.slice(0, 2)};
		const {recap} = planTalk({talk, maxSeconds: 40});
		const result = recapChapters({plan: recap});
		expect(result.usable).toBe(false);
		expect(result.reason).toBe(`YouTube needs at least 3 chapters of 10 s; this recap has ${result.chapters.length}`);
	});
});

describe('recap manifest', () => {
	it('lists the files, every scene with its times and every quote with its source, and passes its schema', () => {
		const talkPlan = planTalk({talk: seed});
		const files = {video: 'recap.mp4', srt: 'recap.srt', vtt: 'recap.vtt', chapters: 'chapters.txt', poster: 'poster.jpg', storyboard: 'storyboard.png'};
		const manifest = buildRecapManifest({talk: seed, plan: talkPlan.recap, quotes: talkPlan.quotes, files, width: 1920, height: 1080});
		expect(RecapManifestSchema.parse(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
		expect(manifest.scenes).toHaveLength(talkPlan.recap.scenes.length);
		expect(manifest.quotes.map((q) => q.id)).toEqual(talkPlan.quotes.map((q) => q.id));
		for (const q of manifest.quotes) {
			expect(q.scenes.length).toBeGreaterThan(0);
			expect(q.source.time).toBeNull(); // the seed is not timed
			expect(seed.sections.flatMap((s) => s.turns).find((t) => t.id === q.source.turnId)?.line).toBe(q.source.line);
		}
		expect(manifest.files.chapters).toBe('chapters.txt');
	});
});

describe('speechTimeOf: when a quote is said, as the recording plays it', () => {
	const turn: Turn = {id: 't001', speakerIds: ['a'], text: 'Hello there, my friends. We can do it.', kind: 'speech', line: 1, startMs: 10_000, endMs: 20_000};
	it.each([
		['untimed', {...turn, startMs: undefined, endMs: undefined}, 0, 24, null],
		['a start and no end', {...turn, endMs: undefined}, 0, 24, null],
		['cue times only: the cue shared by its words', turn, 25, 38, {startMs: 15_000, endMs: 20_000}],
		['the whole cue', turn, 0, 38, {startMs: 10_000, endMs: 20_000}],
		[
			'word times: its first word’s start to its last word’s end',
			{
				...turn,
				words: [
					{start: 0, end: 5, startMs: 10_000, endMs: 10_400},
					{start: 6, end: 11, startMs: 10_500, endMs: 11_000},
					{start: 13, end: 15, startMs: 11_600, endMs: 11_800},
					{start: 16, end: 23, startMs: 11_900, endMs: 12_500},
					{start: 25, end: 27, startMs: 13_100, endMs: 13_300},
					{start: 28, end: 31, startMs: 13_300, endMs: 13_600},
					{start: 32, end: 34, startMs: 13_600, endMs: 13_800},
					{start: 35, end: 37, startMs: 13_800, endMs: 14_200},
				],
			},
			25,
			38,
			{startMs: 13_100, endMs: 14_200},
		],
	])('%s', (_name, t, start, end, expected) => {
		expect(speechTimeOf({turn: t as Turn, start, end})).toEqual(expected);
	});

	it('recap.json said 12 889 ms for a quote whose first word plays at 12 917 ms (it re-timed the cue by characters): now the time the card plays it', () => {
		const text = 'So, welcome back to the show everyone. I think every city should plant more shade trees on its hottest streets before the summer comes.';
		const talk = TalkSchema.parse({
			slug: 'trees',
			metadata: {title: 'Trees', language: 'en', source: {}},
			speakers: [{id: 'ann', name: 'Ann', role: 'guest'}],
			sections: [{id: 's1', title: 'Trees', turns: [{id: 't001', speakerIds: ['ann'], text, kind: 'speech', line: 1, startMs: 10_000, endMs: 20_000}]}],
		});
		const media = {src: 'trees.wav', durationMs: null};
		const {recap, quotes, speech} = planTalk({talk, media});
		const files = {video: 'recap.mp4', srt: 'recap.srt', vtt: 'recap.vtt', chapters: 'chapters.txt', poster: 'poster.jpg', storyboard: 'storyboard.png'};
		const manifest = buildRecapManifest({talk, plan: recap, quotes, files, width: 1920, height: 1080});
		const quote = quotes[0]!;
		expect([quote.start, quote.end]).toEqual([39, text.length]);
		// The span the card plays says the quote's first word at the time the manifest gives.
		const span = speechSpanOf({speech: speech!, turnId: quote.turnId, start: quote.start, end: quote.end})!;
		expect(manifest.quotes[0]?.source.time).toEqual({startMs: Math.round(span.fromMs + span.words[0]!.atMs), endMs: 20_000});
		expect(manifest.quotes[0]?.source.time?.startMs).toBe(12_917);
	});
});
