import {describe, expect, it} from 'vitest';
import {readNameTimeLine} from '../../../src/talk/readers/read-name-time-line';

describe('readNameTimeLine', () => {
	it.each([
		['Ali  0:00', {name: 'Ali', startMs: 0, gap: 2, colon: false, bold: false, bracketed: false}],
		['**Unknown Speaker**  1:45', {name: 'Unknown Speaker', startMs: 105_000, gap: 2, colon: false, bold: true, bracketed: false}],
		['Sergi Delgado: 00:00:27', {name: 'Sergi Delgado', startMs: 27_000, gap: 1, colon: true, bold: false, bracketed: false}],
		['**Kelly** [0:21]', {name: 'Kelly', startMs: 21_000, gap: 1, colon: false, bold: true, bracketed: true}],
		['We met at 10:30', {name: 'We met at', startMs: 630_000, gap: 1, colon: false, bold: false, bracketed: false}],
		['- item 1:00', null],
		['Just text', null],
	])('readNameTimeLine(%j)', (line, expected) => {
		expect(readNameTimeLine(line)).toEqual(expected);
	});
});
