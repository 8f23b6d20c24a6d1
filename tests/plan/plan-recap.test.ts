import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {planTalk} from '../../src/plan/plan-talk';
import {PlanSchema, type Plan} from '../../src/plan/plan-schema';
import {msToFrames, TRANSITION_MS} from '../../src/plan/timing';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {UserError} from '../../src/errors';
import {measureTextWidth} from '../../src/text/measure-text-width';
import {LANDSCAPE_LAYOUT} from '../../src/plan/layout';

const SEED = 'data/aspen-2024-altman-chesky.md';
const seed = readTranscript({text: readFileSync(SEED, 'utf8'), file: SEED}).talk;
const ENGLISH = readTranscript({
	file: 'en.md',
	text: [
		'# Building small tools',
		'',
		'Author: Jo Doe',
		'',
		'**Host:** Welcome. What do you build?',
		'',
		'**Guest:** I build small tools that do one thing well. Small tools are easy to test and easy to replace.',
		'',
		'## Testing',
		'',
		'**Host:** How do you test them?',
		'',
		'**Guest:** Every rule gets a case that fails when the rule breaks. I think that is the whole trick.',
		'',
		'## Shipping',
		'',
		'**Host:** And shipping?',
		'',
		'**Guest:** We ship on Fridays because the tests tell us when something is wrong. The rest is habit.',
	].join('\n'),
}).talk;

const quotes = (plan: Plan) => plan.scenes.filter((s) => s.type === 'quote');

describe.each([
	['seed, default 180 s', seed, 180],
	['seed, 90 s', seed, 90],
	['seed, 600 s', seed, 600],
	['English, 60 s', ENGLISH, 60],
])('plan invariants: %s', (_name, talk, maxSeconds) => {
	const {recap: plan} = planTalk({talk, maxSeconds});

	it('is schema-valid JSON', () => {
		expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
	});

	it('scenes are contiguous: each starts one transition before the previous ends', () => {
		expect(plan.scenes[0]?.from).toBe(0);
		for (let i = 1; i < plan.scenes.length; i++) {
			const prev = plan.scenes[i - 1]!;
			const cur = plan.scenes[i]!;
			expect(cur.transitionInFrames).toBe(plan.transitionInFrames);
			expect(cur.from).toBe(prev.from + prev.durationInFrames - cur.transitionInFrames);
		}
	});

	it('the total adds up and respects maxSeconds', () => {
		const sum = plan.scenes.reduce((s, sc) => s + sc.durationInFrames, 0) - plan.scenes.reduce((s, sc) => s + sc.transitionInFrames, 0);
		expect(plan.durationInFrames).toBe(sum);
		const last = plan.scenes[plan.scenes.length - 1]!;
		expect(plan.durationInFrames).toBe(last.from + last.durationInFrames);
		expect(plan.durationInFrames).toBeLessThanOrEqual(maxSeconds * plan.fps);
	});

	it('opens with the title, ends with the outro, and every section has a slide and a quote', () => {
		expect(plan.scenes[0]?.type).toBe('title');
		expect(plan.scenes[plan.scenes.length - 1]?.type).toBe('outro');
		for (const section of talk.sections) {
			expect(plan.scenes.filter((s) => s.type === 'section' && s.sectionId === section.id)).toHaveLength(1);
			expect(quotes(plan).some((q) => q.sectionId === section.id)).toBe(true);
		}
	});

	it('each quote card is a span of its turn, with speaker and section', () => {
		const turns = new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t]));
		for (const q of quotes(plan)) {
			const turn = turns.get(q.turnId)!;
			expect(turn.text).toContain(q.text);
			expect(turn.speakerIds).toContain(q.speakerId);
			expect(q.speaker).toBe(talk.speakers.find((s) => s.id === q.speakerId)?.name);
			expect(q.sectionTitle).toBe(talk.sections.find((s) => s.id === q.sectionId)?.title);
		}
	});

	it('quote lines fit the card at a size within the layout range', () => {
		const box = LANDSCAPE_LAYOUT.quoteBox;
		for (const q of quotes(plan)) {
			expect(q.body.fontSizePx).toBeGreaterThanOrEqual(box.minFontSizePx);
			expect(q.body.fontSizePx).toBeLessThanOrEqual(box.maxFontSizePx);
			expect(q.body.lines.length * q.body.fontSizePx * q.body.lineHeight).toBeLessThanOrEqual(box.heightFraction * plan.height);
			for (const line of q.body.lines) {
				expect(measureTextWidth({text: line, fontSizePx: q.body.fontSizePx, weight: box.weight})).toBeLessThanOrEqual(box.widthFraction * plan.width);
			}
		}
	});

	it('still ranges lie inside their scene, after its entry and before the next scene starts', () => {
		plan.scenes.forEach((scene, i) => {
			const next = plan.scenes[i + 1];
			for (const still of scene.stills) {
				expect(still.from).toBeGreaterThan(scene.from + scene.transitionInFrames - 1);
				expect(still.from + still.durationInFrames).toBeLessThanOrEqual(next ? next.from : plan.durationInFrames);
			}
		});
	});

	it('a scene holds still from the end of its incoming transition (the first scene from the end of its entry) to the next scene: only transitions and the first entry are drawn frame by frame', () => {
		plan.scenes.forEach((scene, i) => {
			const next = plan.scenes[i + 1];
			const settled = scene.from + (i === 0 ? plan.entryFrames : scene.transitionInFrames);
			expect(scene.stills[0]!.from).toBe(settled);
			const last = scene.stills[scene.stills.length - 1]!;
			expect(last.from + last.durationInFrames).toBe(next ? next.from : plan.durationInFrames);
			// No gap inside the hold: the word marks cut it, they do not break it.
			scene.stills.slice(1).forEach((still, k) => {
				expect(still.from).toBe(scene.stills[k]!.from + scene.stills[k]!.durationInFrames);
			});
		});
		const moving = plan.durationInFrames - plan.scenes.flatMap((s) => s.stills).reduce((sum, s) => sum + s.durationInFrames, 0);
		expect(moving).toBe(plan.entryFrames + (plan.scenes.length - 1) * msToFrames({ms: TRANSITION_MS, fps: plan.fps}));
	});

	it('chapters follow the section slides', () => {
		expect(plan.chapters.map((c) => c.sectionId)).toEqual(talk.sections.map((s) => s.id));
		for (const scene of plan.scenes) {
			if (scene.type === 'quote' || scene.type === 'section') {
				expect(plan.chapters[scene.chapterIndex]?.sectionId).toBe(scene.sectionId);
			}
		}
	});
});

