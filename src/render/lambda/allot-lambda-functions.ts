/**
 * Remotion Lambda's bounds on one render (remotion.dev/docs/lambda/concurrency): at most
 * 200 renderer functions, each rendering at least 5 frames.
 */
const MAX_RENDERERS = 200;
const MIN_FRAMES_PER_LAMBDA = 5;

/**
 * The default for `--lambda-concurrency`: AWS gives some accounts new to Lambda a
 * concurrency limit of 10 (remotion.dev/docs/lambda/troubleshooting/rate-limit).
 */
export const DEFAULT_LAMBDA_FUNCTIONS = 10;

/**
 * Functions a render keeps busy at a given `concurrency`: with 1, the main function renders
 * the video itself (Remotion 4.0.517 and later); otherwise the main function waits while
 * `concurrency` renderer functions draw the chunks.
 */
export const functionsOf = ({concurrency}: {concurrency: number}): number => (concurrency === 1 ? 1 : concurrency + 1);

/**
 * The `concurrency` to ask for a render of `frames` frames that may keep at most `functions`
 * functions busy (at least 1): as many renderers as fit beside the main function, within
 * Remotion's bounds; 1 (the main function alone) when fewer than two would.
 */
export const concurrencyFor = ({frames, functions}: {frames: number; functions: number}): number => {
	const renderers = Math.min(functions - 1, MAX_RENDERERS, Math.floor(frames / MIN_FRAMES_PER_LAMBDA));
	return renderers >= 2 ? renderers : 1;
};

/**
 * How many of the `free` functions the next of `waiting` renders may take: an even share,
 * so that a batch of many clips runs one function per clip, as many at once as the limit
 * allows, and a lone recap takes them all.
 */
export const shareOfFunctions = ({free, waiting}: {free: number; waiting: number}): number =>
	Math.max(1, Math.floor(free / Math.max(1, Math.min(waiting, free))));
