import {UserError} from '../../errors';
import {diarizationNumber} from '../name-speakers';
import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {
	type MarkupElement,
	attrOf,
	childElements,
	descendants,
	documentElement,
	firstElementName,
	nameOf,
	parseMarkup,
	shownValue,
	textOf,
} from './markup-tree';
import type {TimedCue} from './timed-cue';
import {type TimedWord, wordsToCues} from './words-to-cues';

const FORMAT = 'TTML';

/** A TTML document: its root is `<tt>` (Apple Podcasts transcripts, IMSC/DFXP captions, Azure Media Indexer). */
export const looksLikeTtml = (text: string): boolean => firstElementName(text) === 'tt';

type Rates = {tickRate: number; frameRate: number};

/** Up to 15 digits: a tick count at Netflix's 10 000 000 a second has 10 digits past 100 s (`1374000000t` is 137.4 s) and 12 at 3 hours. */
const OFFSET = /^(\d{1,15}(?:\.\d{1,9})?)(h|m|s|ms|f|t)?$/;

/**
 * A TTML time expression in ms: a clock time (`00:00:01.500`, `00:00:01:12` with frames)
 * or an offset (`1.5s`, `1500ms`, `2m`, `45f`, `15000t` at the document's tick rate);
 * Apple writes bare seconds (`4.602`). Null when it is none of these.
 */
export const ttmlTimeMs = (value: string, {tickRate, frameRate}: Rates): number | null => {
	const v = value.trim();
	const frames = /^(\d{1,5}:\d{2}:\d{2}):(\d{1,3})$/.exec(v);
	if (frames?.[1] !== undefined) {
		const clock = parseTimestamp(frames[1]);
		return clock === null ? null : clock + Math.round((Number(frames[2]) / frameRate) * 1000);
	}
	if (v.includes(':')) return parseTimestamp(v);
	const m = OFFSET.exec(v);
	if (m === null) return null;
	const n = Number(m[1]);
	const ms = {h: 3_600_000, m: 60_000, s: 1000, ms: 1, f: 1000 / frameRate, t: 1000 / tickRate}[m[2] ?? 's'] ?? 1000;
	return Math.round(n * ms);
};

const positiveRate = (value: string | undefined, fallback: number): number => {
	const n = value === undefined ? Number.NaN : Number(value);
	return Number.isFinite(n) && n > 0 && n < 1e9 ? n : fallback;
};

type Timed = {startMs: number; endMs: number};

/**
 * Apple numbers its agents from 1 (`SPEAKER_1`): one less is the diarization label every
 * other source counts from 0, so the same person is `Speaker 1` here as everywhere. An
 * agent with a `<ttm:name>` is that name.
 */
const agentNames = (tt: MarkupElement, apple: boolean): Map<string, string> => {
	const names = new Map<string, string>();
	for (const agent of descendants(tt).filter((e) => nameOf(e) === 'agent')) {
		const id = attrOf(agent, 'xml:id');
		if (id === undefined) continue;
		const named = childElements(agent).find((c) => nameOf(c) === 'name');
		const name = named === undefined ? '' : textOf(named).trim();
		const n = diarizationNumber(id);
		names.set(id, name !== '' ? name : apple && n !== null && n > 0 ? `SPEAKER_${n - 1}` : id);
	}
	return names;
};

/**
 * TTML captions and transcripts → timed cues, or timed words where the document times
 * them (Apple's `podcasts:unit="word"` spans):
 *
 * - each `<p>` is a cue, its `<br/>` a line break; times are TTML time expressions,
 *   relative to the `begin` of the element around them (TTML's parallel timing);
 * - the speaker is the `ttm:agent` of the `<p>` or of an element around it, named by the
 *   agent's `<ttm:name>`, or its id (`SPEAKER_1`: Apple counts from 1);
 * - a `<p>` whose spans carry their own times (words, or Apple's sentences of words) gives
 *   those words, each with its time;
 * - `xml:lang` of the root is the language, `<ttm:title>` in the head the title; comments,
 *   styling, layout and other metadata (`ttm:copyright`) are not text.
 */
