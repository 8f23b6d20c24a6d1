import {describe, expect, it} from 'vitest';
import {readCueTiming} from '../../../src/talk/readers/cue-timing';

describe('readCueTiming', () => {
	it.each([
		['00:00:01,000 --> 00:00:02,000', {startMs: 1000, endMs: 2000, settings: ''}],
		['00:00:01.000-->00:00:02.000 align:start position:0%', {startMs: 1000, endMs: 2000, settings: 'align:start position:0%'}],
		['00:00:01,000 -->', 'has no end time'],
		['--> 00:00:02,000', 'has no start time'],
		['00:00:01,000 --> soon', 'has an end time "soon" that is not a time'],
		['hello there', null],
	])('timing line %s', (line, expected) => {
		expect(readCueTiming(line)).toEqual(expected);
	});
});
