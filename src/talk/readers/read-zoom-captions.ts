import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Zoom's saved captions (`meeting_saved_closed_caption.txt`, Save captions in a meeting):
 * `[Speaker name] 15:05:17` on a line of its own, what they said on the next. The time is
 * the clock's: the first caption is 0 and the others count from it (past midnight too).
 * Captions are cut every few seconds, mid-sentence: a speaker's run of them is one turn,
 * joined back into running text, timed by its first.
 */
const HEADER = /^\[([^[\]]{1,80})\] (\d{1,2}:\d{2}:\d{2})\s*$/;

const DAY_MS = 24 * 60 * 60 * 1000;

const readZoomCaptionHeader: HeaderReader = ({line}) => {
	const m = HEADER.exec(line);
	if (m === null) return null;
	const name = (m[1] ?? '').trim();
	const startMs = parseTimestamp(m[2] ?? '');
	if (startMs === null || name === '' || parseTimestamp(name) !== null) return null;
	return {names: [name], startMs, rest: ''};
};

export const looksLikeZoomCaptions = (text: string): boolean => countHeaders({text, readHeader: readZoomCaptionHeader}).headers >= 2;

export const readZoomCaptions = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const transcript = scanTranscript({text, file, format: 'Zoom captions', readHeader: readZoomCaptionHeader, sameSpeaker: 'join'});
	// Clock times → times from the first caption; a time more than half a day before the one before it is the next day's.
	const base = transcript.turns.find((t) => t.startMs !== undefined)?.startMs ?? 0;
	let day = 0;
	let previous = base;
	const turns = transcript.turns.map((t) => {
		if (t.startMs === undefined) return t;
		if (t.startMs + day < previous - DAY_MS / 2) day += DAY_MS;
		const clock = t.startMs + day;
		previous = clock;
		return {...t, startMs: clock - base};
	});
	return {transcript: {...transcript, turns}};
};
