import {decodeEntities} from './decode-entities';
import {TIMESTAMP_SOURCE, parseTimestamp} from './parse-timestamp';

/**
 * Inline markup of transcripts published as markdown or HTML, taken out of a turn's
 * text so that no marker, tag or entity reaches a quote card. Every pattern is anchored
 * or bounded (linear in the text).
 */

/** `\[`, `\*`, `\_`: markdown's escapes of ASCII punctuation. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** A time marker in square brackets (`[00:01:00]`, `[11:37]`), maybe bold, as podcast exports put them inline. */
const TIME_MARKER = new RegExp(String.raw`(?:\*\*)?\[\s?(${TIMESTAMP_SOURCE})\s?\](?:\(#[^)\s]{0,40}\))?(?:\*\*)?`, 'g');
/** `![alt](src)`: an image is not speech. */
const IMAGE = /!\[[^[\]\n]{0,300}\]\([^()\s]{0,2000}(?:\s"[^"\n]{0,200}")?\)/g;
/** `[text](url)` → text. Link text holds no `[`, so a run of `[[[[` costs one step each. */
const LINK = /\[([^[\]\n]{1,300})\]\([^()\s]{0,2000}(?:\s"[^"\n]{0,200}")?\)/g;
/** `<https://x.org>` → the address. */
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,2000})>/g;
/** An HTML tag: removed (a `<br>` becomes a space). */
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]{0,20})(?:\s[^<>\n]{0,500})?\/?>/g;
/** Strong emphasis markers (`**`, `__`); a pair or a stray one alike is markup, not speech. */
const STRONG = /\*\*|(?<![A-Za-z0-9])__|__(?![A-Za-z0-9])/g;
/** A no-break space still written as an entity: a space to emphasis. */
const NBSP_ENTITY = '&nbsp;|&#0*160;|&#[xX]0*[aA]0;';
/**
 * `*word*`, `_word_` emphasis: a marker that may open one, at a word's start (after a space,
 * an opening bracket or quote, a no-break space: `some&nbsp;*classic*&nbsp;Beats`, not
 * inside `snake_case` or `2*3`), and one that may close one, at a word's end. `$1` is
 * what comes before the marker.
 */
const EMPHASIS_OPEN = new RegExp(String.raw`(^|[\s(“"‘'[（「]|${NBSP_ENTITY})[*_](?=[^\s*_])(?!${NBSP_ENTITY})`, 'g');
const EMPHASIS_CLOSE = new RegExp(String.raw`(?<!${NBSP_ENTITY})([^\s*_])[*_](?=$|[\s.,;:!?)”"’'\]）」，。！？；：]|${NBSP_ENTITY})`, 'g');
const CODE_TICKS = /`+/g;
/** `&nbsp;` decodes to U+00A0; in a turn's text it is a plain space. */
const NO_BREAK_SPACE = /\u00a0/g;

/**
 * An escaped emphasis or code mark is a literal one (`.\*` is a regex, not emphasis): until
 * `stripInlineMarkup` has taken out the marks that are markup, it stands as a lone low
 * surrogate, which no pattern there reads and no transcript holds: decoded bytes never
 * have one (a decoder gives U+FFFD), an entity never decodes to one, and
 * `unescapeMarkdown` turns any other (from a JSON string's `\udc2a`) into U+FFFD first. A
 * character of the Private Use Area would have been one a transcript may hold.
 */
const LITERAL_MARKS: ReadonlyMap<string, string> = new Map([
	['*', '\uDC2A'],
	['_', '\uDC5F'],
	['`', '\uDC60'],
]);
const LITERAL_MARK = /(?<![\uD800-\uDBFF])[\uDC2A\uDC5F\uDC60]/g;
const MARK_OF_LITERAL: ReadonlyMap<string, string> = new Map([...LITERAL_MARKS].map(([mark, literal]) => [literal, mark]));
/** A surrogate that is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without its emphasis markers: each closing marker with the last opening one of
 * the same mark not closed yet, as CommonMark pairs them, across the turn's paragraphs. A
 * marker with no partner inside a line is a literal one (`x&nbsp;*&nbsp;y`, a footnote's
 * `model*`). One that opens or closes a line is dropped: its partner went with a speaker's
 * label (`***Jerod Santo:** Jerod here in post… that's why.*`), unless the line holds an
 * escaped one of the same mark it answers (`\*foo*` is `*foo*`). Linear: each marker is
 * pushed and popped once, each line read once.
 */
