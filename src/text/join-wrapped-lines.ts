import {isCjkChar} from './classify-char';

export type JoinWrappedLinesInput = {
	lines: readonly string[];
};

// Quotes that look the same in Chinese and English text (Inter draws them in both); at a
// join we look past them to the character they enclose to decide on the space.
const AMBIGUOUS_QUOTES = new Set([...'“”‘’"\'']);
const SPACE_RUN = /[ \t\u00A0]+/gu;

/** The characters of `line` from its start, or from its end, one code point at a time (no array of a long line's characters). */
function* charsFrom(line: string, fromEnd: boolean): Generator<string> {
	if (!fromEnd) {
		yield* line;
		return;
	}
	for (let i = line.length; i > 0; ) {
		const low = line.charCodeAt(i - 1);
		const pair = i > 1 && low >= 0xdc00 && low <= 0xdfff && line.charCodeAt(i - 2) >= 0xd800 && line.charCodeAt(i - 2) <= 0xdbff;
		const from = pair ? i - 2 : i - 1;
		yield line.slice(from, i);
		i = from;
	}
}

/** The character that decides the join: the edge character, or the one inside an ambiguous quote. */
const decidingChar = (line: string, fromEnd: boolean): string | undefined => {
	let edge: string | undefined;
	for (const char of charsFrom(line, fromEnd)) {
		edge ??= char;
		if (!AMBIGUOUS_QUOTES.has(char)) return char;
	}
	return edge;
};

/**
 * Joins hard-wrapped source lines into one string. Each line is trimmed and its runs of
 * spaces/tabs collapse to one space; blank lines are skipped (paragraphs are split by the
 * caller). At each join: no space when the character on either side is CJK (Han, kana,
 * CJK punctuation, full-width forms), one space otherwise. So `Sam` + `Altman` gives
 * `Sam Altman`, `我们` + `的` gives `我们的`, and `的` + `Brian` gives `的Brian`: a wrap between
 * CJK and Latin is taken as the source's own choice of no space, since Chinese text in
 * our transcripts sets Latin words without surrounding spaces, and a source that wanted
 * one keeps it inside the line. Hyphenated wraps are not undone (`state-of-` + `the-art`
 * gives `state-of- the-art`). The result never has doubled spaces.
 */
export const joinWrappedLines = ({lines}: JoinWrappedLinesInput): string => {
	let joined = '';
	let previous = '';
	for (const rawLine of lines) {
		const line = rawLine.replace(SPACE_RUN, ' ').trim();
		if (line === '') {
			continue;
		}
		if (joined !== '') {
			const before = decidingChar(previous, true);
			const after = decidingChar(line, false);
			const cjkSide = (before !== undefined && isCjkChar(before)) || (after !== undefined && isCjkChar(after));
			joined += cjkSide ? '' : ' ';
		}
		joined += line;
		previous = line;
	}
	return joined;
};
