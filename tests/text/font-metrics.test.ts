import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeTranscript} from '../../src/talk/decode-transcript';
import {
	type FontWeight,
	INTER_ADVANCE_EM,
	INTER_CODE_POINTS,
	INTER_FALLBACK_ADVANCE_EM,
	NOTO_SANS_SC_ADVANCE_EXCEPTIONS_EM,
	NOTO_SANS_SC_CJK_ADVANCE_EM,
} from '../../src/text/font-metrics';

type FontkitFont = {unitsPerEm: number; glyphForCodePoint: (codePoint: number) => {advanceWidth: number}};
// fontkit ships no types; only the metrics test and the generator use it.
const fontkit = createRequire(import.meta.url)('fontkit') as {openSync: (file: string) => FontkitFont};

const FONTSOURCE_DIR = join(process.cwd(), 'node_modules', '@fontsource');
const FONT_CACHE = new Map<string, FontkitFont>();
const openFont = (file: string): FontkitFont => {
	let font = FONT_CACHE.get(file);
	if (font === undefined) {
		font = fontkit.openSync(join(FONTSOURCE_DIR, file));
		FONT_CACHE.set(file, font);
	}
	return font;
};
const openInter = (weight: FontWeight): FontkitFont => openFont(join('inter', 'files', `inter-latin-${weight}-normal.woff2`));

const WEIGHTS: FontWeight[] = [400, 700, 800];
const indexOf = (char: string): number => INTER_CODE_POINTS.indexOf(char.codePointAt(0)!);

describe('font-metrics (generated)', () => {
	it('says it is generated and how to regenerate it', () => {
		const source = readFileSync(join(process.cwd(), 'src', 'text', 'font-metrics.ts'), 'utf8');
		expect(source.split('\n')[0]).toContain('npx tsx scripts/gen-font-metrics.ts');
	});

	it('stays small', () => {
		const source = readFileSync(join(process.cwd(), 'src', 'text', 'font-metrics.ts'), 'utf8');
		expect(source.length).toBeLessThan(12_000);
	});

	const requiredChars = [...Array.from({length: 0x7f - 0x20}, (_, index) => String.fromCodePoint(0x20 + index)), ...'é×ÀÿßÆ©®°±', ...'—–…“”‘’·•′″‹›€™−'];
	it.each(requiredChars.map((char) => [char]))('has Inter metrics for %j', (char) => {
		expect(indexOf(char)).toBeGreaterThanOrEqual(0);
	});

	it.each(WEIGHTS.map((weight) => [weight]))('has one advance per code point at weight %i', (weight) => {
		expect(INTER_ADVANCE_EM[weight]).toHaveLength(INTER_CODE_POINTS.length);
	});

	const sampleChars = [...'aWi .,—…“”0'];
	it.each(WEIGHTS.flatMap((weight) => sampleChars.map((char) => [weight, char] as const)))(
		'Inter %i advance of %j matches the font file (table is up to date)',
		(weight, char) => {
			const font = openInter(weight);
			const expected = Number((font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / font.unitsPerEm).toFixed(4));
			expect(INTER_ADVANCE_EM[weight][indexOf(char)]).toBe(expected);
		},
	);

	it.each([
		['a', 400, 0.5615],
		['W', 400, 0.9854],
		['—', 400, 1],
		['“', 400, 0.4404],
		['a', 700, 0.5806],
		['a', 800, 0.5884],
	] as const)('Inter advance of %j at %i is %f em', (char, weight, em) => {
		expect(INTER_ADVANCE_EM[weight][indexOf(char)]).toBe(em);
	});

	it('bold is wider than regular for lowercase letters', () => {
		expect(INTER_ADVANCE_EM[700][indexOf('a')]!).toBeGreaterThan(INTER_ADVANCE_EM[400][indexOf('a')]!);
		expect(INTER_ADVANCE_EM[800][indexOf('a')]!).toBeGreaterThan(INTER_ADVANCE_EM[700][indexOf('a')]!);
	});

	it('falls back to the widest ASCII letter or digit', () => {
		for (const weight of WEIGHTS) {
			const widest = Math.max(...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((char) => INTER_ADVANCE_EM[weight][indexOf(char)]!));
			expect(INTER_FALLBACK_ADVANCE_EM[weight]).toBe(widest);
		}
	});

	it('records CJK at 1em with only the combining kana marks as exceptions', () => {
		expect(NOTO_SANS_SC_CJK_ADVANCE_EM).toBe(1);
		expect(NOTO_SANS_SC_ADVANCE_EXCEPTIONS_EM).toEqual({12441: 0, 12442: 0});
	});

	it.each([...'中国的，。、：；！？（）《》「」％'].map((char) => [char]))('Noto Sans SC 400 advance of %j is 1em', (char) => {
		const font = openFont(join('noto-sans-sc', 'files', 'noto-sans-sc-chinese-simplified-400-normal.woff2'));
		expect(font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / font.unitsPerEm).toBe(NOTO_SANS_SC_CJK_ADVANCE_EM);
	});
});

describe('the fonts the video loads draw every Chinese character of the talks here', () => {
	type CoverFont = {hasGlyphForCodePoint: (codePoint: number) => boolean};
	// The font files `loadFonts` loads, read from its imports, so that this follows it.
	const loaded = [...readFileSync(join(process.cwd(), 'src', 'video', 'load-fonts.ts'), 'utf8').matchAll(/from '@fontsource\/([^']+\.woff2)'/g)].map(
		(m) => openFont(m[1] ?? '') as unknown as CoverFont,
	);
	const files = (dir: string): string[] =>
		readdirSync(join(process.cwd(), dir), {recursive: true, encoding: 'utf8'})
			.filter((f) => /\.(?:md|txt|srt|vtt|ass|json)$/.test(f))
			.map((f) => join(dir, f));
	// Han characters, CJK punctuation and full-width forms: what a Chinese card shows.
	const CJK = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef]/u;

	it('loads the Traditional Chinese face after the Simplified one', () => {
		expect(loaded.length).toBeGreaterThanOrEqual(7);
	});

	it.each([['data'], ['tests/fixtures/transcripts']])(
		'in %s (Taiwanese transcripts use 犧, 闢, 韌, which Noto Sans SC’s chinese-simplified file lacks)',
		(dir) => {
			const missing = new Set<string>();
			// Read as talkreel reads it: a file in a legacy encoding (fixtures/transcripts/encodings) is not UTF-8.
			// Japanese (kana in it) writes some kanji in forms Chinese does not (顕, 粋, 拡): the fonts are Chinese, and that file tests decoding.
			for (const file of files(dir))
				for (const char of new Set(
					[decodeTranscript({bytes: readFileSync(join(process.cwd(), file)), file}).text]
						.filter((text) => !/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(text))
						.join(''),
				))
					if (CJK.test(char) && char !== '\ufeff' && !loaded.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0))) missing.add(char);
			expect([...missing].join('')).toBe('');
		},
	);

	it.each([[400], [700]])('Noto Sans TC %i advance of 犧 is 1em, as the layout measures it', (weight) => {
		const font = openFont(join('noto-sans-tc', 'files', `noto-sans-tc-chinese-traditional-${weight}-normal.woff2`));
		expect(font.glyphForCodePoint('犧'.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm).toBe(NOTO_SANS_SC_CJK_ADVANCE_EM);
	});
});