const stripEmphasis = (text: string): string => {
	const openers = new Set<number>();
	for (const m of text.matchAll(EMPHASIS_OPEN)) openers.add((m.index ?? 0) + (m[1]?.length ?? 0));
	const closers = new Set<number>();
	for (const m of text.matchAll(EMPHASIS_CLOSE)) closers.add((m.index ?? 0) + 1);
	const open: Record<string, number[]> = {'*': [], _: []};
	const dropped = new Set<number>();
	const unpaired = new Set<number>();
	for (const i of [...new Set([...openers, ...closers])].sort((a, b) => a - b)) {
		const stack = open[text[i] ?? ''] ?? [];
		const opener = closers.has(i) ? stack.pop() : undefined;
		if (opener !== undefined) {
			dropped.add(opener);
			dropped.add(i);
		} else if (openers.has(i)) stack.push(i);
		else unpaired.add(i);
	}
	for (const stack of Object.values(open)) for (const i of stack) unpaired.add(i);
	for (let start = 0; unpaired.size > 0 && start <= text.length; ) {
		const newline = text.indexOf('\n', start);
		const end = newline === -1 ? text.length : newline;
		const line = text.slice(start, end);
		const edges = [start + line.length - line.trimStart().length, start + line.trimEnd().length - 1];
		for (const edge of new Set(edges)) if (unpaired.has(edge) && !line.includes(LITERAL_MARKS.get(text[edge] ?? '') ?? '\n')) dropped.add(edge);
		start = end + 1;
	}
	if (dropped.size === 0) return text;
	let out = '';
	let from = 0;
	for (const i of [...dropped].sort((a, b) => a - b)) {
		out += text.slice(from, i);
		from = i + 1;
	}
	return out + text.slice(from);
};

/** Removes markdown's backslash escapes: `\[laughs\]` → `[laughs]`; an escaped `*`, `_` or `` ` `` is kept from `stripInlineMarkup`, which gives it back. */
export const unescapeMarkdown = (text: string): string =>
	text.replace(LONE_SURROGATE, '\uFFFD').replace(ESCAPE, (_whole, mark: string) => LITERAL_MARKS.get(mark) ?? mark);

/**
 * The time of a marker opening `text` (`[00:01:00] Well…` → 60000), and `text` with every
 * bracketed time marker removed: they are the transcript's clock, not speech. Expects
 * markdown escapes already removed.
 */
export const takeTimeMarkers = (text: string): {text: string; leadingMs: number | null} => {
	let leadingMs: number | null = null;
	const trimmed = text.trimStart();
	const first = new RegExp(`^${TIME_MARKER.source}`).exec(trimmed);
	if (first) leadingMs = parseTimestamp(first[1] ?? '');
	return {text: text.replace(TIME_MARKER, ' '), leadingMs};
};

/**
 * Markdown and HTML markup → plain text: links keep their text, images and tags go,
 * entities are decoded, emphasis and code markers are dropped (not those `unescapeMarkdown`
 * found escaped: `.\*` stays `.*`). Square-bracketed stage
 * directions (`[laughter]`) are left for the caller to take out as reactions.
 */
export const stripInlineMarkup = (text: string): string => {
	const untagged = text
		.replace(IMAGE, ' ')
		.replace(LINK, '$1')
		.replace(AUTOLINK, '$1')
		.replace(HTML_TAG, (_whole, tag: string) => (tag.toLowerCase() === 'br' ? ' ' : ''))
		.replace(STRONG, '');
	return decodeEntities(stripEmphasis(untagged).replace(CODE_TICKS, ''))
		.replace(NO_BREAK_SPACE, ' ')
		.replace(LITERAL_MARK, (literal) => MARK_OF_LITERAL.get(literal) ?? literal);
};
