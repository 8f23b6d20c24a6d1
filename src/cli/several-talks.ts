import {statSync} from 'node:fs';
import path from 'node:path';
import {InternalError, UserError, isUserError} from '../errors';
import {formatSeconds} from '../render/format-seconds';
import {RenderAbortedError} from '../errors';
import {type LambdaFunctionPool, createLambdaFunctionPool} from '../render/lambda/lambda-function-pool';
import {type LambdaBatchProgress, formatUsd} from '../render/lambda/run-lambda-renders';
import {type LambdaSetup, lambdaProgressBar} from './lambda-options';
import {PartlyFailedError} from './partly-failed';
import {writeLine} from './terminal-text';

/**
 * `talkreel render A B …` and `talkreel clips A B …`: several talks in one command. Every
 * talk is read and planned, and every output checked, before anything is rendered, so a
 * bad file or option in any of them ends the command with its one line (exit 2) before
 * any work. Then they render — one after another on this machine (one browser on few
 * cores: at the same time they would only share it), all at once on Lambda within the one
 * `--lambda-concurrency`. A talk that fails is reported on its own line and the others
 * finish; the command then exits 1.
 */

/** How one talk renders, once read, planned and checked. */
export type PreparedTalk<R> = {file: string; slug: string; render: (context: TalkRunContext) => Promise<R>};

type TalkRunContext = {
	/** This talk's log lines: prefixed with its slug when there are several. */
	log: (line: string) => void;
	/** On Lambda: the checked setup, the functions shared by every talk, and this talk's progress into the one bar. */
	lambda: (LambdaSetup & {pool: {pool: LambdaFunctionPool; batch: string}; onProgress: (progress: LambdaBatchProgress) => void}) | null;
};

/** Options that name something of one talk (its recording, its edits, its quotes, a frame range): refused with several talks. */
export const refuseOneTalkOptions = ({files, options}: {files: readonly string[]; options: readonly [flag: string, value: unknown][]}): void => {
	if (files.length < 2) return;
	const given = options.filter(([, value]) => typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.length > 0));
	if (given.length > 0)
		throw new UserError({
			code: 'ARGS',
			problem: `${given.map(([flag]) => flag).join(', ')}: names something of one talk; give one FILE, or put it beside each transcript (<name>.edits.yaml, <name>.mp3, …)`,
		});
};

/**
 * Where a talk's outputs go: for one talk, `-o` as given (`fromOutput`) or the default
 * under `out/<slug>/`; for several, `-o` is the folder that takes the place of `out/`, and
 * each talk's outputs go under `<folder>/<slug>/` as a single render puts them under
 * `out/<slug>/`.
 */
export const outputFor = ({
	several,
	output,
	slug,
	name,
}: {
	several: boolean;
	output: string | undefined;
	slug: string;
	/** The default's name inside the talk's folder: `recap.mp4`, `clips`. */
	name: string;
}): string => (several ? path.join(output ?? 'out', slug, name) : (output ?? path.join('out', slug, name)));

/** With several talks `-o` is a folder: a name that is a file, or ends as the one file a single render writes, is refused before any work. */
export const refuseOutputFileForSeveral = ({
	files,
	output,
	fileExtension,
}: {
	files: readonly string[];
	output: string | undefined;
	fileExtension?: string;
}): void => {
	if (files.length < 2 || output === undefined) return;
	let isFile = false;
	try {
		isFile = !statSync(output).isDirectory();
	} catch {
		// Not there yet: a folder to be made, unless its name says it is a file.
	}
	if (isFile || (fileExtension !== undefined && output.toLowerCase().endsWith(fileExtension)))
		throw new UserError({
			code: 'ARGS',
			problem: `-o ${output}: names one file; with several talks -o is a folder, and each talk's outputs go in <folder>/<slug>/`,
		});
};

/** Two talks with one slug would write the same files: refused before any work. */
export const refuseSameSlug = (talks: readonly {file: string; slug: string}[]): void => {
	const seen = new Map<string, string>();
	for (const {file, slug} of talks) {
		const other = seen.get(slug);
		if (other !== undefined)
			throw new UserError({
				code: 'ARGS',
				problem: `${other} and ${file} are both the talk "${slug}": their outputs would overwrite each other; rename one of the files (the slug is the file's name), or render them one at a time`,
			});
		seen.set(slug, file);
	}
};

/** Reads and plans `file` with `prepare`; with several talks, an error that does not say which file gets its name. */
export const prepareTalk = async <T>({several, file, prepare}: {several: boolean; file: string; prepare: () => Promise<T>}): Promise<T> => {
	try {
		return await prepare();
	} catch (error) {
		if (several && isUserError(error) && error.file === undefined && !error.problem.includes(file))
			throw new UserError({code: error.code, file, problem: error.problem});
		throw error;
	}
};

