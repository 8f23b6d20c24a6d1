import {vi} from 'vitest';
import {runCli} from '../../src/cli/run-cli';

/** `talkreel ARGS` run in this process (as `bin/talkreel.js` runs it), its exit code, stdout and stderr captured. */
export const captureCli = async (args: string[], deps: Parameters<typeof runCli>[1] = {}): Promise<{code: number; stdout: string; stderr: string}> => {
	let stdout = '';
	let stderr = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
		stdout += String(chunk);
		return true;
	});
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
		stderr += String(chunk);
		return true;
	});
	try {
		return {code: await runCli(['node', 'talkreel', ...args], deps), stdout, stderr};
	} finally {
		vi.restoreAllMocks();
	}
};
