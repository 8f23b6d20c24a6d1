import {describe, expect, it} from 'vitest';
import {InternalError} from '../../../src/errors';
import {type LambdaSetupQuery, checkLambdaSetup} from '../../../src/render/lambda/check-lambda-setup';
import type {LambdaFunction, LambdaSite} from '../../../src/render/lambda/lambda-client';
import {createFakeLambda} from '../../support/fake-lambda';

const FN = 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec';
const URL = 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/talkreel/index.html';
const QUERY: LambdaSetupQuery = {region: 'us-east-1', functionName: FN, serveUrl: null, maxFunctions: 10};
const GOOD_FUNCTION: LambdaFunction = {functionName: FN, version: '4.0.527'};
const GOOD_SITE: LambdaSite = {id: 'talkreel', serveUrl: URL, version: '4.0.527'};
const DEPLOY = 'npx remotion lambda functions deploy --region=us-east-1';
const CREATE = 'npx remotion lambda sites create src/index.ts --site-name=talkreel --region=us-east-1';

const check = async ({
	functions = [GOOD_FUNCTION],
	sites = [GOOD_SITE],
	query = QUERY,
}: {
	functions?: LambdaFunction[];
	sites?: LambdaSite[];
	query?: LambdaSetupQuery;
}) => {
	const fake = createFakeLambda({functions, sites});
	return checkLambdaSetup({client: fake.client, query});
};

const problemsOf = async (setup: Parameters<typeof check>[0]) => (await check(setup)).problems.map((p) => p.message);

describe('talkreel lambda check', () => {
	it('a ready setup: what was found, and where to render', async () => {
		const report = await check({});
		expect(report.problems).toEqual([]);
		expect(report.found).toEqual([
			'credentials: REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY',
			`function: ${FN} in us-east-1 (Remotion 4.0.527)`,
			`site: talkreel (Remotion 4.0.527) ${URL}`,
		]);
		expect(report.target).toEqual({region: 'us-east-1', functionName: FN, serveUrl: URL});
	});

	it('no credentials: one line, and AWS is not asked', async () => {
		const fake = createFakeLambda({credentials: {found: false, problem: 'no AWS credentials: set …'}, listError: new Error('must not be asked')});
		const report = await checkLambdaSetup({client: fake.client, query: QUERY});
		expect(report.problems.map((p) => p.message)).toEqual(['LAMBDA: no AWS credentials: set …']);
		expect(fake.listed).toEqual([]);
		expect(report.target).toBeNull();
	});

	it.each([
		['no function at all', {functions: []}, `LAMBDA: no Lambda function ${FN} in us-east-1: ${DEPLOY}`],
		[
			'only a function of another version (its name has the version in it)',
			{functions: [{functionName: 'remotion-render-4-0-500-mem2048mb-disk2048mb-120sec', version: '4.0.500'}]},
			`LAMBDA: no Lambda function ${FN} in us-east-1 (there is remotion-render-4-0-500-mem2048mb-disk2048mb-120sec (Remotion 4.0.500)): ${DEPLOY}`,
		],
		[
			'a function of that name on another version',
			{functions: [{functionName: FN, version: '4.0.500'}]},
			`LAMBDA: the function ${FN} in us-east-1 runs Remotion 4.0.500, talkreel uses Remotion 4.0.527: ${DEPLOY}`,
		],
		[
			'a function that does not say its version',
			{functions: [{functionName: FN, version: null}]},
			`LAMBDA: the function ${FN} in us-east-1 runs an unknown Remotion version, talkreel uses Remotion 4.0.527: ${DEPLOY}`,
		],
		['no site named talkreel', {sites: [{...GOOD_SITE, id: 'other'}]}, `LAMBDA: no site named talkreel in us-east-1: ${CREATE}`],
		[
			'a site bundled with another version',
			{sites: [{...GOOD_SITE, version: '4.0.400'}]},
			`LAMBDA: the site talkreel in us-east-1 was bundled with Remotion 4.0.400, talkreel uses Remotion 4.0.527: ${CREATE}`,
		],
		[
			'a --serve-url that is no site of the region',
			{query: {...QUERY, serveUrl: 'https://example.com/sites/x/index.html'}},
			`LAMBDA: no site at https://example.com/sites/x/index.html in us-east-1: ${CREATE}, and leave out --serve-url (or pass the URL it prints)`,
		],
	])('%s: one line saying what to run', async (_name, setup, line) => {
		expect(await problemsOf(setup)).toEqual([line]);
	});

	it('a --serve-url is the site with or without its index.html', async () => {
		const report = await check({query: {...QUERY, serveUrl: URL.replace(/index\.html$/, '')}});
		expect(report.problems).toEqual([]);
		expect(report.target?.serveUrl).toBe(URL);
	});

	it('a missing function and a missing site: a line each', async () => {
		expect(await problemsOf({functions: [], sites: []})).toEqual([
			`LAMBDA: no Lambda function ${FN} in us-east-1: ${DEPLOY}`,
			`LAMBDA: no site named talkreel in us-east-1: ${CREATE}`,
		]);
	});

	it('a refusal of both questions (a missing permission) is said once', async () => {
		const fake = createFakeLambda({
			listError: Object.assign(new Error('User: arn:aws:iam::1:user/r is not authorized to perform: lambda:ListFunctions'), {name: 'AccessDeniedException'}),
		});
		const report = await checkLambdaSetup({client: fake.client, query: QUERY});
		expect(report.problems.map((p) => p.message)).toEqual([
			"LAMBDA: AWS refused lambda:ListFunctions: the user's policy lacks a permission; run npx remotion lambda policies validate, and compare the policy with `npx remotion lambda policies user`",
		]);
	});

	it('an AWS error that is not the setup is thrown, not made a setup line', async () => {
		const fake = createFakeLambda({listError: new Error('Unexpected end of JSON input')});
		await expect(checkLambdaSetup({client: fake.client, query: QUERY})).rejects.toBeInstanceOf(InternalError);
	});
});