export const readTtml = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const tt = documentElement(parseMarkup({text, file, format: FORMAT}));
	if (tt === undefined || nameOf(tt) !== 'tt')
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${FORMAT}, but it has no <tt> element`});
	const rates: Rates = {tickRate: positiveRate(attrOf(tt, 'ttp:tickRate'), 10_000_000), frameRate: positiveRate(attrOf(tt, 'ttp:frameRate'), 30)};
	const apple = Object.values(tt.attrs).some((v) => v.includes('podcasts.apple.com'));
	const agents = agentNames(tt, apple);
	const body = childElements(tt).find((e) => nameOf(e) === 'body');
	const head = childElements(tt).find((e) => nameOf(e) === 'head');
	const titleElement = head === undefined ? undefined : descendants(head).find((e) => nameOf(e) === 'title');
	const title = titleElement === undefined ? '' : textOf(titleElement).trim();

	const timeOf = (element: MarkupElement, name: 'begin' | 'end' | 'dur'): number | null => {
		const value = attrOf(element, name);
		if (value === undefined) return null;
		const ms = ttmlTimeMs(value, rates);
		if (ms === null)
			throw new UserError({code: 'TALK_PARSE', file, line: element.line, problem: `looks like ${FORMAT}, but ${name}="${shownValue(value)}" is not a time`});
		return ms;
	};
	/**
	 * An element's times. TTML counts a child's times from its parent's begin; Apple writes
	 * every time from the start of the recording. A time that lies inside its parent's
	 * span as written is taken as written (the two readings agree when the parent begins
	 * at 0); any other is counted from the parent's begin.
	 */
	const span = (element: MarkupElement, parent: Timed): Timed => {
		const resolve = (ms: number) => (ms >= parent.startMs && ms <= parent.endMs ? ms : parent.startMs + ms);
		const begin = timeOf(element, 'begin');
		const end = timeOf(element, 'end');
		const dur = timeOf(element, 'dur');
		const startMs = begin === null ? parent.startMs : resolve(begin);
		const endMs = end !== null ? resolve(end) : dur !== null ? startMs + dur : parent.endMs;
		return {startMs, endMs};
	};

	const cues: TimedCue[] = [];
	const words: TimedWord[] = [];
	// Paragraphs with the time and the agent of the elements around them, walked without recursion.
	const stack: {element: MarkupElement; time: Timed; agent: string | undefined}[] =
		body === undefined ? [] : [{element: body, time: {startMs: 0, endMs: Number.POSITIVE_INFINITY}, agent: undefined}];
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		const {element} = next;
		const time = span(element, next.time);
		const agentId = attrOf(element, 'ttm:agent')?.trim().split(/\s+/)[0] ?? next.agent;
		if (nameOf(element) !== 'p') {
			const children = childElements(element);
			for (let i = children.length - 1; i >= 0; i--) stack.push({element: children[i] as MarkupElement, time, agent: agentId});
			continue;
		}
		const speaker = agentId === undefined ? undefined : (agents.get(agentId) ?? agentId);
		// Spans that carry their own times (words), each timed from the spans around it.
		const timedWords: TimedWord[] = [];
		const inner = childElements(element)
			.reverse()
			.map((e) => ({element: e, around: time}));
		for (let n = inner.pop(); n !== undefined; n = inner.pop()) {
			const t = span(n.element, n.around);
			const children = childElements(n.element);
			if (children.length === 0 && nameOf(n.element) === 'span' && attrOf(n.element, 'begin') !== undefined) {
				timedWords.push({text: textOf(n.element), startMs: t.startMs, endMs: Math.max(t.startMs, t.endMs), ...(speaker === undefined ? {} : {speaker})});
			}
			for (let i = children.length - 1; i >= 0; i--) inner.push({element: children[i] as MarkupElement, around: t});
		}
		if (timedWords.length > 0) {
			for (const w of timedWords) words.push(w);
			continue;
		}
		const cueText = textOf(element)
			.split('\n')
			.map((l) => l.replace(/\s+/g, ' ').trim())
			.filter((l) => l !== '')
			.join('\n');
		if (cueText === '' || !Number.isFinite(time.endMs)) continue;
		cues.push({
			startMs: time.startMs,
			endMs: Math.max(time.startMs, time.endMs),
			text: cueText,
			line: element.line,
			...(speaker === undefined ? {} : {speaker}),
		});
	}
	const all = [...cues, ...wordsToCues({words})];
	if (all.length === 0)
		throw new UserError({code: 'TALK_PARSE', file, line: body?.line ?? 1, problem: `looks like ${FORMAT}, but it has no timed <p> with text`});
	const language = attrOf(tt, 'xml:lang');
	return cueTranscript({
		format: apple ? 'Apple Podcasts TTML' : FORMAT,
		cues: all,
		findLabels: false,
		metadata: {...(language ? {language} : {}), ...(title ? {title} : {})},
	});
};
