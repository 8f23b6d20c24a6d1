import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LambdaFunction, LambdaSite} from '../../src/render/lambda/lambda-client';
import {createFakeLambda} from '../support/fake-lambda';
import {flatPng, writeStandInOutput} from '../support/stand-in-output';
import {captureCli} from '../support/capture-cli';
import {runTalkreel} from '../support/run-cli';

const SEED = 'data/aspen-2024-altman-chesky.md';
const FN = 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec';
const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-lambda-cli-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** The environment of a machine with no AWS credentials anywhere: none set, no credentials file. */
const NO_AWS: NodeJS.ProcessEnv = {
	...Object.fromEntries(Object.keys(process.env).map((name) => [name, /^(REMOTION_)?AWS_/.test(name) ? undefined : process.env[name]])),
	REMOTION_SKIP_AWS_CREDENTIALS_CHECK: undefined,
	HOME: scratch,
	AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, 'no-credentials'),
};

/** Without credentials: one line, exit 2, before the transcript is read (let alone planned, bundled or rendered). */
describe('--lambda without AWS credentials, through the real CLI', () => {
	const CREDENTIALS = /^talkreel: LAMBDA: no AWS credentials: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY/;

	it.each([
		['render', ['render', SEED, '--lambda', '-o', path.join(scratch, 'recap.mp4')]],
		['clips', ['clips', SEED, '--lambda', '-o', path.join(scratch, 'clips')]],
		['lambda check', ['lambda', 'check']],
	])(
		'%s: one line and exit 2, nothing written',
		async (_name, args) => {
			const {code, stdout, stderr} = await runTalkreel(args, {env: NO_AWS});
			expect(code).toBe(2);
			expect(stderr).toMatch(CREDENTIALS);
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(stdout).toBe('');
			expect(existsSync(path.join(scratch, 'recap.mp4'))).toBe(false);
			expect(existsSync(path.join(scratch, 'clips'))).toBe(false);
		},
		60_000,
	);
});

describe('the Lambda options are checked at the edge', () => {
	it.each([
		['--region without --lambda', ['render', SEED, '--region', 'us-east-1'], 'talkreel: ARGS: --region: only with --lambda'],
		[
			'every Lambda option without --lambda',
			['clips', SEED, '--function-name', 'f', '--serve-url', 'https://x.example/', '--lambda-concurrency', '5'],
			'talkreel: ARGS: --function-name, --serve-url, --lambda-concurrency: only with --lambda',
		],
		[
			'--concurrency with --lambda',
			['render', SEED, '--lambda', '--concurrency', '1'],
			'talkreel: ARGS: --concurrency is browser tabs on this machine; on Lambda use --lambda-concurrency',
		],
		[
			'--renderer with --lambda (it was silently ignored)',
			['clips', SEED, '--lambda', '--renderer', 'remotion'],
			'talkreel: ARGS: --renderer picks the browser on this machine; it does not apply with --lambda',
		],
		[
			'an unknown region',
			['render', SEED, '--lambda', '--region', 'mars-1'],
			`talkreel: ARGS: option '--region <region>' argument 'mars-1' is invalid. "mars-1" is not a region`,
		],
		[
			'no functions at all',
			['clips', SEED, '--lambda', '--lambda-concurrency', '0'],
			`talkreel: ARGS: option '--lambda-concurrency <n>' argument '0' is invalid.`,
		],
		[
			'a function name AWS would refuse',
			['render', SEED, '--lambda', '--function-name', 'my function'],
			`talkreel: ARGS: option '--function-name <name>' argument 'my function' is invalid.`,
		],
		[
			'a site that is no URL',
			['render', SEED, '--lambda', '--serve-url', 'talkreel'],
			`talkreel: ARGS: option '--serve-url <url>' argument 'talkreel' is invalid.`,
		],
	])('%s: one line, exit 2', async (_name, args, line) => {
		const fake = createFakeLambda({listError: new Error('must not be asked')});
		const {code, stderr} = await captureCli(args, {lambdaClient: fake.client, env: {}});
		expect(code).toBe(2);
		expect(stderr.startsWith(line), stderr).toBe(true);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(fake.listed).toEqual([]);
	});

	it('a REMOTION_AWS_REGION Remotion does not know: one line, exit 2', async () => {
		const {code, stderr} = await captureCli(['lambda', 'check'], {lambdaClient: createFakeLambda().client, env: {REMOTION_AWS_REGION: 'moon-1'}});
		expect(code).toBe(2);
		expect(stderr).toBe('talkreel: ARGS: REMOTION_AWS_REGION "moon-1" is not a region Remotion Lambda runs in\n');
	});
});

const GOOD_FUNCTION: LambdaFunction = {functionName: FN, version: '4.0.527'};
const URL = 'https://remotionlambda-eucentral1-abc.s3.eu-central-1.amazonaws.com/sites/talkreel/index.html';
const GOOD_SITE: LambdaSite = {id: 'talkreel', serveUrl: URL, version: '4.0.527'};

