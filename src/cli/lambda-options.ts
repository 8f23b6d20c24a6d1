import {type Command, InvalidArgumentError} from 'commander';
import {InternalError, UserError} from '../errors';
import path from 'node:path';
import {PROJECT_ROOT} from '../render/project-root';
import {DEFAULT_LAMBDA_FUNCTIONS} from '../render/lambda/allot-lambda-functions';
import {checkLambdaSetup, type LambdaSetupQuery} from '../render/lambda/check-lambda-setup';
import type {LambdaClient, LambdaTarget} from '../render/lambda/lambda-client';
import {AWS_REGIONS, DEFAULT_REGION, isLambdaRegion} from '../render/lambda/lambda-regions';
import {createSiteCommand} from '../render/lambda/lambda-setup-commands';
import {createRemotionLambdaClient, defaultFunctionName} from '../render/lambda/remotion-lambda-client';
import {type LambdaBatchProgress, formatUsd} from '../render/lambda/run-lambda-renders';
import type {CoverFile} from '../render/probe-cover';
import {type Progress, createProgress} from './progress';
import {positiveInteger} from './options';

/** What the commands that can render on Lambda get from the process: the client (a fake in tests) and the environment. */
export type LambdaDeps = {lambdaClient?: LambdaClient; env?: NodeJS.ProcessEnv};

/** Where to find the function and the site (`talkreel lambda check` and `--lambda` renders). */
export type LambdaTargetOptions = {region?: string; functionName?: string; serveUrl?: string};
export type LambdaOptions = LambdaTargetOptions & {lambda?: boolean; lambdaConcurrency?: number};

/** A bound against typos: AWS's default limit is 1000 functions at once per region, and few accounts have it raised past this. */
const MAX_LAMBDA_FUNCTIONS = 10_000;

const awsRegion = (value: string): string => {
	if (!isLambdaRegion(value)) throw new InvalidArgumentError(`"${value}" is not a region Remotion Lambda runs in (${AWS_REGIONS.join(', ')}).`);
	return value;
};

