import type {TimedCue} from './timed-cue';

/**
 * Rolling and repeated captions, as every timed reader may give them (YouTube's
 * auto-captions, and their auto-translation to a bilingual SRT, show each line in two or
 * three cues): a cue's leading lines that repeat the previous cue's last lines are left
 * out, a line that extends the previous cue's last line keeps only what it adds, and a
 * cue with nothing new lengthens the cue before it. So no sentence appears twice. Cues
 * of different speakers, or with a pause between them, are never merged. Linear in the
 * text.
 */
export const mergeRollingCues = (cues: readonly TimedCue[]): TimedCue[] => {
	const out: TimedCue[] = [];
	for (const cue of cues) {
		const previous = out[out.length - 1];
		if (previous === undefined || previous.speaker !== cue.speaker || cue.startMs > previous.endMs + ROLL_GAP_MS) {
			out.push(cue);
			continue;
		}
		const before = previous.text.split('\n');
		const lines = cue.text.split('\n');
		const overlap = repeatedLines({before, lines});
		let rest = lines.slice(overlap);
		const last = before[before.length - 1] ?? '';
		if (overlap === 0 && rest.length > 0 && last.length >= MIN_EXTENDED_CHARS && (rest[0] ?? '').startsWith(last) && rest[0] !== last) {
			rest = [(rest[0] ?? '').slice(last.length).trim(), ...rest.slice(1)].filter((l) => l !== '');
		}
		if (rest.join('\n') === cue.text) {
			out.push(cue);
			continue;
		}
		if (rest.length === 0) {
			out[out.length - 1] = {...previous, endMs: Math.max(previous.endMs, cue.endMs)};
			continue;
		}
		const {words: _words, ...plain} = cue;
		out.push({...plain, text: rest.join('\n')});
	}
	return out;
};

/** A cue that starts this long after the one before is not its roll. */
const ROLL_GAP_MS = 1000;
/** A line this short that another starts with (`No`, `好`) is a word said again, not a roll. */
const MIN_EXTENDED_CHARS = 8;

/** A roll shows a few lines at once: more are not compared (bounded work on a hostile cue). */
const MAX_ROLL_LINES = 4;

/** How many of `lines`' first lines are `before`'s last ones, in order (the most that are). */
const repeatedLines = ({before, lines}: {before: readonly string[]; lines: readonly string[]}): number => {
	for (let n = Math.min(before.length, lines.length, MAX_ROLL_LINES); n > 0; n--) {
		let same = true;
		for (let k = 0; k < n && same; k++) same = before[before.length - n + k] === lines[k];
		if (same) return n;
	}
	return 0;
};