describe('talkreel lambda check, against a fake account', () => {
	it('a ready setup: what it found on stdout, exit 0; the region from REMOTION_AWS_REGION, the function Remotion names', async () => {
		const fake = createFakeLambda({functions: [GOOD_FUNCTION], sites: [GOOD_SITE]});
		const {code, stdout, stderr} = await captureCli(['lambda', 'check'], {lambdaClient: fake.client, env: {REMOTION_AWS_REGION: 'eu-central-1'}});
		expect(code, stderr).toBe(0);
		expect(stdout.split('\n')).toEqual([
			'credentials: REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY',
			`function: ${FN} in eu-central-1 (Remotion 4.0.527)`,
			`site: talkreel (Remotion 4.0.527) ${URL}`,
			`ready: render --lambda and clips --lambda use ${FN} in eu-central-1`,
			'',
		]);
		expect(fake.listed).toEqual(['eu-central-1', 'eu-central-1']);
	});

	it('a missing function and site: a line each on stderr, exit 2', async () => {
		const fake = createFakeLambda({functions: [], sites: []});
		const {code, stdout, stderr} = await captureCli(['lambda', 'check', '--region', 'ap-south-1'], {lambdaClient: fake.client, env: {}});
		expect(code).toBe(2);
		expect(stdout).toBe('credentials: REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY\n');
		expect(stderr.split('\n')).toEqual([
			`talkreel: LAMBDA: no Lambda function ${FN} in ap-south-1: npx remotion lambda functions deploy --region=ap-south-1`,
			'talkreel: LAMBDA: no site named talkreel in ap-south-1: npx remotion lambda sites create src/index.ts --site-name=talkreel --region=ap-south-1',
			'',
		]);
	});
});

/**
 * `render --lambda` and `clips --lambda` check the setup first: a transcript that does not
 * exist is not even looked for when the setup is wrong.
 */
describe('--lambda refuses a wrong setup before any work', () => {
	const MISSING = path.join(scratch, 'no-such-talk.md');

	it.each([
		['render', 'a missing function', {functions: [], sites: [GOOD_SITE]}, `talkreel: LAMBDA: no Lambda function ${FN} in us-east-1:`],
		[
			'clips',
			'a function of another version',
			{functions: [{functionName: FN, version: '4.0.526'}], sites: [GOOD_SITE]},
			`talkreel: LAMBDA: the function ${FN} in us-east-1 runs Remotion 4.0.526, talkreel uses Remotion 4.0.527:`,
		],
		['render', 'a missing site', {functions: [GOOD_FUNCTION], sites: []}, 'talkreel: LAMBDA: no site named talkreel in us-east-1:'],
		['clips', 'no credentials', {credentials: {found: false as const, problem: 'no AWS credentials: set …'}}, 'talkreel: LAMBDA: no AWS credentials: set …'],
	])('%s with %s: one line, exit 2', async (command, _name, account, line) => {
		const fake = createFakeLambda(account);
		const {code, stderr} = await captureCli([command, MISSING, '--lambda'], {lambdaClient: fake.client, env: {}});
		expect(code).toBe(2);
		expect(stderr.startsWith(line), stderr).toBe(true);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(fake.media).toEqual([]);
	});
});

/** With a ready setup, the whole job through the real CLI, the fake account handing back stand-in renders. */
describe('--lambda with a ready setup, through the real CLI', () => {
	it('render: the recap and its sidecars land where a local render puts them; the end line gives the time and the cost', async () => {
		const fake = createFakeLambda({functions: [GOOD_FUNCTION], sites: [GOOD_SITE], writeOutput: writeStandInOutput});
		const out = path.join(scratch, 'lambda-recap', 'recap.mp4');
		const {code, stdout, stderr} = await captureCli(['render', SEED, '--lambda', '--scale', '0.1', '-o', out], {lambdaClient: fake.client, env: {}});
		expect(code, stderr).toBe(0);
		expect(stdout).toBe(`${out}\n`);
		expect(stderr).toMatch(/^rendered on Lambda in [\d.]+ s: 3 of 3 renders, \$0\.\d{4} as Lambda reports it$/m);
		expect(fake.media.map((m) => [m.request.composition, m.request.serveUrl, m.request.functionName])).toEqual([['Recap', URL, FN]]);
		expect(readdirSync(path.dirname(out)).sort()).toEqual([
			'chapters.txt',
			'poster.jpg',
			'recap.json',
			'recap.mp4',
			'recap.srt',
			'recap.vtt',
			'storyboard.png',
		]);
	}, 120_000);

	it('clips: Ctrl-C cancels every render started; exit as interrupted, nothing written', async () => {
		const stop = new AbortController();
		const fake = createFakeLambda({
			functions: [GOOD_FUNCTION],
			sites: [GOOD_SITE],
			// Ctrl-C once the third clip has started.
			script: () => {
				if (fake.media.length === 2) stop.abort();
				return {steps: [{overall: 0.1, costUsd: 0.0001}]};
			},
			writeOutput: writeStandInOutput,
		});
		const outDir = path.join(scratch, 'lambda-clips');
		const {code, stderr} = await captureCli(['clips', SEED, '--lambda', '--format', 'square', '-o', outDir], {
			lambdaClient: fake.client,
			env: {},
			signal: stop.signal,
		});
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/talkreel: RENDER_ABORTED: the render was interrupted; no output was written\n$/);
		expect(fake.media.length).toBeGreaterThanOrEqual(2);
		expect(fake.cancelled.sort()).toEqual(fake.media.map((m) => m.renderId).sort());
		expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
	}, 60_000);

	it('clips: a cover art outside public/ cannot reach the deployed site: one line saying what to do, exit 2, nothing rendered', async () => {
		const cover = path.join(scratch, 'cover.png');
		writeFileSync(cover, flatPng({width: 64, height: 64}));
		const fake = createFakeLambda({functions: [GOOD_FUNCTION], sites: [GOOD_SITE], writeOutput: writeStandInOutput});
		const {code, stderr} = await captureCli(['clips', SEED, '--lambda', '--cover', cover, '-o', path.join(scratch, 'covered')], {
			lambdaClient: fake.client,
			env: {},
		});
		expect(code).toBe(2);
		expect(stderr).toBe(
			`talkreel: LAMBDA: the cover art ${cover} is not on the deployed site, which Lambda draws from: copy it into public/ (as public/<slug>-cover.png), then npx remotion lambda sites create src/index.ts --site-name=talkreel --region=us-east-1\n`,
		);
		expect(fake.media).toEqual([]);
	});
});
