import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {InternalError, UserError} from '../../../src/errors';
import {RenderAbortedError} from '../../../src/errors';
import type {LambdaTarget} from '../../../src/render/lambda/lambda-client';
import {createLambdaFunctionPool} from '../../../src/render/lambda/lambda-function-pool';
import {type LambdaBatchProgress, type LambdaJob, type RunLambdaRendersOptions, runLambdaRenders} from '../../../src/render/lambda/run-lambda-renders';
import {type FakeRender, createFakeLambda} from '../../support/fake-lambda';

const TARGET: LambdaTarget = {
	region: 'us-east-1',
	functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
	serveUrl: 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/talkreel/index.html',
};

/** Lets the other renders run between two polls, without waiting for real. */
const noWait = () => new Promise<void>((resolve) => setImmediate(resolve));

// Made now, not before each test: the tables below name files in it.
const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-lambda-'));
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir);
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const clip = (id: string, frames = 300): LambdaJob => ({
	kind: 'media',
	id,
	composition: 'Quote-square',
	inputProps: {quoteId: id},
	frames,
	frameRange: null,
	file: path.join(dir, `${id}.mp4`),
});

const still = (id: string): LambdaJob => ({
	kind: 'still',
	id,
	composition: 'Quote-square',
	inputProps: {quoteId: id},
	frame: 299,
	file: path.join(dir, `${id}.png`),
});

/** Three polls: a third, two thirds, done; a cent in all. */
const STEADY: FakeRender = {
	steps: [
		{overall: 0.33, costUsd: 0.003},
		{overall: 0.66, costUsd: 0.006},
		{overall: 1, costUsd: 0.01, done: true},
	],
};

const run = (options: Omit<RunLambdaRendersOptions, 'target' | 'scale' | 'wait'> & Partial<Pick<RunLambdaRendersOptions, 'wait'>>) =>
	runLambdaRenders({target: TARGET, scale: 1, wait: noWait, ...options});

describe('the Lambda scheduler keeps within the account limit', () => {
	it.each([
		['25 clips, 4 functions', Array.from({length: 25}, (_, i) => clip(`c${i}`)), 4],
		['60 clips, 10 functions (a new account)', Array.from({length: 60}, (_, i) => clip(`c${i}`, 240)), 10],
		['3 recaps, 10 functions', [clip('a', 5341), clip('b', 5341), clip('c', 5341)], 10],
		['clips and share cards, 7 functions', Array.from({length: 12}, (_, i) => (i % 2 === 0 ? clip(`c${i}`) : still(`s${i}`))), 7],
	])('%s: never more busy at once, every job done', async (_name, jobs, limit) => {
		const fake = createFakeLambda({script: () => STEADY});
		const {results} = await run({client: fake.client, jobs, maxFunctions: limit});
		expect(fake.maxBusy()).toBeLessThanOrEqual(limit);
		// And the limit is used, not left idle.
		expect(fake.maxBusy()).toBe(limit);
		expect(results.map((r) => r.error)).toEqual(jobs.map(() => null));
		expect((await readdir(dir)).sort()).toEqual(jobs.map((j) => path.basename(j.file)).sort());
		expect(fake.busy()).toBe(0);
	});

	it('a lone recap takes every function: nine renderers beside the main function', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		await run({client: fake.client, jobs: [clip('recap', 5341)], maxFunctions: 10});
		expect(fake.media.map((m) => m.request.concurrency)).toEqual([9]);
	});

	it('a batch of clips on a new account renders each clip on its main function alone', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		await run({client: fake.client, jobs: Array.from({length: 30}, (_, i) => clip(`c${i}`)), maxFunctions: 10});
		expect(new Set(fake.media.map((m) => m.request.concurrency))).toEqual(new Set([1]));
	});
});

