import {type ChildProcess, execFile, spawn} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';

/** The repository root (this file is tests/support/run-cli.ts). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TALKREEL = path.join(REPO_ROOT, 'bin', 'talkreel.js');

export type CliResult = {code: number; stdout: string; stderr: string; ms: number};

/** Runs `talkreel ARGS` as a child process (the real entry: signals, exit codes, last resort). */
export const runTalkreel = async (args: string[], {env = {}, cwd = REPO_ROOT}: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<CliResult> => {
	const started = Date.now();
	try {
		const {stdout, stderr} = await promisify(execFile)(process.execPath, [TALKREEL, ...args], {
			cwd,
			env: {...process.env, ...env},
			maxBuffer: 64 * 1024 * 1024,
		});
		return {code: 0, stdout, stderr, ms: Date.now() - started};
	} catch (e) {
		const err = e as {code: number; stdout: string; stderr: string};
		return {code: err.code, stdout: err.stdout, stderr: err.stderr, ms: Date.now() - started};
	}
};

/** `talkreel ARGS` started in the background, its stderr collected, for tests that signal it. */
export const spawnTalkreel = (
	args: string[],
	{env = {}}: {env?: NodeJS.ProcessEnv} = {},
): {child: ChildProcess; stderr: () => string; exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>} => {
	const child = spawn(process.execPath, [TALKREEL, ...args], {cwd: REPO_ROOT, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	child.stdout?.resume();
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.once('exit', (code, signal) => resolve({code, signal})));
	return {child, stderr: () => stderr, exited};
};
