/**
 * The one reader of times, for every format: `12:05`, `1:02:03`, `00:00:23`, `0:00:12.6`,
 * `00:01:02,500` in transcripts and chapter lists, and the cue times of subtitles.
 *
 * What is a time (decided once, here):
 * - two or three fields, `m:ss` or `h:mm:ss`; the first field has 1 to 5 digits and is
 *   not bounded (`75:00` is 75 minutes); every later field has two digits and is below
 *   60 (`99:99`, `12:60` and `1:61:00` are no times);
 * - an optional fraction after `.` or `,`, of 1 to 9 digits, read as a decimal fraction
 *   and rounded to the ms (`.5` is 500 ms, `.570` 570 ms);
 * - nothing else: no sign (`-0:05`), no spaces inside, no `NaN` (only digits are read);
 * - `cue: true` reads subtitle timing lines as players do: later fields of one digit too
 *   (Teams' `0:0:1.130`) and a `:` before the fraction (`00:01:02:500`);
 * - `unpaddedMs: true` reads the fraction as milliseconds (Teams' `0:0:6.90` is 6 s 90 ms:
 *   its cue `0:0:6.90 --> 0:0:6.500` would end before it starts otherwise).
 *
 * Times past what a recording can be (MAX_TIME_MS) are read here and refused by the
 * assembler, which names the line.
 */

/** A timestamp inside text (`m:ss`, `h:mm:ss`, an optional fraction), for the patterns that find one; `parseTimestamp` reads it. */
export const TIMESTAMP_SOURCE = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** A line holding only a time into a recording, `12:25` or `1:02:03` (Zoom's web page, YouTube's transcript panel): the time in group 1. */
export const TIME_ALONE = /^\s*(\d{1,2}(?::\d{2}){1,2})\s*$/;

export type TimestampOptions = {
	/** Subtitle cue times: one-digit minutes and seconds, and `:` before the fraction. */
	cue?: boolean;
	/**
	 * The fraction is a count of milliseconds written without leading zeros, as Microsoft
	 * Teams writes every field of its times (`0:0:6.90` is 6.090 s, `0:1:24.0` is 84 s):
	 * `isUnpaddedTime` tells such a file.
	 */
	unpaddedMs?: boolean;
};

/**
 * Whether a cue time has a minute or second field of one digit (`0:0:6.90`, `0:1:3.400`):
 * Microsoft Teams' times, whose fields are numbers written without padding, milliseconds
 * too. A file holding one is read with `unpaddedMs`.
 */
export const isUnpaddedTime = (text: string): boolean => {
	const m = /^\d{1,5}:(\d{1,2}):(\d{1,2})[.,]\d{1,3}$/.exec(text.trim());
	return m !== null && ((m[1] ?? '').length === 1 || (m[2] ?? '').length === 1);
};

const STRICT = /^(\d{1,5}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?$/;
const CUE = /^(\d{1,5}):(\d{1,2})(?::(\d{1,2}))?(?:[.,:](\d{1,9}))?$/;

/** `12:05` → 725000 ms; null when `text` is not a time (see above). Surrounding spaces are ignored. */
export const parseTimestamp = (text: string, {cue = false, unpaddedMs = false}: TimestampOptions = {}): number | null => {
	const m = (cue ? CUE : STRICT).exec(text.trim());
	if (!m) return null;
	const first = Number(m[1]);
	const second = Number(m[2]);
	const third = m[3] === undefined ? undefined : Number(m[3]);
	if (second >= 60 || (third !== undefined && third >= 60)) return null;
	const seconds = third === undefined ? first * 60 + second : first * 3600 + second * 60 + third;
	const fraction = m[4];
	const ms = fraction === undefined ? 0 : unpaddedMs && fraction.length <= 3 ? Number(fraction) : Math.round(Number(`0.${fraction}`) * 1000);
	return seconds * 1000 + ms;
};

/** Milliseconds from seconds, as JSON sources give them (`2.1189999999999998` → 2119). */
export const secondsToMs = (seconds: number): number => Math.round(seconds * 1000);

/** 725000 → `12:05`; 3723000 → `1:02:03` (seconds, rounded down). */
export const formatTimestamp = (ms: number): string => {
	const total = Math.floor(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};

/** `12:05 - 19:40` / `12:05–19:40` / `12:05` → start and optional end in ms; null otherwise (or when the range runs backwards). */
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
