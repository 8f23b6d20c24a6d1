import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LambdaFunction, LambdaMediaRequest, LambdaSite, LambdaStillRequest} from '../../src/render/lambda/lambda-client';
import {captureCli} from '../support/capture-cli';
import {type FakeRender, createFakeLambda} from '../support/fake-lambda';
import {runTalkreel} from '../support/run-cli';
import {writeStandInOutput} from '../support/stand-in-output';

/**
 * `talkreel render A B …` and `talkreel clips A B …`: every talk read and planned before
 * any work, then rendered — at the same time on Lambda within one `--lambda-concurrency`,
 * one after another here — each failure its own line, exit 1 if any failed.
 */
const FN = 'remotion-render-4-0-527-mem2048mb-disk2048mb-120sec';
const URL = 'https://remotionlambda-useast1-abc.s3.us-east-1.amazonaws.com/sites/talkreel/index.html';
const FUNCTION: LambdaFunction = {functionName: FN, version: '4.0.527'};
const SITE: LambdaSite = {id: 'talkreel', serveUrl: URL, version: '4.0.527'};

const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-several-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** A short two-voice talk; its slug is its file's name. */
const talk = (slug: string, topic: string): string => {
	const file = path.join(scratch, `${slug}.md`);
	const lines = [
		`---\ntitle: ${topic}\n---\n`,
		`## Why ${topic} matters\n`,
		`**Host:** What should people know about ${topic}?\n`,
		`**Guest:** ${topic} is not a luxury. It decides who can work, learn and stay healthy when the weather turns.\n`,
		`**Guest:** Cities that planned for ${topic} ten years ago now spend half as much on emergencies.\n`,
		`## What to do first\n`,
		`**Host:** Where would you start?\n`,
		`**Guest:** Start with the people who have the least. The cheapest fix is the one that reaches them first.\n`,
		`**Guest:** Measure it every year, because what nobody measures, nobody funds.\n`,
	];
	writeFileSync(file, lines.join('\n'));
	return file;
};
const SHADE = talk('shade', 'shade');
const WATER = talk('water', 'clean water');

const slugOf = (request: LambdaMediaRequest | LambdaStillRequest): string => String(request.inputProps.talkSlug ?? '');

/** Each render: three polls to done, a cent in all. */
const STEADY: FakeRender = {
	steps: [
		{overall: 0.33, costUsd: 0.003},
		{overall: 0.66, costUsd: 0.006},
		{overall: 1, costUsd: 0.01, done: true},
	],
};

describe('several talks on Lambda, against a fake account', () => {
	it('render A B: both recaps under way at once, within the limit; both land under -o/<slug>/; one end line with the time and the cost', async () => {
		let overlapped = false;
		const fake = createFakeLambda({
			functions: [FUNCTION],
			sites: [SITE],
			script: (_name, request) => {
				// When the second talk's recap starts, the first talk's is still rendering.
				if ('concurrency' in request && request.composition === 'Recap' && fake.media.some((m) => m.active && slugOf(m.request) !== slugOf(request)))
					overlapped = true;
				return STEADY;
			},
			writeOutput: writeStandInOutput,
		});
		const out = path.join(scratch, 'both');
		const {code, stdout, stderr} = await captureCli(['render', SHADE, WATER, '--lambda', '--scale', '0.1', '-o', out], {lambdaClient: fake.client, env: {}});
		expect(code, stderr).toBe(0);
		expect(stdout.split('\n').sort()).toEqual(['', path.join(out, 'shade', 'recap.mp4'), path.join(out, 'water', 'recap.mp4')]);
		expect(overlapped).toBe(true);
		expect(fake.media.map((m) => slugOf(m.request)).sort()).toEqual(['shade', 'water']);
		expect(fake.maxBusy()).toBeLessThanOrEqual(10);
		for (const slug of ['shade', 'water']) expect(readdirSync(path.join(out, slug))).toContain('recap.json');
		// Each talk's lines carry its slug; the last line is the command's.
		expect(stderr).toMatch(/^shade: rendered on Lambda in [\d.]+ s: 3 of 3 renders/m);
		expect(stderr).toMatch(/^water: rendered on Lambda in [\d.]+ s: 3 of 3 renders/m);
		expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^2 talks rendered on Lambda in [\d.]+ s: 2 written, 0 failed, \$0\.\d{4} as Lambda reports it$/);
	}, 120_000);

	it('clips A B --lambda-concurrency 3: the clips of both talks share the three functions, never more busy', async () => {
		const fake = createFakeLambda({functions: [FUNCTION], sites: [SITE], script: () => STEADY, writeOutput: writeStandInOutput});
		const out = path.join(scratch, 'clips-both');
		const {code, stderr} = await captureCli(
			['clips', SHADE, WATER, '--lambda', '--lambda-concurrency', '3', '--format', 'square', '--scale', '0.1', '-o', out],
			{
				lambdaClient: fake.client,
				env: {},
			},
		);
		expect(code, stderr).toBe(0);
		expect(fake.maxBusy()).toBe(3);
		// Both talks had a clip under way before either was done: they share, not queue.
		const slugs = fake.media.map((m) => slugOf(m.request));
		expect(new Set(slugs.slice(0, 3))).toEqual(new Set(['shade', 'water']));
		for (const slug of ['shade', 'water']) expect(readdirSync(path.join(out, slug, 'clips'))).toContain('manifest.json');
	}, 120_000);

	it('one talk failing on Lambda: its line, the other written, exit 1', async () => {
		const fake = createFakeLambda({
			functions: [FUNCTION],
			sites: [SITE],
			script: (_name, request) =>
				slugOf(request) === 'water' && 'concurrency' in request
					? {steps: [{overall: 0.2, costUsd: 0.002}], fatal: {name: 'TypeError', message: "Cannot read properties of undefined (reading 'lines')"}}
					: STEADY,
			writeOutput: writeStandInOutput,
		});
		const out = path.join(scratch, 'one-fails');
		const {code, stdout, stderr} = await captureCli(['render', SHADE, WATER, '--lambda', '--scale', '0.1', '-o', out], {lambdaClient: fake.client, env: {}});
		expect(code).toBe(1);
		expect(stdout).toBe(`${path.join(out, 'shade', 'recap.mp4')}\n`);
		expect(existsSync(path.join(out, 'shade', 'recap.mp4'))).toBe(true);
		expect(existsSync(path.join(out, 'water', 'recap.mp4'))).toBe(false);
		expect(stderr).toMatch(new RegExp(`^talkreel: ${WATER.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}: LAMBDA: AWS Lambda: Cannot read properties`, 'm'));
		expect(stderr.trimEnd().split('\n').at(-1)).toBe('talkreel: TALKS_FAILED: 1 of 2 talks failed (see the lines above); the others were written');
	}, 120_000);

	it('Ctrl-C cancels the renders of every talk; exit as interrupted', async () => {
		const stop = new AbortController();
		const fake = createFakeLambda({
			functions: [FUNCTION],
			sites: [SITE],
			// Ctrl-C once both talks have clips under way.
			script: () => {
				if (new Set(fake.media.map((m) => slugOf(m.request))).size === 2) stop.abort();
				return {steps: [{overall: 0.1, costUsd: 0.0001}]};
			},
			writeOutput: writeStandInOutput,
		});
		const {code, stderr} = await captureCli(['clips', SHADE, WATER, '--lambda', '--format', 'square', '-o', path.join(scratch, 'stopped')], {
			lambdaClient: fake.client,
			env: {},
			signal: stop.signal,
		});
		expect(code).not.toBe(0);
		expect(stderr).toMatch(/talkreel: RENDER_ABORTED: the render was interrupted/);
		expect(new Set(fake.media.map((m) => slugOf(m.request)))).toEqual(new Set(['shade', 'water']));
		expect(fake.cancelled.sort()).toEqual(fake.media.map((m) => m.renderId).sort());
	}, 60_000);
});

