import {describe, expect, it} from 'vitest';
import {alignChanges, listDistinctFrames, splitStills} from '../../src/plan/list-distinct-frames';
import type {FrameRange} from '../../src/plan/plan-schema';

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

describe('alignChanges', () => {
	// Frames 0–9 and 20–29 still (0 and 20 change), 10–19 moving (a fade); a wait of at most 4 frames.
	const stills: FrameRange[] = [
		{from: 0, durationInFrames: 10},
		{from: 20, durationInFrames: 10},
	];
	it.each<[string, number[], number[]]>([
		['due on a frame that changes anyway: drawn there', [0, 12, 20], [0, 12, 20]],
		['due inside a moving stretch: drawn on time', [10, 11, 19], [10, 11, 19]],
		['due in a still, a change within the wait: drawn on that change, late', [7, 9], [10, 10]],
		['due in a still, no change within the wait: drawn the wait later, with those due by then', [21, 23, 25, 26], [25, 25, 25, 30]],
		['due on a forced change: drawn with it; due after it: waits for the next', [2, 6, 7], [6, 6, 10]],
		['in the order given', [26, 21], [30, 25]],
	])('%s', (_name, due, expected) => {
		expect(alignChanges({due, stills, maxWaitFrames: 4})).toEqual(expected);
	});

	it('never draws a change early nor more than the wait late', () => {
		const due = Array.from({length: 30}, (_, i) => i);
		alignChanges({due, stills, maxWaitFrames: 4}).forEach((at, i) => {
			expect(at).toBeGreaterThanOrEqual(due[i]!);
			expect(at - due[i]!).toBeLessThanOrEqual(4);
		});
	});

	// A synthetic voiced clip: 300 frames (10 s), a word mark every 13 frames from frame 10 to 270 and a
	// pause of 2 s after frame 140; a level band of 90 bars, one every 3 frames from frame 10.
	it('makes a level band cost distinct frames only in pauses: about the larger of the two rates, not their sum', () => {
		const marks = [...Array.from({length: 10}, (_, i) => 10 + 13 * i), ...Array.from({length: 9}, (_, i) => 200 + 13 * i)];
		const base = splitStills({stills: [{from: 8, durationInFrames: 292}], cuts: marks});
		const due = Array.from({length: 90}, (_, i) => 10 + 3 * i);
		const distinct = (cuts: number[]) => listDistinctFrames({stills: splitStills({stills: base, cuts}), firstFrame: 0, lastFrame: 299}).runs.length;
		const marksOnly = distinct([]);
		const unaligned = distinct(due);
		const aligned = distinct(alignChanges({due, stills: base, maxWaitFrames: 12}));
		expect([marksOnly, unaligned, aligned]).toEqual([27, 111, 31]);
	});
});
