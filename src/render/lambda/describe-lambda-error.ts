import {InternalError, UserError} from '../../errors';
import {CREDENTIALS_HINT} from './find-aws-credentials';
import type {LambdaTarget} from './lambda-client';
import {REMOTION_VERSION, createSiteCommand, deployFunctionCommand} from './lambda-setup-commands';

export type LambdaErrorContext = LambdaTarget & {
	/** `--lambda-concurrency`, quoted when the account's limit was reached. */
	maxFunctions: number;
};

type Rule = {
	/** Tested against the error's name, message and stack, where AWS and Remotion put their codes. */
	test: RegExp;
	/** The one line for the user, saying what to run. */
	line: (context: LambdaErrorContext, text: string) => string;
};

const withNewFunction = (context: LambdaErrorContext, flag: string) =>
	`deploy a function with ${flag}, ${deployFunctionCommand({region: context.region, flags: [flag]})}, and pass the name it prints to --function-name`;

/**
 * The user's setup, in the order they are tested (a permission error can mention a
 * function, so it comes before "function not found"). Each is one line with what to run.
 */
const SETUP_RULES: Rule[] = [
	{
		test: /have not set the environment variable|Could not load credentials from any providers|CredentialsProviderError/,
		line: () => `no AWS credentials: ${CREDENTIALS_HINT}`,
	},
	{
		test: /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/,
		line: (c) => `cannot reach AWS in ${c.region}: check the network connection and the region`,
	},
	{
		test: /UnrecognizedClientException|InvalidClientTokenId|security token included in the request is invalid|SignatureDoesNotMatch|ExpiredToken/,
		line: () =>
			'AWS rejected the credentials (the key and the secret mixed up, expired or deleted): check REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY',
	},
	{
		test: /TooManyRequestsException|Rate Exceeded|ConcurrentInvocationLimitExceeded|Concurrency limit reached/i,
		line: (c) =>
			`the AWS Lambda concurrency limit in ${c.region} was reached: lower --lambda-concurrency (${c.maxFunctions} now) to the limit \`npx remotion lambda quotas --region=${c.region}\` shows, or raise it: npx remotion lambda quotas increase --region=${c.region}`,
	},
	{
		test: /AccessDenied|is not authorized to perform/,
		line: (_c, text) => {
			const action = /not authorized to perform:?\s*([\w:*-]+)/.exec(text)?.[1];
			return `AWS refused ${action === undefined ? 'a request' : action}: the user's policy lacks a permission; run npx remotion lambda policies validate, and compare the policy with \`npx remotion lambda policies user\``;
		},
	},
	{
		test: /Version mismatch|incompatible payload/,
		line: (c) =>
			`the function ${c.functionName} runs another Remotion version than talkreel's ${REMOTION_VERSION}: ${deployFunctionCommand({region: c.region})}`,
	},
	{
		test: /timed out after|Task timed out|main function has timed out/,
		line: (c) => `a render ran past the timeout of the function ${c.functionName}: ${withNewFunction(c, '--timeout=600')}`,
	},
	{
		test: /ERR_INSUFFICIENT_RESOURCES|Runtime\.OutOfMemory|out of memory|JavaScript heap/i,
		line: (c) => `the function ${c.functionName} ran out of memory: ${withNewFunction(c, '--memory=3009')}`,
	},
	{
		test: /ENOSPC|no space left on device/i,
		line: (c) => `the function ${c.functionName} ran out of disk: ${withNewFunction(c, '--disk=10240')}`,
	},
	{
		test: /ResourceNotFoundException|Function not found/,
		line: (c) => `no Lambda function ${c.functionName} in ${c.region}: ${deployFunctionCommand({region: c.region})}`,
	},
	{
		test: /NoSuchBucket|NoSuchKey|Could not find composition|serve ?url[^\n]*(404|403|not found)/i,
		line: (c) => `the site ${c.serveUrl} is missing or is not this talkreel's: ${createSiteCommand({region: c.region})}`,
	},
];

const textOf = (error: unknown): string => {
	if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
	if (typeof error === 'object' && error !== null && 'message' in error) {
		const {name, message} = error as {name?: unknown; message: unknown};
		return `${String(name ?? 'Error')}: ${String(message)}`;
	}
	return String(error);
};

const firstLine = (error: unknown): string => {
	const message =
		error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
			? String((error as {message: unknown}).message)
			: String(error);
	return message.split('\n').find((line) => line.trim() !== '') ?? '(no message)';
};

/**
 * One line for an error from Lambda (thrown by a client call, or a render's fatal error):
 * a `UserError` (exit 2) when it is the user's setup — credentials, permissions, the
 * account's concurrency limit, the function (missing, another version, too small a
 * timeout, memory or disk), the site, the network — and an `InternalError` for anything
 * else (a render that failed; its first line is kept). Already-described errors pass through.
 */
export const describeLambdaError = ({error, context}: {error: unknown; context: LambdaErrorContext}): UserError | InternalError => {
	if (error instanceof UserError || error instanceof InternalError) return error;
	const text = textOf(error);
	const rule = SETUP_RULES.find((r) => r.test.test(text));
	if (rule !== undefined) return new UserError({code: 'LAMBDA', problem: rule.line(context, text)});
	if (/CancelledError/.test(text)) {
		return new InternalError({code: 'LAMBDA', problem: 'the render was cancelled on Lambda: its main function failed (see its CloudWatch logs)'});
	}
	return new InternalError({code: 'LAMBDA', problem: `AWS Lambda: ${firstLine(error)}`});
};
