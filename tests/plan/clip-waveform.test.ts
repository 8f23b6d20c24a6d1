import {describe, expect, it} from 'vitest';
import {levelsFromAmplitudes} from '../../src/plan/clip-waveform';

describe('levelsFromAmplitudes', () => {
	it.each([
		{amplitudes: [1, 0.1], levels: [1, 0.5]},
		{amplitudes: [0.5, 0.5], levels: [1, 1]},
	])('scales $amplitudes to the loudest', ({amplitudes, levels}) => {
		expect(levelsFromAmplitudes({amplitudes})).toEqual(levels);
	});

	it('regression: Math.max(...levels) overflowed the stack on 500 000 slices', () => {
		const amplitudes = Array.from({length: 500_000}, (_, i) => (i % 10) / 10);
		const levels = levelsFromAmplitudes({amplitudes});
		expect(levels).toHaveLength(500_000);
		expect(levels[9]).toBe(1);
	});
});
