import {readFileSync} from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import * as selection from '../../src/highlights/select-highlights';
import {LANDSCAPE_LAYOUT, type ShapeLayout} from '../../src/plan/layout';
import {planClip} from '../../src/plan/plan-clip';
import {planTalk} from '../../src/plan/plan-talk';
import {loadTalk} from '../../src/talk/load-talk';
import {measureTextWidth} from '../../src/text/measure-text-width';
import {CLIP_SHAPES} from '../../src/plan/layout';

vi.mock('../../src/highlights/select-highlights', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/highlights/select-highlights')>();
	return {...original, selectHighlights: vi.fn(original.selectHighlights)};
});

const SEED = 'data/aspen-2024-altman-chesky.md';
const EDITS = 'data/aspen-2024-altman-chesky.edits.yaml';
const seed = loadTalk({text: readFileSync(SEED, 'utf8'), file: SEED, edits: {text: readFileSync(EDITS, 'utf8'), file: EDITS}}).talk;

describe('planTalk: one owner for every decision', () => {
	it('planning the seed for `talkreel clips` (every quote, every shape) runs selection once', () => {
		const select = vi.mocked(selection.selectHighlights);
		select.mockClear();
		const talkPlan = planTalk({talk: seed});
		for (const quote of talkPlan.quotes) for (const shape of CLIP_SHAPES) planClip({talk: seed, talkPlan, quoteId: quote.id, shape});
		expect(talkPlan.quotes.length).toBeGreaterThan(5);
		expect(select).toHaveBeenCalledTimes(1);
	});

	it('a quote keeps its id at --max-seconds 60, 120 and 180, wherever it appears', () => {
		const plans = [60, 120, 180].map((maxSeconds) => planTalk({talk: seed, maxSeconds}));
		const idOf = new Map<string, string>();
		for (const {quotes, recap} of plans) {
			for (const q of quotes) {
				const key = `${q.turnId}:${q.start}-${q.end}`;
				expect(idOf.get(key) ?? q.id).toBe(q.id);
				idOf.set(key, q.id);
				// The recap's cards carry the same id.
				expect(recap.scenes.some((s) => s.type === 'quote' && s.quoteId === q.id)).toBe(true);
			}
		}
		// The short recap's quotes are among the long one's, under the same ids.
		const longIds = new Set(plans[2]!.quotes.map((q) => q.id));
		expect(plans[0]!.quotes.filter((q) => longIds.has(q.id)).length).toBeGreaterThan(0);
		// Display numbers follow each recap's own order.
		for (const {quotes} of plans) expect(quotes.map((q) => q.number)).toEqual(quotes.map((_, i) => i + 1));
	});

	it('a quote keeps its id when another turn is edited', () => {
		const before = planTalk({talk: seed}).quotes;
		const edited = structuredClone(seed);
		const other = edited.sections[0]!.turns.find((t) => t.kind === 'speech' && !before.some((q) => q.turnId === t.id))!;
		other.text = `${other.text} 这是另一句话。`;
		const after = planTalk({talk: edited}).quotes;
		const kept = after.flatMap((q) => before.filter((b) => b.turnId === q.turnId && b.start === q.start && b.end === q.end).map((b) => [q.id, b.id]));
		expect(kept.length).toBeGreaterThan(5);
		for (const [now, then] of kept) expect(now).toBe(then);
	});

	it('fits text to the layout it is given, and the plan carries those boxes for the scenes to draw in', () => {
		const narrow: ShapeLayout = {...LANDSCAPE_LAYOUT, quoteBox: {...LANDSCAPE_LAYOUT.quoteBox, widthFraction: 0.5}};
		const {recap} = planTalk({talk: seed, layout: narrow});
		expect(recap.layout.quoteBox.widthPx).toBe(0.5 * recap.width);
		expect(recap.layout.quoteBox.leftPx).toBe(0.25 * recap.width);
		for (const scene of recap.scenes) {
			if (scene.type !== 'quote') continue;
			for (const line of scene.body.lines) {
				expect(measureTextWidth({text: line, fontSizePx: scene.body.fontSizePx, weight: scene.body.weight})).toBeLessThanOrEqual(recap.layout.quoteBox.widthPx);
			}
		}
	});

	it('says which quotes the plan left out and why', () => {
		const {quotes, dropped} = planTalk({talk: seed, maxSeconds: 90});
		for (const {quote, reason} of dropped) {
			expect(quotes.some((q) => q.id === quote.id)).toBe(false);
			expect(reason).toMatch(/max-seconds/);
		}
	});
});
