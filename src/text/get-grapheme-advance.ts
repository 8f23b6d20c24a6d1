import {InternalError} from '../errors';
import {isEmojiGrapheme, isWideCodePoint} from './classify-char';
import {
	type FontWeight,
	INTER_ADVANCE_EM,
	INTER_CODE_POINTS,
	INTER_FALLBACK_ADVANCE_EM,
	NOTO_SANS_SC_ADVANCE_EXCEPTIONS_EM,
	NOTO_SANS_SC_CJK_ADVANCE_EM,
} from './font-metrics';

/**
 * Advances are summed as integers in 1/10000 em, the precision of font-metrics.ts (4
 * decimals), so a line's width does not depend on the order its graphemes were added.
 */
export const ADVANCE_UNITS_PER_EM = 10_000;

// Emoji come from whatever colour-emoji font the renderer has (none is self-hosted).
// Noto Color Emoji, Chrome's usual one on Linux, advances 2550/2048 ≈ 1.245em; we round up.
export const EMOJI_ADVANCE_EM = 1.25;

// A tab is shown as a space (CSS white-space: normal collapses it).
const TAB = '\t';
const SPACE_CODE_POINT = 0x20;
// Zero-width code points: soft hyphen, ZWSP/ZWNJ/ZWJ/LRM/RLM, word joiner, BOM.
const ZERO_WIDTH_PATTERN = /^[\u00AD\u200B-\u200F\u2060\uFEFF]$|^\p{Cc}$|^\p{M}/u;

const toUnits = (em: number): number => Math.round(em * ADVANCE_UNITS_PER_EM);

const INTER_UNITS_BY_WEIGHT = new Map<FontWeight, Map<number, number>>(
	(Object.keys(INTER_ADVANCE_EM) as Array<`${FontWeight}`>).map((key) => {
		const weight = Number(key) as FontWeight;
		const advances = INTER_ADVANCE_EM[weight];
		return [weight, new Map(INTER_CODE_POINTS.map((codePoint, index) => [codePoint, toUnits(advances[index]!)]))];
	}),
);

const CACHE_BY_WEIGHT = new Map<FontWeight, Map<string, number>>();

const computeAdvanceUnits = (grapheme: string, weight: FontWeight): number => {
	const interUnits = INTER_UNITS_BY_WEIGHT.get(weight);
	if (interUnits === undefined) {
		throw new InternalError({
			code: 'TEXT_WEIGHT',
			problem: `no font metrics for weight ${String(weight)} (have ${[...INTER_UNITS_BY_WEIGHT.keys()].join(', ')})`,
		});
	}
	const first = grapheme === TAB ? SPACE_CODE_POINT : grapheme.codePointAt(0);
	if (first === undefined) {
		return 0;
	}
	const isSingleCodePoint = grapheme.length === String.fromCodePoint(first).length;
	// 1. Inter draws it (CSS stack `Inter, "Noto Sans SC", "Noto Sans TC"`); a trailing combining mark adds no advance.
	const inter = interUnits.get(first);
	if (inter !== undefined && (isSingleCodePoint || !isEmojiGrapheme(grapheme))) {
		return inter;
	}
	// 2. Colour emoji (also keycaps, flags, ZWJ sequences).
	if (isEmojiGrapheme(grapheme)) {
		return toUnits(EMOJI_ADVANCE_EM);
	}
	// 3. Noto Sans SC, or TC for what SC lacks: CJK ideographs, punctuation, full-width forms (and other wide scripts at 1em).
	if (isWideCodePoint(first)) {
		return toUnits(NOTO_SANS_SC_ADVANCE_EXCEPTIONS_EM[first] ?? NOTO_SANS_SC_CJK_ADVANCE_EM);
	}
	const char = String.fromCodePoint(first);
	if (ZERO_WIDTH_PATTERN.test(char)) {
		return 0;
	}
	// 4. Accented Latin outside Inter's latin subset (ā, ő, ș): width of the base letter.
	const base = char.normalize('NFD').codePointAt(0);
	if (base !== undefined && base !== first) {
		const baseUnits = interUnits.get(base);
		if (baseUnits !== undefined) {
			return baseUnits;
		}
	}
	// 5. Anything else narrow (Greek, Cyrillic, symbols): the widest Inter letter, to stay on the safe side.
	return toUnits(INTER_FALLBACK_ADVANCE_EM[weight]);
};

/** Advance of one grapheme cluster in 1/ADVANCE_UNITS_PER_EM em (an integer). */
export const getGraphemeAdvanceUnits = ({grapheme, weight}: {grapheme: string; weight: FontWeight}): number => {
	let cache = CACHE_BY_WEIGHT.get(weight);
	if (cache === undefined) {
		cache = new Map();
		CACHE_BY_WEIGHT.set(weight, cache);
	}
	const cached = cache.get(grapheme);
	if (cached !== undefined) {
		return cached;
	}
	const units = computeAdvanceUnits(grapheme, weight);
	cache.set(grapheme, units);
	return units;
};

/** The one conversion from summed advance units to pixels, shared by every width check. */
export const advanceUnitsToPx = ({units, fontSizePx}: {units: number; fontSizePx: number}): number => (units * fontSizePx) / ADVANCE_UNITS_PER_EM;
