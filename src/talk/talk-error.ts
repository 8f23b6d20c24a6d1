/** Error codes of bad input: the CLI prints one line and exits 2 for these. */
export type TalkErrorCode =
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
	| 'MEDIA';

/**
 * A user's mistake in an input file or argument. `message` is the whole line shown:
 * `TALK_PARSE: data/x.md:12: speaker line "**:**" has no name`.
 */
export class TalkError extends Error {
	readonly code: TalkErrorCode;
	readonly file: string | undefined;
	readonly line: number | undefined;
	readonly problem: string;

	constructor({code, file, line, problem}: {code: TalkErrorCode; file?: string; line?: number; problem: string}) {
		const where = file === undefined ? '' : line === undefined ? `${file}: ` : `${file}:${line}: `;
		super(`${code}: ${where}${problem}`);
		this.name = 'TalkError';
		this.code = code;
		this.file = file;
		this.line = line;
		this.problem = problem;
	}
}

export const isTalkError = (e: unknown): e is TalkError => e instanceof TalkError;