/** A Lambda function name: letters, digits, `-` and `_`, at most 64 (AWS's rule). */
const lambdaFunctionName = (value: string): string => {
	if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a Lambda function name (letters, digits, - and _, at most 64).`);
	return value;
};

/** A site's URL: http or https, as `npx remotion lambda sites create` prints it. */
const serveUrl = (value: string): string => {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new InvalidArgumentError(`"${value}" is not a URL.`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidArgumentError(`"${value}" is not an http(s) URL.`);
	return value;
};

const lambdaConcurrency = (value: string): number => {
	const n = positiveInteger(value);
	if (n > MAX_LAMBDA_FUNCTIONS) throw new InvalidArgumentError(`"${value}" is more than the ${MAX_LAMBDA_FUNCTIONS} functions an AWS account runs at once.`);
	return n;
};

/** `--region`, `--function-name`, `--serve-url`: where the function and the site are. */
export const addLambdaTargetOptions = (command: Command): Command =>
	command
		.option('--region <region>', `AWS region of the function and the site (default: $REMOTION_AWS_REGION, else ${DEFAULT_REGION})`, awsRegion)
		.option(
			'--function-name <name>',
			'the Lambda function (default: the one `npx remotion lambda functions deploy` names for this Remotion version)',
			lambdaFunctionName,
		)
		.option('--serve-url <url>', 'the deployed site (default: the site named talkreel in the region)', serveUrl);

/** `--lambda` and where and how wide to render there. */
export const addLambdaOptions = (command: Command): Command =>
	addLambdaTargetOptions(command.option('--lambda', 'render on AWS Lambda (set it up once: see `talkreel lambda check`)')).option(
		'--lambda-concurrency <n>',
		`most Lambda functions running at once (default: ${DEFAULT_LAMBDA_FUNCTIONS}, the limit of a new AWS account)`,
		lambdaConcurrency,
	);

/**
 * The Lambda options are for `--lambda` renders, and `--concurrency` (browser tabs) for
 * local ones: a mix-up is the user's mistake, said before anything is read.
 */
export const refuseMixedLambdaOptions = (opts: LambdaOptions & {concurrency?: number}, command?: Command): void => {
	if (opts.lambda) {
		// `--renderer` has a default, so only its source tells a user's choice from it.
		if (command?.getOptionValueSource('renderer') === 'cli')
			throw new UserError({code: 'ARGS', problem: '--renderer picks the browser on this machine; it does not apply with --lambda'});
		if (opts.concurrency !== undefined)
			throw new UserError({code: 'ARGS', problem: '--concurrency is browser tabs on this machine; on Lambda use --lambda-concurrency'});
		return;
	}
	const given = (
		[
			['--region', opts.region],
			['--function-name', opts.functionName],
			['--serve-url', opts.serveUrl],
			['--lambda-concurrency', opts.lambdaConcurrency],
		] as const
	).filter(([, value]) => value !== undefined);
	if (given.length > 0) throw new UserError({code: 'ARGS', problem: `${given.map(([flag]) => flag).join(', ')}: only with --lambda`});
};

/** The setup to check, from the options and the environment (`REMOTION_AWS_REGION`, as Remotion's CLI reads it). */
export const lambdaSetupQuery = async ({opts, env}: {opts: LambdaOptions; env: NodeJS.ProcessEnv}): Promise<LambdaSetupQuery> => {
	const fromEnv = env.REMOTION_AWS_REGION;
	if (opts.region === undefined && fromEnv !== undefined && fromEnv !== '' && !isLambdaRegion(fromEnv)) {
		throw new UserError({code: 'ARGS', problem: `REMOTION_AWS_REGION "${fromEnv}" is not a region Remotion Lambda runs in`});
	}
	return {
		region: opts.region ?? (fromEnv || DEFAULT_REGION),
		functionName: opts.functionName ?? (await defaultFunctionName()),
		serveUrl: opts.serveUrl ?? null,
		maxFunctions: opts.lambdaConcurrency ?? DEFAULT_LAMBDA_FUNCTIONS,
	};
};

/** The client and the environment the commands use: the real ones unless a test gave its own. */
export const lambdaDeps = ({lambdaClient, env = process.env}: LambdaDeps): {client: LambdaClient; env: NodeJS.ProcessEnv} => ({
	client: lambdaClient ?? createRemotionLambdaClient({env}),
	env,
});

/** The setup a `--lambda` render runs with, once checked. */
export type LambdaSetup = {client: LambdaClient; target: LambdaTarget; maxFunctions: number};

/** Checks the setup a `--lambda` render needs, before any work; its first problem is thrown (one line, exit 2). */
export const checkLambdaBeforeWork = async ({opts, deps}: {opts: LambdaOptions; deps: LambdaDeps}): Promise<LambdaSetup> => {
	const {client, env} = lambdaDeps(deps);
	const query = await lambdaSetupQuery({opts, env});
	const report = await checkLambdaSetup({client, query});
	const [problem] = report.problems;
	if (problem !== undefined) throw problem;
	if (report.target === null) throw new InternalError({code: 'LAMBDA', problem: 'the Lambda setup check found no problem and no target'});
	return {client, target: report.target, maxFunctions: query.maxFunctions};
};

/**
 * A clip's cover art as the deployed site serves it: Lambda draws from the site, and
 * nothing else of this machine reaches it. A cover in the project's `public/` folder was
 * deployed with the site (`npx remotion lambda sites create` bundles `public/`) under
 * its name there; any other is refused with what to do.
 */
export const coverOnSite = ({cover, region}: {cover: CoverFile | null; region: string}): CoverFile | null => {
	if (cover === null) return null;
	const inPublic = path.relative(path.join(PROJECT_ROOT, 'public'), cover.file);
	if (inPublic !== '' && !inPublic.startsWith('..') && !path.isAbsolute(inPublic)) return {file: cover.file, src: inPublic.split(path.sep).join('/')};
	throw new UserError({
		code: 'LAMBDA',
		problem: `the cover art ${cover.file} is not on the deployed site, which Lambda draws from: copy it into public/ (as public/<slug>-cover${path.extname(cover.file)}), then ${createSiteCommand({region})}`,
	});
};

/** Lambda's progress as one bar over the batch's frames, with the renders finished and the cost so far. */
export const lambdaProgressBar = (): {onProgress: (p: LambdaBatchProgress) => void; stop: () => void} => {
	let progress: Progress | undefined;
	return {
		onProgress: (p) => {
			progress ??= createProgress({total: p.total, label: `Lambda ${p.finished}/${p.jobs} done, ${formatUsd(p.costUsd)}`});
			progress.update(p.done, `Lambda ${p.finished}/${p.jobs} done, ${formatUsd(p.costUsd)}`);
		},
		// A log line ends the bar; the next progress starts a new one below it.
		stop: () => {
			progress?.stop();
			progress = undefined;
		},
	};
};
