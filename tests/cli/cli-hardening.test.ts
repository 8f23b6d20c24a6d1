import {execFile} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {PlanSchema} from '../../src/plan/plan-schema';
import {TalkSchema} from '../../src/talk/talk-schema';
import {makeLongTranscript} from '../support/make-long-transcript';
import {REPO_ROOT, TALKREEL, runTalkreel} from '../support/run-cli';

const SEED = 'data/aspen-2024-altman-chesky.md';
const SEED_EDITS = 'data/aspen-2024-altman-chesky.edits.yaml';
const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-cli-hardening-'));

/** A copy of the seed and its edits file in a folder of its own. */
const seedCopy = (name: string): {dir: string; talk: string; edits: string} => {
	const dir = path.join(scratch, name);
	mkdirSync(dir, {recursive: true});
	const talk = path.join(dir, 'talk.md');
	const edits = path.join(dir, 'talk.edits.yaml');
	copyFileSync(SEED, talk);
	copyFileSync(SEED_EDITS, edits);
	return {dir, talk, edits};
};

/** Whether `text` holds a character a terminal acts on (C0/C1 controls but tab and newline, DEL, bidi overrides). */
const hasTerminalControls = (text: string): boolean =>
	[...text].some((ch) => {
		const c = ch.codePointAt(0) ?? 0;
		return (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e);
	});

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |ZodError|"code":/);

describe('output paths: refused before any work, one line, exit 2, nothing written', () => {
	it.each([
		[
			'parse talk.md -o talk.md (the input itself)',
			(s: ReturnType<typeof seedCopy>) => ['parse', s.talk, '-o', s.talk],
			/-o .*talk\.md: that is the input .*talk\.md; refusing/,
		],
		['plan -o the edits file', (s: ReturnType<typeof seedCopy>) => ['plan', s.talk, '-o', s.edits], /-o .*talk\.edits\.yaml: that is the input/],
		[
			'parse -o a link to the input',
			(s: ReturnType<typeof seedCopy>) => {
				const link = path.join(s.dir, 'link.json');
				symlinkSync(s.talk, link);
				return ['parse', s.talk, '-o', link];
			},
			/-o .*link\.json: that is the input .*talk\.md; refusing/,
		],
		['parse -o a folder', (s: ReturnType<typeof seedCopy>) => ['parse', s.talk, '-o', s.dir], /-o .*: is a folder; give a file name$/],
		[
			'parse -o a device node (/dev/null, replaced by a file when run as root)',
			(s: ReturnType<typeof seedCopy>) => ['parse', s.talk, '-o', '/dev/null'],
			/-o \/dev\/null: is not a regular file/,
		],
		[
			'plan -o under a file',
			(s: ReturnType<typeof seedCopy>) => ['plan', s.talk, '-o', path.join(s.talk, 'plan.json')],
			/-o .*talk\.md\/plan\.json: .*talk\.md is a file, not a folder$/,
		],
		['render -o the input transcript', (s: ReturnType<typeof seedCopy>) => ['render', s.talk, '-o', s.talk], /-o .*talk\.md: that is the input/],
		['render -o a folder', (s: ReturnType<typeof seedCopy>) => ['render', s.talk, '-o', s.dir], /-o .*: is a folder; give a file name$/],
		[
			'clips -o a file where the folder must go',
			(s: ReturnType<typeof seedCopy>) => ['clips', s.talk, '-o', s.edits],
			/-o .*talk\.edits\.yaml: is a file, not a folder$/,
		],
	])('%s', {timeout: 30_000}, async (name, args, message) => {
		const s = seedCopy(name.replace(/\W+/g, '-'));
		const argv = args(s);
		const before = Object.fromEntries(readdirSync(s.dir).map((f) => [f, readFileSync(path.join(s.dir, f))]));
		const {code, stdout, stderr, ms} = await runTalkreel(argv);
		expect(stderr.trim()).toMatch(new RegExp(`^talkreel: ARGS: ${message.source}`));
		oneLine(stderr);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		// Refused before anything is bundled or a browser is opened: nothing says so, and no
		// bundle's time passes (wall time, with room for a busy machine: the refusal takes about a second alone).
		expect(stderr).not.toMatch(/bundled|browser:/);
		expect(ms).toBeLessThan(18_000);
		// Nothing changed or added beside the input.
		expect(Object.fromEntries(readdirSync(s.dir).map((f) => [f, readFileSync(path.join(s.dir, f))]))).toEqual(before);
	});

	it.each([['parse'], ['plan']])('%s -o - writes the JSON to standard output, not to a file named "-"', async (command) => {
		const dir = mkdtempSync(path.join(scratch, 'stdout-'));
		const {code, stdout} = await runTalkreel([command, path.resolve(SEED), '-o', '-'], {cwd: dir});
		expect(code).toBe(0);
		expect(existsSync(path.join(dir, '-'))).toBe(false);
		const schema = command === 'parse' ? TalkSchema : PlanSchema;
		expect(() => schema.parse(JSON.parse(stdout))).not.toThrow();
	});

	it('a regular file that is not an input is replaced atomically', async () => {
		const s = seedCopy('replace');
		const out = path.join(s.dir, 'talk.json');
		writeFileSync(out, 'old');
		const {code} = await runTalkreel(['parse', s.talk, '-o', out]);
		expect(code).toBe(0);
		expect(TalkSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).slug).toBe('talk');
		expect(statSync(out).isFile()).toBe(true);
	});
});

