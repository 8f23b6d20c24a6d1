/** Parse `#rgb` / `#rrggbb` into 0–255 channels; null for any other CSS colour. */
const parseHex = (color: string): [number, number, number] | null => {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
	if (!m || m[1] === undefined) return null;
	const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
	return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
};

const toHex = (rgb: [number, number, number]): string =>
	`#${rgb
		.map((c) =>
			Math.round(Math.min(255, Math.max(0, c)))
				.toString(16)
				.padStart(2, '0'),
		)
		.join('')}`;

const luminance = ([r, g, b]: [number, number, number]): number => {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** WCAG 2 contrast ratio of two hex colours (1–21); null when either is not hex. */
export const contrastRatio = (a: string, b: string): number | null => {
	const ca = parseHex(a);
	const cb = parseHex(b);
	if (!ca || !cb) return null;
	const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

/**
 * The colour, mixed step by step toward white (on a dark background) or black (on a
 * light one) until it reaches `minContrast` against the background. Hue is kept, so a
 * speaker stays recognisable; colours that are not hex are returned unchanged.
 */
export const legibleColor = ({color, background, minContrast = 4.5}: {color: string; background: string; minContrast?: number}): string => {
	const c = parseHex(color);
	const bg = parseHex(background);
	if (!c || !bg) return color;
	const target: [number, number, number] = luminance(bg) < 0.5 ? [255, 255, 255] : [0, 0, 0];
	for (let step = 0; step <= 20; step++) {
		const t = step / 20;
		const mixed = c.map((v, i) => v + (target[i]! - v) * t) as [number, number, number];
		const hex = toHex(mixed);
		if ((contrastRatio(hex, background) ?? 21) >= minContrast) return hex;
	}
	return toHex(target);
};
