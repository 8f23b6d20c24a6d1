import {METADATA_KEYS} from '../metadata-keys';
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

/** A word of up to four letters shortened with a full stop, inside a label (`mem.` in `Team mem. 1`): not at its end, where the stop ends a sentence. */
const SHORTENED = /(?<!\p{L})(\p{L}{1,4})\.(?= [\p{L}\p{N}])/gu;
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
	const counts = new Map<string, number>();
	for (let i = bodyOf(lines).offset; i < lines.length; i++) {
		const l = labelOf(lines[i] ?? '');
		if (l !== null) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
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
	return accepted;
};

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
