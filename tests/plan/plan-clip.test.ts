import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ClipSchema, type Clip} from '../../src/plan/clip-schema';
import {CLIP_LAYOUTS, CLIP_SHAPES} from '../../src/plan/layout';
import {MAX_REVEAL_STEPS, planClip, splitPhrases} from '../../src/plan/plan-clip';
import {type PlannedQuote, planTalk} from '../../src/plan/plan-talk';
import {CLIP_HOLD_MS, DEFAULT_FPS, REVEAL_STEP_MS, cardReadingMs, msToFrames} from '../../src/plan/timing';
import {ELLIPSIS} from '../../src/text/fit-text';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {UserError} from '../../src/errors';
import {measureTextWidth} from '../../src/text/measure-text-width';
import {makeTalk} from '../support/make-talk';

const LONG_CHINESE =
	'我觉得我们是否就需要永远越来越多的数据似乎并不可能是对的。如果你考虑一个人从阅读一本教科书能学到什么，这与目前这些AI模型所需的完全不同，所以我认为我们还会找到更多的办法，让模型用更少的数据学到更多的东西。';
const LONG_ENGLISH =
	'I think the whole industry has changed, and the whole conversation has changed: we built teams around policy and stakeholders much earlier than big tech companies did, and that is why people trust us with things that matter to them.';
const MIXED =
	'我认为每个人仍在试图弄清楚如何使用这项技术。如果你拿起你的 iPhone，看看主屏幕，问自己 ChatGPT 发布一年半后有多少 App 因为 AI 而根本改变（比如 Gmail 或 Google Maps），很少有应用发生了根本性的改变。';
const HUGE = Array.from({length: 14}, (_, i) => `这是第${i + 1}句很长很长的话，它说明了一个需要很多字才能说清楚的道理。`).join('');

const talkWith = (text: string) => {
	const talk = makeTalk({
		sections: [
			{
				title: '训练数据从哪里来',
				turns: [
					['host', '你怎么看？'],
					['guest-a', text],
				],
			},
		],
	});
	const quote: PlannedQuote = {id: 't002s1', number: 7, turnId: 't002', speakerId: 'guest-a', sectionId: 's1', text, start: 0, end: text.length};
	return {talk, talkPlan: {quotes: [quote], fps: DEFAULT_FPS, speakerColors: {}}};
};

const STEP_FRAMES = msToFrames({ms: REVEAL_STEP_MS, fps: DEFAULT_FPS});

const checkFits = (clip: Clip) => {
	const layout = CLIP_LAYOUTS[clip.shape];
	const box = layout.quoteBox;
	const widthPx = box.widthFraction * layout.widthPx;
	const heightPx = box.heightFraction * layout.heightPx;
	expect(clip.body.fontSizePx).toBeGreaterThanOrEqual(box.minFontSizePx);
	expect(clip.body.fontSizePx).toBeLessThanOrEqual(box.maxFontSizePx);
	for (const line of clip.body.lines) expect(measureTextWidth({text: line, fontSizePx: clip.body.fontSizePx, weight: box.weight})).toBeLessThanOrEqual(widthPx);
	expect(clip.body.lines.length * clip.body.fontSizePx * clip.body.lineHeight).toBeLessThanOrEqual(heightPx + 1e-6);
	// The header and footer blocks also stay inside their boxes.
	for (const [block, b] of [
		[clip.talkTitle, layout.talkTitleBox],
		[clip.attribution, layout.attributionBox],
	] as const) {
		if (!block) continue;
		expect(block.lines.length).toBeLessThanOrEqual(b.maxLines ?? Infinity);
		for (const line of block.lines)
			expect(measureTextWidth({text: line, fontSizePx: block.fontSizePx, weight: b.weight})).toBeLessThanOrEqual(b.widthFraction * layout.widthPx);
	}
};

