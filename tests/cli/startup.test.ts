import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';

/**
 * A command that only reads a talk starts without what rendering and planning load:
 * Remotion's renderer and bundler (webpack), Lambda's client, BudouX's HTML processor
 * (linkedom). They load when a command needs them (`await import` in its action), which
 * took `talkreel --version` from 1.6 s to 1.0 s and `parse` of 100 000 captions from
 * 6.5 s to 4.2 s on two cores. Node names every CommonJS module it loads under
 * `NODE_DEBUG=module`; `plan`, which does load BudouX, shows the probe sees them.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-startup-'));
const loadedPackages = async (args: string[]): Promise<Set<string>> => {
	const {stderr} = await promisify(execFile)('node', ['bin/talkreel.js', ...args], {env: {...process.env, NODE_DEBUG: 'module'}, maxBuffer: 256 * 1024 * 1024});
	return new Set([...stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)].map((m) => m[1] ?? ''));
};
const HEAVY = ['@remotion/renderer', '@remotion/bundler', '@remotion/lambda', 'webpack', 'linkedom'];
const SEED = 'data/aspen-2024-altman-chesky.md';

describe('what a command loads', () => {
	it.each([
		['--version', ['--version']],
		['--help', ['--help']],
		['parse', ['parse', SEED, '-o', path.join(scratch, 'talk.json')]],
	])(
		'%s loads none of the renderer, the bundler, Lambda or linkedom',
		async (_name, args) => {
			const loaded = await loadedPackages(args);
			expect(loaded.has('commander')).toBe(true);
			expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
		},
		30_000,
	);

	it('plan loads BudouX (linkedom with it), so the probe does see a package when it is loaded', async () => {
		const loaded = await loadedPackages(['plan', SEED, '-o', path.join(scratch, 'plan.json')]);
		expect(loaded.has('linkedom')).toBe(true);
		expect(loaded.has('@remotion/renderer')).toBe(false);
	}, 30_000);
});
