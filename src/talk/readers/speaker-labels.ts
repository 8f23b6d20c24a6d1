import {isSoundAside, saysAWord, splitNonSpeech} from '../non-speech';

/**
 * Speaker labels written into caption text: `Travis: When you first get…` (often on the
 * first cue of a turn only), `- Ana: …`, `[Alba] En 1928,` (SDH captions), `主持人：…`,
 * and the speaker-change mark `>>` of broadcast captions.
 */
export type SpeakerLabel = {
	/** The name as written; null for `>>` (someone else speaks, unnamed). */
	name: string | null;
	/** The line without the label. */
	rest: string;
	/**
	 * A display name typed in lower case, one word, as meeting tools show them (`stokes:`,
	 * `kingy_sigp:`): a label only in a file that labels most of its cues (`acceptedLabelNames`).
	 */
	handle?: true;
};

const LATIN_WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.-]*";
const PARTICLE = '(?:de|da|di|du|van|von|der|den|del|della|la|le|bin|al|y)';
const LATIN_NAME = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ _](?:${LATIN_WORD}|${PARTICLE})){0,3}`;
const CJK_NAME = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}·・]{1,5}';
/**
 * What a meeting tool appends to a display name: a role or an organisation in one word, as
 * written (Zoom's `Ashlee Kupor (SL):`, `Eve Stone (eBay):`), pronouns (`Ana Lima
 * (she/her):`, `(They / Them)`), or an organisation of several words, each opening in a
 * capital or a particle, a company's suffix after a comma (`Tom Sweeney (Red Hat, Inc.):`,
 * `(IBM Research – Zürich)`, `(Universidade de São Paulo)`). An aside in lower case is none
 * (`Then (after a while):`).
 */
const NOTE_WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d.&'’-]{0,24}";
const NOTE_PARTICLE = '(?:de|da|do|dos|das|di|du|der|des|van|von|of|and|&|für|la|le|y|e|–|-)';
const COMPANY = '(?:Inc|LLC|Ltd|GmbH|Corp|Co|PLC|AG|BV|SA|SAS|SL|Pty Ltd|LLP|Limited)\\.?';
const ONE_WORD_NOTE = '[\\p{L}\\d.]{1,12}';
const PRONOUNS = '\\p{L}{1,5}(?: ?/ ?\\p{L}{1,5}){1,2}';
const MANY_WORD_NOTE = `${NOTE_WORD}(?: (?:${NOTE_WORD}|${NOTE_PARTICLE})){1,5}(?:, ${COMPANY})?|${NOTE_WORD}, ${COMPANY}`;
const NAME_NOTE = `(?: \\((?:${PRONOUNS}|${ONE_WORD_NOTE}|${MANY_WORD_NOTE})\\))?`;
const COLON_LABEL = new RegExp(`^(?:[-–—]\\s*)?(${LATIN_NAME}${NAME_NOTE}|${CJK_NAME}(?: \\([^()]{1,20}\\))?)\\s*[:：]\\s*(.*)$`, 'su');
/** `stokes: Hello, everyone.`: a lower-case word of letters, digits, `_`, `.` or `-` (not ending in `.`), a colon and a space. */
const HANDLE_LABEL = /^(?:[-–—]\s*)?(\p{Ll}[\p{L}\p{M}\d_.-]{0,30}[\p{L}\p{M}\d_])[:：](?:\s+(.*))?$/su;
const BRACKET_LABEL = /^[[【]([^\]】[【\n]{1,40})[\]】]\s*(\S.*)$/u;
/** A sound and nothing said (`[laughs]`, `(applause).`, `（笑）`), by what the assembler takes out as sounds (`splitNonSpeech`). */
export const isSoundOnly = (text: string): boolean => {
	const {speech, reactions} = splitNonSpeech(text);
	return reactions.length > 0 && !saysAWord(speech);
};
/** `>>`, `»`, or a subtitle's dialogue dash (`- Oh, the $200?`): the next speaker's line. */
const CHANGE_MARK = /^(?:>>|&gt;&gt;|»|[-–—](?=\s))\s*(.*)$/u;

/** Words followed by a colon that introduce something other than a speaker. */
const NOT_A_NAME =
	/^(?:note|notes|nb|ps|warning|caution|update|edit|edited|example|e\.g|i\.e|tip|hint|important|summary|title|description|date|time|language|kind|style|region|translation|translator|translated by|transcript|transcription|subtitles?|captions?|source|chapter|part|step|rule|question|answer|re|fwd|https?|www|mailto|ftp|tl;dr|also|and|but|so|or|then|now|here|there|this|that|what|why|how|yes|no|ok|okay|well|first|second|third|finally|remember|listen|look)$/i;

const MAX_NAME_LENGTH = 40;

/**
 * Whether a name with its note is a speaker's display name: a word that introduces
 * something else stays one with a note after it (`Update (Red Hat):`); a note of several
 * words, or pronouns, follows a person's name of two words without digits, not a topic's
 * (`Mac (Apple Silicon):`, `Step 2 (Configure the cluster):`, `I (he/him):`).
 */
const isDisplayName = (name: string): boolean => {
	const open = name.indexOf(' (');
	const base = open === -1 ? name : name.slice(0, open);
	const note = open === -1 ? '' : name.slice(open + 2, -1);
	if (base.length > MAX_NAME_LENGTH || note.length > MAX_NAME_LENGTH || NOT_A_NAME.test(base)) return false;
	if (note === '' || /^[\p{L}\d.]{1,12}$/u.test(note)) return true;
	return readsAsCjk(base) || (base.split(' ').length >= 2 && !/\d/.test(base));
};

const readsAsCjk = (text: string): boolean => /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}·・]+$/u.test(text);

/** The label opening a caption line, or null when it has none. */
export const readSpeakerLabel = (line: string): SpeakerLabel | null => {
	const change = CHANGE_MARK.exec(line);
	// A dash before a sound alone (`- [laughs]`) is no one's line: the sound is heard where it is.
	if (change && !(/^[-–—]/u.test(line) && isSoundOnly(change[1] ?? ''))) {
		const inner = readSpeakerLabel(change[1] ?? '');
		return inner ?? {name: null, rest: (change[1] ?? '').trim()};
	}
	const colon = COLON_LABEL.exec(line);
	if (colon) {
		const name = (colon[1] ?? '').trim();
		if (isDisplayName(name)) return {name, rest: (colon[2] ?? '').trim()};
	}
	const handle = HANDLE_LABEL.exec(line);
	if (handle) {
		const name = handle[1] ?? '';
		if (!NOT_A_NAME.test(name)) return {name, rest: (handle[2] ?? '').trim(), handle: true};
	}
	const bracket = BRACKET_LABEL.exec(line);
	if (bracket) {
		const name = (bracket[1] ?? '').trim();
		if (new RegExp(`^(?:${LATIN_NAME}|${CJK_NAME})$`, 'u').test(name) && !isSoundAside({inner: name, square: true}) && !NOT_A_NAME.test(name)) {
			return {name, rest: (bracket[2] ?? '').trim()};
		}
	}
	return null;
};

/** A lower-case handle is a label only where at least this share of the cues open on a label, as in a meeting tool's captions. */
const HANDLE_LABELLED_SHARE = 0.5;

/**
 * The names that really are speaker labels in a file, from the labels of its cues' first
 * lines (one entry per cue, null for a cue without one): a name written twice or more, or
 * any name once two different ones are seen. A lone `Remember: …` in a lecture is speech;
 * `Travis:` … `Sarah:` are speakers. A lower-case handle (`stokes:`) counts only when
 * written twice or more in a file where at least half the cues open on a label written
 * twice or more: in a lecture, `input: a list` is speech, and so is a glossary read aloud.
 */
export const acceptedLabelNames = (labels: readonly (SpeakerLabel | null)[]): Set<string> => {
	const written = new Map<string, number>();
	const handles = new Set<string>();
	for (const label of labels) {
		if (!label?.name) continue;
		written.set(label.name, (written.get(label.name) ?? 0) + 1);
		if (label.handle) handles.add(label.name);
	}
	// Cues opening on a name written twice or more: a glossary read aloud ("latency: …", each term once) is no meeting.
	const labelled = labels.filter((l) => l?.name && (written.get(l.name) ?? 0) >= 2).length;
	const handlesCount = labels.length > 0 && labelled / labels.length >= HANDLE_LABELLED_SHARE;
	const names = [...written].filter(([name, n]) => !handles.has(name) || (handlesCount && n >= 2));
	if (!names.some(([, n]) => n >= 2) && names.length < 2) return new Set();
	return new Set(names.map(([name]) => name));
};

const MAX_CREDIT_CHARS = 120;

/**
 * A line that only names who speaks, and their title, in parentheses: `（特雷西米兰诺——康奈尔大学网络政策主管）`,
 * `(Tracy Mitrano - Director of IT Policy, Cornell)`, as translated subtitles credit a speaker
 * on the first cue of a turn. Returns the name, or null.
 */
export const readCreditLine = (line: string): string | null => {
	const text = line.trim();
	// A credit is at most a 30-character name and a 60-character title; the bound keeps the
	// pattern's runs of spaces from backtracking over a long line (`(` + 99 000 spaces + `a`).
	if (text.length > MAX_CREDIT_CHARS) return null;
	const m = /^[(（]\s{0,8}([^()（）—–\-:：]{1,30}?)\s{0,8}(?:——|—|–|\s-\s|:|：)\s{0,8}[^()（）]{1,60}[)）]$/u.exec(text);
	return m ? (m[1] ?? '').trim() || null : null;
};
