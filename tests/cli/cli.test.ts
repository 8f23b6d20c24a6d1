import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {PlanSchema} from '../../src/plan/plan-schema';
import {TalkSchema} from '../../src/talk/talk-schema';

const run = async (args: string[]): Promise<{code: number; stdout: string; stderr: string}> => {
	try {
		const {stdout, stderr} = await promisify(execFile)('node', ['bin/talkreel.js', ...args], {maxBuffer: 64 * 1024 * 1024});
		return {code: 0, stdout, stderr};
	} catch (e) {
		const err = e as {code: number; stdout: string; stderr: string};
		return {code: err.code, stdout: err.stdout, stderr: err.stderr};
	}
};

const SEED = 'data/aspen-2024-altman-chesky.md';
const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-cli-'));
const write = (name: string, content: string | Buffer) => {
	const file = path.join(scratch, name);
	writeFileSync(file, content);
	return file;
};

describe('talkreel --version', () => {
	it("prints package.json's version and exits 0", async () => {
		const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
		for (const flag of ['--version', '-V']) {
			const {code, stdout} = await run([flag]);
			expect(code).toBe(0);
			expect(stdout).toBe(`${version}\n`);
		}
	});
});

describe('talkreel parse', () => {
	it('prints the seed talk as schema-valid JSON', async () => {
		const {code, stdout, stderr} = await run(['parse', SEED]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const talk = TalkSchema.parse(JSON.parse(stdout));
		expect(talk.speakers.map((s) => s.name)).toEqual(['Lester Holt', 'Sam Altman', 'Brian Chesky']);
		expect(talk.sections).toHaveLength(6);
	});

	it('recognises the format from the content, whatever the extension', async () => {
		const file = write('talk.transcript', '# T\n\n**Ann:** Hello.\n');
		const {code, stdout} = await run(['parse', file]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).speakers[0].name).toBe('Ann');
	});
});

describe('talkreel plan', () => {
	it('prints a schema-valid plan within --max-seconds, the same twice', async () => {
		const a = await run(['plan', SEED, '--max-seconds', '120']);
		const b = await run(['plan', SEED, '--max-seconds', '120']);
		expect(a.code).toBe(0);
		expect(a.stdout).toBe(b.stdout);
		const plan = PlanSchema.parse(JSON.parse(a.stdout));
		expect(plan.durationInFrames).toBeLessThanOrEqual(120 * plan.fps);
	});

	it('writes atomically with -o', async () => {
		const out = path.join(scratch, 'nested', 'plan.json');
		const {code} = await run(['plan', SEED, '-o', out]);
		expect(code).toBe(0);
		expect(readdirSync(path.dirname(out))).toEqual(['plan.json']);
	});
});

describe('bad input: one line on stderr, exit 2', () => {
	it.each([
		['a missing file', () => path.join(scratch, 'nope.md'), /^talkreel: TALK_READ: .*nope\.md: no such file\n$/],
		['an empty file', () => write('empty.md', ''), /^talkreel: TALK_EMPTY: .*empty\.md:1: the file is empty\n$/],
		['no speaker turns', () => write('prose.md', '# T\n\nJust prose.\n'), /^talkreel: TALK_PARSE: .*prose\.md:3: no speaker turns/],
		[
			'a marker with no name',
			() => write('noname.md', '# T\n\n**:** hi\n'),
			/^talkreel: TALK_PARSE: .*noname\.md:3: speaker line "\*\*:\*\* hi" has no name\n$/,
		],
		['binary data', () => write('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /^talkreel: TALK_BINARY: .*bin\.md:1: /],
		['a folder', () => scratch, /^talkreel: TALK_READ: .*: is a folder, not a file\n$/],
	])('%s', async (_name, file, message) => {
		const {code, stdout, stderr} = await run(['parse', file()]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it.each([[['plan', SEED, '--max-seconds', 'soon']], [['plan', SEED, '--max-seconds', '-3']], [['plan', SEED, '--max-seconds', '5']], [['frobnicate']]])(
		'bad arguments %j',
		async (args) => {
			const {code, stderr} = await run(args);
			expect(code).toBe(2);
			expect(stderr).not.toMatch(/\n\s+at /);
		},
	);
});
