import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {labelHeaderReader} from './read-label-lines';
import {type HeaderReader, countHeaders, scanTranscript, splitLines} from './scan-transcript';

/**
 * Google Meet's transcript (the Google Doc Meet writes, copied or downloaded as text):
 * `Name: what they said` lines, a time alone on a line every five minutes (`00:05:00`,
 * `### 00:05:00` when pasted as markdown), and around them Meet's own lines: the title
 * line `Weekly sync (2025-06-03 11:02 GMT-4) - Transcript`, `Attendees` and their list,
 * `Transcript`, `Meeting ended after 00:54:54 👋` and `This editable transcript was
 * computer generated…`. A time line times the turn after it (the turns between are placed
 * at speaking pace, the first from 0); the meeting's length ends the last; the attendees name the speakers
 * as a front matter's list does; a meeting code (`xrq-uemd-bzy`) is no title.
 */
const TITLE_LINE = /^\s{0,3}(?:#{1,6}\s*)?(.+?)(?:\s+\((\d{4}-\d{2}-\d{2})[^)]*\))?\s+[-–]\s+Transcript\s*$/;
const TIME_MARK = /^\s{0,3}(?:#{1,6}\s*)?(\d{1,2}:\d{2}:\d{2})\s*$/;
const ENDED = /^\s{0,3}(?:#{1,6}\s*)?Meeting ended after (\d{1,2}:\d{2}:\d{2})\b/;
const NOTICE = /^\s{0,3}[*_]?This editable transcript was computer generated and might contain errors\./;
const HEADING = /^\s{0,3}(?:#{1,6}\s*)?(?:Transcript|Attendees)\s*$/;
/** Meet's codes for a meeting without a calendar event's name. */
const MEETING_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

/** The attendees line: the first non-empty line after `Attendees`. */
const attendeesLine = (lines: readonly string[]): string | null => {
	const at = lines.slice(0, 40).findIndex((l) => HEADING.test(l) && l.includes('Attendees'));
	if (at === -1) return null;
	return lines.slice(at + 1, at + 4).find((l) => l.trim() !== '') ?? null;
};

const meetHeaderReader = (lines: readonly string[], attendees: readonly string[]): HeaderReader => {
	const labels = labelHeaderReader({lines, listed: attendees});
	return (input) => {
		const mark = TIME_MARK.exec(input.line);
		if (mark !== null) {
			const ms = parseTimestamp(mark[1] ?? '');
			if (ms !== null) return {markMs: ms};
		}
		return labels(input);
	};
};

/** Two or more `Name:` lines, and a mark only Meet writes: a time line, the end line, its notice, or the title line. */
export const looksLikeGoogleMeet = (text: string): boolean => {
	const lines = text.split('\n', 5000);
	const marked =
		lines.some((l) => ENDED.test(l) || NOTICE.test(l)) ||
		(TITLE_LINE.test(lines.find((l) => l.trim() !== '') ?? '') && lines.some((l) => TIME_MARK.test(l))) ||
		lines.filter((l) => TIME_MARK.test(l)).length >= 2;
	if (!marked) return false;
	const attendees = attendeesIn(attendeesLine(lines));
	return countHeaders({text, readHeader: meetHeaderReader(lines, attendees)}).headers >= 2;
};

/** The names of the attendees line, `Ana Lima, Ben Ode`. */
const attendeesIn = (list: string | null): string[] =>
	(list ?? '')
		.split(',')
		.map((n) => n.trim())
		.filter((n) => n !== '' && n.length <= 60);

/** Meet's lines pasted as markdown headings (`### 00:05:00`, `### Meeting ended after …`): the same lines, so that the scanner does not read them as sections. */
const unheaded = (text: string): string =>
	text
		.split('\n')
		.map((line) => {
			const bare = line.replace(/^\s{0,3}#{1,6}\s*/, '');
			return bare !== line && (TIME_MARK.test(bare) || ENDED.test(bare)) ? bare : line;
		})
		.join('\n');

export const readGoogleMeet = ({text: given, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const text = unheaded(given);
	const lines = splitLines({text, file});
	const list = attendeesLine(lines);
	const attendees = attendeesIn(list);
	const isMeetLine = (line: string): boolean =>
		HEADING.test(line) || ENDED.test(line) || NOTICE.test(line) || TITLE_LINE.test(line) || (list !== null && line === list);
	const transcript = scanTranscript({
		text,
		file,
		format: 'Google Meet',
		readHeader: meetHeaderReader(lines, attendees),
		sameSpeaker: 'join',
		isToolLine: isMeetLine,
	});
	const first = TITLE_LINE.exec(lines.find((l) => l.trim() !== '') ?? '');
	const name = first?.[1]?.trim();
	const date = first?.[2];
	const ended = lines.map((l) => ENDED.exec(l)?.[1]).find((t) => t !== undefined);
	const durationMs = ended === undefined ? null : parseTimestamp(ended);
	// The transcript starts when transcription does: the first turn, unless a time line comes before it, at 0.
	const [opening] = transcript.turns;
	const turns =
		opening !== undefined && opening.startMs === undefined && opening.afterBreakMs === undefined
			? [{...opening, startMs: 0}, ...transcript.turns.slice(1)]
			: transcript.turns;
	return {
		transcript: {
			...transcript,
			turns,
			listedSpeakers: transcript.listedSpeakers.length > 0 ? transcript.listedSpeakers : attendees.map((n) => ({name: n})),
			metadata: {
				...transcript.metadata,
				...(transcript.metadata.title === undefined && name !== undefined && !MEETING_CODE.test(name) ? {title: name} : {}),
				...(transcript.metadata.date === undefined && date !== undefined ? {date} : {}),
				...(transcript.metadata.durationMs === undefined && durationMs !== null ? {durationMs} : {}),
			},
		},
	};
};
