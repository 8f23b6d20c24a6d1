/**
 * Timestamps as transcripts write them: `12:05`, `1:02:03`, `00:00:23`, `0:00:12.6`,
 * `00:01:02,500`. Every pattern here is anchored or bounded, so matching is linear in
 * the text.
 */

/** A timestamp inside text: `m:ss`, `h:mm:ss`, with an optional fraction. */
export const TIMESTAMP_SOURCE = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

const WHOLE = new RegExp(`^${TIMESTAMP_SOURCE}$`);

/** `12:05` → 725000 ms; null when `text` is not a timestamp (or its minutes or seconds are 60 or more). */
export const parseTimestamp = (text: string): number | null => {
	const t = text.trim();
	if (!WHOLE.test(t)) return null;
	const [clock = '', fraction = ''] = t.split(/[.,]/);
	const parts = clock.split(':').map(Number);
	const [a = 0, b = 0, c] = parts;
	if (b >= 60 || (c !== undefined && c >= 60)) return null;
	const seconds = c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
	const ms = fraction === '' ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
	return seconds * 1000 + ms;
};

/** 725000 → `12:05`; 3723000 → `1:02:03` (seconds, rounded down). */
export const formatTimestamp = (ms: number): string => {
	const total = Math.floor(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};

/** `12:05 - 19:40` / `12:05–19:40` / `12:05` → start and optional end in ms; null otherwise. */
export const parseTimeRange = (text: string): {startMs: number; endMs?: number} | null => {
	const t = text.trim();
	const dash = findRangeDash(t);
	if (dash === -1) {
		const startMs = parseTimestamp(t);
		return startMs === null ? null : {startMs};
	}
	const startMs = parseTimestamp(t.slice(0, dash));
	const endMs = parseTimestamp(t.slice(dash + 1));
	if (startMs === null || endMs === null || endMs < startMs) return null;
	return {startMs, endMs};
};

const findRangeDash = (t: string): number => {
	for (const d of ['-', '–', '—', '~', '～']) {
		const i = t.indexOf(d);
		if (i !== -1) return i;
	}
	return -1;
};
