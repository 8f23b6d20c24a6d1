import {UserError} from '../../errors';
import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {firstLineOf} from './read-line-cues';
import {splitLines} from './scan-transcript';
import type {TimedCue} from './timed-cue';

/**
 * Advanced SubStation Alpha / SSA (`.ass`, `.ssa`: Aegisub, most fansubs): `[Script
 * Info]` (its `Title:`, unless it is Aegisub's placeholder), then `[Events]` whose
 * `Dialogue:` lines have nine fields before the text (`Layer, Start, End, Style, Name,
 * MarginL, MarginR, MarginV, Effect, Text` by the section's `Format:` line), so the text
 * is everything after the ninth comma and may hold commas. The `Name` (actor) field,
 * when filled, is the speaker.
 *
 * What is speech: the `Dialogue:` events (not `Comment:`), except signs: an event drawn
 * (`{\p1}m 0 0 l …`) or placed on screen (`\pos`, `\move`) is a logo, a credit or an
 * on-screen sign, never what is said. Override blocks `{\…}` go, `\N` is a line break,
 * `\n` and `\h` spaces. Events of two styles with the same times (a Chinese style and an
 * English one, or a few ms apart) are one bilingual cue: the caption reader makes the
 * second language the translation, as it does for a two-line bilingual event. Events in a
 * style of what is not said (notes, credits, titles, songs: UNSPOKEN_STYLE) and a
 * translator's note or credit in any style (`注：…`, `翻譯: …`) are no speech.
 */
const FORMAT = 'Advanced SubStation Alpha';
const EVENT = /^(Dialogue|Comment):\s?(.*)$/;
const OVERRIDE_BLOCK = /\{[^{}]*\}/g;
const SIGN_TAG = /\\(?:p[1-9]|pos\(|move\()/;
const PLACEHOLDER_TITLES = new Set(['default aegisub file', 'untitled']);
/**
 * Styles of what is not said: a translator's note (`Comment`, `Note`), the fansub's
 * credits (`Staff`, `Credit`), titles, signs and screen text, the next episode's title,
 * the opening and ending songs (`OP-CH`, `ED-JP`) and furigana.
 */
const UNSPOKEN_STYLE = /^(?:comments?|notes?|staff|credits?|titles?|screen|signs?|next|op|ed|furi(?:gana)?|karaoke|songs?|lyrics?)(?:$|[-_ \d])/i;
/** A line that is a note or a credit whatever its style: `注：PA，音响师`, `譯註：…`, `翻譯: 蓋亞`, `校对：…`, `时轴：…`. */
const NOTE_OR_CREDIT =
	/^(?:注|注释|註|译注|譯註|翻译|翻譯|校对|校對|时轴|時軸|压制|壓制|后期|後期|字幕|片源|特效|监制|監製|TL|TLC|Timing|Typesetting|Translator'?s note|T\/N)\s*[:：]/i;
/** Events of two styles this close in both ends (ms) are one bilingual cue: a pair set 10 ms apart is one. */
const PAIR_TOLERANCE_MS = 100;

export const looksLikeAss = (text: string): boolean => /^\[script info\]$/i.test(firstLineOf(text));

export const readAss = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	let section = '';
	let title: string | undefined;
	let fields = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
	const byTime = new Map<string, TimedCue>();
	// The cue last begun and its style: its other language may come a few ms off.
	let last: {cue: TimedCue; style: string} | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (line.startsWith('[') && line.endsWith(']')) {
			section = line.slice(1, -1).toLowerCase();
			continue;
		}
		if (section === 'script info') {
			const m = /^Title:\s?(.*)$/i.exec(line);
			if (m && !PLACEHOLDER_TITLES.has((m[1] ?? '').trim().toLowerCase()) && (m[1] ?? '').trim() !== '') title = (m[1] ?? '').trim();
			continue;
		}
		if (section !== 'events') continue;
		if (/^Format:/i.test(line)) {
			fields = line
				.slice(line.indexOf(':') + 1)
				.split(',')
				.map((f) => f.trim().toLowerCase());
			continue;
		}
		const event = EVENT.exec(line);
		if (!event || event[1] === 'Comment') continue;
		const values = splitFields(event[2] ?? '', fields.length);
		const field = (name: string): string => values[fields.indexOf(name)] ?? '';
		const startMs = parseTimestamp(field('start'), {cue: true});
		const endMs = parseTimestamp(field('end'), {cue: true});
		if (startMs === null || endMs === null) {
			throw new UserError({
				code: 'TALK_PARSE',
				file,
				line: i + 1,
				problem: `looks like ${FORMAT}, but the event on line ${i + 1} has no start or end time: "${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`,
			});
		}
		const raw = field('text');
		if ((raw.match(OVERRIDE_BLOCK) ?? []).some((block) => SIGN_TAG.test(block))) continue;
		const style = field('style').trim();
		if (UNSPOKEN_STYLE.test(style)) continue;
		const cueText = cleanCaptionText(raw.replace(/\\[nh]/g, ' '));
		if (cueText === '' || NOTE_OR_CREDIT.test(cueText)) continue;
		const key = `${startMs}-${endMs}`;
		const near =
			last !== undefined &&
			last.style !== style &&
			Math.abs(last.cue.startMs - startMs) <= PAIR_TOLERANCE_MS &&
			Math.abs(last.cue.endMs - endMs) <= PAIR_TOLERANCE_MS;
		const same = byTime.get(key) ?? (near ? last?.cue : undefined);
		if (same) same.text = `${same.text}\n${cueText}`;
		else {
			const speaker = field('name').trim();
			const cue: TimedCue = {startMs, endMs, text: cueText, line: i + 1, ...(speaker === '' ? {} : {speaker})};
			byTime.set(key, cue);
			last = {cue, style};
		}
	}
	return cueTranscript({format: FORMAT, cues: [...byTime.values()], findLabels: true, metadata: title === undefined ? {} : {title}});
};

/** The fields of an event: the first `count - 1` split at commas, the last (the text) everything after. */
const splitFields = (body: string, count: number): string[] => {
	const out: string[] = [];
	let from = 0;
	for (let k = 0; k < count - 1; k++) {
		const comma = body.indexOf(',', from);
		if (comma === -1) break;
		out.push(body.slice(from, comma).trim());
		from = comma + 1;
	}
	out.push(body.slice(from));
	return out;
};
