/**
 * Everything talkreel asks of AWS, as one small interface: the real one calls Remotion
 * Lambda's client functions (`remotion-lambda-client.ts`), tests use a fake that scripts
 * progress, costs and failures. Nothing else in talkreel talks to AWS.
 */

/** Where a render runs: the region, the deployed function and the deployed site (Remotion's "serve URL"). */
export type LambdaTarget = {region: string; functionName: string; serveUrl: string};

/** A deployed Remotion Lambda function and the Remotion version it runs (null when it does not say). */
export type LambdaFunction = {functionName: string; version: string | null};

/** A site deployed with `npx remotion lambda sites create`: its name (`--site-name`), URL and the Remotion version it was bundled with. */
export type LambdaSite = {id: string; serveUrl: string; version: string | null};

/** A render Lambda has started: what progress, cancellation and the output are found by. */
export type LambdaRender = {renderId: string; bucketName: string};

/** A file Lambda wrote to S3. */
export type LambdaOutput = {bucketName: string; key: string};

/** Credentials as Remotion would find them: where from (`REMOTION_AWS_ACCESS_KEY_ID`, `AWS_PROFILE`, …), or the one line saying what is missing. */
export type LambdaCredentials = {found: true; source: string} | {found: false; problem: string};

export type LambdaProgress = {
	/** 0 to 1, as Lambda weighs it (invoking, frames, encoding, combining). */
	overall: number;
	done: boolean;
	/** What the render has cost so far, in US dollars, as Lambda estimates it (`costs.accruedSoFar`). */
	costUsd: number;
	/** The first fatal error Lambda reports (`CancelledError` once cancelled), or null. */
	fatal: {name: string; message: string} | null;
	/** The finished video, once `done`. */
	output: LambdaOutput | null;
};

/** A video render: H.264, rendered muted (talkreel builds and muxes the sound itself), written privately to S3. */
export type LambdaMediaRequest = LambdaTarget & {
	composition: string;
	/** Plain JSON; Remotion puts props over its inline limit in S3 itself (`measure-input-props.ts`). */
	inputProps: Record<string, unknown>;
	/** Renderer functions (1: the main function renders alone); see `allot-lambda-functions.ts`. */
	concurrency: number;
	scale: number;
	/** Inclusive frames, or null for all. */
	frameRange: [number, number] | null;
	/** The output's file name in the render's S3 folder. */
	outName: string;
};

/** One frame as a PNG (or a JPEG at quality 90), rendered by one function; Lambda returns when it is written. */
export type LambdaStillRequest = LambdaTarget & {
	composition: string;
	inputProps: Record<string, unknown>;
	frame: number;
	scale: number;
	imageFormat: 'png' | 'jpeg';
	outName: string;
};

export type LambdaClient = {
	/** Whether AWS credentials are set where Remotion reads them; no AWS call. */
	credentials: () => LambdaCredentials;
	listFunctions: (request: {region: string}) => Promise<LambdaFunction[]>;
	listSites: (request: {region: string}) => Promise<LambdaSite[]>;
	/** Starts a render and returns at once; follow it with `progress`. */
	renderMedia: (request: LambdaMediaRequest) => Promise<LambdaRender>;
	progress: (request: {region: string; functionName: string; render: LambdaRender}) => Promise<LambdaProgress>;
	renderStill: (request: LambdaStillRequest) => Promise<{output: LambdaOutput; costUsd: number}>;
	/**
	 * Asks a render started by `renderMedia` to stop: its renderer functions see the signal
	 * within a second. A still cannot be cancelled (it is done when `renderStill` returns).
	 */
	cancel: (request: {region: string; render: LambdaRender}) => Promise<void>;
	/** Copies an output to a local file, written atomically. */
	download: (request: {region: string; output: LambdaOutput; file: string}) => Promise<void>;
};
