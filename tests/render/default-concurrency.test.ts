import {availableParallelism} from 'node:os';
import {describe, expect, it} from 'vitest';
import {defaultConcurrency} from '../../src/render/browser';

describe('defaultConcurrency: browser tabs when --concurrency is not given', () => {
	it.each([
		[1, 1],
		[2, 2],
		[3, 2],
		[4, 2],
		[6, 3],
		[8, 4],
		[16, 8],
	])('%i cores → %i tabs', (cores, tabs) => {
		expect(defaultConcurrency(cores)).toBe(tabs);
	});

	it('this machine gets a count Remotion accepts: at least one, at most its cores', () => {
		const tabs = defaultConcurrency();
		expect(tabs).toBeGreaterThanOrEqual(1);
		expect(tabs).toBeLessThanOrEqual(availableParallelism());
	});
});
