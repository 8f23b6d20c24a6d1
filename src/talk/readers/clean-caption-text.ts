import {decodeEntities} from '../decode-entities';

/** HTML-like tags of subtitle files: `<i>`, `</b>`, `<font color="#fff">`, `<c.colorE5E5E5>`, `<v Ana>`, `<00:00:01.000>`. */
const TAG = /<\/?(?:[A-Za-z][^<>\n]{0,200}|\d[\d:.]{0,20})>/g;
/** ASS/SSA override blocks that converters leave in SRT files: `{\an8}`, `{\i1}`. */
const ASS_OVERRIDE = /\{\\[^{}\n]{0,200}\}/g;
/** A fansub translator's note mark (`好的，欢迎回来[*]`): the note itself is in another track. */
const NOTE_MARK = /\[\*\]/g;
/** Invisible characters that carry nothing for a reader: zero-width space and joiner-free marks, direction marks, BOMs. */
const INVISIBLE = /[\u200b\u200e\u200f\u2060\ufeff]/g;
const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * A subtitle cue's text as plain text: markup out (tags, ASS overrides, `\N` line
 * breaks, a translator's `[*]` note mark), character references decoded after that (so an escaped `&lt;i&gt;` stays
 * text), no-break and other wide spaces as one plain space, each line trimmed, empty
 * lines dropped. Lines stay separate (`\n`): the caller decides how they join.
 */
export const cleanCaptionText = (text: string): string =>
	normaliseCaptionSpaces(decodeEntities(text.replace(/\\N/g, '\n').replace(TAG, '').replace(ASS_OVERRIDE, '').replace(NOTE_MARK, '')));

/** Text already free of markup (a parser's output): invisible characters out, wide and no-break spaces as one space, lines trimmed, empty ones dropped. */
export const normaliseCaptionSpaces = (text: string): string =>
	text
		.replace(INVISIBLE, '')
		.split('\n')
		.map((line) => line.replace(SPACE_RUN, ' ').trim())
		.filter((line) => line !== '')
		.join('\n');
