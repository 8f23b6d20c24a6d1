import {describe, expect, it} from 'vitest';
import {InternalError, UserError} from '../../../src/errors';
import {describeLambdaError} from '../../../src/render/lambda/describe-lambda-error';

const CONTEXT = {
	region: 'eu-central-1',
	functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec',
	serveUrl: 'https://remotionlambda-eucentral1-abc.s3.eu-central-1.amazonaws.com/sites/talkreel/index.html',
	maxFunctions: 10,
};

const FN = CONTEXT.functionName;
const DEPLOY = 'npx remotion lambda functions deploy --region=eu-central-1';
const SITE = 'npx remotion lambda sites create src/index.ts --site-name=talkreel --region=eu-central-1';

const named = (name: string, message: string) => Object.assign(new Error(message), {name});

/** Errors as AWS and Remotion word them (from @remotion/lambda-client 4.0.527 and the AWS SDK), and the one line each becomes. */
describe('a Lambda error in the user’s setup is one line saying what to run (exit 2)', () => {
	it.each([
		[
			'missing credentials (Remotion’s own check)',
			new Error(
				'You have tried to call a Remotion Lambda function, but have not set the environment variable AWS_ACCESS_KEY_ID or REMOTION_AWS_ACCESS_KEY_ID.\n- Please refer to …',
			),
			'LAMBDA: no AWS credentials: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY (or REMOTION_AWS_PROFILE) for an AWS user with the policy `npx remotion lambda policies user` prints',
		],
		[
			'missing credentials (the AWS SDK)',
			named('CredentialsProviderError', 'Could not load credentials from any providers'),
			'LAMBDA: no AWS credentials: set',
		],
		[
			'rejected credentials',
			new Error('UnrecognizedClientException: The security token included in the request is invalid.'),
			'LAMBDA: AWS rejected the credentials (the key and the secret mixed up, expired or deleted): check REMOTION_AWS_ACCESS_KEY_ID',
		],
		[
			'rate limit',
			named('TooManyRequestsException', 'Rate Exceeded.'),
			'LAMBDA: the AWS Lambda concurrency limit in eu-central-1 was reached: lower --lambda-concurrency (10 now) to the limit `npx remotion lambda quotas --region=eu-central-1` shows, or raise it: npx remotion lambda quotas increase --region=eu-central-1',
		],
		[
			'concurrency limit, as Remotion rethrows it',
			new Error(
				'AWS Concurrency limit reached (Original Error: ConcurrentInvocationLimitExceeded). See https://www.remotion.dev/docs/lambda/troubleshooting/rate-limit for tips to fix this.',
			),
			'LAMBDA: the AWS Lambda concurrency limit in eu-central-1 was reached',
		],
		[
			'timeout of the main function',
			new Error(
				'The main function timed out after 120000ms.\nAll chunks have been successfully rendered, but the main function has timed out.\n\nConsider increasing the timeout of your function.',
			),
			`LAMBDA: a render ran past the timeout of the function ${FN}: deploy a function with --timeout=600, ${DEPLOY} --timeout=600, and pass the name it prints to --function-name`,
		],
		[
			'version mismatch',
			new Error(
				`Version mismatch: When calling renderMediaOnLambda, you passed ${FN} as the function, which has the version 4.0.500, but the @remotion/lambda package you used to invoke the function has version 4.0.527. Deploy a new function and use it to call getRenderProgress(). See: https://www.remotion.dev/docs/lambda/upgrading`,
			),
			`LAMBDA: the function ${FN} runs another Remotion version than talkreel's 4.0.527: ${DEPLOY}`,
		],
		[
			'missing function',
			named('ResourceNotFoundException', `Function not found: arn:aws:lambda:eu-central-1:123456789012:function:${FN}`),
			`LAMBDA: no Lambda function ${FN} in eu-central-1: ${DEPLOY}`,
		],
		[
			'missing site bucket',
			named('NoSuchBucket', 'The specified bucket does not exist'),
			`LAMBDA: the site ${CONTEXT.serveUrl} is missing or is not this talkreel's: ${SITE}`,
		],
		[
			'a site without the composition',
			new Error('Could not find composition with ID Recap. The following compositions are available: HelloWorld'),
			`LAMBDA: the site ${CONTEXT.serveUrl} is missing or is not this talkreel's: ${SITE}`,
		],
		[
			'a missing permission',
			named(
				'AccessDeniedException',
				'User: arn:aws:iam::123456789012:user/remotion-user is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:eu-central-1:123456789012:function:x',
			),
			"LAMBDA: AWS refused lambda:InvokeFunction: the user's policy lacks a permission; run npx remotion lambda policies validate",
		],
		[
			'out of memory',
			new Error('net::ERR_INSUFFICIENT_RESOURCES'),
			`LAMBDA: the function ${FN} ran out of memory: deploy a function with --memory=3009, ${DEPLOY} --memory=3009`,
		],
		['out of disk', new Error('ENOSPC: no space left on device, write'), `LAMBDA: the function ${FN} ran out of disk: deploy a function with --disk=10240`],
		[
			'no network',
			new Error('getaddrinfo ENOTFOUND lambda.eu-central-1.amazonaws.com'),
			'LAMBDA: cannot reach AWS in eu-central-1: check the network connection and the region',
		],
	])('%s', (_name, error, line) => {
		const described = describeLambdaError({error, context: CONTEXT});
		expect(described).toBeInstanceOf(UserError);
		expect(described.code).toBe('LAMBDA');
		expect(described.message.startsWith(line), described.message).toBe(true);
		expect(described.message).not.toContain('\n');
	});
});

describe('any other Lambda error fails the render it came from (exit 1)', () => {
	it.each([
		[
			'a render’s own error keeps its first line',
			new TypeError("Cannot read properties of undefined (reading 'lines')\n    at Quote (…)"),
			"LAMBDA: AWS Lambda: Cannot read properties of undefined (reading 'lines')",
		],
		['a fatal error reported in the progress', {name: 'Error', message: 'Compositor exited with code 1'}, 'LAMBDA: AWS Lambda: Compositor exited with code 1'],
		[
			'a cancellation talkreel did not ask for',
			{name: 'CancelledError', message: 'The render was cancelled'},
			'LAMBDA: the render was cancelled on Lambda: its main function failed (see its CloudWatch logs)',
		],
		['not an Error at all', 'a string', 'LAMBDA: AWS Lambda: a string'],
	])('%s', (_name, error, line) => {
		const described = describeLambdaError({error, context: CONTEXT});
		expect(described).toBeInstanceOf(InternalError);
		expect(described.message).toBe(line);
	});

	it('an error already described passes through', () => {
		const error = new UserError({code: 'MEDIA', problem: 'no sound'});
		expect(describeLambdaError({error, context: CONTEXT})).toBe(error);
	});
});
