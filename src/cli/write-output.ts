import {writeFile} from 'node:fs/promises';
import {writeFileAtomic} from '../render/write-file-atomic';
import {STDOUT} from './check-output-path';

/** The file `-o` names, or undefined for standard output (no `-o`, or `-o -`). */
export const jsonOutputFile = (output: string | undefined): string | undefined => (output === STDOUT ? undefined : output);

/**
 * JSON to stdout, or atomically to `output`. Two-space indented, newline-terminated.
 * Writing a file is work to clean up after: listening to `signal` takes Ctrl-C and
 * SIGTERM over from Node's default (which would leave the temporary file), so a stop
 * while the file is written removes it and exits 130 or 143.
 */
export const writeJson = async ({value, output, signal}: {value: unknown; output: string | undefined; signal?: AbortSignal | undefined}): Promise<void> => {
	if (output !== undefined) signal?.addEventListener('abort', () => {}, {once: true});
	const text = `${JSON.stringify(value, null, 2)}\n`;
	if (output === undefined) {
		process.stdout.write(text);
		return;
	}
	await writeFileAtomic({target: output, write: (temp) => writeFile(temp, text), signal});
};
