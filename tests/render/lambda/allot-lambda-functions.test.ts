import {describe, expect, it} from 'vitest';
import {concurrencyFor, functionsOf, shareOfFunctions} from '../../../src/render/lambda/allot-lambda-functions';

describe('how many functions a render takes', () => {
	it.each([
		// frames, functions allowed → concurrency asked of Lambda, functions busy
		['a recap with a new account’s 10', 5341, 10, 9, 10],
		['a recap with the default 1000: Remotion’s cap of 200 renderers', 5341, 1000, 200, 201],
		['a clip with one function: the main function alone', 300, 1, 1, 1],
		['two functions: one renderer would leave the main function idle, so it renders alone', 300, 2, 1, 1],
		['three functions: two renderers', 300, 3, 2, 3],
		['a 12-frame render: at least 5 frames a renderer', 12, 50, 2, 3],
		['an 8-frame render: too short to split', 8, 50, 1, 1],
	])('%s', (_name, frames, functions, concurrency, busy) => {
		expect(concurrencyFor({frames, functions})).toBe(concurrency);
		expect(functionsOf({concurrency})).toBe(busy);
		expect(busy).toBeLessThanOrEqual(functions);
	});

	it.each([
		// free, renders waiting → share
		[10, 1, 10],
		[10, 2, 5],
		[10, 3, 3],
		[10, 60, 1],
		[4, 4, 1],
		[1, 60, 1],
		[1000, 60, 16],
	])('%i free functions, %i renders waiting: %i for the next', (free, waiting, share) => {
		expect(shareOfFunctions({free, waiting})).toBe(share);
	});
});
