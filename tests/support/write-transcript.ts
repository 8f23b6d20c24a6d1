/**
 * One conversation written in every transcript format talkreel reads, so that a test can
 * check that each format gives the same Talk. A turn: who says it (null: the format names
 * no one), when (ms), and its text as the source would have it (sounds such as `(laughs)`
 * and insertions such as `[Fanti]` left in).
 */
export type SpokenTurn = {speaker: string | null; startMs: number; endMs: number; text: string};

export type TranscriptFormat = {
	/** The reader's format (TRANSCRIPT_READERS), for the table. */
	format: string;
	/** A file name with the format's usual extension. */
	file: string;
	/** Whether the format writes times, and speakers. */
	timed: boolean;
	named: boolean;
	write: (turns: readonly SpokenTurn[]) => string;
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** `1:02:03` parts of ms. */
const clock = (ms: number) => ({h: Math.floor(ms / 3_600_000), m: Math.floor(ms / 60_000) % 60, s: Math.floor(ms / 1000) % 60, ms: ms % 1000});
/** `00:01:02` */
const hms = (ms: number): string => {
	const c = clock(ms);
	return `${pad(c.h)}:${pad(c.m)}:${pad(c.s)}`;
};
/** `1:02` (minutes unbounded) */
const ms2 = (ms: number): string => `${Math.floor(ms / 60_000)}:${pad(Math.floor(ms / 1000) % 60)}`;
const srtTime = (ms: number): string => `${hms(ms)},${pad(clock(ms).ms, 3)}`;
const vttTime = (ms: number): string => `${hms(ms)}.${pad(clock(ms).ms, 3)}`;
const seconds = (ms: number): number => ms / 1000;
/** `0:01:02.500` (SubViewer) */
const sbvTime = (ms: number): string => `${clock(ms).h}:${pad(clock(ms).m)}:${pad(clock(ms).s)}.${pad(clock(ms).ms, 3)}`;
/** `0:01:02.50` (ASS: centiseconds) */
const assTime = (ms: number): string => `${clock(ms).h}:${pad(clock(ms).m)}:${pad(clock(ms).s)}.${pad(Math.floor(clock(ms).ms / 10))}`;
/** `01:02.50` (LRC: minutes unbounded, centiseconds) */
const lrcTime = (ms: number): string => `${pad(Math.floor(ms / 60_000))}:${pad(clock(ms).s)}.${pad(Math.floor(clock(ms).ms / 10))}`;
/** A `Name: ` label in a cue's text, for formats that name speakers only there. */
const label = (t: SpokenTurn): string => (t.speaker === null ? '' : `${t.speaker}: `);
const name = (t: SpokenTurn): string => t.speaker ?? '';
const lines = (parts: string[]): string => `${parts.join('\n')}\n`;
/** Text for XML and HTML: `&`, `<`, `>` and quotes escaped. */
const xml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Word items of a turn, one per space-separated word, spread evenly over its time (as word-level speech-to-text gives them). */
const wordsOf = (t: SpokenTurn): {word: string; start: number; end: number}[] => {
	const words = t.text.split(' ');
	const step = (t.endMs - t.startMs) / words.length;
	return words.map((word, i) => ({word, start: seconds(Math.round(t.startMs + i * step)), end: seconds(Math.round(t.startMs + (i + 1) * step))}));
};
const speakerField = (t: SpokenTurn): {speaker?: string} => (t.speaker === null ? {} : {speaker: t.speaker});

/** Every format talkreel reads, but a Talk as JSON (which `parse` prints). */
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = [
	{
		format: 'markdown',
		file: 'talk.md',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `**${name(t)}:** [${hms(t.startMs)}] ${t.text}\n`)),
	},
	{
		format: 'descript',
		file: 'talk.descript.md',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `[${hms(t.startMs)}] **${name(t)}:** ${t.text}\n`)),
	},
	{
		format: 'whisperx-markdown',
		file: 'talk.whisperx.md',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `**[${ms2(t.startMs)}] ${name(t)}:** ${t.text}\n`)),
	},
	{
		format: 'bracket-speaker',
		file: 'talk.bracket.md',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `[${name(t)}] [${ms2(t.startMs)}] ${t.text}`)),
	},
	{
		format: 'time-bold-name',
		file: 'talk.txt',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${hms(t.startMs).replace(/^0/, '')}.0 **${name(t)}** ${t.text}\n`)),
	},
	{
		format: 'otter',
		file: 'talk.otter.txt',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${name(t)}  ${ms2(t.startMs)}\n${t.text}\n`)),
	},
	{
		format: 'teams-cues',
		file: 'teams-transcript.txt',
		timed: true,
		named: true,
		// Teams' times: every field a number without padding, milliseconds too.
		write: (turns) => {
			const teams = (ms: number) => `${clock(ms).h}:${clock(ms).m}:${clock(ms).s}.${clock(ms).ms}`;
			return lines(turns.map((t) => `${teams(t.startMs)} --> ${teams(t.endMs)}\n${name(t)}\n${t.text}`));
		},
	},
	{
		format: 'fathom',
		file: 'talk.fathom.txt',
		timed: true,
		named: true,
		write: (turns) =>
			lines([
				'Weekly sync - March 3',
				'VIEW RECORDING - 2 mins (No highlights): https://fathom.video/share/abc',
				'',
				'---',
				'',
				...turns.map((t) => `${ms2(t.startMs)} - ${name(t)}\n  ${t.text}\n`),
			]),
	},
	{
		format: 'google-meet',
		file: 'talk.meet.txt',
		// A time line every five minutes only: not a time for each turn.
		timed: false,
		named: true,
		write: (turns) =>
			lines([
				'Weekly sync (2025-03-03 11:02 GMT-4) - Transcript',
				'Attendees',
				[...new Set(turns.map(name))].join(', '),
				'Transcript',
				...turns.map((t) => `${name(t)}: ${t.text}`),
				`Meeting ended after ${hms(turns.at(-1)?.endMs ?? 0)} 👋`,
			]),
	},
	{
		format: 'zoom-captions',
		file: 'meeting_saved_closed_caption.txt',
		timed: true,
		named: true,
		// The clock's time: the meeting started at 15:05:17.
		write: (turns) => lines(turns.map((t) => `[${name(t)}] ${hms(t.startMs + 54_317_000)}\n${t.text}\n`)),
	},
	{
		format: 'youtube-panel',
		file: 'youtube-transcript.txt',
		timed: true,
		named: true,
		// As copied from YouTube's transcript panel: the video's title, then each caption's time alone on a line and its text on the next.
		write: (turns) => lines(['Search in video', 'Weekly sync', ...turns.map((t) => `${ms2(t.startMs)}\n${label(t)}${t.text}`)]),
	},
	{
		format: 'zoom-web',
		file: 'zoom-transcript.txt',
		timed: true,
		named: true,
		// As copied from the recording's page: the page's lines, then each name twice (avatar, name), the time into the recording, the text.
		write: (turns) =>
			lines([
				'Skip to Main Content',
				' Zoom Logo',
				' Weekly sync- Shared screen with speaker view',
				' Audio Transcript',
				' Search transcript',
				...turns.map((t) => ` ${name(t)}\n ${name(t)}\n ${ms2(t.startMs)}\n ${t.text}`),
			]),
	},
	{
		format: 'rev-text',
		file: 'talk.rev.txt',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${name(t)} (${hms(t.startMs)}):\n${t.text}\n`)),
	},
	{
		format: 'name-time',
		file: 'talk.name-time.md',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${name(t)}: ${hms(t.startMs)}\n\n${t.text}\n`)),
	},
	{
		format: 'label-lines',
		file: 'talk.labels.txt',
		timed: false,
		named: true,
		write: (turns) => lines(turns.map((t) => `${name(t)}: ${t.text}\n`)),
	},
	{
		format: 'timestamp-lines',
		file: 'talk.lines.txt',
		timed: true,
		named: false,
		write: (turns) => lines(turns.map((t) => `${hms(t.startMs)} ${t.text}\n`)),
	},
	{
		format: 'srt',
		file: 'talk.srt',
		timed: true,
		named: true,
		write: (turns) =>
			lines(turns.map((t, i) => `${i + 1}\n${srtTime(t.startMs)} --> ${srtTime(t.endMs)}\n${t.speaker === null ? '' : `${t.speaker}: `}${t.text}\n`)),
	},
	{
		format: 'sbv',
		file: 'talk.sbv',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${sbvTime(t.startMs)},${sbvTime(t.endMs)}\n${label(t)}${t.text}\n`)),
	},
	{
		format: 'microdvd',
		file: 'talk.sub',
		timed: true,
		named: true,
		write: (turns) => lines(['{1}{1}100.000000', ...turns.map((t) => `{${t.startMs / 10}}{${t.endMs / 10}}${label(t)}${t.text}`)]),
	},
	{
		format: 'whisper-tsv',
		file: 'talk.tsv',
		timed: true,
		named: false,
		write: (turns) => lines(['start\tend\ttext', ...turns.map((t) => `${t.startMs}\t${t.endMs}\t${t.text}`)]),
	},
	{
		format: 'seconds-lines',
		file: 'talk.seconds.txt',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `[${seconds(t.startMs)} - ${seconds(t.endMs)}] ${label(t)}${t.text}`)),
	},
	{
		format: 'lrc',
		file: 'talk.lrc',
		timed: true,
		named: true,
		// LRC gives starts only: a bare time ends each line (here the last line's end).
		write: (turns) => lines(turns.flatMap((t) => [`[${lrcTime(t.startMs)}]${label(t)}${t.text}`, `[${lrcTime(t.endMs)}]`])),
	},
	{
		format: 'ass',
		file: 'talk.ass',
		timed: true,
		named: true,
		write: (turns) =>
			lines([
				'[Script Info]',
				'Title: Default Aegisub file',
				'',
				'[Events]',
				'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
				...turns.map((t) => `Dialogue: 0,${assTime(t.startMs)},${assTime(t.endMs)},Default,${name(t)},0,0,0,,${t.text}`),
			]),
	},
	{
		format: 'meeting-minutes',
		file: 'talk.minutes.txt',
		timed: true,
		named: true,
		write: (turns) => lines(turns.map((t) => `${name(t)} ${hms(t.startMs)}\n${t.text}\n`)),
	},
	{
		format: 'webvtt',
		file: 'talk.vtt',
		timed: true,
		named: true,
		write: (turns) =>
			lines(['WEBVTT', '', ...turns.map((t) => `${vttTime(t.startMs)} --> ${vttTime(t.endMs)}\n${t.speaker === null ? '' : `<v ${t.speaker}>`}${t.text}\n`)]),
	},
	{
		format: 'ttml',
		file: 'talk.ttml',
		timed: true,
		named: true,
		write: (turns) => {
			const names = [...new Set(turns.flatMap((t) => (t.speaker === null ? [] : [t.speaker])))];
			const agent = (t: SpokenTurn) => (t.speaker === null ? '' : ` ttm:agent="a${names.indexOf(t.speaker) + 1}"`);
			return lines([
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en">',
				`<head><metadata>${names.map((n, i) => `<ttm:agent xml:id="a${i + 1}" type="person"><ttm:name type="full">${xml(n)}</ttm:name></ttm:agent>`).join('')}</metadata></head>`,
				'<body><div>',
				...turns.map((t) => `<p begin="${vttTime(t.startMs)}" end="${seconds(t.endMs)}s"${agent(t)}>${xml(t.text)}</p>`),
				'</div></body></tt>',
			]);
		},
	},
	{
		format: 'youtube-xml',
		file: 'talk.srv1.xml',
		timed: true,
		named: true,
		write: (turns) =>
			lines([
				'<?xml version="1.0" encoding="utf-8" ?><transcript>',
				...turns.map((t) => `<text start="${seconds(t.startMs)}" dur="${seconds(t.endMs - t.startMs)}">${xml(`${label(t)}${t.text}`)}</text>`),
				'</transcript>',
			]),
	},
	{
		format: 'transcript-html',
		file: 'talk.html',
		timed: true,
		named: true,
		write: (turns) =>
			lines(turns.map((t) => `${t.speaker === null ? '' : `<cite>${xml(t.speaker)}:</cite>\n`}<time>${hms(t.startMs)}</time>\n<p>${xml(t.text)}</p>`)),
	},
	{
		format: 'whisper-json',
		file: 'talk.json',
		timed: true,
		named: true,
		write: (turns) =>
			JSON.stringify({
				segments: turns.map((t) => ({start: seconds(t.startMs), end: seconds(t.endMs), text: ` ${t.text}`, ...speakerField(t)})),
				language: 'en',
			}),
	},
	{
		format: 'whisper-json',
		file: 'talk.words.json',
		timed: true,
		named: true,
		// WhisperX: segments with word times, the speaker on every word.
		write: (turns) =>
			JSON.stringify({
				segments: turns.map((t) => ({
					start: seconds(t.startMs),
					end: seconds(t.endMs),
					text: ` ${t.text}`,
					words: wordsOf(t).map((w) => ({...w, ...speakerField(t)})),
				})),
			}),
	},
	{
		format: 'whisper-json',
		file: 'talk.segments.json',
		timed: true,
		named: true,
		// A bare array of segments.
		write: (turns) => JSON.stringify(turns.map((t) => ({start: seconds(t.startMs), end: seconds(t.endMs), text: ` ${t.text}`, ...speakerField(t)}))),
	},
	{
		format: 'whisper-json',
		file: 'talk.word-list.json',
		timed: true,
		named: true,
		// A bare array of words (WhisperX `word_segments`).
		write: (turns) => JSON.stringify(turns.flatMap((t) => wordsOf(t).map((w) => ({text: w.word, start: w.start, end: w.end, ...speakerField(t)})))),
	},
	{
		format: 'whisper-json',
		file: 'talk.cpp.json',
		timed: true,
		named: false,
		// whisper.cpp `-oj`: no speakers.
		write: (turns) =>
			JSON.stringify({transcription: turns.map((t) => ({offsets: {from: t.startMs, to: t.endMs}, text: ` ${t.text}`})), result: {language: 'en'}}),
	},
	{
		format: 'remotion-captions',
		file: 'talk.captions.json',
		timed: true,
		named: false,
		write: (turns) =>
			JSON.stringify(
				turns.flatMap((t) =>
					wordsOf(t).map((w, i) => ({
						text: i === 0 ? w.word : ` ${w.word}`,
						startMs: w.start * 1000,
						endMs: w.end * 1000,
						timestampMs: null,
						confidence: 1,
					})),
				),
			),
	},
	{
		format: 'podcast-json',
		file: 'talk.podcast.json',
		timed: true,
		named: true,
		write: (turns) =>
			JSON.stringify({
				version: '1.0.0',
				segments: turns.map((t) => ({...speakerField(t), startTime: seconds(t.startMs), endTime: seconds(t.endMs), body: t.text})),
			}),
	},
	{
		format: 'stt-json',
		file: 'talk.assemblyai.json',
		timed: true,
		named: false,
		// AssemblyAI without speaker labels: words with times in ms (every service is tested in read-stt-json.test.ts).
		write: (turns) =>
			JSON.stringify({
				id: 'talk',
				audio_url: 'https://example.com/talk.mp3',
				text: turns.map((t) => t.text).join(' '),
				words: turns.flatMap((t) => wordsOf(t).map((w) => ({text: w.word, start: Math.round(w.start * 1000), end: Math.round(w.end * 1000), confidence: 1}))),
				utterances: null,
			}),
	},
	{
		format: 'stt-json',
		file: 'talk.deepgram.json',
		timed: true,
		named: false,
		write: (turns) =>
			JSON.stringify({
				results: {
					channels: [
						{alternatives: [{words: turns.flatMap((t) => wordsOf(t).map((w) => ({word: w.word, punctuated_word: w.word, start: w.start, end: w.end})))}]},
					],
				},
			}),
	},
];
