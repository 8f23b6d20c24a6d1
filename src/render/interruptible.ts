import {type CancelSignal, makeCancelSignal} from '@remotion/renderer';

export type Interruptible = {
	/** Pass to Remotion's render calls; fires on abort or Ctrl-C. */
	cancelSignal: CancelSignal;
	/** Whether the work was interrupted (check after each step that cannot be cancelled). */
	isAborted: () => boolean;
	/** Removes the listeners; call when the work is over. */
	dispose: () => void;
};

/**
 * One cancel signal for a render, fired by `signal` (an AbortSignal) or, when
 * `handleSigint`, by Ctrl-C — so an interrupted render can clean up its temporary files
 * instead of dying half-written.
 */
export const makeInterruptible = ({signal, handleSigint, log}: {signal?: AbortSignal; handleSigint: boolean; log: (line: string) => void}): Interruptible => {
	const {cancelSignal, cancel} = makeCancelSignal();
	let aborted = signal?.aborted ?? false;
	const abort = () => {
		aborted = true;
		cancel();
	};
	const onSigint = () => {
		log('interrupted: cancelling the render');
		abort();
	};
	signal?.addEventListener('abort', abort);
	if (handleSigint) process.once('SIGINT', onSigint);
	return {
		cancelSignal,
		isAborted: () => aborted,
		dispose: () => {
			signal?.removeEventListener('abort', abort);
			if (handleSigint) process.removeListener('SIGINT', onSigint);
		},
	};
};

/** A render stopped by its signal or by Ctrl-C; its partial output was deleted. */
export class RenderAbortedError extends Error {
	readonly code = 'RENDER_ABORTED';
	constructor() {
		super('RENDER_ABORTED: the render was interrupted; no output was written');
		this.name = 'RenderAbortedError';
	}
}
