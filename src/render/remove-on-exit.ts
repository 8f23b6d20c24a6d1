import {rmSync} from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();
let installed = false;

const removeAll = (): void => {
	for (const target of pending) {
		try {
			// A browser killed a moment ago may still be finishing a write into its profile folder.
			rmSync(target, {recursive: true, force: true, maxRetries: 5, retryDelay: 50});
		} catch {
			// Exiting: nothing more can be done about it.
		}
	}
	pending.clear();
};

/** Keeps `removeAll` the last 'exit' listener, so Remotion's (which kills the browser) runs before the folders go. */
const keepLast = (event: string | symbol, listener: unknown): void => {
	if (event !== 'exit' || listener === removeAll) return;
	// 'newListener' comes before the listener is added: move ours after it once it is.
	queueMicrotask(() => {
		process.removeListener('exit', removeAll);
		process.on('exit', removeAll);
	});
};

/**
 * Deletes `target` (a file or a folder) when the process exits, however it exits —
 * the end of the work, `process.exit` after an interruption, the last-resort error
 * handler — unless the returned function releases it first (the work removed or kept
 * it itself). Temporary files and folders register here, so a render stopped anywhere
 * leaves nothing behind. The removal runs after every other 'exit' listener, Remotion's
 * browser killer included.
 */
export const removeOnExit = (target: string): (() => void) => {
	if (!installed) {
		process.on('exit', removeAll);
		process.on('newListener', keepLast);
		installed = true;
	}
	// Absolute now: the working directory may change before the process exits.
	const absolute = path.resolve(target);
	pending.add(absolute);
	return () => {
		pending.delete(absolute);
	};
};
