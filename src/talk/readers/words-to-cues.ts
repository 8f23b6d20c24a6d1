import {isCjkChar} from '../../text/classify-char';
import {endsSentence} from '../find-sentence-ends';
import type {RawWord} from '../raw-transcript';
import type {TimedCue} from './timed-cue';

/** A word (or sub-word token) a source times one by one: Remotion captions, WhisperX word lists, Podcasting 2.0 word segments. */
export type TimedWord = {text: string; startMs: number; endMs: number; speaker?: string};

/** Words this far apart, or this many, make a new cue: cues are the units pauses and paragraphs are found between. */
const CUE_GAP_MS = 1000;
const MAX_CUE_WORDS = 40;

/**
 * Words → cues of one speaker each, cut after a sentence end, at a gap of CUE_GAP_MS or
 * after MAX_CUE_WORDS, with each word's place in the cue's text. Tokens that carry their
 * own leading space (`" to"`, as Whisper writes them) are joined as they are, so a
 * token without one continues the word before it (`" Rem"` + `"otion"`); otherwise Latin
 * words get one space between them and CJK ones none.
 */
export const wordsToCues = ({words}: {words: readonly TimedWord[]}): TimedCue[] => {
	const spaced = words.slice(1).filter((w) => /^\s/.test(w.text)).length >= 0.3 * Math.max(1, words.length - 1);
	const cues: TimedCue[] = [];
	let current: {text: string; words: RawWord[]; startMs: number; endMs: number; speaker?: string} | null = null;
	const close = () => {
		if (current && current.text.trim() !== '') {
			cues.push({
				startMs: current.startMs,
				endMs: current.endMs,
				text: current.text,
				words: current.words,
				line: 1,
				...(current.speaker === undefined ? {} : {speaker: current.speaker}),
			});
		}
		current = null;
	};
	for (const w of words) {
		const raw = w.text.replace(/\s+/g, ' ');
		if (raw.trim() === '') continue;
		const cur: typeof current = current;
		const previous = cur?.words[cur.words.length - 1];
		if (
			cur === null ||
			cur.speaker !== w.speaker ||
			w.startMs - cur.endMs >= CUE_GAP_MS ||
			cur.words.length >= MAX_CUE_WORDS ||
			(previous !== undefined && endsSentence(cur.text) && /^\s/.test(raw) === spaced)
		) {
			close();
			current = {text: '', words: [], startMs: w.startMs, endMs: w.endMs, ...(w.speaker === undefined ? {} : {speaker: w.speaker})};
		}
		const c = current as NonNullable<typeof current>;
		let piece = raw;
		if (c.text === '') piece = raw.trimStart();
		else if (!spaced && !/^\s/.test(raw)) {
			const before = c.text[c.text.length - 1] ?? '';
			const after = raw[0] ?? '';
			piece = isCjkChar(before) || isCjkChar(after) ? raw : ` ${raw}`;
		}
		const lead = piece.length - piece.trimStart().length;
		const start = c.text.length + lead;
		c.text += piece;
		c.text = c.text.trimEnd();
		const end = Math.min(c.text.length, start + piece.trim().length);
		if (end > start) c.words.push({start, end, startMs: w.startMs, endMs: Math.max(w.startMs, w.endMs)});
		c.endMs = Math.max(c.endMs, w.endMs);
	}
	close();
	return cues;
};
