/** Bidi overrides and marks, zero-width characters and the byte-order mark: invisible, and a label or text holding one is not what it shows. */
export const INVISIBLE_FORMAT = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Text without what no one says and a terminal would act on: escape sequences
 * (`\x1b[31m`), control characters (a space in their place), bidi overrides and
 * zero-width characters. For one line: a line feed is a control character here.
 */
export const stripControls = (text: string): string =>
	text
		// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what is removed.
		.replace(/\u001b\[[0-9;?]{0,20}[ -/]{0,4}[@-~]/g, '')
		// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
		.replace(INVISIBLE_FORMAT, '');

/** A name or title: `stripControls`, whitespace runs to one space, trimmed. */
export const cleanName = (text: string): string => stripControls(text).replace(/\s+/g, ' ').trim();
