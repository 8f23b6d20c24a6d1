import {METADATA_KEYS} from '../metadata-keys';
import {TITLES, isPersonName, isRoleLabel, nameWords} from '../person-name';
import type {RawTranscript} from '../raw-transcript';
import {readSpeakerMarker} from './read-markdown';
import {findFrontMatter, readFrontMatter} from './read-front-matter';
import {type HeaderReader, bodyOf, countHeaders, scanTranscript, splitLines, withoutAbbreviations} from './scan-transcript';

/**
 * Plain speaker labels opening paragraphs, as translated and published interviews write
 * them: `Shaun Apps（SA）：我先做个开场吧。` then `SA：言归正传…`, `Ana: Hello.`. A label
 * counts when it opens at least two paragraphs, is declared with its short form
 * (`Name（SA）`), names a speaker the front matter lists (full name, first or last
 * name, initials), or numbers a voice as recurring labels do (`Speaker 3:` beside
 * `Speaker 1:` and `Speaker 2:`); so `Note: …` in a turn stays text.
 */
const LABEL = /^ {0,3}([^:：\s][^:：]{0,39})[:：] ?/;
/** Sentence punctuation, links, markup: a label with any of these is text, not a name. */
const NOT_A_NAME = /[。，,.!?！？;；"“”*[\]#>|/=]|^\d+$|https?$/;

/**
 * A lower-case word of up to four letters shortened with a full stop before a voice's
 * number (`mem.` in `Team mem. 1`, `Team mem.1`); "Yes. Look:", "No. 1:", "Fig. 1:", "Ed.
 * note:" and "Oak vs. pine:" are sentences, list items and notes.
 */
const SHORTENED = /(?<=\p{L} )(\p{Ll}{1,4})\.(?= ?\p{N}+$)/gu;
/** A label without the full stops of its initials, titles and shortened words (`Team mem. 1` → `Team mem 1`). */
const unshortened = (label: string): string => withoutAbbreviations(label).replace(SHORTENED, '$1');

/** `Speaker 3`, `发言人3`, `Guest 12`: a word and the number of a voice. */
const NUMBERED = /^(\p{L}[\p{L} ]{0,19}?) ?(\d{1,3})$/u;

/** `Shaun Apps（SA）`: a name declaring the short label used after it. */
const DECLARED = /[(（]([^()（）]{1,12})[)）]$/;

const labelOf = (line: string): {label: string; length: number} | null => {
	const m = LABEL.exec(line);
	if (!m) return null;
	const label = (m[1] ?? '').trim();
	// `Susan M. Elliott:`, `Dr. Todd Lowary:`: an initial's or a title's full stop is a name's; so is a short word's inside a label, as people name voices in a transcription tool (`Team mem. 1:`).
	if (label === '' || NOT_A_NAME.test(unshortened(label)) || label.split(/\s+/).length > 6) return null;
	// `Author: …`, `Date: …` are metadata; `Host:` and `主持人：` are also how transcripts label the host's turns.
	if (METADATA_KEYS.get(label.toLowerCase()) !== undefined && METADATA_KEYS.get(label.toLowerCase()) !== 'host') return null;
	return {label, length: m[0].length};
};

/** The labels that open turns in `lines`: recurring, declared, or listed in the front matter. */
const acceptedLabels = ({lines, listed}: {lines: readonly string[]; listed: readonly string[]}): Set<string> => {
	// Each line's label, read once for the counts, the paragraphs and the names the talk says.
	const labels = lines.map(labelOf);
	const body = bodyOf(lines).offset;
	const counts = new Map<string, number>();
	for (let i = body; i < lines.length; i++) {
		const l = labels[i];
		if (l) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
	}
	const names = new Set<string>();
	for (const n of listed) {
		names.add(n.toLowerCase());
		const words = n.split(/\s+/);
		for (const w of words) names.add(w.toLowerCase());
		if (words.length > 1)
			names.add(
				words
					.map((w) => w[0] ?? '')
					.join('')
					.toLowerCase(),
			);
	}
	for (const label of counts.keys()) {
		const declared = DECLARED.exec(label);
		if (declared) names.add((declared[1] ?? '').trim().toLowerCase());
	}
	const accepted = new Set<string>();
	for (const [label, count] of counts) {
		if (count >= 2 || DECLARED.test(label) || names.has(label.toLowerCase())) accepted.add(label);
	}
	// A numbered voice heard once (`Speaker 3:`) is one of the numbered voices that recur (`Speaker 1:`, `Speaker 2:`).
	const numberedWords = new Set([...accepted].flatMap((l) => NUMBERED.exec(unshortened(l))?.[1]?.toLowerCase() ?? []));
	for (const label of counts.keys()) {
		const word = NUMBERED.exec(unshortened(label))?.[1]?.toLowerCase();
		if (word !== undefined && numberedWords.has(word)) accepted.add(label);
	}
	for (const label of heardOnceAmongTurns({lines, labels, body, accepted})) accepted.add(label);
	return accepted;
};

/** What a line says when it is a sentence: words, then its end. */
const SENTENCE = /^(?:\S+\s+){2,}\S*[.?!。？！…]['"”’)]*$|^[\p{sc=Han}].{4,}[。？！…]$/u;
/** A capitalised word said after a lower-case word, a comma or a title, or called at a sentence's start before a comma (`¶` stands for a line's label). */
const NAME_SAID = new RegExp(
	String.raw`(?<=(?:[\p{Ll},;]|\b(?:${TITLES})\.)[ \t\n]{1,4})\p{Lu}[\p{L}\p{M}'’-]*|(?<=(?:^|[.!?¶])[ \t]{0,4})\p{Lu}[\p{Ll}\p{M}'’-]+(?=,)`,
	'gmu',
);

/**
 * Labels heard once that open a turn all the same, in a file whose turns are labelled
 * (at least two labels recur), on a paragraph between paragraphs that open with accepted
 * labels: a role (`isRoleLabel`: the moderator's welcome before the guests speak, an
 * audience member's one question) anywhere, or a person's name of two or three words
 * (NAME_WORD, not ending on a common English word) whose first name the talk says
 * elsewhere ("…This is Jared and Diana." before `Diana Hu:`), not on the first or last
 * paragraph (a title, a credit). Before, the first was left out as an introduction and
 * the others ran into the turn before them. "Java:", "New York:" or "Title:" stay text.
 */
type LineLabel = {label: string; length: number} | null;
/** A file's lines with each one's label (`labelOf`), where its body starts, and the labels accepted so far. */
type LabelledLines = {lines: readonly string[]; labels: readonly LineLabel[]; body: number; accepted: ReadonlySet<string>};

const heardOnceAmongTurns = ({lines, labels, body, accepted}: LabelledLines): string[] => {
	if (accepted.size < 2) return [];
	const filled = paragraphsOf({lines, labels, body, accepted});
	const opensTurn = (k: number) => {
		const label = filled[k]?.label;
		return label !== undefined && label !== null && accepted.has(label);
	};
	let said: ReadonlySet<string> | undefined;
	const once: string[] = [];
	filled.forEach(({label, rest}, k) => {
		if (label === null || accepted.has(label)) return;
		const edge = k === 0 || k === filled.length - 1;
		const between = (k === 0 || opensTurn(k - 1)) && (k === filled.length - 1 || opensTurn(k + 1));
		if (!between) return;
		// On the first or last paragraph, a role says a sentence ("Moderator: Welcome to the panel…"), not a name ("Producer: Sam Lee", a credit).
		if (isRoleLabel(label)) {
			if (!edge || SENTENCE.test(rest.trim())) once.push(label);
		} else if (!edge && isPersonName(label)) {
			said ??= namesSaidInside({lines, labels});
			if (said.has(firstName(label))) once.push(label);
		}
	});
	return once;
};

const firstName = (label: string): string => nameWords(label)[0] ?? '';

/**
 * Capitalised words said inside a sentence, after a lower-case word or a comma, or called
 * at its start ("Jenny, welcome."): names, not a sentence's first word. The lines' own
 * labels are left out (a label is no evidence of itself). Read once, in one pass.
 */
const namesSaidInside = ({lines, labels}: {lines: readonly string[]; labels: readonly LineLabel[]}): Set<string> => {
	const names = new Set<string>();
	const text = lines
		.map((line, i) => {
			const l = labels[i];
			return l ? `¶ ${line.slice(l.length)}` : line;
		})
		.join('\n');
	for (const m of text.matchAll(NAME_SAID)) names.add(m[0].replace(/['’]s$/, ''));
	return names;
};

/**
 * The body's paragraphs, each with the label its first line opens with: blocks between
 * empty lines when the file's labelled turns are set apart so (a turn's lines may wrap),
 * else each line.
 */
const paragraphsOf = ({lines, labels, body, accepted}: LabelledLines): {label: string | null; rest: string}[] => {
	const opens = (i: number) => {
		const l = labels[i];
		return l ? accepted.has(l.label) : false;
	};
	const blank = (i: number) => (lines[i] ?? '').trim() === '';
	let labelled = 0;
	let setApart = 0;
	for (let i = body; i < lines.length; i++) {
		if (!opens(i)) continue;
		labelled++;
		if (i === body || blank(i - 1)) setApart++;
	}
	const blocks = setApart >= BLOCK_SHARE * labelled;
	const paragraphs: {label: string | null; rest: string}[] = [];
	for (let i = body; i < lines.length; i++) {
		if (blank(i) || (blocks && i > body && !blank(i - 1))) continue;
		const l = labels[i];
		const line = lines[i] ?? '';
		paragraphs.push({label: l?.label ?? null, rest: l ? line.slice(l.length) : line});
	}
	return paragraphs;
};
/** The share of labelled lines after an empty line at which a file's paragraphs are its blocks. */
const BLOCK_SHARE = 0.8;

const makeHeaderReader =
	(accepted: ReadonlySet<string>): HeaderReader =>
	({line}) => {
		const l = labelOf(line);
		if (l === null || !accepted.has(l.label)) return null;
		return {names: [l.label], rest: line.slice(l.length).trim()};
	};

const listedSpeakers = (lines: readonly string[]): string[] => {
	const fm = findFrontMatter(lines);
	if (fm === null) return [];
	try {
		return readFrontMatter({lines, end: fm.end, file: ''}).speakers.map((s) => s.name);
	} catch {
		return [];
	}
};

/** The header reader of plain labels for `lines`: the labels accepted there (`acceptedLabels`), with `listed` names (a front matter's, an attendees list). */
export const labelHeaderReader = ({lines, listed}: {lines: readonly string[]; listed: readonly string[]}): HeaderReader =>
	makeHeaderReader(acceptedLabels({lines, listed}));

/** Three or more paragraphs open with accepted labels, and no line opens with a bold marker (that is the markdown dialect). */
export const looksLikeLabelLines = (text: string): boolean => {
	const lines = text.split('\n', 5000);
	if (countHeaders({text, readHeader: readSpeakerMarker}).headers > 0) return false;
	const accepted = acceptedLabels({lines, listed: listedSpeakers(lines)});
	if (accepted.size === 0) return false;
	return countHeaders({text, readHeader: makeHeaderReader(accepted)}).headers >= 3;
};

export const readLabelLines = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const lines = splitLines({text, file});
	const accepted = acceptedLabels({lines, listed: listedSpeakers(lines)});
	return {transcript: scanTranscript({text, file, format: 'plain labels', readHeader: makeHeaderReader(accepted), sameSpeaker: 'turn'})};
};