describe('several talks: refused before any work', () => {
	const ready = () => createFakeLambda({functions: [FUNCTION], sites: [SITE], script: () => STEADY});

	it.each([
		['a second file that does not exist', () => ['render', SHADE, path.join(scratch, 'gone.md'), '--lambda'], /^talkreel: TALK_READ: .*gone\.md/],
		[
			'the same talk twice',
			() => ['clips', SHADE, SHADE, '--lambda'],
			/^talkreel: ARGS: .*shade\.md and .*shade\.md are both the talk "shade": their outputs would overwrite/,
		],
		[
			'two files of one slug',
			() => {
				const again = path.join(scratch, 'again');
				mkdirSync(again, {recursive: true});
				writeFileSync(path.join(again, 'shade.md'), '**Guest:** Shade is not a luxury, it is public health.\n');
				return ['render', SHADE, path.join(again, 'shade.md'), '--lambda'];
			},
			/are both the talk "shade"/,
		],
		[
			'-o naming one MP4',
			() => ['render', SHADE, WATER, '--lambda', '-o', path.join(scratch, 'x.mp4')],
			/^talkreel: ARGS: -o .*x\.mp4: names one file; with several talks -o is a folder/,
		],
		[
			'--media for several talks',
			() => ['render', SHADE, WATER, '--media', path.join(scratch, 'a.mp3')],
			/^talkreel: ARGS: --media: names something of one talk/,
		],
		['--quote for several talks', () => ['clips', SHADE, WATER, '--quote', 't001s1'], /^talkreel: ARGS: --quote: names something of one talk/],
		['--frames for several talks', () => ['render', SHADE, WATER, '--frames', '0-9'], /^talkreel: ARGS: --frames: names something of one talk/],
	])('%s: one line, exit 2, nothing rendered', async (_name, args, line) => {
		const fake = ready();
		const {code, stdout, stderr} = await captureCli(args(), {lambdaClient: fake.client, env: {}});
		expect(code, stderr).toBe(2);
		expect(stderr).toMatch(line);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stdout).toBe('');
		expect(fake.media).toEqual([]);
		expect(fake.stills).toEqual([]);
	});
});

describe('several talks on this machine', () => {
	it('render A B: one after another, both written under -o/<slug>/', async () => {
		const out = path.join(scratch, 'local');
		const {code, stdout, stderr} = await runTalkreel(['render', SHADE, WATER, '--scale', '0.1', '--max-seconds', '20', '--no-sidecars', '-o', out]);
		expect(code, stderr).toBe(0);
		expect(stdout).toBe(`${path.join(out, 'shade', 'recap.mp4')}\n${path.join(out, 'water', 'recap.mp4')}\n`);
		for (const slug of ['shade', 'water']) expect(readdirSync(path.join(out, slug))).toEqual(['recap.mp4']);
		expect(stderr.trimEnd().split('\n').at(-1)).toMatch(/^2 talks rendered in [\d.]+ s: 2 written, 0 failed$/);
	}, 240_000);
});
