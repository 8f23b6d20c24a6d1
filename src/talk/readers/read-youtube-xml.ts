import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {attrOf, childElements, documentElement, firstElementName, nameOf, parseMarkup, textOf} from './markup-tree';
import type {TimedCue} from './timed-cue';
import {type TimedTextEvent, timedTextCues} from './youtube-timed-text';

/** YouTube's timed text as XML: srv3 (`<timedtext format="3">`) or the older srv1 (`<transcript>` of `<text start dur>`). */
export const looksLikeYoutubeXml = (text: string): boolean => {
	const root = firstElementName(text);
	return root === 'timedtext' || (root === 'transcript' && /<text\s[^>]*start=/.test(text.slice(0, 4096)));
};

const msOf = (value: string | undefined): number | null => (value !== undefined && /^\d{1,10}$/.test(value.trim()) ? Number(value) : null);
const secondsOf = (value: string | undefined): number | null =>
	value !== undefined && /^\d{1,7}(?:\.\d{1,6})?$/.test(value.trim()) ? secondsToMs(Number(value)) : null;

/**
 * YouTube's timed text as XML, the same captions its json3 gives:
 * - srv3: each `<p t="ms" d="ms">` a line, its `<s t="offset">` segments its words (automatic
 *   captions), or its text a whole line; `<p a="1">` only the roll's line break;
 * - srv1: `<text start="s" dur="s">` lines, whose text some downloaders escape twice
 *   (`&amp;#39;`), so it is decoded once more.
 */
export const readYoutubeXml = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const root = documentElement(parseMarkup({text, file, format: 'YouTube timed text'}));
	if (root === undefined) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: 'looks like YouTube timed text, but it has no root element'});
	const bad = (line: number, what: string): never => {
		throw new UserError({code: 'TALK_PARSE', file, line, problem: `looks like YouTube timed text, but ${what}`});
	};
	let cues: TimedCue[];
	let format: string;
	if (nameOf(root) === 'timedtext') {
		format = 'YouTube srv3';
		const body = childElements(root).find((e) => nameOf(e) === 'body') ?? root;
		const events = childElements(body)
			.filter((p) => nameOf(p) === 'p')
			.map((p): TimedTextEvent => {
				const startMs = msOf(attrOf(p, 't')) ?? bad(p.line, `a <p> has no time t="…"`);
				const segments = childElements(p).filter((s) => nameOf(s) === 's');
				const segs = segments.length > 0 ? segments.map((s) => ({text: textOf(s), offsetMs: msOf(attrOf(s, 't')) ?? 0})) : [{text: textOf(p), offsetMs: 0}];
				return {startMs, durationMs: msOf(attrOf(p, 'd')) ?? 0, append: attrOf(p, 'a') !== undefined, segs: segs.filter((s) => s.text !== ''), line: p.line};
			});
		cues = timedTextCues(events);
	} else {
		format = 'YouTube srv1';
		const decode = (s: string) => textOf(parseMarkup({text: `<x>${s.replaceAll('<', '&lt;')}</x>`, file, format})).trim();
		cues = childElements(root)
			.filter((t) => nameOf(t) === 'text')
			.flatMap((t): TimedCue[] => {
				const startMs = secondsOf(attrOf(t, 'start')) ?? bad(t.line, `a <text> has no start="…" in seconds`);
				// Its markup, escaped in the XML (`this is &lt;i>not&lt;/i>…`), is the caption's styling: out, as in any caption.
				const line = cleanCaptionText(decode(textOf(t)));
				return line === '' ? [] : [{startMs, endMs: startMs + (secondsOf(attrOf(t, 'dur')) ?? 0), text: line, line: t.line}];
			});
	}
	if (cues.length === 0) bad(root.line, 'it has no timed line with text');
	// As its json3 twin: srv3 names no speakers in the text; srv1 (uploaded captions) may (`Ana: …`).
	return cueTranscript({format, cues, findLabels: format === 'YouTube srv1', ...(format === 'YouTube srv3' ? {wordEndsKnown: false} : {})});
};
