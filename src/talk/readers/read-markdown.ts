import {UserError} from '../../errors';
import type {RawTranscript} from '../raw-transcript';
import {findFrontMatter} from './read-front-matter';
import {type HeaderReader, type TurnHeader, type UnclosedMarker, scanTranscript} from './scan-transcript';

/**
 * The markdown interview dialect: `# Title` (or YAML front matter), `key: value` lines,
 * `## Section` headings and chapter lines, and turns opened by a bold speaker marker:
 *
 *     **Name:** text            **Name**: text          **Name** : text
 *     **A** 和 **B** : text     **A** and **B**: text   (text may start on the next line)
 *
 * A time marker opening the text (`**Jerod Santo:** \[06:15\] …`, as the Changelog
 * publishes) gives the turn its time; stage directions in square brackets (`[欢呼声]`,
 * `\[laughs\]`) become reaction turns; `**Break**: \[32:01\]` and other non-speech labels
 * open no turn. A top-level `# ` heading after the first turn ends the talk (what
 * follows is the publisher's), unless the front matter gave the title, when `# `
 * headings are chapters.
 */

const SPEAKER_JOINERS: ReadonlySet<string> = new Set(['和', '与', '及', '跟', '、', ',', '，', '&', 'and']);
const isColon = (c: string | undefined): boolean => c === ':' || c === '：';

/**
 * Reads a bold speaker marker at the start of `line` in one pass, without a regular
 * expression (the one this replaces backtracked exponentially on `**a** **a** …`).
 * Null when the line is not a marker (a bold phrase without a colon is text);
 * `{unclosed}` for `**Bob: …` with no closing `**` on the line.
 */
export const readSpeakerMarker: HeaderReader = ({line, lineNumber, file}): TurnHeader | UnclosedMarker | null => {
	if (!line.startsWith('**')) return null;
	const names: string[] = [];
	let pos = 0;
	for (;;) {
		const close = line.indexOf('**', pos + 2);
		if (close === -1) {
			if (names.length > 0) return null;
			const colon = firstColon(line, 2);
			return colon > 2 && colon - 2 <= 60 ? {unclosed: line.slice(2, colon).trim()} : null;
		}
		const inner = line.slice(pos + 2, close);
		pos = close + 2;
		const trimmed = inner.trimEnd();
		if (isColon(trimmed[trimmed.length - 1])) {
			names.push(trimmed.slice(0, -1));
			return marker({names, rest: line.slice(pos), file, lineNumber, line});
		}
		names.push(inner);
		let p = pos;
		while (line[p] === ' ') p++;
		if (isColon(line[p])) return marker({names, rest: line.slice(p + 1), file, lineNumber, line});
		// `**A** 和 **B**`: a joiner, then the next bold name.
		const next = line.indexOf('**', p);
		if (next === -1 || next - p > 6) return null;
		if (!SPEAKER_JOINERS.has(line.slice(p, next).trim().toLowerCase())) return null;
		pos = next;
	}
};

const firstColon = (line: string, from: number): number => {
	for (let i = from; i < line.length && i < from + 62; i++) if (isColon(line[i])) return i;
	return -1;
};

const marker = ({names, rest, file, lineNumber, line}: {names: string[]; rest: string; file: string; lineNumber: number; line: string}): TurnHeader => {
	const cleaned = names.map((n) => n.replace(/\s+/g, ' ').trim());
	if (cleaned.some((n) => n === '')) {
		throw new UserError({code: 'TALK_PARSE', file, line: lineNumber, problem: `speaker line "${line.slice(0, 40)}" has no name`});
	}
	return {names: cleaned, rest: rest.trim()};
};

/** Any markdown document: front matter, a heading, or a line opening with bold. */
export const looksLikeMarkdown = (text: string): boolean => {
	if (text.startsWith('---') && findFrontMatter(text.split('\n')) !== null) return true;
	const lines = text.split('\n', 2000);
	return lines.some((l) => l.startsWith('**') || /^ {0,3}#{1,6} /.test(l));
};

export const readMarkdown = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'markdown', readHeader: readSpeakerMarker, sameSpeaker: 'turn', blockquotes: true}),
});
