/**
 * The errors of every layer: the bottom layer, importing nothing.
 *
 * - `UserError`: a mistake in the user's input (a file, an argument, a recording). The
 *   CLI prints its one line and exits 2.
 * - `InternalError`: a broken promise between talkreel's own parts (a plan that does not
 *   add up, an encoder that stopped early). The CLI prints `internal error: …` and exits 1.
 *
 * Both carry a code and quote what they saw: `TALK_PARSE: data/x.md:12: speaker line
 * "**:**" has no name`, `RENDER: 12 of 300 frames reached the encoder`.
 */

/** Codes of the user's mistakes. */
export type UserErrorCode =
	| 'TALK_READ'
	| 'TALK_PARSE'
	| 'TALK_EMPTY'
	| 'TALK_BINARY'
	/** Bytes that are not text in an encoding talkreel reads (damaged UTF-8). */
	| 'TALK_ENCODING'
	/** Beyond a stated limit: file size, line length, turn count. */
	| 'TALK_LIMIT'
	| 'EDITS_PARSE'
	| 'EDITS_TARGET'
	| 'ARGS'
	/** A recording that is missing, unreadable, silent or shorter than the transcript. */
	| 'MEDIA'
	/** The user's model endpoint for `highlights --suggest`: unreachable, too slow, an HTTP error, a refusal, an answer not of the asked shape. */
	| 'SUGGEST'
	/** Rendering on AWS Lambda: credentials, the function, the site, the account's limits. */
	| 'LAMBDA';

/** Codes of internal failures, by the part whose promise broke. */
export type InternalErrorCode = 'TEXT_FIT' | 'TEXT_WEIGHT' | 'READ' | 'PLAN' | 'RENDER' | 'AUDIO' | 'CLIPS' | 'BROWSER' | 'LAMBDA' | 'STUDIO';

/** Messages quote the user's text; no message may echo megabytes of it. */
const MAX_MESSAGE_LENGTH = 2000;

const bounded = (text: string): string => (text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH)}… (${text.length} characters)`);

/**
 * A user's mistake in an input file or argument. `message` is the whole line shown:
 * `TALK_PARSE: data/x.md:12: speaker line "**:**" has no name`.
 */
export class UserError extends Error {
	readonly code: UserErrorCode;
	readonly file: string | undefined;
	readonly line: number | undefined;
	readonly problem: string;

	constructor({code, file, line, problem}: {code: UserErrorCode; file?: string; line?: number; problem: string}) {
		const where = file === undefined ? '' : line === undefined ? `${file}: ` : `${file}:${line}: `;
		super(bounded(`${code}: ${where}${problem}`));
		this.name = 'UserError';
		this.code = code;
		this.file = file;
		this.line = line;
		this.problem = problem;
	}
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** A broken promise between talkreel's own parts: `RENDER: 12 of 300 frames reached the encoder`. */
export class InternalError extends Error {
	readonly code: InternalErrorCode;

	constructor({code, problem}: {code: InternalErrorCode; problem: string}) {
		super(bounded(`${code}: ${problem}`));
		this.name = 'InternalError';
		this.code = code;
	}
}

/**
 * A render stopped by its signal or by Ctrl-C; its partial output was deleted. `outcome`
 * says what was kept when whole files were (the recap before its sidecars, finished clips):
 * by default, nothing was written.
 */
export class RenderAbortedError extends Error {
	readonly code = 'RENDER_ABORTED';
	constructor(outcome = 'the render was interrupted; no output was written') {
		super(`RENDER_ABORTED: ${outcome}`);
		this.name = 'RenderAbortedError';
	}
}

/** No browser can be had: what to install, in one line (the CLI exits 2). */
export class BrowserMissingError extends Error {
	readonly code = 'BROWSER';
	constructor(problem: string) {
		super(`BROWSER: ${problem}`);
		this.name = 'BrowserMissingError';
	}
}
