import {describe, expect, it} from 'vitest';
import {PlanSchema} from '../../src/plan/plan-schema';
import {sceneIndexAt} from '../../src/video/components/ChapterIndicator';
import {contrastRatio, legibleColor} from '../../src/video/legible-color';
import {FIXTURE_PLAN} from '../../src/video/preview-fixture';
import {assertPlanTiming} from '../../src/video/Recap';
import {DEFAULT_THEME} from '../../src/video/theme';

describe('legibleColor', () => {
	it.each(['#ffb454', '#5ccfe6', '#1a237e', '#000000', '#333333', '#ff0000'])('%s reaches 4.5:1 on the default background', (color) => {
		expect(contrastRatio(legibleColor({color, background: DEFAULT_THEME.background}), DEFAULT_THEME.background)).toBeGreaterThanOrEqual(4.5);
	});
	it('keeps an already legible colour as it is', () => {
		expect(legibleColor({color: '#ffb454', background: '#101418'})).toBe('#ffb454');
	});
	it('darkens on a light background', () => {
		expect(contrastRatio(legibleColor({color: '#ffe680', background: '#ffffff'}), '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});
});

describe('fixture plan', () => {
	it('is a valid Plan whose timing TransitionSeries reproduces', () => {
		expect(() => PlanSchema.parse(FIXTURE_PLAN)).not.toThrow();
		expect(() => assertPlanTiming(FIXTURE_PLAN)).not.toThrow();
	});

	it('rejects a plan whose scene does not start where the transition puts it (regression: timing twice)', () => {
		const broken = structuredClone(FIXTURE_PLAN);
		broken.scenes[2]!.from += 1;
		expect(() => assertPlanTiming(broken)).toThrow(/PLAN: scene "quote-q01-1"/);
	});

	it('stills start after the entry animation', () => {
		for (const scene of FIXTURE_PLAN.scenes) {
			expect(scene.stills[0]?.from).toBe(scene.from + scene.transitionInFrames + FIXTURE_PLAN.entryFrames);
		}
	});
});

describe('chapter indicator', () => {
	it('never changes inside a still range', () => {
		for (const scene of FIXTURE_PLAN.scenes) {
			for (const still of scene.stills) {
				const first = sceneIndexAt({plan: FIXTURE_PLAN, frame: still.from});
				for (let f = still.from; f < still.from + still.durationInFrames; f++) {
					expect(sceneIndexAt({plan: FIXTURE_PLAN, frame: f})).toBe(first);
				}
			}
		}
	});

	it('follows a scene from halfway through its incoming transition', () => {
		const quote = FIXTURE_PLAN.scenes[2]!;
		const half = quote.from + Math.floor(quote.transitionInFrames / 2);
		expect(sceneIndexAt({plan: FIXTURE_PLAN, frame: half - 1})).toBe(1);
		expect(sceneIndexAt({plan: FIXTURE_PLAN, frame: half})).toBe(2);
	});
});