/** The talks of `render A B --lambda`: one batch each, one pool of functions for all. */
describe('batches sharing one pool of functions', () => {
	it('two recaps announced together render at the same time, half the functions each, never more than the limit', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		const pool = createLambdaFunctionPool({maxFunctions: 10});
		pool.expect('a');
		pool.expect('b');
		const [a, b] = await Promise.all([
			run({client: fake.client, jobs: [clip('a', 5341)], maxFunctions: 10, pool: {pool, batch: 'a'}}),
			run({client: fake.client, jobs: [clip('b', 5341)], maxFunctions: 10, pool: {pool, batch: 'b'}}),
		]);
		expect([a.results[0]?.error, b.results[0]?.error]).toEqual([null, null]);
		// Both started before either finished: the second did not wait for the first's functions.
		expect(fake.media.map((m) => m.request.concurrency)).toEqual([4, 4]);
		expect(fake.maxBusy()).toBe(10);
		expect(pool.free()).toBe(10);
		expect(pool.waiting()).toBe(0);
	});

	it('the clips of three talks on 4 functions: never more than 4 busy, every clip done, the pool whole again', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		const pool = createLambdaFunctionPool({maxFunctions: 4});
		const talks = ['x', 'y', 'z'];
		for (const t of talks) pool.expect(t);
		const batches = await Promise.all(
			talks.map((t) => run({client: fake.client, jobs: Array.from({length: 7}, (_, i) => clip(`${t}${i}`)), maxFunctions: 4, pool: {pool, batch: t}})),
		);
		expect(batches.flatMap((b) => b.results.map((r) => r.error))).toEqual(Array.from({length: 21}, () => null));
		expect(fake.maxBusy()).toBe(4);
		// Each talk had a clip under way before the first talk was done: they share, not queue.
		const firstOf = (t: string) => fake.media.findIndex((m) => m.request.outName.startsWith(t));
		expect(Math.max(...talks.map(firstOf))).toBeLessThan(7);
		expect(pool.free()).toBe(4);
	});

	it('a talk that never starts (its sound failed) gives its share back: the one left takes every function', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		const pool = createLambdaFunctionPool({maxFunctions: 10});
		pool.expect('a');
		pool.expect('b');
		pool.setWaiting('b', 0);
		await run({client: fake.client, jobs: [clip('a', 5341)], maxFunctions: 10, pool: {pool, batch: 'a'}});
		expect(fake.media.map((m) => m.request.concurrency)).toEqual([9]);
	});
});

describe('a batch reports what failed and finishes the rest', () => {
	it('one clip failing on Lambda: the others are downloaded, its line is kept, its cost counted', async () => {
		const fake = createFakeLambda({
			script: (name) =>
				name === 'b.mp4'
					? {steps: [{overall: 0.2, costUsd: 0.002}], fatal: {name: 'TypeError', message: "Cannot read properties of undefined (reading 'lines')"}}
					: STEADY,
		});
		const done: string[] = [];
		const {results, costUsd} = await run({
			client: fake.client,
			jobs: [clip('a'), clip('b'), clip('c')],
			maxFunctions: 3,
			onJobDone: (r) => done.push(r.id),
		});
		expect(results).toEqual([
			{id: 'a', costUsd: 0.01, error: null},
			{
				id: 'b',
				costUsd: 0.002,
				error: "LAMBDA: AWS Lambda: Cannot read properties of undefined (reading 'lines')",
				// The error itself, for a caller that cannot go on without the render (the recap).
				failure: expect.any(InternalError),
			},
			{id: 'c', costUsd: 0.01, error: null},
		]);
		expect(costUsd).toBeCloseTo(0.022, 10);
		expect((await readdir(dir)).sort()).toEqual(['a.mp4', 'c.mp4']);
		expect(done.sort()).toEqual(['a', 'b', 'c']);
		expect(fake.cancelled).toEqual([]);
	});

	it.each([
		[
			'the user’s (its sound)',
			new UserError({code: 'MEDIA', problem: 'song.mp3: the recording ends before the quote'}),
			'MEDIA: song.mp3: the recording ends before the quote',
		],
		['an internal one', new Error('ffmpeg exited with code 1'), 'RENDER: ffmpeg exited with code 1'],
	])('a clip whose local finishing (the mux) fails with an error of %s fails alone, with its own line', async (_name, error, line) => {
		const fake = createFakeLambda({script: () => STEADY});
		const jobs = [{...clip('a'), finish: async () => Promise.reject(error)}, clip('b'), clip('c')];
		const {results} = await run({client: fake.client, jobs, maxFunctions: 1});
		expect(results.map((r) => r.error)).toEqual([line, null, null]);
	});

	it('a progress poll that fails once is retried; three in a row fail the render, which is cancelled', async () => {
		const blip = new Error('socket hang up');
		const fake = createFakeLambda({script: (name) => (name === 'a.mp4' ? {...STEADY, pollErrors: [blip]} : {...STEADY, pollErrors: [blip, blip, blip]})});
		const {results} = await run({client: fake.client, jobs: [clip('a'), clip('b')], maxFunctions: 2});
		expect(results.map((r) => r.error)).toEqual([null, 'LAMBDA: AWS Lambda: socket hang up']);
		expect(fake.cancelled).toEqual(['render-2']);
		expect(fake.busy()).toBe(0);
	});

	it('an error in the setup stops the batch: what runs is cancelled, nothing more starts, its one line is thrown', async () => {
		const slow = {steps: Array.from({length: 50}, () => ({overall: 0.1, costUsd: 0.001}))};
		const fake = createFakeLambda({
			script: (name) =>
				name === 'c2.mp4' ? {steps: slow.steps.slice(0, 2), fatal: {name: 'Error', message: 'TooManyRequestsException: Rate Exceeded.'}} : slow,
		});
		const jobs = Array.from({length: 8}, (_, i) => clip(`c${i}`));
		const log: string[] = [];
		const error = await run({client: fake.client, jobs, maxFunctions: 3, log: (line) => log.push(line)}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UserError);
		expect((error as UserError).message).toBe(
			'LAMBDA: the AWS Lambda concurrency limit in us-east-1 was reached: lower --lambda-concurrency (3 now) to the limit `npx remotion lambda quotas --region=us-east-1` shows, or raise it: npx remotion lambda quotas increase --region=us-east-1',
		);
		expect(fake.media.map((m) => m.request.outName)).toEqual(['c0.mp4', 'c1.mp4', 'c2.mp4']);
		expect(fake.cancelled.sort()).toEqual(['render-1', 'render-2']);
		expect(fake.busy()).toBe(0);
		expect(log).toEqual(['cancelled 2 renders on Lambda; the batch cost $0.0030 so far']);
	});
});

