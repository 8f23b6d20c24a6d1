import {describe, expect, it} from 'vitest';
import {readTalkFile} from '../../src/cli/read-talk-file';
import {TRANSLATION_GAP_EM, TRANSLATION_SCALE} from '../../src/plan/fit-translation';
import {CLIP_SHAPES} from '../../src/plan/layout';
import {planClip} from '../../src/plan/plan-clip';
import type {QuoteScene} from '../../src/plan/plan-schema';
import {planTalk} from '../../src/plan/plan-talk';
import {translationOfSpan} from '../../src/talk/translation-of-span';

const {talk: bilingual} = await readTalkFile({file: 'tests/fixtures/transcripts/hf-course-welcome.zh-en.srt'});
const {talk: english} = await readTalkFile({file: 'tests/fixtures/transcripts/hf-course-welcome.en.srt'});
const quoteScenes = (scenes: {type: string}[]) => scenes.filter((s): s is QuoteScene => s.type === 'quote');
const height = (b: {lines: string[]; fontSizePx: number; lineHeight: number}) => b.lines.length * b.fontSizePx * b.lineHeight;

describe('a bilingual talk: the translation under each quote, fitted by the planner', () => {
	const talkPlan = planTalk({talk: bilingual});
	const scenes = quoteScenes(talkPlan.recap.scenes);

	it('every quote card carries its own translation, in smaller type, and quote and translation fit the box together', () => {
		expect(scenes.length).toBeGreaterThan(0);
		for (const scene of scenes) {
			const quote = talkPlan.quotes.find((q) => q.id === scene.quoteId);
			const turn = bilingual.sections.flatMap((s) => s.turns).find((t) => t.id === scene.turnId);
			if (!quote || !turn || !scene.translation) throw new Error(`${scene.id} has no translation`);
			const start = quote.start + quote.text.indexOf(scene.text);
			expect(scene.translation.text).toBe(translationOfSpan({turn, start, end: start + scene.text.length}));
			expect(scene.translation.fontSizePx).toBeLessThanOrEqual(Math.round(scene.body.fontSizePx * TRANSLATION_SCALE));
			expect(scene.translation.weight).toBe(400);
			const total = height(scene.body) + scene.body.fontSizePx * TRANSLATION_GAP_EM + height(scene.translation);
			expect(total).toBeLessThanOrEqual(talkPlan.recap.layout.quoteBox.heightPx + 1e-6);
		}
		expect(scenes[0]?.translation?.text).toMatch(/^[A-Z].*[.!?]$/);
	});

	it('--no-translation: no translation, and the quote keeps its whole box', () => {
		const plain = quoteScenes(planTalk({talk: bilingual, translation: false}).recap.scenes);
		expect(plain.map((s) => s.quoteId)).toEqual(scenes.map((s) => s.quoteId));
		expect(plain.every((s) => s.translation === undefined)).toBe(true);
	});

	it.each(CLIP_SHAPES)('a %s clip shows the translation of the shown text under it', (shape) => {
		const {clip} = planClip({talk: bilingual, talkPlan, quoteId: null, shape});
		const first = talkPlan.quotes[0];
		const turn = bilingual.sections.flatMap((t) => t.turns).find((t) => t.id === first?.turnId);
		const whole = turn === undefined || first === undefined ? undefined : translationOfSpan({turn, start: first.start, end: first.end});
		expect(whole?.startsWith(clip.translation?.text.replace(/…$/, '').slice(0, 20) ?? '-')).toBe(true);
		expect(clip.translation?.fontSizePx).toBeLessThan(clip.body.fontSizePx);
		expect(height(clip.body) + clip.body.fontSizePx * TRANSLATION_GAP_EM + height(clip.translation ?? clip.body)).toBeLessThanOrEqual(
			clip.layout.quoteBox.heightFraction * clip.height + 1e-6,
		);
		expect(planClip({talk: bilingual, talkPlan: {...talkPlan, translation: false}, quoteId: null, shape}).clip.translation).toBeUndefined();
	});

	it('a talk in one language plans no translation', () => {
		expect(quoteScenes(planTalk({talk: english}).recap.scenes).every((s) => s.translation === undefined)).toBe(true);
	});
});
