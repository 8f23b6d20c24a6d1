import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {BrowserMissingError} from '../../src/errors';
import {DEBIAN_HEADLESS_SHELL, findBrowser, remotionHeadlessShellPath, sweepDeadStagingFolders, unpackNpmBrowser} from '../../src/render/browser';
import {PROJECT_ROOT} from '../../src/render/project-root';

const ROOT = '/project';
const REMOTION = remotionHeadlessShellPath(ROOT);
const REMOTION_VERSION = path.join(ROOT, 'node_modules/.remotion/chrome-headless-shell/VERSION');
const NPM = '/project/node_modules/.cache/talkreel-browser/sparticuz-chromium-153.0.0/chromium';

describe('findBrowser', () => {
	it.each([
		{
			name: 'TALKREEL_BROWSER wins over everything',
			env: {TALKREEL_BROWSER: '/opt/chrome/chrome'},
			files: ['/opt/chrome/chrome', DEBIAN_HEADLESS_SHELL, REMOTION, REMOTION_VERSION],
			want: {browserExecutable: '/opt/chrome/chrome', chromeMode: 'chrome-for-testing', source: 'TALKREEL_BROWSER'},
		},
		{
			name: 'a TALKREEL_BROWSER named headless shell runs in headless-shell mode',
			env: {TALKREEL_BROWSER: '/x/chrome-headless-shell'},
			files: ['/x/chrome-headless-shell'],
			want: {browserExecutable: '/x/chrome-headless-shell', chromeMode: 'headless-shell', source: 'TALKREEL_BROWSER'},
		},
		{
			name: 'a blank TALKREEL_BROWSER is unset',
			env: {TALKREEL_BROWSER: '  '},
			files: [DEBIAN_HEADLESS_SHELL],
			want: {browserExecutable: DEBIAN_HEADLESS_SHELL, chromeMode: 'headless-shell', source: 'debian'},
		},
		{
			name: "Debian's headless shell before any download",
			env: {},
			files: [DEBIAN_HEADLESS_SHELL, REMOTION, REMOTION_VERSION],
			want: {browserExecutable: DEBIAN_HEADLESS_SHELL, chromeMode: 'headless-shell', source: 'debian'},
		},
		{
			name: 'a complete Remotion download before the npm browser',
			env: {},
			files: [REMOTION, REMOTION_VERSION],
			want: {browserExecutable: REMOTION, chromeMode: 'headless-shell', source: 'remotion-download'},
		},
		{
			name: 'an unfinished Remotion download (no VERSION) is passed over for the npm browser',
			env: {},
			files: [REMOTION],
			want: {browserExecutable: NPM, chromeMode: 'headless-shell', source: 'npm'},
		},
		{
			name: 'nothing installed: the npm browser',
			env: {},
			files: [],
			want: {browserExecutable: NPM, chromeMode: 'headless-shell', source: 'npm'},
		},
	])('$name', ({env, files, want}) => {
		const unpacked: string[] = [];
		const choice = findBrowser({
			env,
			exists: (p) => files.includes(p),
			projectRoot: ROOT,
			unpackNpmBrowser: (root) => {
				unpacked.push(root);
				return NPM;
			},
		});
		expect(choice).toEqual(want);
		// The npm browser is unpacked only when it is the one chosen.
		expect(unpacked).toEqual(want.source === 'npm' ? [ROOT] : []);
	});

	it('where the npm package has no build, leaves it to Remotion to download its own', () => {
		expect(findBrowser({env: {}, exists: () => false, projectRoot: ROOT, unpackNpmBrowser: () => null})).toEqual({
			browserExecutable: null,
			chromeMode: 'headless-shell',
			source: 'remotion-download',
		});
	});

	it.each([
		['TALKREEL_BROWSER names no file', {TALKREEL_BROWSER: '/nowhere/chrome'}, /^BROWSER: TALKREEL_BROWSER is "\/nowhere\/chrome", which does not exist/],
	])('no browser at all: one line saying what to do (%s)', (_name, env, message) => {
		expect(() => findBrowser({env, exists: () => false, projectRoot: ROOT, unpackNpmBrowser: () => NPM})).toThrow(message);
	});

	it('no browser at all: the npm package missing is a BrowserMissingError naming what to install', () => {
		const empty = mkdtempSync(path.join(tmpdir(), 'talkreel-nobrowser-'));
		writeFileSync(path.join(empty, 'package.json'), '{}');
		const run = () => findBrowser({env: {}, exists: () => false, projectRoot: empty});
		expect(run).toThrow(BrowserMissingError);
		expect(run).toThrow(/npm install.*chromium-headless-shell.*TALKREEL_BROWSER/);
	});
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('unpackNpmBrowser', () => {
	it('unpacks the npm Chromium once into node_modules/.cache, whole, and a second call reuses it', async () => {
		const binary = unpackNpmBrowser(PROJECT_ROOT);
		expect(binary).toMatch(/node_modules\/\.cache\/talkreel-browser\/sparticuz-chromium-[\d.]+\/chromium$/);
		expect(existsSync(binary ?? '')).toBe(true);
		// The GPU libraries it needs sit beside it.
		expect(readdirSync(path.dirname(binary ?? ''))).toEqual(expect.arrayContaining(['chromium', 'libEGL.so', 'libGLESv2.so', 'vk_swiftshader_icd.json']));
		const started = Date.now();
		expect(unpackNpmBrowser(PROJECT_ROOT)).toBe(binary);
		expect(Date.now() - started).toBeLessThan(100);
		const {stdout} = await promisify(execFile)(binary ?? '', ['--version']);
		expect(stdout).toMatch(/Chromium \d+\./);
	}, 120_000);

	it('removes the staging folders of unpacks whose process died, and leaves a running one alone', () => {
		const cacheDir = mkdtempSync(path.join(tmpdir(), 'talkreel-browser-cache-'));
		const dead = 'sparticuz-chromium-1.0.0.tmp-999999999-1';
		const alive = `sparticuz-chromium-1.0.0.tmp-${process.pid}-1`;
		for (const name of [dead, alive, 'sparticuz-chromium-1.0.0']) mkdirSync(path.join(cacheDir, name));
		sweepDeadStagingFolders({cacheDir});
		expect(readdirSync(cacheDir).sort()).toEqual(['sparticuz-chromium-1.0.0', alive]);
		rmSync(cacheDir, {recursive: true});
	});
});
