import {InternalError, UserError} from '../../errors';
import {RenderAbortedError} from '../../errors';
import {concurrencyFor, functionsOf, shareOfFunctions} from './allot-lambda-functions';
import {type LambdaErrorContext, describeLambdaError} from './describe-lambda-error';
import {type LambdaFunctionPool, createLambdaFunctionPool} from './lambda-function-pool';
import type {LambdaClient, LambdaOutput, LambdaProgress, LambdaRender, LambdaTarget} from './lambda-client';
import {measureInputProps} from './measure-input-props';

/** One render of a batch: a video (`media`) or one frame (`still`), downloaded to `file`, then `finish`ed locally. */
export type LambdaJob = {
	/** Names the job in log lines and results: `recap`, `t012s3-sam-altman-square.mp4`. */
	id: string;
	composition: string;
	inputProps: Record<string, unknown>;
	/** Where the output is downloaded to (written atomically). */
	file: string;
	/** Local work on the downloaded file (mux the sound, cut the share card); its failure fails the job. */
	finish?: (file: string) => Promise<void>;
} & (
	| {kind: 'media'; frames: number; frameRange: [number, number] | null}
	/** A still at its own size (the batch's `scale` when absent), as a PNG unless it says JPEG. */
	| {kind: 'still'; frame: number; scale?: number; imageFormat?: 'png' | 'jpeg'}
);

export type LambdaJobResult = {
	id: string;
	/** What Lambda reported the render cost, in US dollars (a failed or cancelled render's cost so far). */
	costUsd: number;
	/** The one line saying why it failed, or null. */
	error: string | null;
	/** The error itself, when it failed (not when it was cancelled): what a caller that cannot go on throws. */
	failure?: UserError | InternalError;
};

export type LambdaBatchProgress = {
	/** Frames done, of `total`, over every job (a job counts its frames; a still counts one). */
	done: number;
	total: number;
	/** Jobs under way, finished (including failed) and failed, of `jobs`. */
	running: number;
	finished: number;
	failed: number;
	jobs: number;
	/** The cost so far of every render started, as Lambda reports it. */
	costUsd: number;
};

export type RunLambdaRendersOptions = {
	client: LambdaClient;
	target: LambdaTarget;
	jobs: LambdaJob[];
	/** The most Lambda functions running at once, main and renderer functions together (`--lambda-concurrency`). */
	maxFunctions: number;
	/**
	 * The functions this batch shares with the other batches of the command (the talks of
	 * `render A B --lambda`), under the name `batch`; by default a pool of its own of
	 * `maxFunctions`.
	 */
	pool?: {pool: LambdaFunctionPool; batch: string};
	scale: number;
	/** Stops the batch: nothing new starts, every render started is cancelled, `RenderAbortedError` is thrown. */
	signal?: AbortSignal;
	/** Between two progress polls of a render. */
	pollMs?: number;
	/** Waits `ms` or until `signal` aborts (tests pass one that does not wait). */
	wait?: (ms: number, signal: AbortSignal) => Promise<void>;
	onProgress?: (progress: LambdaBatchProgress) => void;
	onJobDone?: (result: LambdaJobResult) => void;
	log?: (line: string) => void;
};

type LambdaBatchResult = {results: LambdaJobResult[]; costUsd: number};

/** Lambda writes progress about once a second; reading it (from S3) more often buys nothing. */
const POLL_MS = 2000;

/** A poll may fail on a passing network or S3 error; this many in a row fail the render. */
const MAX_FAILED_POLLS = 3;

/** Dollars as the end line shows them: four decimals under a dollar, since a clip costs about a tenth of a cent. */
export const formatUsd = (usd: number): string => `$${usd.toFixed(usd < 1 ? 4 : 2)}`;

const waitFor = (ms: number, signal: AbortSignal): Promise<void> =>
	new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal.addEventListener('abort', done, {once: true});
	});

type JobState = {fraction: number; costUsd: number; failed: boolean; finished: boolean; running: boolean};

