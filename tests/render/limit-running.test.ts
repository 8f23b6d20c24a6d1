import {describe, expect, it} from 'vitest';
import {limitRunning} from '../../src/render/limit-running';

const deferred = () => {
	let resolve: () => void = () => {};
	let reject: (error: Error) => void = () => {};
	const promise = new Promise<void>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return {promise, resolve, reject};
};

/** Whether `promise` has settled once the queued callbacks have run. */
const settledYet = async (promise: Promise<void>): Promise<boolean> => {
	let settled = false;
	void promise.then(() => {
		settled = true;
	});
	for (let i = 0; i < 10; i++) await Promise.resolve();
	return settled;
};

describe('limitRunning', () => {
	it('makes room at once while fewer than max run', async () => {
		const limit = limitRunning(2);
		expect(await settledYet(limit.room())).toBe(true);
		limit.track(deferred().promise);
		expect(limit.running()).toBe(1);
		expect(await settledYet(limit.room())).toBe(true);
	});

	it('waits with max running until one of them settles, resolved or rejected', async () => {
		const limit = limitRunning(2);
		const [a, b, c] = [deferred(), deferred(), deferred()];
		limit.track(a.promise);
		limit.track(b.promise);
		const room = limit.room();
		expect(await settledYet(room)).toBe(false);
		b.reject(new Error('the encoder failed'));
		expect(await settledYet(room)).toBe(true);
		expect(limit.running()).toBe(1);
		limit.track(c.promise);
		const again = limit.room();
		expect(await settledYet(again)).toBe(false);
		a.resolve();
		expect(await settledYet(again)).toBe(true);
	});

	it('never lets more than max run when tasks are started as room allows', async () => {
		const limit = limitRunning(2);
		const tasks = Array.from({length: 6}, () => deferred());
		let most = 0;
		const starting = (async () => {
			for (const task of tasks) {
				await limit.room();
				limit.track(task.promise);
				most = Math.max(most, limit.running());
			}
		})();
		for (const task of tasks) {
			for (let i = 0; i < 10; i++) await Promise.resolve();
			task.resolve();
		}
		await starting;
		expect(most).toBe(2);
	});
});
