import {describe, expect, it} from 'vitest';
import {formatTimestamp, isUnpaddedTime, parseTimeRange, parseTimestamp} from '../../src/talk/parse-timestamp';

describe('parseTimestamp: the one reader of times', () => {
	it.each([
		['12:05', 725_000],
		['1:02:03', 3_723_000],
		['00:00:23', 23_000],
		['0:00:12.6', 12_600],
		['00:01:02,500', 62_500],
		[' 3:07 ', 187_000],
		// The first field is not bounded: 75 minutes, 100 hours.
		['75:00', 4_500_000],
		['100:00:00', 360_000_000],
		// Fraction digits: a decimal fraction, 1 to 9 digits, rounded to the ms.
		['0:01.5', 1500],
		['0:01.123456789', 1123],
		['0:01.0005', 1001],
		// Later fields are two digits below 60.
		['99:99', null],
		['12:60', null],
		['1:61:00', null],
		['1:2', null],
		['0:0:1.13', null],
		['00:01:02:500', null],
		['0:01.1234567890', null],
		// No sign, no words, no numbers alone.
		['-0:05', null],
		['NaN', null],
		['NaN:00', null],
		['12', null],
		['a:bc', null],
		['1e3:00', null],
		['', null],
	])('%j → %j', (text, ms) => {
		expect(parseTimestamp(text)).toBe(ms);
	});

	it.each([
		['00:01:02,500', 62_500],
		['00:01:02.500', 62_500],
		['01:02.5', 62_500],
		['0:0:0.570', 570],
		['0:0:1.13', 1130],
		['10:00:00,000', 36_000_000],
		['00:01:02:500', 62_500],
		['00:01:02', 62_000],
		['75:00.000', 4_500_000],
		['99999:00:00,000', 359_996_400_000],
		['00:61:00,000', null],
		['99:99', null],
		['-00:00:01,000', null],
		['aa:bb:cc,ddd', null],
		['', null],
	])('as a subtitle cue time, %j → %j', (text, ms) => {
		expect(parseTimestamp(text, {cue: true})).toBe(ms);
	});

	// Teams writes each field of a time as a number without padding, milliseconds too: its
	// `0:0:6.90 --> 0:0:6.500` (a real Teams transcript) is 6.090 → 6.500 s, not 6.9 → 6.5.
	it.each([
		['0:0:6.90', 6090],
		['0:0:6.500', 6500],
		['0:0:6.5', 6005],
		['0:1:24.0', 84_000],
		['0:0:58.90', 58_090],
		['1:2:3.4567', 3_723_457],
	])('as a Teams cue time (unpaddedMs), %j → %j', (text, ms) => {
		expect(parseTimestamp(text, {cue: true, unpaddedMs: true})).toBe(ms);
	});

	it.each([
		['0:0:6.90', true],
		['0:1:24.0', true],
		['0:10:0.50', true],
		['0:12:34.567', false],
		['00:00:06.900', false],
		['0:00:03.900', false],
		['12:05', false],
	])('isUnpaddedTime(%j) is %j', (text, unpadded) => {
		expect(isUnpaddedTime(text)).toBe(unpadded);
	});

	it.each([
		[0, '0:00'],
		[725_000, '12:05'],
		[3_723_999, '1:02:03'],
	])('formatTimestamp(%i) is %s', (ms, text) => {
		expect(formatTimestamp(ms)).toBe(text);
	});

	it.each([
		['12:05 - 19:40', {startMs: 725_000, endMs: 1_180_000}],
		['12:05–19:40', {startMs: 725_000, endMs: 1_180_000}],
		['19:40 - 12:05', null],
		['12:05 - 99:99', null],
		['12:05', {startMs: 725_000}],
	])('parseTimeRange(%j)', (text, range) => {
		expect(parseTimeRange(text)).toEqual(range);
	});
});
