import {expect, it} from 'vitest';
import {collectGarbage} from '../../src/render/collect-garbage';

it('collectGarbage frees what nothing refers to any more, at once', () => {
	const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
	let garbage: number[][] | null = Array.from({length: 200}, (_, i) => Array.from({length: 20_000}, (_, k) => i + k + 0.5));
	const holding = heapMb();
	expect(garbage.length).toBe(200);
	garbage = null;
	collectGarbage();
	// About 30 MB of doubles were dropped.
	expect(holding - heapMb()).toBeGreaterThan(20);
});
