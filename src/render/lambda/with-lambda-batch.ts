import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Log} from '../bundle-project';
import {formatSeconds} from '../format-seconds';
import {withRenderContext} from '../render-pipeline';
import type {LambdaClient, LambdaTarget} from './lambda-client';
import type {LambdaFunctionPool} from './lambda-function-pool';
import {type LambdaBatchProgress, type LambdaJob, type LambdaJobResult, type RunLambdaRendersOptions, formatUsd, runLambdaRenders} from './run-lambda-renders';

/** Where and how a `--lambda` render runs: the checked setup, the limit, the size, and how it reports and stops. */
export type LambdaRenderSettings = {
	client: LambdaClient;
	target: LambdaTarget;
	/** The most functions running at once (`--lambda-concurrency`). */
	maxFunctions: number;
	/** The functions shared with the other talks of the command, and this talk's name in it (default: `maxFunctions` of its own). */
	pool?: {pool: LambdaFunctionPool; batch: string} | undefined;
	scale?: number;
	/** Stops every render started (they are cancelled on Lambda); nothing half-written stays. */
	signal?: AbortSignal | undefined;
	/** Also stop on Ctrl-C (SIGINT). Default true. */
	handleSigint?: boolean | undefined;
	log?: Log | undefined;
	/** Lambda's progress over the whole batch: frames done, renders finished, the cost so far. */
	onProgress?: ((progress: LambdaBatchProgress) => void) | undefined;
	/** Called as each render is downloaded and finished here (or failed). */
	onJobDone?: ((result: LambdaJobResult) => void) | undefined;
	/** Tests: between two progress polls, and how to wait. */
	pollMs?: number;
	wait?: RunLambdaRendersOptions['wait'];
};

type LambdaBatch = {
	/** A private temporary folder for the downloads, removed when the batch ends. */
	work: string;
	/** Throws `RenderAbortedError` once the batch was stopped (between local steps). */
	checkAborted: () => void;
	/** Aborts when the batch is stopped: for local steps that keep what is whole and say so (the sidecars). */
	signal: AbortSignal;
	/** Runs `jobs` on Lambda and logs the end line: the time, and the cost Lambda reports. */
	run: (jobs: LambdaJob[]) => Promise<{results: LambdaJobResult[]; costUsd: number}>;
};

/**
 * Runs `work` for a `--lambda` render: one interruption (its signal, or Ctrl-C) that
 * cancels the renders started on Lambda, and a temporary folder for their downloads, both
 * closed whatever happens. No browser is opened and nothing is bundled here: Lambda draws
 * from the deployed site.
 */
export const withLambdaBatch = async <T>(settings: LambdaRenderSettings, work: (batch: LambdaBatch) => Promise<T>): Promise<T> => {
	const {log = () => {}} = settings;
	return withRenderContext({signal: settings.signal, handleSigint: settings.handleSigint, log}, async (context) => {
		const folder = await mkdtemp(path.join(tmpdir(), 'talkreel-lambda-'));
		try {
			return await work({
				work: folder,
				checkAborted: context.checkAborted,
				signal: context.interruptible.signal,
				run: async (jobs) => {
					const started = Date.now();
					const batch = await runLambdaRenders({
						client: settings.client,
						target: settings.target,
						jobs,
						maxFunctions: settings.maxFunctions,
						...(settings.pool === undefined ? {} : {pool: settings.pool}),
						scale: settings.scale ?? 1,
						signal: context.interruptible.signal,
						log,
						...(settings.onProgress === undefined ? {} : {onProgress: settings.onProgress}),
						...(settings.onJobDone === undefined ? {} : {onJobDone: settings.onJobDone}),
						...(settings.pollMs === undefined ? {} : {pollMs: settings.pollMs}),
						...(settings.wait === undefined ? {} : {wait: settings.wait}),
					});
					const failed = batch.results.filter((r) => r.error !== null).length;
					log(
						`rendered on Lambda in ${formatSeconds(Date.now() - started)}: ${jobs.length - failed} of ${jobs.length} render${jobs.length === 1 ? '' : 's'}, ${formatUsd(batch.costUsd)} as Lambda reports it`,
					);
					return batch;
				},
			});
		} finally {
			await rm(folder, {recursive: true, force: true});
		}
	});
};
