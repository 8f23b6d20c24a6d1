import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {REPO_ROOT} from '../support/run-cli';

type Cost = {words: number; turns: number; sections: number; ms: number; cpuMs: number; maxRssMb: number; quotes: number; scenes: number};

const planLongTalk = async (args: string[]): Promise<Cost> => {
	const {stdout} = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/support/plan-long-talk.ts', ...args], {cwd: REPO_ROOT});
	return JSON.parse(stdout) as Cost;
};

// Sentence centrality built a full sentence × sentence matrix: 4000 turns took 54 s and
// 50 000 turns ran out of memory. A three-hour podcast now plans in seconds.
describe('planning a three-hour podcast is bounded', () => {
	it.each([
		['English, 30 000 words', ['30000', 'en']],
		['Chinese, 40 000 characters', ['40000', 'zh']],
	])(
		'4000 turns took 54 s: %s plans in a few seconds and under 500 MB',
		async (_name, args) => {
			const cost = await planLongTalk(args);
			expect(cost.words).toBeGreaterThanOrEqual(Number(args[0]));
			expect(cost.quotes).toBeGreaterThan(10);
			// CPU time, not wall time: the machine may be shared. A few seconds on a quiet one.
			expect(cost.cpuMs).toBeLessThan(10_000);
			expect(cost.maxRssMb).toBeLessThan(500);
		},
		120_000,
	);
});
