import {writeFile} from 'node:fs/promises';
import {functionsOf} from '../../src/render/lambda/allot-lambda-functions';
import type {
	LambdaClient,
	LambdaCredentials,
	LambdaFunction,
	LambdaMediaRequest,
	LambdaProgress,
	LambdaSite,
	LambdaStillRequest,
} from '../../src/render/lambda/lambda-client';

/** How one render goes, scripted by a test. */
export type FakeRender = {
	/** What each progress poll returns, in order; the last step repeats. A render without steps is done at the first poll. */
	steps?: {overall: number; costUsd: number; done?: boolean}[];
	/** Thrown by `renderMedia` / `renderStill`, before anything runs. */
	startError?: Error;
	/** Reported as the render's fatal error once the steps are used up. */
	fatal?: {name: string; message: string};
	/** Thrown by the first polls, one each, before the steps. */
	pollErrors?: Error[];
	/** What a still costs. */
	costUsd?: number;
	/** Thrown by `download`. */
	downloadError?: Error;
};

type Started = {
	renderId: string;
	request: LambdaMediaRequest;
	functions: number;
	polls: number;
	pollErrors: Error[];
	active: boolean;
	cancelled: boolean;
};

export type FakeLambda = {
	client: LambdaClient;
	/** Every render started, in order. */
	media: Started[];
	stills: LambdaStillRequest[];
	cancelled: string[];
	downloads: string[];
	/** The regions `listFunctions` and `listSites` were asked about. */
	listed: string[];
	/** The most functions that were busy at once, main and renderers together. */
	maxBusy: () => number;
	busy: () => number;
};

/** Lets other work run, as a network call would. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A Lambda account in memory, for tests: renders follow `script(outName, request)`, and it counts
 * the functions they keep busy (the main function, and the renderers beside it) from
 * start to their last poll, as AWS would count them against the account's limit.
 */
export const createFakeLambda = ({
	credentials = {found: true, source: 'REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY'},
	functions = [],
	sites = [],
	listError,
	script = () => ({}),
	writeOutput,
}: {
	credentials?: LambdaCredentials;
	functions?: LambdaFunction[];
	sites?: LambdaSite[];
	/** Thrown by `listFunctions` and `listSites`. */
	listError?: Error;
	/** How each render goes, by its output name and what was asked (the talk's slug is in its input props). */
	script?: (outName: string, request: LambdaMediaRequest | LambdaStillRequest) => FakeRender;
	/**
	 * Writes what a render made into `file` when it is downloaded: a test that muxes or
	 * inspects it renders the request here (as a Lambda function would). Absent: a line of text.
	 */
	writeOutput?: (request: LambdaMediaRequest | LambdaStillRequest, file: string) => Promise<void>;
} = {}): FakeLambda => {
	const media: Started[] = [];
	const stills: LambdaStillRequest[] = [];
	const cancelled: string[] = [];
	const downloads: string[] = [];
	const listed: string[] = [];
	let busy = 0;
	let maxBusy = 0;
	const take = (n: number) => {
		busy += n;
		maxBusy = Math.max(maxBusy, busy);
	};
	const end = (started: Started) => {
		if (!started.active) return;
		started.active = false;
		busy -= started.functions;
	};
	const client: LambdaClient = {
		credentials: () => credentials,
		listFunctions: async ({region}) => {
			listed.push(region);
			await tick();
			if (listError) throw listError;
			return functions;
		},
		listSites: async ({region}) => {
			listed.push(region);
			await tick();
			if (listError) throw listError;
			return sites;
		},
		renderMedia: async (request) => {
			await tick();
			const render = script(request.outName, request);
			if (render.startError) throw render.startError;
			const started: Started = {
				renderId: `render-${media.length + 1}`,
				request,
				functions: functionsOf({concurrency: request.concurrency}),
				polls: 0,
				pollErrors: [...(render.pollErrors ?? [])],
				active: true,
				cancelled: false,
			};
			media.push(started);
			take(started.functions);
			return {renderId: started.renderId, bucketName: 'remotionlambda-fake'};
		},
		progress: async ({render}) => {
			await tick();
			const started = media.find((m) => m.renderId === render.renderId);
			if (started === undefined) throw new Error(`No render with ID "${render.renderId}" found`);
			const pollError = started.pollErrors.shift();
			if (pollError) throw pollError;
			const scripted = script(started.request.outName, started.request);
			const steps = scripted.steps ?? [{overall: 1, costUsd: 0.001, done: true}];
			const step = steps[Math.min(started.polls, steps.length - 1)]!;
			const stepsUsed = started.polls >= steps.length - 1;
			started.polls++;
			const fatal = started.cancelled
				? {name: 'CancelledError', message: 'The render was cancelled'}
				: stepsUsed && scripted.fatal !== undefined
					? scripted.fatal
					: null;
			const done = fatal === null && (step.done ?? (stepsUsed && step.overall >= 1));
			if (fatal !== null || done) end(started);
			const progress: LambdaProgress = {
				overall: step.overall,
				done,
				costUsd: step.costUsd,
				fatal,
				output: done ? {bucketName: 'remotionlambda-fake', key: `renders/${started.renderId}/${started.request.outName}`} : null,
			};
			return progress;
		},
		renderStill: async (request) => {
			const render = script(request.outName, request);
			take(1);
			await tick();
			busy -= 1;
			if (render.startError) throw render.startError;
			stills.push(request);
			return {output: {bucketName: 'remotionlambda-fake', key: `stills/${request.outName}`}, costUsd: render.costUsd ?? 0.0002};
		},
		cancel: async ({render}) => {
			await tick();
			const started = media.find((m) => m.renderId === render.renderId);
			if (started === undefined) throw new Error(`No render with ID "${render.renderId}" found`);
			started.cancelled = true;
			cancelled.push(render.renderId);
			end(started);
		},
		download: async ({output, file}) => {
			await tick();
			const name = output.key.split('/').at(-1) ?? '';
			const request =
				media.find((m) => output.key === `renders/${m.renderId}/${m.request.outName}`)?.request ?? stills.find((r) => output.key === `stills/${r.outName}`);
			if (request === undefined) throw new Error(`NoSuchKey: ${output.key}`);
			const render = script(name, request);
			if (render.downloadError) throw render.downloadError;
			if (writeOutput === undefined) await writeFile(file, `fake ${output.key}\n`);
			else await writeOutput(request, file);
			downloads.push(file);
		},
	};
	return {client, media, stills, cancelled, downloads, listed, maxBusy: () => maxBusy, busy: () => busy};
};
