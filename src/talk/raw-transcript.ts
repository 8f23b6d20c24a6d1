import type {Chapter} from './read-chapters';
import type {SpeakerRole} from './talk-schema';

/**
 * What a reader hands the assembler (`assembleTalk`): a transcript as its format writes
 * it, with nothing decided. This is the contract every reader writes to.
 *
 * A reader only reads its format: it finds the turns (or cues), their speaker labels as
 * written, their text with the format's own markup taken out, their times, and what the
 * file says about the talk. Everything after that is the assembler's, the same for every
 * format: who a label names (`SPEAKER_04`, `SA`), what in the text is a sound
 * (`[laughs]`), how cues make turns, where untimed turns sit in time, sections from
 * headings and chapters, roles, the title, the language and the limits. So a reader
 * never decides any of those, and a new format is only its reader.
 *
 * A reader checks what only the format can say (a broken timing line, a JSON item
 * without `start`) and names the line. Times are ms of the recording, as the source
 * gives them: the assembler refuses any out of range with the line.
 */
export type RawTranscript = {
	/** The format's name, for messages: `SubRip`, `WebVTT`, `Whisper JSON`, `markdown`. */
	format: string;
	/**
	 * `cues`: timed pieces (subtitle cues, speech-to-text segments or words), each with
	 * `startMs` and `endMs`, in any order: the assembler takes them in time order and
	 * makes turns of a speaker's consecutive cues. `turns`: the transcript's own turns,
	 * in order, each kept a turn; some or none timed.
	 */
	units: 'cues' | 'turns';
	turns: RawTurn[];
	/**
	 * A chapter list of the recording in the file (show notes, front matter): turns go to
	 * chapters by their time, when the turns are timed and the headings do not divide them.
	 */
	chapters: Chapter[];
	/** Times of break markers (`**Break**: \[32:01\]`, `**Music**` with a time): the turn before one ends there. */
	breaksMs: number[];
	/** Speakers the file lists (front matter): the full names short labels resolve to, with the roles the file gives. */
	listedSpeakers: {name: string; role?: SpeakerRole}[];
	/** A label the file names as the host (`Host: Ana`, before the turns). */
	hostLabel?: string;
	metadata: RawMetadata;
	/** `cues` only: false when the source gives word starts only (YouTube's word tags), so that pauses are estimated from the pace. */
	wordEndsKnown?: boolean;
	/** What the reader read past that the user should hear about (front matter YAML refused and read line by line): one line each, `file:line: …`. */
	warnings?: string[];
	/**
	 * `cues` only: the source says its service punctuated (Deepgram's `punctuated_word`; AWS, Rev.ai and Speechmatics punctuation
	 * tokens), so no sentence ends are added at pauses, however long its sentences. A source that cannot say (captions, Whisper,
	 * AssemblyAI, Google) is judged by its text alone (`isUnpunctuated`).
	 */
	punctuated?: true;
};

/** One turn or cue as the source writes it. */
export type RawTurn = {
	/**
	 * Who speaks, as the source labels them: `SPEAKER_04`, `SA`, `Ana Lima`, `Unknown
	 * Speaker`; two or more for a joint turn (`**A** and **B**:`). Empty when the source
	 * names no one here: the turn is then the last named speaker's (before the first name,
	 * the first named speaker's; in a talk that names no one, `Speaker 1`).
	 */
	labels: string[];
	/**
	 * What is said, with the format's markup taken out (tags, entities, markdown, time
	 * markers) and hard-wrapped lines joined; paragraphs separated by `\n`. Sounds and
	 * stage directions stay where they are (`It was [laughs] funny`, `(applause)`,
	 * `♪ la la ♪`): the assembler takes them out as reactions.
	 */
	text: string;
	/** When it is said, in ms of the recording; `cues` always have both. */
	startMs?: number;
	endMs?: number;
	/** Word times, in order, as UTF-16 offsets into `text`. */
	words?: RawWord[];
	/** The same words in a second language, when the source pairs them (bilingual subtitles). */
	translation?: string;
	/** 1-based line of the source file where it starts (1 for formats without lines, such as JSON). */
	line: number;
	/** A heading (or chapter line) the source puts right before this turn, opening a section: `## Intro`, `## Intro (0:00)`. */
	heading?: Heading;
	/** `turns` only: the time of a break marker right before this turn; it starts no earlier. */
	afterBreakMs?: number;
	/** `cues` only: the source marks a change of speaker here without naming who (`>>`): a new paragraph and a sentence end. */
	speakerChange?: true;
};

/** A timed word: where it is in its turn's text (UTF-16 offsets) and when it is said. */
export type RawWord = {
	start: number;
	end: number;
	startMs: number;
	endMs: number;
	/** The source gives no time of its own for this word (YouTube's first word of a line takes the cue's start). */
	startEstimated?: boolean;
};

/** A section heading placed by position: the turns after it, up to the next, are its section. */
export type Heading = {title: string; line?: number; startMs?: number; endMs?: number};

/** What the file says about the talk; every field optional. */
export type RawMetadata = {
	title?: string;
	subtitle?: string;
	event?: string;
	date?: string;
	episode?: string;
	tags?: string[];
	/** As written (`en`, `zh_CN`, `English`): the assembler makes it a BCP 47 tag, or detects the language. */
	language?: string;
	media?: string;
	cover?: string;
	/** Length of the recording, when the file says: the last untimed turn ends within it. */
	durationMs?: number;
	source: {author?: string; outlet?: string; url?: string; publishedAt?: string; place?: string};
};
