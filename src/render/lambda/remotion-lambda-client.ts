import type {AwsRegion} from '@remotion/lambda-client';
import {DEFAULT_EPHEMERAL_STORAGE_IN_MB, DEFAULT_MEMORY_SIZE, DEFAULT_TIMEOUT} from '@remotion/lambda-client/constants';
import {createWriteStream, readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {InternalError} from '../../errors';
import {writeFileAtomic} from '../write-file-atomic';
import {findAwsCredentials} from './find-aws-credentials';
import type {LambdaClient, LambdaProgress} from './lambda-client';
import {isLambdaRegion} from './lambda-regions';

/** The function Remotion deploys by default (`npx remotion lambda functions deploy` with no flags): 2048 MB, 2048 MB of disk, 120 s in 4.0.527. */
const DEFAULT_FUNCTION_SPECS = {memorySizeInMb: DEFAULT_MEMORY_SIZE, diskSizeInMb: DEFAULT_EPHEMERAL_STORAGE_IN_MB, timeoutInSeconds: DEFAULT_TIMEOUT};

/** A JPEG still's quality: the local poster's. */
const STILL_JPEG_QUALITY = 90;

/** A presigned download link lives this long: enough for a large recap on a slow line. */
const DOWNLOAD_LINK_SECONDS = 3600;

/**
 * Remotion's light Lambda client (the AWS SDK bundled in one 2.7 MB module), loaded on
 * first use: a command that does not render on Lambda never pays for it.
 */
const remotion = () => import('@remotion/lambda-client');

const regionOf = (region: string): AwsRegion => {
	if (!isLambdaRegion(region)) throw new InternalError({code: 'LAMBDA', problem: `"${region}" is not a region Remotion Lambda runs in`});
	return region;
};

/** The name Remotion gives a function deployed with its defaults for talkreel's Remotion version: `remotion-render-4-0-527-mem2048mb-disk2048mb-120sec`. */
export const defaultFunctionName = async (): Promise<string> => (await remotion()).speculateFunctionName(DEFAULT_FUNCTION_SPECS);

/** Whether the shared credentials file has a `[default]` profile, as Remotion's own check asks. */
const hasDefaultProfile = (env: NodeJS.ProcessEnv): boolean => {
	const file = env.AWS_SHARED_CREDENTIALS_FILE || path.join(env.HOME || env.USERPROFILE || homedir(), '.aws', 'credentials');
	try {
		return readFileSync(file, 'utf8').includes('[default]');
	} catch {
		// No file, or none readable: no default profile.
		return false;
	}
};

/**
 * The `LambdaClient` over Remotion Lambda's client functions (`@remotion/lambda-client`,
 * which `@remotion/lambda/client` re-exports). Renders are private (downloaded through a
 * presigned link), muted, cancellable, and their progress is read from S3 without
 * invoking a function, so polling takes nothing from the account's concurrency limit.
 */
export const createRemotionLambdaClient = ({env = process.env}: {env?: NodeJS.ProcessEnv} = {}): LambdaClient => ({
	credentials: () => findAwsCredentials({env, hasDefaultProfile: () => hasDefaultProfile(env)}),

	listFunctions: async ({region}) => {
		const functions = await (await remotion()).getFunctions({region: regionOf(region), compatibleOnly: false, logLevel: 'error'});
		return functions.map(({functionName, version}) => ({functionName, version}));
	},

	listSites: async ({region}) => {
		const {sites} = await (await remotion()).getSites({region: regionOf(region)});
		return sites.map(({id, serveUrl, version}) => ({id, serveUrl, version}));
	},

	renderMedia: async ({region, functionName, serveUrl, composition, inputProps, concurrency, scale, frameRange, outName}) => {
		const {renderId, bucketName} = await (await remotion()).renderMediaOnLambda({
			region: regionOf(region),
			functionName,
			serveUrl,
			composition,
			inputProps,
			codec: 'h264',
			// The sound is built and muxed locally, from the recording that never leaves the machine.
			muted: true,
			concurrency,
			scale,
			...(frameRange === null ? {} : {frameRange}),
			outName,
			overwrite: true,
			privacy: 'private',
			enableCancellation: true,
			logLevel: 'error',
		});
		return {renderId, bucketName};
	},

	progress: async ({region, functionName, render}) => {
		const progress = await (await remotion()).getRenderProgress({
			region: regionOf(region),
			functionName,
			renderId: render.renderId,
			bucketName: render.bucketName,
			skipLambdaInvocation: true,
			logLevel: 'error',
		});
		const fatal = progress.errors.find((e) => e.isFatal) ?? (progress.fatalErrorEncountered ? progress.errors[0] : undefined);
		const result: LambdaProgress = {
			overall: progress.overallProgress,
			done: progress.done,
			costUsd: progress.costs.accruedSoFar,
			fatal: progress.fatalErrorEncountered ? {name: fatal?.name ?? 'Error', message: fatal?.message ?? 'the render failed'} : null,
			output: progress.outKey !== null && progress.outBucket !== null ? {bucketName: progress.outBucket, key: progress.outKey} : null,
		};
		return result;
	},

	renderStill: async ({region, functionName, serveUrl, composition, inputProps, frame, scale, imageFormat, outName}) => {
		const still = await (await remotion()).renderStillOnLambda({
			region: regionOf(region),
			functionName,
			serveUrl,
			composition,
			inputProps,
			frame,
			scale,
			outName,
			imageFormat,
			...(imageFormat === 'jpeg' ? {jpegQuality: STILL_JPEG_QUALITY} : {}),
			privacy: 'private',
			logLevel: 'error',
		});
		return {output: {bucketName: still.bucketName, key: still.outKey}, costUsd: still.estimatedPrice.accruedSoFar};
	},

	cancel: async ({region, render}) => {
		await (await remotion()).cancelRenderOnLambda({region: regionOf(region), renderId: render.renderId, bucketName: render.bucketName});
	},

	download: async ({region, output, file}) => {
		const url = await (await remotion()).presignUrl({
			region: regionOf(region),
			bucketName: output.bucketName,
			objectKey: output.key,
			expiresInSeconds: DOWNLOAD_LINK_SECONDS,
		});
		await writeFileAtomic({
			target: file,
			write: async (temp) => {
				const response = await fetch(url);
				if (!response.ok || response.body === null) throw new Error(`S3 answered ${response.status} ${response.statusText} for ${output.key}`);
				await pipeline(Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]), createWriteStream(temp));
			},
		});
	},
});
