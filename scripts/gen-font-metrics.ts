/**
 * Generates src/text/font-metrics.ts: advance widths (em) of the glyphs the video draws.
 *
 * Run: npx tsx scripts/gen-font-metrics.ts
 *
 * Reads the self-hosted woff2 files with fontkit (devDependency, used only here) and
 * writes a small, committed TS module so that src/text stays pure (no fs, no fontkit).
 *
 * - Inter (latin subset, weights 400/700/800): every code point in its cmap, which is
 *   printable ASCII, Latin-1 and the common typographic punctuation (— – … “ ” ‘ ’ · • ′ ″ ‹ › € ™ −).
 * - Noto Sans SC (chinese-simplified subset, weights 400/700), then Noto Sans TC
 *   (chinese-traditional subset) for the Traditional characters SC's subset lacks (犧, 闢):
 *   verifies that every code point from U+2E80 up (CJK ideographs, CJK punctuation,
 *   full-width forms) advances by exactly 1em, and records the exceptions.
 * - Reports which fontsource subset files hold the CJK punctuation.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

type FontkitGlyph = {advanceWidth: number};
type FontkitFont = {
	unitsPerEm: number;
	characterSet: number[];
	fullName: string;
	hasGlyphForCodePoint: (codePoint: number) => boolean;
	glyphForCodePoint: (codePoint: number) => FontkitGlyph;
};
type Fontkit = {openSync: (filePath: string) => FontkitFont};

const require = createRequire(import.meta.url);
// fontkit ships no type declarations; the shape above is the part we use.
const fontkit = require('fontkit') as Fontkit;

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONTSOURCE_DIR = join(ROOT_DIR, 'node_modules', '@fontsource');
const OUTPUT_FILE = join(ROOT_DIR, 'src', 'text', 'font-metrics.ts');

// Weights the video uses (Inter 400/700/800, Noto Sans SC and TC 400/700).
const INTER_WEIGHTS = [400, 700, 800] as const;
const NOTO_WEIGHTS = [400, 700] as const;
// Everything from the CJK Radicals Supplement block up is expected to be full-width in Noto Sans SC.
const CJK_AREA_START_CODE_POINT = 0x2e80;
// Code points Inter's cmap lists that are not drawable text (BOM, noncharacter).
const INTER_SKIPPED_CODE_POINTS = new Set([0xfeff, 0xffff]);
// CJK punctuation the brief asks us to locate in the Noto subsets.
const CJK_PUNCTUATION = '，。、：；！？“”‘’（）《》「」『』【】—…·％';
// 4 decimals of an em: 0.1px at 1000px font size, far below a device pixel.
const EM_DECIMALS = 4;

const roundEm = (value: number): number => Number(value.toFixed(EM_DECIMALS));

const readPackageVersion = (name: string): string => {
	const packageJson = JSON.parse(readFileSync(join(FONTSOURCE_DIR, name, 'package.json'), 'utf8')) as {version: string};
	return packageJson.version;
};

const interFile = (weight: number): string => join(FONTSOURCE_DIR, 'inter', 'files', `inter-latin-${weight}-normal.woff2`);
const notoFile = (weight: number): string => join(FONTSOURCE_DIR, 'noto-sans-sc', 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);
const notoTcFile = (weight: number): string => join(FONTSOURCE_DIR, 'noto-sans-tc', 'files', `noto-sans-tc-chinese-traditional-${weight}-normal.woff2`);

const advanceEm = (font: FontkitFont, codePoint: number): number => roundEm(font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm);

// --- Inter -----------------------------------------------------------------------------
const interFonts = INTER_WEIGHTS.map((weight) => ({weight, font: fontkit.openSync(interFile(weight))}));
const firstInter = interFonts[0]!.font;
const interCodePoints = [...firstInter.characterSet]
	.filter((codePoint) => codePoint >= 0x20 && !INTER_SKIPPED_CODE_POINTS.has(codePoint))
	.sort((a, b) => a - b);
for (const {weight, font} of interFonts) {
	const missing = interCodePoints.filter((codePoint) => !font.hasGlyphForCodePoint(codePoint));
	if (missing.length > 0) {
		throw new Error(`Inter ${weight} lacks code points present in Inter 400: ${missing.join(', ')}`);
	}
}
const interRows = interFonts.map(({weight, font}) => ({
	weight,
	advances: interCodePoints.map((codePoint) => advanceEm(font, codePoint)),
	// Widest ASCII letter or digit: a conservative width for narrow characters we have no metrics for.
	fallback: Math.max(...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((char) => advanceEm(font, char.codePointAt(0)!))),
}));

// --- Noto Sans SC ----------------------------------------------------------------------
const interCodePointSet = new Set(interCodePoints);
const notoExceptions = new Map<number, number>();
let notoCheckedCount = 0;
let notoTcCheckedCount = 0;
for (const weight of NOTO_WEIGHTS) {
	const sc = fontkit.openSync(notoFile(weight));
	const tc = fontkit.openSync(notoTcFile(weight));
	const scCodePoints = new Set(sc.characterSet);
	const drawn = [
		...sc.characterSet.map((codePoint) => ({font: sc, codePoint})),
		...tc.characterSet.filter((codePoint) => !scCodePoints.has(codePoint)).map((codePoint) => ({font: tc, codePoint})),
	];
	for (const {font, codePoint} of drawn) {
		if (codePoint < CJK_AREA_START_CODE_POINT || interCodePointSet.has(codePoint)) {
			continue;
		}
		if (font === sc) notoCheckedCount += 1;
		else notoTcCheckedCount += 1;
		const advance = advanceEm(font, codePoint);
		if (advance !== 1) {
			const previous = notoExceptions.get(codePoint);
			if (previous !== undefined && previous !== advance) {
				throw new Error(`Noto Sans ${font === sc ? 'SC' : 'TC'} U+${codePoint.toString(16)} differs between weights: ${previous} vs ${advance}`);
			}
			notoExceptions.set(codePoint, advance);
		}
	}
}

// Where does CJK punctuation live? Check the chinese-simplified file with fontkit, and
// the numbered subsets (unicode-range slices) from fontsource's unicode.json.
const notoRegular = fontkit.openSync(notoFile(400));
const missingFromChineseSimplified = [...CJK_PUNCTUATION].filter((char) => !notoRegular.hasGlyphForCodePoint(char.codePointAt(0)!));
const unicodeJson = JSON.parse(readFileSync(join(FONTSOURCE_DIR, 'noto-sans-sc', 'unicode.json'), 'utf8')) as Record<string, string>;
const parseRanges = (ranges: string): Array<[number, number]> =>
	ranges.split(',').map((range) => {
		const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
	});
const subsetsByChar = [...CJK_PUNCTUATION].map((char) => {
	const codePoint = char.codePointAt(0)!;
	const subsets = Object.entries(unicodeJson)
		.filter(([, ranges]) => parseRanges(ranges).some(([from, to]) => codePoint >= from && codePoint <= to))
		.map(([name]) => name);
	return `${char} U+${codePoint.toString(16).toUpperCase()} ${interCodePointSet.has(codePoint) ? '(Inter) ' : ''}${subsets.join(' ')}`;
});

// --- Output ----------------------------------------------------------------------------
const interVersion = readPackageVersion('inter');
const notoVersion = readPackageVersion('noto-sans-sc');
const notoTcVersion = readPackageVersion('noto-sans-tc');
const drawnByInter = [...CJK_PUNCTUATION].filter((char) => interCodePointSet.has(char.codePointAt(0)!)).join('');
const formatNumbers = (numbers: readonly number[]): string => numbers.join(',');
const exceptionEntries = [...notoExceptions.entries()].sort(([a], [b]) => a - b);

const output = `// GENERATED FILE, do not edit. Regenerate with: npx tsx scripts/gen-font-metrics.ts
// Sources: @fontsource/inter ${interVersion} files/inter-latin-{${INTER_WEIGHTS.join(',')}}-normal.woff2 (unitsPerEm ${firstInter.unitsPerEm}),
// @fontsource/noto-sans-sc ${notoVersion} files/noto-sans-sc-chinese-simplified-{${NOTO_WEIGHTS.join(',')}}-normal.woff2 (unitsPerEm ${notoRegular.unitsPerEm}),
// @fontsource/noto-sans-tc ${notoTcVersion} files/noto-sans-tc-chinese-traditional-{${NOTO_WEIGHTS.join(',')}}-normal.woff2.
// Advances are in em (advance / unitsPerEm), rounded to ${EM_DECIMALS} decimals; kerning is not applied.
// CSS stack is Inter, "Noto Sans SC", "Noto Sans TC": Inter draws every code point it has, including the
// punctuation ${drawnByInter} inside Chinese text; Noto Sans SC draws the rest, Noto Sans TC
// the Traditional characters SC's subset lacks.
// All CJK punctuation ${CJK_PUNCTUATION} is in the chinese-simplified file${
	missingFromChineseSimplified.length > 0 ? ` except ${missingFromChineseSimplified.join('')}` : ''
}.

/** Font weights we have metrics for. */
export type FontWeight = ${INTER_WEIGHTS.join(' | ')};

