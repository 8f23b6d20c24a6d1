import {describe, expect, it} from 'vitest';
import {partitionPoint} from '../../src/text/partition-point';

/** The same count by reading every item: how many lead the sequence before `before` first fails. */
const byScan = (length: number, before: (i: number) => boolean): number => {
	let i = 0;
	while (i < length && before(i)) i += 1;
	return i;
};

describe('partitionPoint', () => {
	it.each([
		{items: [], x: 5, atOrBefore: 0},
		{items: [3], x: 2, atOrBefore: 0},
		{items: [3], x: 3, atOrBefore: 1},
		{items: [3], x: 4, atOrBefore: 1},
		{items: [1, 2, 2, 2, 5], x: 2, atOrBefore: 4},
		{items: [1, 2, 2, 2, 5], x: 1.5, atOrBefore: 1},
		{items: [1, 2, 2, 2, 5], x: 9, atOrBefore: 5},
		{items: [1, 2, 2, 2, 5], x: 0, atOrBefore: 0},
	])('$items has $atOrBefore items at or before $x', ({items, x, atOrBefore}) => {
		expect(partitionPoint(items.length, (i) => (items[i] as number) <= x)).toBe(atOrBefore);
	});

	it('agrees with a scan on 2 000 sorted sequences, asked at and around every value (strict and not)', () => {
		let seed = 7;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		for (let n = 0; n < 2000; n++) {
			const items = Array.from({length: Math.floor(random() * 40)}, () => Math.floor(random() * 20)).sort((a, b) => a - b);
			for (let x = -1; x <= 21; x += 0.5) {
				expect(partitionPoint(items.length, (i) => (items[i] as number) <= x)).toBe(byScan(items.length, (i) => (items[i] as number) <= x));
				expect(partitionPoint(items.length, (i) => (items[i] as number) < x)).toBe(byScan(items.length, (i) => (items[i] as number) < x));
			}
		}
	});

	it('asks about at most ⌈log₂(n + 1)⌉ items', () => {
		let asked = 0;
		expect(
			partitionPoint(1_000_000, (i) => {
				asked += 1;
				return i < 123_457;
			}),
		).toBe(123_457);
		expect(asked).toBeLessThanOrEqual(20);
	});
});
