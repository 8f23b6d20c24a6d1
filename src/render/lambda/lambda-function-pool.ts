/**
 * The Lambda functions one command may keep busy at once (`--lambda-concurrency`), shared
 * by every batch it runs: the recaps or clip batches of several talks render at the same
 * time and together stay within the account's limit. A batch takes functions from the
 * pool and gives them back when Lambda is done with a render; every batch waiting is
 * woken then.
 *
 * Fair: while several batches have renders waiting, the one with the fewest functions
 * busy takes the next, so the talks render side by side rather than one after another. And the pool knows how many renders are still waiting over
 * every batch — a batch announced (`expect`) before its renders are known counts as one —
 * so that each render takes an even share of what is free: two recaps started together
 * take half each, not the first one all of them.
 */
export type LambdaFunctionPool = {
	/** Functions free now. */
	free: () => number;
	/** Whether `batch` may take a function now: one is free, and no other batch waiting for one has fewer busy. */
	mayTake: (batch: string) => boolean;
	/** `batch` takes `count` functions (the caller checked `mayTake`). */
	take: (batch: string, count: number) => void;
	/** `batch` gives `count` functions back; every batch waiting for some is woken. */
	give: (batch: string, count: number) => void;
	/** Renders not started yet, over every batch. */
	waiting: () => number;
	/** Says how many renders `batch` has not started yet (0: none left). */
	setWaiting: (batch: string, count: number) => void;
	/** A batch that will run: it counts as one waiting render until it says how many it has. */
	expect: (batch: string) => void;
	/** Calls `wake` whenever functions come free, until the returned function is called. */
	onFree: (wake: () => void) => () => void;
};

export const createLambdaFunctionPool = ({maxFunctions}: {maxFunctions: number}): LambdaFunctionPool => {
	let free = maxFunctions;
	const waitingByBatch = new Map<string, number>();
	const busyByBatch = new Map<string, number>();
	const wakers = new Set<() => void>();
	const busy = (batch: string) => busyByBatch.get(batch) ?? 0;
	return {
		free: () => free,
		// The waiting batch with the fewest functions goes first: no talk waits while another takes more.
		mayTake: (batch) => free >= 1 && [...waitingByBatch.keys()].every((other) => other === batch || busy(other) >= busy(batch)),
		take: (batch, count) => {
			free -= count;
			busyByBatch.set(batch, busy(batch) + count);
		},
		give: (batch, count) => {
			free += count;
			busyByBatch.set(batch, busy(batch) - count);
			for (const wake of [...wakers]) wake();
		},
		waiting: () => [...waitingByBatch.values()].reduce((sum, n) => sum + n, 0),
		setWaiting: (batch, count) => {
			if (count > 0) waitingByBatch.set(batch, count);
			else waitingByBatch.delete(batch);
		},
		expect: (batch) => {
			if (!waitingByBatch.has(batch)) waitingByBatch.set(batch, 1);
		},
		onFree: (wake) => {
			wakers.add(wake);
			return () => wakers.delete(wake);
		},
	};
};
