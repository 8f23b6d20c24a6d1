import {describe, expect, it} from 'vitest';
import type {FontWeight} from '../../src/text/font-metrics';
import {ADVANCE_UNITS_PER_EM, EMOJI_ADVANCE_EM, advanceUnitsToPx, getGraphemeAdvanceUnits} from '../../src/text/get-grapheme-advance';

describe('getGraphemeAdvanceUnits', () => {
	it.each<[string, FontWeight, number, string]>([
		// [grapheme, weight, expected em, rule]
		['a', 400, 0.5615, 'Inter table'],
		['a', 700, 0.5806, 'weight matters'],
		[' ', 400, 0.2813, 'space from Inter'],
		['\t', 400, 0.2813, 'tab measures as a space'],
		['中', 400, 1, 'CJK ideograph 1em'],
		['，', 700, 1, 'full-width comma 1em'],
		['“', 400, 0.4404, 'curly quote is drawn by Inter even in Chinese'],
		['…', 400, 0.8643, 'ellipsis is drawn by Inter'],
		['한', 400, 1, 'Hangul is wide'],
		['👍', 400, EMOJI_ADVANCE_EM, 'emoji'],
		['👨‍👩‍👧', 400, EMOJI_ADVANCE_EM, 'ZWJ sequence is one emoji'],
		['🇨🇳', 400, EMOJI_ADVANCE_EM, 'flag'],
		['❤️', 400, EMOJI_ADVANCE_EM, 'VS16 makes an emoji'],
		['©', 400, 0.9141, 'text-style symbol from Inter, not emoji'],
		['e\u0301', 400, 0.583, 'combining accent adds nothing'],
		['ā', 400, 0.5615, 'latin-ext letter measures as its base letter'],
		['\u00AD', 400, 0, 'soft hyphen'],
		['\u200B', 400, 0, 'zero-width space'],
		['Ж', 400, 0.9854, 'unknown narrow letter: conservative fallback'],
		['ｱ', 800, 1.0586, 'half-width katakana is narrow: fallback'],
	])('%j at %i is %f em (%s)', (grapheme, weight, em) => {
		expect(getGraphemeAdvanceUnits({grapheme, weight})).toBe(Math.round(em * ADVANCE_UNITS_PER_EM));
	});

	it('rejects a weight without metrics', () => {
		expect(() => getGraphemeAdvanceUnits({grapheme: 'x', weight: 500 as FontWeight})).toThrow(/TEXT_WEIGHT/);
	});

	it.each([
		[5615, 100, 56.15],
		[10_000, 40, 40],
		[0, 40, 0],
	])('%i units at %i px is %f px', (units, fontSizePx, px) => {
		expect(advanceUnitsToPx({units, fontSizePx})).toBeCloseTo(px, 10);
	});
});