/** Code points with a measured Inter advance, ascending; index i matches INTER_ADVANCE_EM[weight][i]. */
export const INTER_CODE_POINTS: readonly number[] = [${formatNumbers(interCodePoints)}];

/** Inter advance per code point of INTER_CODE_POINTS, in em, by weight. */
export const INTER_ADVANCE_EM: Readonly<Record<FontWeight, readonly number[]>> = {
${interRows.map(({weight, advances}) => `\t${weight}: [${formatNumbers(advances)}],`).join('\n')}
};

/** Widest Inter ASCII letter or digit, in em, by weight: conservative width for narrow characters without metrics. */
export const INTER_FALLBACK_ADVANCE_EM: Readonly<Record<FontWeight, number>> = {${interRows.map(({weight, fallback}) => `${weight}: ${fallback}`).join(', ')}};

/** Advance of CJK ideographs, CJK punctuation and full-width forms in Noto Sans SC, in em (verified on all ${notoCheckedCount / NOTO_WEIGHTS.length} code points from U+2E80 up, and the ${notoTcCheckedCount / NOTO_WEIGHTS.length} more Noto Sans TC draws, at weights ${NOTO_WEIGHTS.join(' and ')}). */
export const NOTO_SANS_SC_CJK_ADVANCE_EM = 1;

/** Noto Sans SC (or TC) code points from U+2E80 up whose advance is not 1em (combining marks). */
export const NOTO_SANS_SC_ADVANCE_EXCEPTIONS_EM: Readonly<Record<number, number>> = {${exceptionEntries
	.map(([codePoint, advance]) => `0x${codePoint.toString(16)}: ${advance}`)
	.join(', ')}};
`;

writeFileSync(OUTPUT_FILE, output);
console.log(`wrote ${OUTPUT_FILE} (${output.length} bytes)`);
console.log(`Inter: ${interCodePoints.length} code points; fallback em ${interRows.map((row) => `${row.weight}=${row.fallback}`).join(' ')}`);
console.log(
	`Noto Sans SC: ${notoCheckedCount / NOTO_WEIGHTS.length} CJK-area code points per weight, exceptions: ${JSON.stringify(Object.fromEntries(exceptionEntries))}`,
);
console.log(`CJK punctuation missing from chinese-simplified: ${missingFromChineseSimplified.join('') || 'none'}`);
console.log(`CJK punctuation by numbered subset (unicode.json):\n  ${subsetsByChar.join('\n  ')}`);
