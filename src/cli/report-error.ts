import {BrowserMissingError} from '../errors';
import {RenderAbortedError} from '../errors';
import {isUserError} from '../errors';
import {PartlyFailedError} from './partly-failed';
import {writeLine} from './terminal-text';

/** Exit codes: 0 done, 1 internal failure (or some clips or talks failed), 2 the user's input or arguments, 128 + the signal's number when interrupted. */
export const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;
/** Interrupted by Ctrl-C (128 + SIGINT), as shells report it; SIGTERM gives 143. */
const EXIT_INTERRUPTED = 130;

/** Whether the stack goes with an internal error (`TALKREEL_DEBUG=1`). */
const debugging = (): boolean => ['1', 'true', 'yes'].includes((process.env.TALKREEL_DEBUG ?? '').toLowerCase());

/**
 * Prints the one line an error gets (escaped: it may quote the user's text) and returns
 * the exit code: the user's mistakes 2, an interrupted render 130/143, anything else is
 * an internal error, 1, with its stack only when `TALKREEL_DEBUG=1`.
 */
export const reportError = (error: unknown, {interruptedExitCode}: {interruptedExitCode?: number | undefined} = {}): number => {
	if (isUserError(error) || error instanceof BrowserMissingError) {
		writeLine(`talkreel: ${error.message}`);
		return EXIT_BAD_INPUT;
	}
	if (error instanceof RenderAbortedError) {
		writeLine(`talkreel: ${error.message}`);
		return interruptedExitCode ?? EXIT_INTERRUPTED;
	}
	if (error instanceof PartlyFailedError) {
		writeLine(`talkreel: ${error.message}`);
		return EXIT_INTERNAL;
	}
	const message = error instanceof Error ? error.message : String(error);
	// The message's first line: an internal error is one line too, unless debugging.
	writeLine(`talkreel: internal error: ${message.split('\n')[0] ?? ''}`);
	if (debugging()) process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
	return EXIT_INTERNAL;
};

/**
 * The last resort: an exception nobody caught or a rejection nobody handled (a callback
 * of a library, a promise left behind) ends the process as an internal error — one line,
 * exit 1 — never as Node's stack trace. Temporary files go with the process ('exit').
 * `interruptedExitCode`: once it has a code (a signal came), an exception or a rejection nobody handled is no failure.
 */
export const installLastResort = ({interruptedExitCode = () => undefined}: {interruptedExitCode?: () => number | undefined} = {}): void => {
	const fail = (error: unknown) => {
		// After a signal, the browser being closed under a call in flight rejects promises
		// nobody waits for (Remotion's "Target closed") or throws from its own callbacks
		// ("Protocol error (Emulation.setDeviceMetricsOverride): Session closed", while a
		// sidecar still was drawn): expected. The work under way reports the interruption
		// itself, saying what it kept, within the signal's forced-exit time.
		if (interruptedExitCode() !== undefined) {
			if (debugging()) process.stderr.write(`ignored after the interruption: ${error instanceof Error ? error.stack : String(error)}\n`);
			return;
		}
		process.exit(reportError(error));
	};
	process.on('uncaughtException', fail);
	process.on('unhandledRejection', fail);
};
