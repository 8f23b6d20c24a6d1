import {rmSync} from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();
let installed = false;

const removeAll = (): void => {
	for (const target of pending) {
		try {
			rmSync(target, {recursive: true, force: true});
		} catch {
			// Exiting: nothing more can be done about it.
		}
	}
	pending.clear();
};

/**
 * Deletes `target` (a file or a folder) when the process exits, however it exits —
 * the end of the work, `process.exit` after an interruption, the last-resort error
 * handler — unless the returned function releases it first (the work removed or kept
 * it itself). Temporary files and folders register here, so a render stopped anywhere
 * leaves nothing behind.
 */
export const removeOnExit = (target: string): (() => void) => {
	if (!installed) {
		process.on('exit', removeAll);
		installed = true;
	}
	// Absolute now: the working directory may change before the process exits.
	const absolute = path.resolve(target);
	pending.add(absolute);
	return () => {
		pending.delete(absolute);
	};
};
