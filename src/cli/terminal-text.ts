/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the
 * sequences that retitle the window or clear the screen), DEL, C1 controls (U+009B is a
 * one-character CSI), and the bidirectional overrides and isolates that reorder what
 * follows on the line. Tab and newline are laid out by the caller.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (ch: string): string => {
	const code = ch.codePointAt(0) ?? 0;
	if (ch === '\n') return '\\n';
	if (ch === '\r') return '\\r';
	if (ch === '\t') return '\\t';
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `text` safe to print on one terminal line: every control character, line break and
 * bidi override shown escaped (`\x1b`, `\n`, `\u202e`), everything else as it is.
 */
export const escapeForTerminal = (text: string): string => text.replace(UNSAFE_OR_BREAK, escapeOne);

/** The same, keeping line breaks and tabs: for text that is several lines on purpose (help, usage). */
export const escapeForTerminalKeepingLines = (text: string): string => text.replace(UNSAFE, escapeOne);

/** Writes one line, escaped, to `stream` (stderr by default): the way the CLI prints every log and error line. */
export const writeLine = (line: string, stream: NodeJS.WritableStream = process.stderr): void => {
	stream.write(`${escapeForTerminal(line)}\n`);
};
