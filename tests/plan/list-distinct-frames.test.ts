import {describe, expect, it} from 'vitest';
import {listDistinctFrames} from '../../src/plan/list-distinct-frames';

describe('listDistinctFrames', () => {
	it.each([
		[
			'no stills: every frame',
			[],
			0,
			3,
			[
				[0, 1],
				[1, 1],
				[2, 1],
				[3, 1],
			],
		],
		[
			'one still in the middle',
			[{from: 2, durationInFrames: 5}],
			0,
			8,
			[
				[0, 1],
				[1, 1],
				[2, 5],
				[7, 1],
				[8, 1],
			],
		],
		[
			'still at the start',
			[{from: 0, durationInFrames: 3}],
			0,
			4,
			[
				[0, 3],
				[3, 1],
				[4, 1],
			],
		],
		[
			'window starts inside a still',
			[{from: 0, durationInFrames: 10}],
			4,
			11,
			[
				[4, 6],
				[10, 1],
				[11, 1],
			],
		],
		[
			'window ends inside a still',
			[{from: 5, durationInFrames: 10}],
			3,
			7,
			[
				[3, 1],
				[4, 1],
				[5, 3],
			],
		],
		[
			'unordered stills',
			[
				{from: 6, durationInFrames: 2},
				{from: 1, durationInFrames: 2},
			],
			0,
			8,
			[
				[0, 1],
				[1, 2],
				[3, 1],
				[4, 1],
				[5, 1],
				[6, 2],
				[8, 1],
			],
		],
		[
			'still outside the window',
			[{from: 20, durationInFrames: 5}],
			0,
			1,
			[
				[0, 1],
				[1, 1],
			],
		],
		[
			'adjacent stills stay apart',
			[
				{from: 0, durationInFrames: 2},
				{from: 2, durationInFrames: 2},
			],
			0,
			3,
			[
				[0, 2],
				[2, 2],
			],
		],
	])('%s', (_name, stills, firstFrame, lastFrame, expected) => {
		const {runs} = listDistinctFrames({stills, firstFrame, lastFrame});
		expect(runs.map((r) => [r.frame, r.count])).toEqual(expected);
		expect(runs.reduce((s, r) => s + r.count, 0)).toBe(lastFrame - firstFrame + 1);
	});
});
