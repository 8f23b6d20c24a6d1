import {expect} from 'vitest';
import {isUserError} from '../../src/errors';

/**
 * Proof that `run` grows linearly with its input: timed at `size` and at four times it
 * (the better of two runs each, so a busy moment on a shared machine counts less), the
 * larger may take at most `maxRatio` times as long — linear work gives about 4, quadratic
 * 16 — and at most `boundMs`. `run` should throw a UserError or return; either is timed.
 */
export const expectLinearTime = ({
	build,
	run,
	size,
	maxRatio = 9,
	boundMs,
}: {
	build: (size: number) => string;
	run: (input: string) => unknown;
	size: number;
	maxRatio?: number;
	boundMs: number;
}): void => {
	const time = (input: string): number => {
		let best = Number.POSITIVE_INFINITY;
		for (let i = 0; i < 2; i++) {
			const started = performance.now();
			try {
				run(input);
			} catch (e) {
				if (!isUserError(e)) throw e;
			}
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};
	const small = time(build(size));
	const large = time(build(size * 4));
	// Below a few milliseconds the ratio is noise: count at least 5 ms for the small size.
	expect(large / Math.max(small, 5), `${size}: ${small.toFixed(0)} ms, ${size * 4}: ${large.toFixed(0)} ms`).toBeLessThan(maxRatio);
	expect(large).toBeLessThan(boundMs);
};
