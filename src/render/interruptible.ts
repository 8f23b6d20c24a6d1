import {type CancelSignal, makeCancelSignal} from '@remotion/renderer';
import {RenderAbortedError} from '../errors';

export type Interruptible = {
	/** Pass to Remotion's render calls; fires on abort or Ctrl-C. */
	cancelSignal: CancelSignal;
	/** The same as an AbortSignal, for `unlessAborted`. */
	signal: AbortSignal;
	/** Whether the work was interrupted (check after each step that cannot be cancelled). */
	isAborted: () => boolean;
	/** Removes the listeners; call when the work is over. */
	dispose: () => void;
};

/**
 * One cancel signal for a render, fired by `signal` (an AbortSignal) or, when
 * `handleSigint`, by Ctrl-C — so an interrupted render can clean up its temporary files
 * instead of dying half-written. (The CLI passes its own `signal`, fired by SIGINT and
 * SIGTERM, and `handleSigint: false`.)
 */
export const makeInterruptible = ({signal, handleSigint, log}: {signal?: AbortSignal; handleSigint: boolean; log: (line: string) => void}): Interruptible => {
	const {cancelSignal, cancel} = makeCancelSignal();
	const controller = new AbortController();
	const abort = () => {
		if (controller.signal.aborted) return;
		controller.abort();
		cancel();
	};
	const onSigint = () => {
		log('interrupted: cancelling the render');
		abort();
	};
	if (signal?.aborted) abort();
	signal?.addEventListener('abort', abort);
	if (handleSigint) process.once('SIGINT', onSigint);
	return {
		cancelSignal,
		signal: controller.signal,
		isAborted: () => controller.signal.aborted,
		dispose: () => {
			signal?.removeEventListener('abort', abort);
			if (handleSigint) process.removeListener('SIGINT', onSigint);
		},
	};
};

/**
 * `work`'s result, or a `RenderAbortedError` as soon as `signal` aborts, for steps that
 * Remotion cannot cancel (bundling, opening the browser, choosing the composition).
 * What such a step makes after it was given up goes to `discard` (close it, delete it).
 */
export const unlessAborted = <T>({work, signal, discard}: {work: Promise<T>; signal: AbortSignal | undefined; discard?: (late: T) => unknown}): Promise<T> => {
	if (signal === undefined) return work;
	return new Promise<T>((resolve, reject) => {
		let given = false;
		const onAbort = () => {
			given = true;
			reject(new RenderAbortedError());
		};
		if (signal.aborted) onAbort();
		else signal.addEventListener('abort', onAbort, {once: true});
		work.then(
			(value) => {
				signal.removeEventListener('abort', onAbort);
				if (given) void Promise.resolve(discard?.(value)).catch(() => {});
				else resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				if (!given) reject(error);
			},
		);
	});
};

/** What Remotion and the browser say when the browser went away under a call in flight. */
const BROWSER_GONE = /Target closed|Session closed|Protocol error|browser has disconnected|Connection closed|Navigating frame was detached/i;
/** Errors `isInterruption` has waited for a signal after already. */
const waitedFor = new WeakSet<object>();
/** How long an error that says the browser went away waits for the signal that may have closed it. */
const SIGNAL_GRACE_MS = 500;

/**
 * Whether `error` came from an interruption: `signal` has aborted, or the error says the
 * browser went away and `signal` aborts within SIGNAL_GRACE_MS. Ctrl-C in a terminal
 * reaches the browser too (the whole process group gets it), and the browser can die and
 * fail the still in flight before Node has run the SIGINT handler.
 */
export const isInterruption = async ({error, signal}: {error: unknown; signal: AbortSignal | undefined}): Promise<boolean> => {
	if (signal === undefined) return false;
	if (signal.aborted) return true;
	if (!BROWSER_GONE.test(error instanceof Error ? error.message : String(error))) return false;
	// Waited for once: the same error asked again on its way up (the sidecars, then the render's context) is no interruption.
	if (typeof error === 'object' && error !== null) {
		if (waitedFor.has(error)) return false;
		waitedFor.add(error);
	}
	return new Promise<boolean>((resolve) => {
		const onAbort = () => {
			clearTimeout(timer);
			resolve(true);
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve(signal.aborted);
		}, SIGNAL_GRACE_MS);
		signal.addEventListener('abort', onAbort, {once: true});
	});
};