describe('progress over a batch', () => {
	it('is the frames done over every job, weighted by frames, with the cost so far', async () => {
		const fake = createFakeLambda({
			script: () => ({
				steps: [
					{overall: 0.25, costUsd: 0.001},
					{overall: 0.5, costUsd: 0.002},
					{overall: 1, costUsd: 0.004, done: true},
				],
			}),
		});
		const events: LambdaBatchProgress[] = [];
		await run({client: fake.client, jobs: [clip('only', 400)], maxFunctions: 10, onProgress: (p) => events.push(p)});
		expect(events.map((e) => e.done)).toEqual([0, 100, 200, 400, 400]);
		expect(events.at(-1)).toEqual({done: 400, total: 400, running: 0, finished: 1, failed: 0, jobs: 1, costUsd: 0.004});
	});

	it('sums clips of different lengths and stills, never going back, to the total', async () => {
		const fake = createFakeLambda({script: (name) => (name.endsWith('.png') ? {costUsd: 0.0005} : STEADY)});
		const events: LambdaBatchProgress[] = [];
		const jobs = [clip('short', 100), clip('long', 300), still('card')];
		const {costUsd} = await run({client: fake.client, jobs, maxFunctions: 2, onProgress: (p) => events.push(p)});
		const done = events.map((e) => e.done);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(events.every((e) => e.total === 401)).toBe(true);
		expect(fake.maxBusy()).toBeLessThanOrEqual(2);
		expect(events.at(-1)).toMatchObject({done: 401, finished: 3, failed: 0, running: 0});
		expect(events.at(-1)?.costUsd).toBeCloseTo(0.0205, 10);
		expect(costUsd).toBeCloseTo(0.0205, 10);
	});
});

describe('Ctrl-C cancels what was started', () => {
	const LONG: FakeRender = {steps: Array.from({length: 1000}, (_, i) => ({overall: i / 1000, costUsd: i / 100_000}))};

	it('cancels every render under way, starts no other, and throws RenderAbortedError', async () => {
		const fake = createFakeLambda({script: () => LONG});
		const controller = new AbortController();
		let polls = 0;
		const rendering = run({
			client: fake.client,
			jobs: Array.from({length: 6}, (_, i) => clip(`c${i}`)),
			maxFunctions: 2,
			signal: controller.signal,
			onProgress: () => {
				if (++polls === 10) controller.abort();
			},
		});
		await expect(rendering).rejects.toBeInstanceOf(RenderAbortedError);
		expect(fake.media.map((m) => m.renderId)).toEqual(['render-1', 'render-2']);
		expect(fake.cancelled.sort()).toEqual(['render-1', 'render-2']);
		expect(fake.busy()).toBe(0);
		expect(fake.downloads).toEqual([]);
	});

	it('a render whose start was under way when the signal came is cancelled as soon as Lambda names it', async () => {
		const fake = createFakeLambda({script: () => LONG});
		const controller = new AbortController();
		const rendering = run({client: fake.client, jobs: [clip('a'), clip('b')], maxFunctions: 4, signal: controller.signal});
		// Both starts are in flight (the fake answers on the next turn of the event loop).
		controller.abort();
		await expect(rendering).rejects.toBeInstanceOf(RenderAbortedError);
		expect(fake.cancelled.sort()).toEqual(['render-1', 'render-2']);
		expect(fake.busy()).toBe(0);
	});

	it('a signal already given starts nothing', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		const controller = new AbortController();
		controller.abort();
		await expect(run({client: fake.client, jobs: [clip('a')], maxFunctions: 4, signal: controller.signal})).rejects.toBeInstanceOf(RenderAbortedError);
		expect(fake.media).toEqual([]);
	});
});

describe('large input props', () => {
	it('props over Remotion’s inline limit still render, and the log says they go through S3', async () => {
		const fake = createFakeLambda({script: () => STEADY});
		const log: string[] = [];
		const big = {...clip('big'), inputProps: {text: 'x'.repeat(250_000)}};
		const {results} = await run({client: fake.client, jobs: [big, clip('small')], maxFunctions: 4, log: (line) => log.push(line)});
		expect(results.map((r) => r.error)).toEqual([null, null]);
		expect(log).toEqual(['big: input props of 251 kB: Remotion puts them in S3 first (one more request)']);
		expect(fake.media[0]?.request.inputProps).toBe(big.inputProps);
	});
});
