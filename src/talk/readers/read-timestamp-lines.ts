import {endsSentence} from '../find-sentence-ends';
import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {cueTranscript} from './caption-turns';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';
import type {TimedCue} from './timed-cue';

/**
 * Timed lines with no speaker: `00:00:08 Hello and welcome to Talk Python To Me…` (a
 * podcast's text transcript), `[00:01:23] text`, `[1:23] text` (transcription apps'
 * exports). A line's speaker, if it names one (`[00:01:23] Ana: text`), is found later,
 * like any label in the text.
 */
const LEADING = new RegExp(`^(?:\\[(${TIMESTAMP_SOURCE})\\] {0,4}|(${TIMESTAMP_SOURCE}) {1,4})`);

const readTimestampLineHeader: HeaderReader = ({line}) => {
	const m = LEADING.exec(line);
	if (!m) return null;
	const rest = line.slice(m[0].length).trim();
	if (rest === '' || rest.startsWith('**') || rest.startsWith('-->')) return null;
	const startMs = parseTimestamp(m[1] ?? m[2] ?? '');
	return startMs === null ? null : {names: [], startMs, rest};
};

/** At least three timed lines, and most of the lines are. */
export const looksLikeTimestampLines = (text: string): boolean => {
	const {headers, lines} = countHeaders({text, readHeader: readTimestampLineHeader});
	return headers >= 3 && headers >= lines / 2;
};

/** Timed lines of which fewer than this share end a sentence are captions cut at a line's width, not paragraphs (those end nine in ten). */
const PARAGRAPH_SHARE = 0.7;

/**
 * Each timed line is a turn of one unnamed speaker, `Speaker 1` (to be named in the edits
 * file), when the lines are paragraphs: PARAGRAPH_SHARE of them end a sentence. Lines that mostly stop
 * mid-sentence (`00:00:02 Today we're gonna cover a couple separate` / `00:00:05 two main
 * topics…`, a caption a line) are cues, each ending where the next starts, joined into
 * sentences and turns as captions are.
 */
export const readTimestampLines = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const transcript = scanTranscript({text, file, format: 'timed lines', readHeader: readTimestampLineHeader, sameSpeaker: 'turn'});
	const timed = transcript.turns.filter((t) => t.startMs !== undefined);
	if (timed.length === 0 || timed.filter((t) => endsSentence(t.text)).length >= PARAGRAPH_SHARE * timed.length) return {transcript};
	const cues: TimedCue[] = timed.map((t, i) => {
		const startMs = t.startMs ?? 0;
		return {startMs, endMs: Math.max(startMs, timed[i + 1]?.startMs ?? startMs), text: t.text, line: t.line};
	});
	// Read as captions are (`Name:`, `>>` and `- ` opening another voice), with what the scan found around them (title, chapters).
	const {turns} = cueTranscript({format: 'timed caption lines', cues, findLabels: true}).transcript;
	return {transcript: {...transcript, format: 'timed caption lines', units: 'cues', turns}};
};
