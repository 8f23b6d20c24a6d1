import {describe, expect, it, vi} from 'vitest';

// webpack stands in as a bundle that is never done, so a test sees whether the render waits for it.
const bundleCalls = vi.hoisted(() => ({count: 0}));
vi.mock('@remotion/bundler', () => ({
	bundle: () => {
		bundleCalls.count++;
		return new Promise<string>(() => {});
	},
}));

const {withRenderContext} = await import('../../src/render/render-pipeline');

/** A browser already open, as a batch or a test hands one in: never closed by the context. */
const givenBrowser = {
	browser: {} as never,
	choice: {browserExecutable: null, chromeMode: 'headless-shell' as const, source: 'npm' as const},
	close: async () => {},
};

describe('the render context', () => {
	it('starts bundling on warmUp, while the sound is built, and bundles once', async () => {
		const before = bundleCalls.count;
		await expect(
			withRenderContext({browser: givenBrowser, handleSigint: false}, async (context) => {
				context.warmUp();
				context.warmUp();
				expect(bundleCalls.count).toBe(before + 1);
				void context.bundle();
				expect(bundleCalls.count).toBe(before + 1);
				throw new Error('the recording cannot be decoded');
			}),
		).rejects.toThrow('the recording cannot be decoded');
	});

	it('says a failure at once, without waiting for a bundle still being made', async () => {
		// Without giving the bundle up, this would wait forever for webpack (the test times out).
		const failed = withRenderContext({browser: givenBrowser, handleSigint: false}, async (context) => {
			context.warmUp();
			await new Promise((resolve) => setTimeout(resolve, 50));
			throw new Error('the recording cannot be decoded');
		});
		await expect(failed).rejects.toThrow('the recording cannot be decoded');
	}, 10_000);
});