/** The one line a talk's failure gets among several, as `reportError` would print it alone. */
const failureLine = (error: unknown): string => {
	if (isUserError(error) || error instanceof PartlyFailedError || error instanceof InternalError) return error.message;
	return `internal error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`;
};

/** Sums the latest progress of each talk into one. */
const sumProgress = (all: readonly (LambdaBatchProgress | undefined)[]): LambdaBatchProgress => {
	const sum: LambdaBatchProgress = {done: 0, total: 0, running: 0, finished: 0, failed: 0, jobs: 0, costUsd: 0};
	for (const p of all) {
		if (p === undefined) continue;
		for (const key of Object.keys(sum) as (keyof LambdaBatchProgress)[]) sum[key] += p[key];
	}
	return sum;
};

/**
 * Renders prepared talks: one alone exactly as before (its errors are the command's); several
 * one after another here, or all at once on Lambda (`lambda`: the `--lambda-concurrency`
 * they share), each failure on a line of its own and `TALKS_FAILED` (exit 1) at the end.
 * Ctrl-C (`RenderAbortedError`) stops them all: on Lambda every render started is
 * cancelled, and the command ends as interrupted once they are.
 */
export const renderTalks = async <R>({
	talks,
	lambda,
	log = writeLine,
}: {
	talks: readonly PreparedTalk<R>[];
	lambda: LambdaSetup | null;
	log?: (line: string) => void;
}): Promise<R[]> => {
	const several = talks.length > 1;
	const pool = lambda === null ? null : createLambdaFunctionPool({maxFunctions: lambda.maxFunctions});
	const bar = lambdaProgressBar();
	const latest: (LambdaBatchProgress | undefined)[] = talks.map(() => undefined);
	const contextOf = (talk: PreparedTalk<R>, index: number): TalkRunContext => {
		const own = (line: string) => {
			bar.stop();
			log(several ? `${talk.slug}: ${line}` : line);
		};
		return {
			log: own,
			lambda:
				pool === null || lambda === null
					? null
					: {
							...lambda,
							pool: {pool, batch: talk.slug},
							onProgress: (progress) => {
								latest[index] = progress;
								bar.onProgress(sumProgress(latest));
							},
						},
		};
	};
	if (!several) {
		const [talk] = talks;
		if (talk === undefined) throw new InternalError({code: 'RENDER', problem: 'no talk to render'});
		return [await talk.render(contextOf(talk, 0)).finally(() => bar.stop())];
	}
	const started = Date.now();
	const outcomes: PromiseSettledResult<R>[] = [];
	if (pool === null) {
		for (const [index, talk] of talks.entries()) {
			const [outcome] = await Promise.allSettled([talk.render(contextOf(talk, index))]);
			if (outcome === undefined) continue;
			outcomes.push(outcome);
			// Ctrl-C stops the command, not only this talk.
			if (outcome.status === 'rejected' && outcome.reason instanceof RenderAbortedError) throw outcome.reason;
		}
	} else {
		for (const talk of talks) pool.expect(talk.slug);
		outcomes.push(
			...(await Promise.allSettled(
				talks.map((talk, index) =>
					talk.render(contextOf(talk, index)).finally(() => {
						// Done or failed: it waits for no function any more.
						pool.setWaiting(talk.slug, 0);
					}),
				),
			)),
		);
		bar.stop();
	}
	const aborted = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected' && o.reason instanceof RenderAbortedError);
	if (aborted !== undefined) throw aborted.reason;
	const failed = talks.filter((_, i) => outcomes[i]?.status === 'rejected');
	for (const [i, outcome] of outcomes.entries()) if (outcome.status === 'rejected') log(`talkreel: ${talks[i]?.file ?? ''}: ${failureLine(outcome.reason)}`);
	const costs = pool === null ? '' : `, ${formatUsd(sumProgress(latest).costUsd)} as Lambda reports it`;
	log(
		`${talks.length} talks ${pool === null ? 'rendered' : 'rendered on Lambda'} in ${formatSeconds(Date.now() - started)}: ${talks.length - failed.length} written, ${failed.length} failed${costs}`,
	);
	if (failed.length > 0)
		throw new PartlyFailedError({
			code: 'TALKS_FAILED',
			problem: `${failed.length} of ${talks.length} talks failed (see the lines above); the others were written`,
		});
	return outcomes.map((o) => (o as PromiseFulfilledResult<R>).value);
};