const checkTiming = (clip: Clip) => {
	expect(clip.durationInFrames).toBe(msToFrames({ms: cardReadingMs({text: clip.text}), fps: clip.fps}) + msToFrames({ms: CLIP_HOLD_MS, fps: clip.fps}));
	expect(clip.steps.length).toBeGreaterThanOrEqual(1);
	expect(clip.steps.length).toBeLessThanOrEqual(MAX_REVEAL_STEPS);
	// The first step is on screen from the first frame, at once: a clip opens on its quote.
	expect(clip.steps[0]).toMatchObject({fromFrame: 0, durationInFrames: 0});
	clip.steps.forEach((step, k) => {
		if (k > 0) expect(step.fromFrame).toBeGreaterThan(clip.steps[k - 1]!.fromFrame + STEP_FRAMES);
		expect(step.fromFrame + step.durationInFrames).toBeLessThan(clip.durationInFrames);
	});
	// Stills: in order, inside the clip, from its first frame, never over a fade, the last one holding the final frame.
	expect(clip.stills[0]!.from).toBe(0);
	let end = 0;
	for (const still of clip.stills) {
		expect(still.from).toBeGreaterThanOrEqual(end);
		end = still.from + still.durationInFrames;
		expect(end).toBeLessThanOrEqual(clip.durationInFrames);
		for (const step of clip.steps) {
			const overlaps = step.fromFrame < end && step.fromFrame + step.durationInFrames > still.from;
			expect(overlaps).toBe(false);
		}
	}
	expect(clip.stills.length).toBe(clip.steps.length);
	expect(end).toBe(clip.durationInFrames);
	// Still frames are most of the clip (what the fast renderer saves).
	const stillFrames = clip.stills.reduce((sum, s) => sum + s.durationInFrames, 0);
	expect(stillFrames).toBe(clip.durationInFrames - (clip.steps.length - 1) * STEP_FRAMES);
};

const checkReveal = (clip: Clip) => {
	expect(clip.revealLines.map((pieces) => pieces.map((p) => p.text).join(''))).toEqual(clip.body.lines);
	const order = clip.revealLines.flat().map((p) => p.step);
	expect(order).toEqual([...order].sort((a, b) => a - b));
	expect(new Set(order).size).toBe(clip.steps.length);
	const squash = (s: string) => s.replace(/\s+/g, '');
	expect(squash(clip.steps.map((s) => s.text).join(''))).toBe(squash(clip.text));
};

describe.each(CLIP_SHAPES)('planClip, %s', (shape) => {
	it.each([
		['long Chinese', LONG_CHINESE],
		['long English', LONG_ENGLISH],
		['mixed Chinese and English', MIXED],
	])('fits %s into the box, reveals it in phrases and keeps its stills still', (_label, text) => {
		const {talk, talkPlan} = talkWith(text);
		const {clip} = planClip({talk, quoteId: 't002s1', shape, talkPlan});
		expect(ClipSchema.parse(JSON.parse(JSON.stringify(clip)))).toEqual(clip);
		expect([clip.width, clip.height]).toEqual([CLIP_LAYOUTS[shape].widthPx, CLIP_LAYOUTS[shape].heightPx]);
		expect(clip.truncated).toBe(false);
		expect(clip.text).toBe(text);
		checkFits(clip);
		checkTiming(clip);
		checkReveal(clip);
		expect(clip.steps.length).toBeGreaterThan(1);
	});

	it('shows the first card with … when even the smallest type overflows', () => {
		const {talk, talkPlan} = talkWith(HUGE);
		const {clip} = planClip({talk, quoteId: 't002s1', shape, talkPlan});
		expect(clip.truncated).toBe(true);
		expect(clip.quoteText).toBe(HUGE);
		expect(clip.text.endsWith(ELLIPSIS)).toBe(true);
		expect(HUGE.startsWith(clip.text.slice(0, -1))).toBe(true);
		// Whole sentences: the cut falls after a 。
		expect(clip.text.slice(0, -1).endsWith('。')).toBe(true);
		checkFits(clip);
		checkTiming(clip);
		checkReveal(clip);
	});
});

