import {execFile} from 'node:child_process';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {captureCli} from '../support/capture-cli';
import {PlanSchema} from '../../src/plan/plan-schema';
import {TalkSchema} from '../../src/talk/talk-schema';

/**
 * `talkreel parse`, `plan` and `highlights` on a real transcript of every podcast text
 * format (run in process, as `bin/talkreel.js` runs them; one format end to end through
 * the binary too).
 */
const DIR = 'tests/fixtures/transcripts';
const FILES = [
	'chaincode-28.descript.md',
	'chaincode-28.otter.txt',
	'chaincode-28.bold-name-time.md',
	'btctranscripts-chaincode-28.name-time.md',
	'silent-payments-2.whisperx.md',
	'oxide-and-friends-sparc.bracket-speaker.md',
	'orbitfm-bookbytes-018.txt',
	'silent-payments-2.timestamp-lines.txt',
	'changelog-jsparty-313.md',
	'btctranscripts-tabconf-2021-covenants.zh.md',
	'covenants.zh.chapter-lines.md',
].map((f) => `${DIR}/${f}`);

const capture = captureCli;

afterEach(() => vi.restoreAllMocks());

describe.each(FILES)('%s', (file) => {
	it('parse prints a valid talk', async () => {
		const {code, stdout, stderr} = await capture(['parse', file, '--no-edits']);
		expect(code, stderr).toBe(0);
		// At most a line about a recording the transcript names but that is not here.
		expect(stderr).toMatch(/^(?:[^\n]*: not played: [^\n]*\n)?$/);
		expect(TalkSchema.parse(JSON.parse(stdout)).speakers.length).toBeGreaterThan(0);
	});

	it('plan prints a plan within the length asked', async () => {
		const {code, stdout, stderr} = await capture(['plan', file, '--no-edits', '--max-seconds', '120']);
		expect(code, stderr).toBe(0);
		expect(stderr).toMatch(/^(?:[^\n]*: not played: [^\n]*\n)?$/);
		const plan = PlanSchema.parse(JSON.parse(stdout));
		expect(plan.durationInFrames).toBeLessThanOrEqual(120 * plan.fps);
		expect(plan.scenes.some((s) => s.type === 'quote')).toBe(true);
	});

	it('highlights lists the quotes with their ids', async () => {
		const {code, stdout, stderr} = await capture(['highlights', file, '--no-edits', '--max-seconds', '120', '--json']);
		expect(code, stderr).toBe(0);
		expect(stderr).toMatch(/^(?:[^\n]*: not played: [^\n]*\n)?$/);
		const report = JSON.parse(stdout) as {quotes: {id: string; text: string}[]};
		expect(report.quotes.length).toBeGreaterThan(0);
		for (const q of report.quotes) expect(q.id).toMatch(/^t\d+/);
	});
});

describe('the binary', () => {
	it('parses a Descript export end to end', async () => {
		const {stdout} = await promisify(execFile)('node', ['bin/talkreel.js', 'parse', `${DIR}/chaincode-28.descript.md`], {maxBuffer: 16 * 1024 * 1024});
		expect(TalkSchema.parse(JSON.parse(stdout)).metadata.episode).toBe('28');
	});
});

describe('front matter YAML refuses is read line by line, with one warning', () => {
	it('parse reads the talk, prints one warning line naming the file and line, and exits 0', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'talkreel-fm-'));
		const file = path.join(dir, 'episode.md');
		await writeFile(
			file,
			'---\ntitle: "Rookie mistakes"\ndescription: "We went back through the archives\nto pull together: the 10 things"\nhost: Travis Albritton\n---\n\n**Travis Albritton:** Welcome to the show. Today we talk about mistakes.\n\n**Sarah:** Thanks for having me. It is good to be here.\n',
		);
		const {code, stdout, stderr} = await capture(['parse', file, '--no-edits']);
		expect(code, stderr).toBe(0);
		expect(stderr).toBe(`talkreel: warning: ${file}:3: front matter is not valid YAML (Missing closing "quote); its keys were read line by line\n`);
		const talk = TalkSchema.parse(JSON.parse(stdout));
		expect(talk.metadata.title).toBe('Rookie mistakes');
		expect(talk.speakers.find((s) => s.name === 'Travis Albritton')?.role).toBe('host');
	});
});
