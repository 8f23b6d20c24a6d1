import {writeFile} from 'node:fs/promises';
import {writeFileAtomic} from '../render/write-file-atomic';

/** JSON to stdout, or atomically to `output`. Two-space indented, newline-terminated. */
export const writeJson = async ({value, output}: {value: unknown; output: string | undefined}): Promise<void> => {
	const text = `${JSON.stringify(value, null, 2)}\n`;
	if (output === undefined) {
		process.stdout.write(text);
		return;
	}
	await writeFileAtomic({target: output, write: (temp) => writeFile(temp, text)});
};
