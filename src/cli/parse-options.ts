import {InvalidArgumentError} from 'commander';

/** Commander argument parsers: validate once at the edge, pass numbers inside. */
export const positiveNumber = (value: string): number => {
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number.`);
	return n;
};

export const positiveInteger = (value: string): number => {
	const n = positiveNumber(value);
	if (!Number.isInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
	return n;
};

/** `--frames 0-89` → `[0, 89]` (inclusive, as Remotion's frameRange); `--frames 42` → 42. */
export const frameRange = (value: string): number | [number, number] => {
	const m = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
	if (!m) throw new InvalidArgumentError(`"${value}" is not a frame range such as 0-89.`);
	const a = Number(m[1]);
	if (m[2] === undefined) return a;
	const b = Number(m[2]);
	if (b < a) throw new InvalidArgumentError(`"${value}": the range ends before it starts.`);
	return [a, b];
};
