import {cleanCaptionText} from './clean-caption-text';
import type {TimedCue} from './timed-cue';

/** One line of YouTube's timed text, as json3 (`events`) and srv3 (`<p>`) both write it: in ms. */
export type TimedTextEvent = {startMs: number; durationMs: number; append: boolean; segs: {text: string; offsetMs: number}[]; line: number};

/**
 * YouTube's timed text → cues: a line's segments are its words, each starting at the
 * line's start plus its offset (YouTube gives no word ends); an appended event
 * (`aAppend`, `a="1"`) is only the roll's line break. The line's duration runs until it
 * scrolls off, so lines overlap.
 */
export const timedTextCues = (events: readonly TimedTextEvent[]): TimedCue[] =>
	events.flatMap((e): TimedCue[] => {
		if (e.append || e.segs.length === 0) return [];
		let text = '';
		const words: NonNullable<TimedCue['words']> = [];
		for (const s of e.segs) {
			const lead = s.text.length - s.text.trimStart().length;
			const at = text.length + lead;
			text += s.text;
			const startMs = e.startMs + s.offsetMs;
			if (s.text.trim() !== '') words.push({start: at, end: at + s.text.trim().length, startMs, endMs: startMs});
		}
		const clean = cleanCaptionText(text);
		return clean === ''
			? []
			: [{startMs: e.startMs, endMs: e.startMs + e.durationMs, text, line: e.line, ...(clean === text && words.length > 0 ? {words} : {})}];
	});
