import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {type HeaderReader, scanTranscript, splitLines} from './scan-transcript';

/**
 * Zoom's transcript as its web page shows it (a cloud recording's Audio Transcript,
 * selected and copied): each entry is the speaker's name, twice (the avatar's, then the
 * name's; once when the copy starts between them), the time into the recording alone on
 * a line (`12:25`, `00:12:15`), and what they said on the lines after. A copy that starts
 * inside an entry opens on its time alone, or on its words: who says them the copy does
 * not tell, so they are an unknown speaker's (no quote is theirs), not the first name's.
 *
 * The page's own lines before the first entry (`Skip to Main Content` … `Search
 * transcript`) are no one's words. Among them the title line names the meeting and the
 * recording's view (`Podman Community Cabal- Shared screen with speaker view`), the next
 * its date (`Sep 2, 2025 02:52 PM`), and the player its length (`00:07:08/00:42:41`).
 */
const TIME_ALONE = /^\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
/** A line the page shows around the transcript: present, everything before the first entry is the page's. */
const PAGE_LINE = /^\s*(?:Skip to Main Content|Accessibility Overview|Zoom Logo|Audio Transcript|Chat Messages|Search transcript|Download \(\d+ files?\))\s*$/;
const TITLE_LINE =
	/^\s*(.+?)\s*-\s*(?:Shared screen with (?:speaker|gallery) view|Shared screen|Active speaker|Speaker view|Gallery view|Audio only)(?: \(CC\))?\s*$/;
const DATE_LINE = /^\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2}), (\d{4})(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?\s*$/;
const PLAYER_LINE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_NAME_CHARS = 80;
/** Whoever speaks before the copy's first name (`isUnnamedSpeaker`). */
const UNKNOWN = 'Unknown Speaker';

/** A line that can be a display name: short, no time, not a sentence's end, no bracketed aside. */
const isName = (line: string): boolean => {
	const name = line.trim();
	return name !== '' && name.length <= MAX_NAME_CHARS && !TIME_ALONE.test(name) && !/[.!?。！？…:：]$/.test(name) && !/^[([（]/.test(name);
};

type Entry = {names: string[]; startMs: number; header: number; time: number};

/**
 * The entries of the page's transcript: at each time alone on a line, the name on the line
 * before it (said twice, or once after an empty line or the page's lines), and where the
 * entry's header starts. A time alone as the copy's first line is an unnamed entry.
 */
const findEntries = (lines: readonly string[]): {entries: Entry[]; named: number} => {
	const entries: Entry[] = [];
	let named = 0;
	const firstText = lines.findIndex((l) => l.trim() !== '');
	for (let i = 0; i < lines.length; i++) {
		const time = TIME_ALONE.exec(lines[i] ?? '');
		if (time === null) continue;
		const startMs = parseTimestamp(time[1] ?? '');
		if (startMs === null) continue;
		if (i === firstText) {
			entries.push({names: [UNKNOWN], startMs, header: i, time: i});
			continue;
		}
		const name = lines[i - 1] ?? '';
		if (!isName(name)) continue;
		const twice = (lines[i - 2] ?? '').trim() === name.trim();
		const after = (lines[i - 2] ?? '').trim() === '' || PAGE_LINE.test(lines[i - 2] ?? '') || i - 1 === firstText;
		if (!twice && !after) continue;
		if (twice) named++;
		entries.push({names: [name.trim()], startMs, header: twice ? i - 2 : i - 1, time: i});
	}
	return {entries, named};
};

/** Two entries with the name said twice over their time (no other format writes that), or one and the page's own lines. */
export const looksLikeZoomWeb = (text: string): boolean => {
	const lines = text.split('\n', 20000);
	return findEntries(lines).named + (lines.slice(0, 40).some((l) => PAGE_LINE.test(l)) ? 1 : 0) >= 2;
};

export const readZoomWeb = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	const {entries} = findEntries(lines);
	const first = entries[0]?.header ?? lines.length;
	const onPage = lines.slice(0, first).some((l) => PAGE_LINE.test(l));
	const headers = new Map<number, Entry>();
	const skipped = new Set<number>();
	for (const e of entries) {
		headers.set(e.header, e);
		for (let i = e.header + 1; i <= e.time; i++) skipped.add(i);
	}
	// Before the first entry: the page's lines (text before any turn, which the scanner leaves out), or words whose speaker the copy left out.
	const before = onPage ? -1 : lines.findIndex((l, i) => i < first && l.trim() !== '');
	const readHeader: HeaderReader = ({line, lineNumber}) => {
		const e = headers.get(lineNumber - 1);
		if (e !== undefined) return {names: e.names, startMs: e.startMs, rest: ''};
		if (before !== -1 && lineNumber - 1 === before) return {names: [UNKNOWN], rest: line.trim()};
		return null;
	};
	const transcript = scanTranscript({
		text,
		file,
		format: 'Zoom web transcript',
		readHeader,
		sameSpeaker: 'join',
		isToolLine: (_line, lineNumber) => skipped.has(lineNumber - 1),
	});
	const page = onPage ? lines.slice(0, first) : [];
	const titleAt = page.findIndex((l) => TITLE_LINE.test(l));
	const title = titleAt === -1 ? undefined : TITLE_LINE.exec(page[titleAt] ?? '')?.[1]?.trim();
	const date = page.map((l) => DATE_LINE.exec(l)).find((m) => m !== null);
	const player = page.map((l) => PLAYER_LINE.exec(l)?.[1]).find((t) => t !== undefined);
	const durationMs = player === undefined ? null : parseTimestamp(player);
	return {
		transcript: {
			...transcript,
			metadata: {
				...transcript.metadata,
				...(transcript.metadata.title === undefined && title !== undefined && title !== '' ? {title} : {}),
				...(transcript.metadata.date === undefined && date !== undefined && date !== null
					? {date: `${date[3]}-${String(MONTHS.indexOf(date[1] ?? '') + 1).padStart(2, '0')}-${String(date[2]).padStart(2, '0')}`}
					: {}),
				...(transcript.metadata.durationMs === undefined && durationMs !== null ? {durationMs} : {}),
			},
		},
	};
};
