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
/** `*word*`, `_word_` emphasis: a marker at a word's edge (not inside `snake_case` or `2*3`), a no-break space before or after it too (`some&nbsp;*classic*&nbsp;Beats`). */
const EMPHASIS_OPEN = /(^|[\s(“"‘'[（「]|&nbsp;|&#0*160;|&#[xX]0*[aA]0;)[*_](?=[^\s*_])/g;
const EMPHASIS_CLOSE = /([^\s*_])[*_](?=$|[\s.,;:!?)”"’'\]）」，。！？；：]|&nbsp;|&#0*160;|&#[xX]0*[aA]0;)/g;
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
export const stripInlineMarkup = (text: string): string =>
	decodeEntities(
		text
			.replace(IMAGE, ' ')
			.replace(LINK, '$1')
			.replace(AUTOLINK, '$1')
			.replace(HTML_TAG, (_whole, tag: string) => (tag.toLowerCase() === 'br' ? ' ' : ''))
			.replace(STRONG, '')
			.replace(EMPHASIS_OPEN, '$1')
			.replace(EMPHASIS_CLOSE, '$1')
			.replace(CODE_TICKS, ''),
	)
		.replace(NO_BREAK_SPACE, ' ')
		.replace(LITERAL_MARK, (literal) => MARK_OF_LITERAL.get(literal) ?? literal);
