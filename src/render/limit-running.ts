/**
 * A bound on tasks that start one after another and run on their own: `room()` resolves
 * once fewer than `max` of the tracked tasks are still running; `track(task)` counts a
 * task as running until it settles, resolved or rejected.
 */
export const limitRunning = (max: number): {room: () => Promise<void>; track: (task: Promise<unknown>) => void; running: () => number} => {
	const running = new Set<Promise<void>>();
	return {
		room: async () => {
			while (running.size >= max) await Promise.race(running);
		},
		track: (task) => {
			const settled: Promise<void> = task.then(
				() => {
					running.delete(settled);
				},
				() => {
					running.delete(settled);
				},
			);
			running.add(settled);
		},
		running: () => running.size,
	};
};
