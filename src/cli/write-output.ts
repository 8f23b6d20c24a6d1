import {writeFile} from 'node:fs/promises';
import {writeFileAtomic} from '../render/write-file-atomic';
import {STDOUT} from './check-output-path';

/** The file `-o` names, or undefined for standard output (no `-o`, or `-o -`). */
export const jsonOutputFile = (output: string | undefined): string | undefined => (output === STDOUT ? undefined : output);

/** JSON to stdout, or atomically to `output`. Two-space indented, newline-terminated. */
export const writeJson = async ({value, output}: {value: unknown; output: string | undefined}): Promise<void> => {
	const text = `${JSON.stringify(value, null, 2)}\n`;
	if (output === undefined) {
		process.stdout.write(text);
		return;
	}
	await writeFileAtomic({target: output, write: (temp) => writeFile(temp, text)});
};
