import {writeLine} from './terminal-text';

/** The signals that stop talkreel, and the exit code each gives (128 + its number, as shells report it). */
const SIGNAL_EXIT_CODES = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;
type StopSignal = keyof typeof SIGNAL_EXIT_CODES;
const STOP_SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as StopSignal[];

/** After the first signal, the work has this long to stop and clean up before the process exits anyway. */
const FORCED_EXIT_MS = 3000;

export type Interruption = {
	/** Aborts on the first SIGINT, SIGTERM or SIGHUP: renders stop, delete what they made and throw `RenderAbortedError`. */
	signal: AbortSignal;
	/** 130, 143 or 129 once a signal came; undefined before. */
	exitCode: () => number | undefined;
};

/**
 * Makes SIGINT, SIGTERM and SIGHUP talkreel's alone from the moment there is something to
 * clean up, for the rest of the process. Until then — reading and planning, which compute
 * without ever yielding to the event loop, so no handler of ours could run before they
 * end — the signals keep Node's default and end the process at once, with nothing
 * written. The moment comes when work that can be stopped listens to `signal` (a render,
 * a Lambda batch, a bundle, the JSON file of `parse -o`): from then on, the first signal
 * aborts `signal`, so the work under way stops its browser and encoder and deletes its
 * partial file, frame pipe and bundle; if that takes longer than FORCED_EXIT_MS, or a
 * second signal comes, the process exits with the signal's code at once (temporary files
 * registered with `removeOnExit` and Remotion's browser still go with it, on 'exit').
 *
 * Remotion's browser launcher adds its own handlers while a browser is open (SIGINT:
 * kill the browser and `process.exit(130)` at once, before any cleanup; SIGTERM and
 * SIGHUP: kill the browser and carry on). Any such listener added by someone else is
 * removed as soon as it is added; the 'exit' listener that kills the browser stays.
 */
export const takeOverSignals = ({
	log = writeLine,
	forcedExitMs = FORCED_EXIT_MS,
	onArm = () => {},
}: {
	log?: (line: string) => void;
	forcedExitMs?: number;
	/** Called once, as the signals are taken over: what only work that cleans up needs (the private temp folder). */
	onArm?: () => void;
} = {}): Interruption => {
	const controller = new AbortController();
	let code: number | undefined;
	const ours = new Map<StopSignal, () => void>();
	for (const name of STOP_SIGNALS) {
		ours.set(name, () => {
			if (code !== undefined) {
				log(`talkreel: ${name} again: stopping now`);
				process.exit(code);
			}
			code = SIGNAL_EXIT_CODES[name];
			log(`talkreel: ${name}: stopping and cleaning up`);
			controller.abort();
			setTimeout(() => process.exit(code), forcedExitMs);
		});
	}
	const isOurs = (listener: unknown) => [...ours.values()].includes(listener as () => void);
	let armed = false;
	const arm = () => {
		if (armed) return;
		armed = true;
		onArm();
		for (const name of STOP_SIGNALS) {
			for (const listener of process.listeners(name)) if (!isOurs(listener)) process.removeListener(name, listener);
		}
		// 'newListener' runs before the listener is in the list: remove it right after,
		// before any signal can be delivered (signals arrive through the event loop).
		process.on('newListener', (event, listener) => {
			if (STOP_SIGNALS.includes(event as StopSignal) && !isOurs(listener)) {
				queueMicrotask(() => process.removeListener(event as StopSignal, listener as () => void));
			}
		});
		for (const [name, listener] of ours) process.on(name, listener);
	};
	// Armed by the first piece of work that listens for the abort: before it, nothing needs cleaning up.
	const {signal} = controller;
	const listen = signal.addEventListener.bind(signal) as (...args: Parameters<AbortSignal['addEventListener']>) => void;
	signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
		if (args[0] === 'abort') arm();
		listen(...args);
	}) as AbortSignal['addEventListener'];
	return {signal, exitCode: () => code};
};
