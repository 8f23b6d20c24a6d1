import {expect} from 'vitest';
import {isUserError} from '../../src/errors';

/**
 * Milliseconds of CPU this process spent in `run`: unlike wall time, it does not grow when
 * other work shares the machine's cores, so a bound on it holds under load.
 */
export const cpuMs = (run: () => void): number => {
	const started = process.cpuUsage();
	run();
	const {user, system} = process.cpuUsage(started);
	return (user + system) / 1000;
};

/**
 * Proof that `run` grows linearly with its input: timed at `size` and at four times it
 * (CPU time, the better of two runs each, so a busy moment on a shared machine counts less), the
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
			const ms = cpuMs(() => {
				try {
					run(input);
				} catch (e) {
					if (!isUserError(e)) throw e;
				}
			});
			best = Math.min(best, ms);
		}
		return best;
	};
	const small = time(build(size));
	const large = time(build(size * 4));
	// Below a few milliseconds the ratio is noise: count at least 5 ms for the small size.
	expect(large / Math.max(small, 5), `${size}: ${small.toFixed(0)} ms, ${size * 4}: ${large.toFixed(0)} ms`).toBeLessThan(maxRatio);
	expect(large).toBeLessThan(boundMs);
};
