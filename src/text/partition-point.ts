/**
 * How many leading items of a sequence of `length` satisfy `before`, found by halving:
 * `before` must hold for a prefix of the sequence and fail for the rest (a sorted
 * sequence asked "is this item at or before x?"). The index of the first item for which
 * it fails, `length` when it never does. Where a value goes in sorted order, the last
 * item at or before it (`partitionPoint(…) - 1`) and the first after it are all this one
 * search.
 */
export const partitionPoint = (length: number, before: (index: number) => boolean): number => {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (before(mid)) low = mid + 1;
		else high = mid;
	}
	return low;
};
