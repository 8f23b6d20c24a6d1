import {parseTimestamp, TIME_ALONE} from '../parse-timestamp';
import {MAX_SPEAKER_NAME_CHARS} from '../talk-limits';
import type {RawTranscript} from '../raw-transcript';
import {bodyOf, FENCE, type HeaderReader, scanTranscript, splitLines} from './scan-transcript';

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
/** A line the page shows around the transcript: present, everything before the first entry is the page's. */
const PAGE_LINE = /^\s*(?:Skip to Main Content|Accessibility Overview|Zoom Logo|Audio Transcript|Chat Messages|Search transcript|Download \(\d+ files?\))\s*$/;
const TITLE_LINE =
	/^\s*(.+?)\s*-\s*(?:Shared screen with (?:speaker|gallery) view|Shared screen|Active speaker|Speaker view|Gallery view|Audio only)(?: \(CC\))?\s*$/;
const DATE_LINE = /^\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2}), (\d{4})(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?\s*$/;
const PLAYER_LINE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_PAGE_LINE_CHARS = 300;
/** Whoever speaks before the copy's first name (`isUnnamedSpeaker`). */
const UNKNOWN = 'Unknown Speaker';

/** A line that can be a display name: short, no time, not the page's, no bracketed aside, not a sentence's end (a name said twice may end on an initial's dot: `Ben O.`). */
const isName = (line: string, {twice}: {twice: boolean}): boolean => {
	const name = line.trim();
	return (
		name !== '' &&
		name.length <= MAX_SPEAKER_NAME_CHARS &&
		!TIME_ALONE.test(name) &&
		!PAGE_LINE.test(name) &&
		!/^[([（#]/.test(name) &&
		!/[!?。！？…:：]$/.test(name) &&
		(!name.endsWith('.') || (twice && NAME_ENDING_IN_DOT.test(name)))
	);
};

/** A name may end on an initial or a title's dot: `Ben O.`, `John Smith Jr.`, `Ana Lima, Ph.D.`; a sentence does not ("I agree."). */
const NAME_ENDING_IN_DOT = /(?:^|[\s,])(?:\p{Lu}|Jr|Sr|Ph\.D|M\.D|MD|PhD|Dr|Esq)\.$/u;

type Entry = {names: string[]; startMs: number; header: number; time: number};

/**
 * The entries of the page's transcript: at each time alone on a line, the name on the line
 * before it, said twice, or once right after the page's lines or a note of theirs (`(Pre-meeting
 * Chat Removed)`), and where the entry's header starts. A time alone before the first name,
 * with no name above it, opens the copy inside an entry: an unknown speaker's. Lines in a code
 * fence are a document's, not the page's.
 */
const findEntries = (lines: readonly string[]): {entries: Entry[]; named: number} => {
	const entries: Entry[] = [];
	let named = 0;
	let fenced = false;
	// The last two lines that hold anything: the name's, and the one before it.
	let previous = -1;
	let beforePrevious = -1;
	for (let i = bodyOf(lines).offset; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (FENCE.test(line)) {
			fenced = !fenced;
			continue;
		}
		if (fenced || line.trim() === '') continue;
		const time = TIME_ALONE.exec(line);
		const startMs = time === null ? null : parseTimestamp(time[1] ?? '');
		const above = previous;
		const page = lines[beforePrevious] ?? '';
		beforePrevious = previous;
		previous = i;
		if (startMs === null) continue;
		const name = above === i - 1 ? (lines[above] ?? '') : '';
		const twice = name !== '' && (lines[i - 2] ?? '').trim() === name.trim() && isName(name, {twice: true});
		const once = !twice && name !== '' && isName(name, {twice: false}) && (PAGE_LINE.test(page) || /^\s*[(（].*[)）]\s*$/.test(page));
		if (twice || once) {
			if (twice) named++;
			entries.push({names: [name.trim()], startMs, header: twice ? i - 2 : i - 1, time: i});
		} else if (entries.length === 0 && (name === '' || !isName(name, {twice: false}))) {
			entries.push({names: [UNKNOWN], startMs, header: i, time: i});
		}
	}
	return {entries, named};
};

/** Two entries with the name said twice over their time (no other format writes that), or one and the page's own lines. */
export const looksLikeZoomWeb = (text: string): boolean => {
	const lines = text.split('\n', 20000);
	return findEntries(lines).named + (lines.slice(0, 40).some((l) => PAGE_LINE.test(l)) ? 1 : 0) >= 2;
};

/** The page's date line as `2025-09-02`; null for another line or no day (`Feb 31, 2025`). */
const dateOf = (line: string): string | null => {
	const m = line.length <= MAX_PAGE_LINE_CHARS ? DATE_LINE.exec(line) : null;
	if (m === null) return null;
	const month = MONTHS.indexOf(m[1] ?? '') + 1;
	const day = Number(m[2]);
	if (day < 1 || day > new Date(Date.UTC(Number(m[3]), month, 0)).getUTCDate()) return null;
	return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
	// Before the first entry: the page's lines (text before any turn, which the scanner leaves out), or words whose speaker the copy left out (below a heading or front matter, which title the talk).
	const body = bodyOf(lines).offset;
	const before = onPage ? -1 : lines.findIndex((l, i) => i >= body && i < first && l.trim() !== '' && !/^\s{0,3}#/.test(l));
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
	// The page's lines are short; a long one is not read for a title (its pattern would backtrack over it).
	const titleAt = page.findIndex((l) => l.length <= MAX_PAGE_LINE_CHARS && TITLE_LINE.test(l));
	const title = titleAt === -1 ? undefined : TITLE_LINE.exec(page[titleAt] ?? '')?.[1]?.trim();
	const date = page.map(dateOf).find((d) => d !== null);
	const player = page.map((l) => PLAYER_LINE.exec(l)?.[1]).find((t) => t !== undefined);
	const durationMs = player === undefined ? null : parseTimestamp(player);
	return {
		transcript: {
			...transcript,
			metadata: {
				...transcript.metadata,
				...(transcript.metadata.title === undefined && title !== undefined && title !== '' ? {title} : {}),
				...(transcript.metadata.date === undefined && date !== undefined && date !== null ? {date} : {}),
				...(transcript.metadata.durationMs === undefined && durationMs !== null ? {durationMs} : {}),
			},
		},
	};
};
