/**
 * A command that wrote part of what it was asked for: some clips of a batch, some talks of
 * several. What failed was said on the lines above; this is the closing line, and the
 * command exits 1.
 */
export class PartlyFailedError extends Error {
	readonly code: 'CLIPS_FAILED' | 'TALKS_FAILED';
	constructor({code, problem}: {code: PartlyFailedError['code']; problem: string}) {
		super(`${code}: ${problem}`);
		this.name = 'PartlyFailedError';
		this.code = code;
	}
}