/**
 * Renders a batch on Lambda — a recap, the clips of several talks — with at most
 * `maxFunctions` functions running at once: each render takes an even share of the free
 * functions (one each for a batch of clips, all of them for a lone recap), and the next
 * render starts when a render's functions are free again. Progress is polled from S3 and
 * summed over the batch by frames; each output is downloaded and `finish`ed as soon as it
 * is done. A render that fails is reported (its one line in its result) and the others
 * go on. An error in the user's setup (credentials, the function, the site, the account's
 * limit) stops the batch: the renders under way are cancelled and its `UserError` is
 * thrown. So is an abort (`RenderAbortedError`). Every render is started with
 * cancellation enabled, so Ctrl-C stops what it started and no function runs on unpaid-for.
 */
export const runLambdaRenders = async (options: RunLambdaRendersOptions): Promise<LambdaBatchResult> => {
	const {client, target, jobs, maxFunctions, scale, pollMs = POLL_MS, wait = waitFor, onProgress, onJobDone, log = () => {}} = options;
	const context: LambdaErrorContext = {...target, maxFunctions};
	// Stops everything: the caller's signal, or an error in the setup.
	const stop = new AbortController();
	const onAbort = () => stop.abort();
	if (options.signal?.aborted) throw new RenderAbortedError();
	options.signal?.addEventListener('abort', onAbort, {once: true});
	let setupError: UserError | undefined;

	const states: JobState[] = jobs.map(() => ({fraction: 0, costUsd: 0, failed: false, finished: false, running: false}));
	const weights = jobs.map((job) => (job.kind === 'media' ? job.frames : 1));
	const total = weights.reduce((sum, w) => sum + w, 0);
	const report = () =>
		onProgress?.({
			done: Math.floor(states.reduce((sum, s, i) => sum + s.fraction * weights[i]!, 0)),
			total,
			running: states.filter((s) => s.running).length,
			finished: states.filter((s) => s.finished).length,
			failed: states.filter((s) => s.failed).length,
			jobs: jobs.length,
			costUsd: states.reduce((sum, s) => sum + s.costUsd, 0),
		});

	const cancel = async (job: LambdaJob, render: LambdaRender) => {
		try {
			await client.cancel({region: target.region, render});
		} catch (error) {
			log(`${job.id}: could not cancel render ${render.renderId} on Lambda: ${describeLambdaError({error, context}).message}`);
		}
	};

	/** Runs one job to its downloaded, finished file; `release` frees its functions once Lambda is done with it. */
	const run = async (job: LambdaJob, state: JobState, concurrency: number, release: () => void): Promise<'done' | 'cancelled'> => {
		const props = measureInputProps({inputProps: job.inputProps, kind: job.kind});
		if (!props.inline) log(`${job.id}: input props of ${Math.ceil(props.characters / 1000)} kB: Remotion puts them in S3 first (one more request)`);
		let output: LambdaOutput;
		if (job.kind === 'still') {
			// Not cancellable: it is done when the call returns.
			const imageFormat = job.imageFormat ?? 'png';
			const still = await client.renderStill({
				...target,
				composition: job.composition,
				inputProps: job.inputProps,
				frame: job.frame,
				scale: job.scale ?? scale,
				imageFormat,
				outName: `${job.id}.${imageFormat === 'jpeg' ? 'jpg' : 'png'}`,
			});
			state.costUsd = still.costUsd;
			output = still.output;
		} else {
			const render = await client.renderMedia({
				...target,
				composition: job.composition,
				inputProps: job.inputProps,
				concurrency,
				scale,
				frameRange: job.frameRange,
				outName: `${job.id}.mp4`,
			});
			/** Whether Lambda is done with the render (finished or failed): nothing left to cancel. */
			let ended = false;
			const follow = async (): Promise<LambdaOutput | 'cancelled'> => {
				let failedPolls = 0;
				for (;;) {
					if (stop.signal.aborted) return 'cancelled';
					await wait(pollMs, stop.signal);
					if (stop.signal.aborted) return 'cancelled';
					let progress: LambdaProgress;
					try {
						progress = await client.progress({region: target.region, functionName: target.functionName, render});
						failedPolls = 0;
					} catch (error) {
						failedPolls++;
						if (describeLambdaError({error, context}) instanceof UserError || failedPolls >= MAX_FAILED_POLLS) throw error;
						continue;
					}
					state.fraction = Math.min(1, Math.max(0, progress.overall));
					state.costUsd = progress.costUsd;
					report();
					if (progress.fatal !== null) {
						ended = true;
						throw Object.assign(new Error(progress.fatal.message), {name: progress.fatal.name});
					}
					if (progress.done) {
						ended = true;
						if (progress.output === null) throw new InternalError({code: 'LAMBDA', problem: `render ${render.renderId} is done but names no output`});
						return progress.output;
					}
				}
			};
			let followed: LambdaOutput | 'cancelled';
			try {
				followed = await follow();
			} catch (error) {
				// Polling gave up (or AWS refused it): the render may still be running, and costing.
				if (!ended) await cancel(job, render);
				throw error;
			}
			if (followed === 'cancelled') {
				await cancel(job, render);
				return 'cancelled';
			}
			output = followed;
		}
		release();
		if (stop.signal.aborted) return 'cancelled';
		await client.download({region: target.region, output, file: job.file});
		try {
			await job.finish?.(job.file);
		} catch (error) {
			// Local work: its error is its own, not Lambda's.
			if (error instanceof UserError || error instanceof InternalError) throw error;
			throw new InternalError({code: 'RENDER', problem: error instanceof Error ? error.message : String(error)});
		}
		return 'done';
	};

	const results: (LambdaJobResult | undefined)[] = jobs.map(() => undefined);
	const {pool, batch} = options.pool ?? {pool: createLambdaFunctionPool({maxFunctions}), batch: 'batch'};
	let stopWaking = () => {};
	await new Promise<void>((resolve) => {
		let next = 0;
		let running = 0;
		const settle = () => {
			if (running === 0 && (next >= jobs.length || stop.signal.aborted)) resolve();
		};
		const startWhatFits = () => {
			while (!stop.signal.aborted && next < jobs.length && pool.mayTake(batch)) {
				const index = next++;
				const job = jobs[index]!;
				const state = states[index]!;
				// An even share of what is free among every render still waiting, this one's batch and the others'.
				const share = shareOfFunctions({free: pool.free(), waiting: pool.waiting()});
				pool.setWaiting(batch, jobs.length - next);
				const concurrency = job.kind === 'media' ? concurrencyFor({frames: job.frames, functions: share}) : 1;
				const used = functionsOf({concurrency});
				pool.take(batch, used);
				running++;
				state.running = true;
				let released = false;
				const release = () => {
					if (released) return;
					released = true;
					pool.give(batch, used);
				};
				run(job, state, concurrency, release)
					.then(
						(outcome) => {
							results[index] = {id: job.id, costUsd: state.costUsd, error: outcome === 'done' ? null : 'cancelled'};
						},
						(error: unknown) => {
							const described = describeLambdaError({error, context});
							// The Lambda setup fails every render alike; a clip's own mistake (its sound) fails that clip.
							if (described instanceof UserError && described.code === 'LAMBDA' && setupError === undefined) {
								setupError = described;
								stop.abort();
							}
							state.failed = true;
							results[index] = {id: job.id, costUsd: state.costUsd, error: described.message, failure: described};
						},
					)
					.finally(() => {
						state.running = false;
						state.finished = true;
						// Nothing of it is left to do, whether it failed or not.
						state.fraction = 1;
						running--;
						report();
						onJobDone?.(results[index]!);
						release();
						settle();
					});
			}
			settle();
		};
		report();
		pool.setWaiting(batch, jobs.length);
		stopWaking = pool.onFree(startWhatFits);
		startWhatFits();
	});
	stopWaking();
	// Stopped or done: none of its renders waits for a function any more.
	pool.setWaiting(batch, 0);
	options.signal?.removeEventListener('abort', onAbort);
	const costUsd = results.reduce((sum, r) => sum + (r?.costUsd ?? 0), 0);
	const cancelled = results.filter((r) => r?.error === 'cancelled').length;
	if (cancelled > 0) log(`cancelled ${cancelled} render${cancelled === 1 ? '' : 's'} on Lambda; the batch cost ${formatUsd(costUsd)} so far`);
	if (options.signal?.aborted) throw new RenderAbortedError();
	if (setupError !== undefined) throw setupError;
	return {results: results.map((r, i) => r ?? {id: jobs[i]!.id, costUsd: 0, error: 'not started'}), costUsd};
};