describe('planner rules', () => {
	it('same input → byte-identical plan', () => {
		expect(JSON.stringify(planTalk({talk: seed}).recap)).toBe(JSON.stringify(planTalk({talk: structuredClone(seed)}).recap));
	});

	it('a longer budget never gives a shorter recap', () => {
		const durations = [60, 90, 180, 300].map((maxSeconds) => planTalk({talk: seed, maxSeconds}).recap.durationInFrames);
		expect([...durations].sort((a, b) => a - b)).toEqual(durations);
	});

	it('a budget too short for one quote per section is an ARGS error naming the minimum', () => {
		expect(() => planTalk({talk: seed, maxSeconds: 10})).toThrow(UserError);
		expect(() => planTalk({talk: seed, maxSeconds: 10})).toThrow(/--max-seconds 10 is too short .* at least \d+ s/);
	});

	it.each([
		[30, 1920, 1080],
		[25, 1280, 720],
		[60, 1080, 1080],
	])('fps %i at %ix%i is carried through', (fps, width, height) => {
		const {recap: plan} = planTalk({talk: ENGLISH, fps, width, height, maxSeconds: 120});
		expect(plan).toMatchObject({fps, width, height, transitionInFrames: msToFrames({ms: TRANSITION_MS, fps})});
	});

	it('speaker colour overrides reach the quote cards', () => {
		const {recap: plan} = planTalk({talk: seed, speakerColors: {'sam-altman': '#123456'}});
		const sam = quotes(plan).filter((q) => q.speakerId === 'sam-altman');
		expect(sam.length).toBeGreaterThan(0);
		for (const q of sam) expect(q.speakerColor).toBe('#123456');
	});

	it('every speaker gets a distinct colour', () => {
		const {recap: plan} = planTalk({talk: seed});
		const title = plan.scenes[0];
		if (title?.type !== 'title') throw new Error('no title');
		expect(new Set(title.speakers.map((s) => s.color)).size).toBe(3);
	});
});

// A 300-character subtitle or event name (the most a title keeps) ran off the title card:
// the card drew them as they were, on one unbroken line.
describe('the title card’s smaller lines', () => {
	const long = (word: string) =>
		Array.from({length: 40}, (_, i) => `${word}${i}`)
			.join(' ')
			.slice(0, 300);
	const talk = {...ENGLISH, metadata: {...ENGLISH.metadata, subtitle: long('subtitle'), event: long('festival'), date: '2024-06-27'}};
	const {recap} = planTalk({talk});
	const title = recap.scenes.find((s) => s.type === 'title');
	const width = recap.layout.titleBox.widthPx;

	it('fits the subtitle to two lines as wide as the title, ellipsized', () => {
		const subtitle = title?.type === 'title' ? title.subtitle : undefined;
		expect(subtitle?.lines.length).toBe(2);
		expect(subtitle?.lines.at(-1)?.endsWith('…')).toBe(true);
		for (const line of subtitle?.lines ?? [])
			expect(measureTextWidth({text: line, fontSizePx: subtitle!.fontSizePx, weight: subtitle!.weight})).toBeLessThanOrEqual(width);
	});

	it('fits event · date to one line, narrower by its letter spacing, ellipsized', () => {
		const kicker = title?.type === 'title' ? title.kicker : undefined;
		expect(kicker?.text).toBe(`${long('festival')}  ·  2024-06-27`);
		expect(kicker?.lines).toHaveLength(1);
		const [line = ''] = kicker?.lines ?? [];
		expect(line.endsWith('…')).toBe(true);
		// Drawn with 0.04 em between letters.
		expect(
			measureTextWidth({text: line, fontSizePx: kicker!.fontSizePx, weight: kicker!.weight}) + 0.04 * kicker!.fontSizePx * [...line].length,
		).toBeLessThanOrEqual(width);
	});

	it('keeps a short subtitle and kicker whole', () => {
		const short = planTalk({talk: {...ENGLISH, metadata: {...ENGLISH.metadata, subtitle: 'A talk about tools', event: 'Tools Conf', date: '2024'}}}).recap;
		const scene = short.scenes.find((s) => s.type === 'title');
		expect(scene?.type === 'title' ? [scene.subtitle?.lines, scene.kicker?.lines] : []).toEqual([['A talk about tools'], ['Tools Conf  ·  2024']]);
	});
});