describe('user errors planning can find end in Node, before anything is bundled: one line, exit 2', () => {
	it.each([
		[['render', SEED, '--max-seconds', '5'], /^talkreel: ARGS: --max-seconds 5 is too short for "/],
		[['clips', SEED, '--max-seconds', '5'], /^talkreel: ARGS: --max-seconds 5 is too short/],
		[['render', SEED, '--frames', '0-99999'], /^talkreel: ARGS: --frames 0-99999: the recap has frames 0-\d+$/],
		[['render', SEED, '--scale', '100'], /^talkreel: ARGS: option '--scale <f>' argument '100' is invalid\. .* \(see --help\)$/],
		[['render', SEED, '--concurrency', '1000'], /^talkreel: ARGS: option '--concurrency <n>' argument '1000' is invalid\. .* \(see --help\)$/],
		[['render', SEED, '--frames', '10-5'], /^talkreel: ARGS: option '--frames <a-b>' argument '10-5' is invalid\. .* \(see --help\)$/],
		[['render', SEED, '--no-such-flag'], /^talkreel: ARGS: unknown option '--no-such-flag' \(see --help\)$/],
		[['plan', SEED, '--width', '1'], /^talkreel: ARGS: --width 1: a whole number of pixels from 64 to 7680$/],
		[['plan', SEED, '--height', '1'], /^talkreel: ARGS: --height 1: a whole number of pixels from 64 to 7680$/],
		[['plan', SEED, '--width', '100000'], /^talkreel: ARGS: --width 100000: /],
		[['plan', SEED, '--fps', '1000000'], /^talkreel: ARGS: --fps 1000000: a whole number of frames per second from 1 to 120$/],
		[['plan', SEED, '--max-seconds', '1e9'], /^talkreel: ARGS: --max-seconds 1000000000: a recap is more than 0 and at most 600 seconds long$/],
		[['highlights', SEED, '--max-seconds', '99999'], /^talkreel: ARGS: --max-seconds 99999: /],
	])('render --max-seconds 5 and other bad plan options: %j', async (args, message) => {
		const {code, stdout, stderr, ms} = await runTalkreel(args);
		expect(stderr.trim()).toMatch(message);
		expect(stderr).not.toMatch(/bundled|browser:|ProtocolError|internal error/);
		noStack(stderr);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		// Node start-up included, on a machine that may be busy; the in-process test below times the work itself.
		expect(ms).toBeLessThan(15_000);
	});
});

describe('terminal escapes in a transcript are shown escaped', () => {
	const file = path.join(scratch, 'escapes.md');
	writeFileSync(
		file,
		[
			'# Title \u001b]0;pwned\u0007 here',
			'',
			'## Part \u001b[2J one',
			'',
			'**Ann\u001b[31m:** I think trust is the whole game in every single thing that we build for people, always. \u009b2J It matters to all of us here today.',
			'',
			'**Bob:** Yes, and the cost of trust \u202e is paid up front, long before anyone sees any return on it at all.',
			'',
		].join('\n'),
	);

	it('in the highlights table', async () => {
		const {code, stdout} = await runTalkreel(['highlights', file, '--max-seconds', '60', '--all']);
		expect(code).toBe(0);
		// Not a TTY: the table has no escape sequence of its own either.
		expect(hasTerminalControls(stdout)).toBe(false);
		// Reading the transcript already drops control characters from its text and names
		// (the table escapes whatever would still reach it: see terminal-text's own tests).
		expect(stdout).toContain('Ann ');
		expect(stdout).toContain('Part on');
		expect(stdout).toContain('I think trust is the whole game');
	});

	it.each([
		['a file name', ['parse', path.join(scratch, 'x\u001b[2J.md')], /^talkreel: TALK_READ: .*x\\x1b\[2J\.md: no such file\n$/],
		['a quoted bad line', ['parse', 'BAD'], /^talkreel: TALK_PARSE: .*:3: speaker line "\*\*:\*\* \\x1b\]0;x\\x07" has no name\n$/],
		['an argument commander quotes', ['plan', SEED, '--fps', '\u001b[2J'], /^talkreel: ARGS: option '--fps <n>' argument '\\x1b\[2J' is invalid/],
	])('in an error line: %s', async (_name, args, message) => {
		const bad = path.join(scratch, 'bad-escape.md');
		writeFileSync(bad, '# T\n\n**:** \u001b]0;x\u0007\n');
		const {code, stderr} = await runTalkreel(args.map((a) => (a === 'BAD' ? bad : a)));
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(hasTerminalControls(stderr)).toBe(false);
	});
});

describe('render --max-seconds 5 is refused in well under a second', () => {
	it('in-process: read, plan, refuse, no bundle', async () => {
		const {runCli} = await import('../../src/cli/run-cli');
		const lines: string[] = [];
		const write = process.stderr.write;
		process.stderr.write = ((chunk: string) => {
			lines.push(String(chunk));
			return true;
		}) as typeof process.stderr.write;
		const started = performance.now();
		let code: number;
		try {
			code = await runCli(['node', 'talkreel', 'render', SEED, '--max-seconds', '5']);
		} finally {
			process.stderr.write = write;
		}
		const ms = performance.now() - started;
		expect(code).toBe(2);
		expect(lines.join('')).toMatch(
			/^talkreel: ARGS: --max-seconds 5 is too short for "[^"]+": its title, 6 sections and one quote each need at least \d+ s\n$/,
		);
		expect(ms).toBeLessThan(1000);
	});
});

describe('an argument of a huge run of spaces is refused in one short line, at once', () => {
	// Regression (issue 22): joining the lines of Commander's message with /\s*\n\s*/ took 29 s on 130 000 spaces, and the line quoted them all.
	it('--fps "<130 000 spaces>x"', async () => {
		const {runCli} = await import('../../src/cli/run-cli');
		const lines: string[] = [];
		const write = process.stderr.write;
		process.stderr.write = ((chunk: string) => {
			lines.push(String(chunk));
			return true;
		}) as typeof process.stderr.write;
		const started = process.cpuUsage();
		let code: number;
		try {
			code = await runCli(['node', 'talkreel', 'plan', SEED, '--fps', `${' '.repeat(130_000)}x`]);
		} finally {
			process.stderr.write = write;
		}
		const {user, system} = process.cpuUsage(started);
		expect(code).toBe(2);
		const out = lines.join('');
		expect(out).toMatch(/^talkreel: ARGS: option '--fps <n>' argument ' +…? \(see --help\)\n$/);
		expect(out.length).toBeLessThan(500);
		// CPU time, not wall time: the machine may be busy; before the fix this was over 20 000 ms.
		expect((user + system) / 1000).toBeLessThan(2000);
	});
});

describe('standard output is complete when the process exits', () => {
	it('a JSON far bigger than a pipe holds reaches a reader that starts late, whole', async () => {
		const file = path.join(scratch, 'long.md');
		const out = path.join(scratch, 'long.json');
		writeFileSync(file, makeLongTranscript({words: 30_000}).text);
		// A shell pipe (not the socket pair Node gives a child): its reader waits a second first.
		await promisify(execFile)('sh', ['-c', 'node "$0" parse "$1" | (sleep 1; cat > "$2")', TALKREEL, file, out], {cwd: REPO_ROOT});
		const json = readFileSync(out, 'utf8');
		expect(json.length).toBeGreaterThan(200_000);
		expect(TalkSchema.parse(JSON.parse(json)).sections.length).toBeGreaterThan(10);
	}, 60_000);
});

// Issue 22: an -o where nothing can be written (here a folder of the kernel's own file
// system, which refuses writes even to root) is said before any work: one line, exit 2.
describe('an -o that cannot take writing', () => {
	it.each([
		['render', 'recap.mp4'],
		['clips', 'clips'],
		['plan', 'plan.json'],
	])(
		'%s: one line, exit 2, before anything is bundled',
		async (command, name) => {
			const out = path.join('/sys', 'talkreel-cannot', name);
			const {code, stdout, stderr} = await runTalkreel([command, 'data/aspen-2024-altman-chesky.md', '-o', out]);
			expect(code, stderr).toBe(2);
			expect(stderr).toMatch(/^talkreel: ARGS: (?:-o )?\/sys\/talkreel-cannot.*: cannot write/);
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stdout).toBe('');
		},
		60_000,
	);
});