describe('planClip', () => {
	it('designs each shape: the same quote breaks differently in each', () => {
		const {talk, talkPlan} = talkWith(LONG_CHINESE);
		const lines = CLIP_SHAPES.map((shape) => planClip({talk, quoteId: 't002s1', shape, talkPlan}).clip.body.lines.length);
		expect(new Set(lines).size).toBeGreaterThan(1);
	});

	it('gives a short quote one step and one still: the whole clip, from its first frame', () => {
		const {talk, talkPlan} = talkWith('技术最好是包容的。');
		const {clip} = planClip({talk, quoteId: 't002s1', shape: 'square', talkPlan});
		expect(clip.steps).toHaveLength(1);
		expect(clip.stills).toEqual([{from: 0, durationInFrames: clip.durationInFrames}]);
	});

	it('null picks the first quote; an unknown id is the user’s mistake', () => {
		const {talk, talkPlan} = talkWith(LONG_CHINESE);
		expect(planClip({talk, quoteId: null, shape: 'portrait', talkPlan}).clip.quoteId).toBe('t002s1');
		expect(() => planClip({talk, quoteId: 't099s1', shape: 'portrait', talkPlan})).toThrow(UserError);
		expect(() => planClip({talk, quoteId: 't099s1', shape: 'portrait', talkPlan})).toThrow(/ARGS: no quote "t099s1".*t002s1/);
	});

	it('cuts an overlong talk title with … in one line', () => {
		const {talk, talkPlan} = talkWith(LONG_CHINESE);
		const long = {
			...talk,
			metadata: {...talk.metadata, title: '万字访谈：ChatGPT 5 会带来什么改变？OpenAI CEO Sam Altman 在阿斯彭创意节中透露的技术突破，以及更多更多的内容'},
		};
		const {clip} = planClip({talk: long, quoteId: 't002s1', shape: 'square', talkPlan});
		expect(clip.talkTitle.lines).toHaveLength(1);
		expect(clip.talkTitle.lines[0]!.endsWith(ELLIPSIS)).toBe(true);
		checkFits(clip);
	});

	it('plans the seed’s recap quotes in every shape, the same each time', () => {
		const SEED = 'data/aspen-2024-altman-chesky.md';
		const talk = readTranscript({text: readFileSync(SEED, 'utf8'), file: SEED}).talk;
		const talkPlan = planTalk({talk});
		const {quotes} = talkPlan;
		expect(quotes.length).toBeGreaterThan(3);
		for (const shape of CLIP_SHAPES) {
			for (const quote of quotes) {
				const {clip} = planClip({talk, quoteId: quote.id, shape, talkPlan});
				checkFits(clip);
				checkTiming(clip);
				checkReveal(clip);
				expect(clip.quoteNumber).toBe(quote.number);
			}
		}
		expect(planClip({talk, quoteId: quotes[1]!.id, shape: 'square', talkPlan})).toEqual(planClip({talk, quoteId: quotes[1]!.id, shape: 'square', talkPlan}));
	});
});

describe('splitPhrases', () => {
	it.each([
		['我认为，这是一个阈值。但是我们会跨越它！', ['我认为，', '这是一个阈值。', '但是我们会跨越它！']],
		['他说——“好。”然后走了。', ['他说——', '“好。”', '然后走了。']],
		['We raised $3,000 at 10:30, then left; it was fine.', ['We raised $3,000 at 10:30, ', 'then left; ', 'it was fine.']],
		['一句话', ['一句话']],
	])('%s', (text, expected) => {
		const {phrases} = splitPhrases({text, locale: /[a-z]/i.test(text[0]!) ? 'en' : 'zh'});
		expect(phrases.map((p) => text.slice(p.start, p.end))).toEqual(expected);
	});
});
