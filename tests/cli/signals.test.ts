import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {readFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {REPO_ROOT, spawnTalkreel} from '../support/run-cli';

const SEED = 'data/aspen-2024-altman-chesky.md';

/** What a run left in its temp folder, less tsx's compile cache (written before talkreel starts). */
const leftovers = (tmp: string) => readdirSync(tmp).filter((name) => !name.startsWith('tsx-'));

/** Processes whose command line mentions `text` (a browser or encoder working in this run's temp folder), read from /proc. */
const processesMentioning = async (text: string): Promise<string[]> => {
	const found: string[] = [];
	for (const pid of await readdir('/proc')) {
		if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
		const args = await readFile(path.join('/proc', pid, 'cmdline'), 'utf8').catch(() => '');
		if (args.includes(text)) found.push(`${pid} ${args.replaceAll('\0', ' ')}`);
	}
	return found;
};

/**
 * Starts a render of the seed with a fresh TMPDIR, waits until `stage` shows in its log,
 * sends `signal`, and reports how it ended.
 */
const interrupt = async ({
	signal,
	stage,
	args = [],
	command = 'render',
	settleMs = 500,
}: {
	signal: NodeJS.Signals;
	stage: RegExp;
	args?: string[];
	/** `render` writes `recap.mp4` into the output folder; `clips` writes the folder's clips. */
	command?: 'render' | 'clips';
	/** How long to wait after the exit before looking (a child process that went on writing would show by then). */
	settleMs?: number;
}) => {
	const tmp = mkdtempSync(path.join(tmpdir(), 'talkreel-signal-tmp-'));
	const outDir = mkdtempSync(path.join(tmpdir(), 'talkreel-signal-out-'));
	const target = command === 'render' ? path.join(outDir, 'recap.mp4') : outDir;
	const run = spawnTalkreel([command, SEED, '-o', target, '--scale', '0.25', ...args], {env: {TMPDIR: tmp}});
	const deadline = Date.now() + 120_000;
	while (!stage.test(run.stderr())) {
		if (Date.now() > deadline) throw new Error(`never reached ${stage}:\n${run.stderr()}`);
		if (run.child.exitCode !== null) throw new Error(`ended before ${stage}:\n${run.stderr()}`);
		await new Promise((r) => setTimeout(r, 10));
	}
	const sent = Date.now();
	run.child.kill(signal);
	const {code} = await run.exited;
	const ms = Date.now() - sent;
	// Anything the run started (browser, encoder) had its temp folder inside `tmp`.
	await new Promise((r) => setTimeout(r, settleMs));
	return {code, ms, stderr: run.stderr(), outDir, outFiles: readdirSync(outDir).sort(), tmpLeft: leftovers(tmp), running: await processesMentioning(tmp)};
};

describe('signals: the render stops, cleans up and exits with 128 + the signal', () => {
	it.each([
		{name: 'Ctrl-C while frames are being drawn is no longer caught by Remotion’s own handler', signal: 'SIGINT' as const, code: 130},
		{name: 'SIGTERM while frames are being drawn is no longer ignored until the render ends', signal: 'SIGTERM' as const, code: 143},
	])(
		'$name',
		async ({signal, code}) => {
			const result = await interrupt({signal, stage: /rendering: \d+\/\d+ frames/});
			expect(result.stderr).toContain(`talkreel: ${signal}: stopping and cleaning up`);
			expect(result.stderr).toMatch(/talkreel: RENDER_ABORTED: the render was interrupted; no output was written\n$/);
			expect(result.code).toBe(code);
			expect(result.ms).toBeLessThan(5000);
			// No file at or beside the target (the temporary .recap.tmp-PID.mp4 included).
			expect(result.outFiles).toEqual([]);
			// No talkreel, remotion-v*-assets, bundle or browser profile folder left, and nothing still running.
			expect(result.tmpLeft).toEqual([]);
			expect(result.running).toEqual([]);
		},
		180_000,
	);

	it('SIGTERM while bundling: stops at once, the bundle folder goes too', async () => {
		const result = await interrupt({signal: 'SIGTERM', stage: /^browser: /m});
		expect(result.stderr).not.toMatch(/bundled in/);
		expect(result.code).toBe(143);
		expect(result.ms).toBeLessThan(5000);
		expect(result.outFiles).toEqual([]);
		expect(result.tmpLeft).toEqual([]);
		expect(result.running).toEqual([]);
	}, 180_000);
});

/**
 * Issue 22: a signal after the video, while its sidecars are written, ended as an internal
 * error (exit 1, "Protocol error (Target.closeTarget)": the browser closed under a still)
 * and said "no output was written" beside the finished MP4 and subtitles it left.
 */
describe('a signal while the sidecars are written', () => {
	it('keeps the finished video and the whole sidecars, says which, exits 130', async () => {
		const result = await interrupt({signal: 'SIGINT', stage: /^rendered \d+ frames/m, args: ['--max-seconds', '30']});
		expect(result.stderr).not.toMatch(/internal error/);
		expect(result.code).toBe(130);
		const said = /talkreel: RENDER_ABORTED: interrupted while the sidecars were written; kept the finished (.+); not written: (.+)\n$/.exec(result.stderr);
		expect(said, result.stderr).not.toBeNull();
		const kept = said![1]!.split(', ');
		const missing = said![2]!.split(', ');
		expect(kept[0]).toBe('recap.mp4');
		expect(missing.length).toBeGreaterThan(0);
		// Exactly what it says it kept is there: no temporary file, nothing it says was not written.
		expect(result.outFiles).toEqual([...kept].sort());
		expect(result.tmpLeft).toEqual([]);
		expect(result.running).toEqual([]);
	}, 180_000);
});

/**
 * Issue 22: stopped mid batch, finished clips stayed without a manifest (one card without its
 * video) and the message said "no output was written".
 */
describe('a signal in the middle of a clip batch', () => {
	it('keeps each finished clip whole, writes the manifest of them, says so, exits 143', async () => {
		const result = await interrupt({command: 'clips', signal: 'SIGTERM', stage: /done [\d.]+ s into the batch/, args: ['--max-seconds', '30']});
		expect(result.stderr).not.toMatch(/internal error/);
		expect(result.code).toBe(143);
		const said =
			/talkreel: RENDER_ABORTED: the clips were interrupted; kept (\d+) of (\d+) clips, each whole \(video and card\), and manifest\.json, which lists the other (\d+) under "failed" as interrupted\n$/.exec(
				result.stderr,
			);
		expect(said, result.stderr).not.toBeNull();
		const [kept, total, others] = said!.slice(1).map(Number) as [number, number, number];
		expect(kept).toBeGreaterThan(0);
		expect(kept + others).toBe(total);
		const manifest = JSON.parse(await readFile(path.join(result.outDir, 'manifest.json'), 'utf8')) as {
			clips: {files: {video: string; card: string}}[];
			failed: {error: string}[];
		};
		expect(manifest.clips).toHaveLength(kept);
		expect(manifest.failed).toHaveLength(others);
		expect(new Set(manifest.failed.map((f) => f.error))).toEqual(new Set(['interrupted']));
		// The folder holds the manifest and exactly the clips it lists, each video with its card.
		const listed = manifest.clips.flatMap((clip) => [clip.files.video, clip.files.card]);
		expect(result.outFiles).toEqual(['manifest.json', ...listed].sort());
		expect(result.tmpLeft).toEqual([]);
		expect(result.running).toEqual([]);
	}, 180_000);
});

/**
 * Issue 22: `--renderer remotion` stopped while Remotion muxed left `.recap.tmp-<pid>.mp4`
 * beside the target (4 of 4 tries): Remotion's FFmpeg, told to stop, still finished the file
 * after it was deleted, and after talkreel exited.
 */
describe('a signal while the plain renderer muxes', () => {
	it('leaves no temporary file beside the target, even after FFmpeg is done', async () => {
		// The signal comes as the last frame is drawn, while Remotion's FFmpeg finishes the file: its
		// `encoding:` line came 35 ms before the render was done on two idle cores, too late to send it.
		const result = await interrupt({
			signal: 'SIGINT',
			stage: /^rendering: (\d+)\/\1 frames/m,
			args: ['--renderer', 'remotion', '--no-sidecars', '--frames', '0-399'],
			settleMs: 3000,
		});
		expect(result.code).toBe(130);
		expect(result.stderr).toMatch(/talkreel: RENDER_ABORTED: the render was interrupted; no output was written\n$/);
		expect(result.outFiles).toEqual([]);
		expect(result.tmpLeft).toEqual([]);
	}, 180_000);
});

/**
 * Issue 22: reading and planning compute without yielding to the event loop, so a handler
 * of talkreel's could only run once planning ended (a 26 s plan was printed in full after
 * Ctrl-C). Until there is something to clean up, the signals keep Node's default: the
 * process ends at once, with nothing written and no temp folder made.
 */
describe('a signal while the talk is read and planned', () => {
	const stamp = (s: number) =>
		`${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
	const words = 'people money system code market power water city heat roof light road school data model future'.split(' ');

	it.each(['SIGINT', 'SIGTERM'] as const)(
		'%s ends the process at once, nothing written, no temp folder left',
		async (signal) => {
			const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-plan-signal-'));
			const tmp = mkdtempSync(path.join(tmpdir(), 'talkreel-plan-signal-tmp-'));
			const srt = path.join(dir, 'long.srt');
			// Long enough to keep reading and planning busy for several seconds (about 10 s on two idle
			// cores; the limit is 100 000 cues), the signal well before the end: 60 000 cues planned in
			// 6 s on an idle machine, before the signal sent at 8 s.
			writeFileSync(
				srt,
				Array.from(
					{length: 95_000},
					(_, i) =>
						`${i + 1}\n${stamp(i)} --> ${stamp(i + 1)}\nCue ${i} says the ${words[i % words.length]} and the ${words[(i * 7) % words.length]} matter.\n`,
				).join('\n'),
			);
			const out = path.join(dir, 'plan.json');
			const run = spawnTalkreel(['plan', srt, '-o', out], {env: {TMPDIR: tmp}});
			await new Promise((r) => setTimeout(r, 4000));
			expect(run.child.exitCode, 'the plan ended before the signal: make the talk longer').toBeNull();
			const sent = Date.now();
			run.child.kill(signal);
			const ended = await run.exited;
			expect(Date.now() - sent).toBeLessThan(1500);
			expect(ended.signal).toBe(signal);
			expect(existsSync(out)).toBe(false);
			expect(readdirSync(dir)).toEqual(['long.srt']);
			expect(leftovers(tmp)).toEqual([]);
		},
		60_000,
	);
});

describe('a render that ends normally leaves nothing in the temp folder', () => {
	it('every fast render left an empty remotion-v*-assets folder: no more', async () => {
		const tmp = mkdtempSync(path.join(tmpdir(), 'talkreel-clean-tmp-'));
		const target = path.join(mkdtempSync(path.join(tmpdir(), 'talkreel-clean-out-')), 'recap.mp4');
		const run = spawnTalkreel(['render', SEED, '-o', target, '--scale', '0.25', '--frames', '0-29'], {env: {TMPDIR: tmp}});
		const {code} = await run.exited;
		expect(run.stderr()).toMatch(/rendered 30 frames/);
		expect(code).toBe(0);
		expect(existsSync(target)).toBe(true);
		expect(readdirSync(path.dirname(target))).toEqual(['recap.mp4']);
		expect(leftovers(tmp)).toEqual([]);
	}, 180_000);
});

describe('the last resort: no stack trace reaches the user', () => {
	it.each([
		['an unhandled rejection', 'rejection', /^talkreel: internal error: boom: a promise nobody awaited\n$/],
		['an uncaught exception', 'exception', /^talkreel: internal error: boom: a callback that threw\n$/],
	])(
		'%s is one line, exit 1, and temporary files still go',
		async (_name, kind, message) => {
			const marker = path.join(mkdtempSync(path.join(tmpdir(), 'talkreel-last-resort-')), 'partial.mp4');
			writeFileSync(marker, 'half');
			const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/support/throw-later.ts', kind], {
				cwd: REPO_ROOT,
				env: {...process.env, TALKREEL_TEST_MARKER: marker, TALKREEL_DEBUG: ''},
			}).then(
				() => ({code: 0, stderr: ''}),
				(e: {code: number; stderr: string}) => e,
			);
			expect(result.stderr).toMatch(message);
			expect(result.code).toBe(1);
			expect(existsSync(marker)).toBe(false);
		},
		30_000,
	);

	// The seed's recap at 30 s: Ctrl-C while the poster was drawn closed the browser under Remotion, whose callback threw "Protocol error (Emulation.setDeviceMetricsOverride): Session closed" and ended the process as an internal error, before the render said what it kept.
	it.each([
		['an uncaught exception', 'exception-after-signal'],
		['an unhandled rejection', 'rejection-after-signal'],
	])(
		'after a signal, %s is no failure: the work under way says what it kept, with the signal’s code',
		async (_name, kind) => {
			const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/support/throw-later.ts', kind], {
				cwd: REPO_ROOT,
				env: {...process.env, TALKREEL_DEBUG: ''},
			}).then(
				() => ({code: 0, stderr: ''}),
				(e: {code: number; stderr: string}) => e,
			);
			expect(result.stderr).toBe('talkreel: RENDER_ABORTED: interrupted; kept nothing\n');
			expect(result.code).toBe(130);
		},
		30_000,
	);

	it('TALKREEL_DEBUG=1 adds the stack', async () => {
		const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/support/throw-later.ts', 'exception'], {
			cwd: REPO_ROOT,
			env: {...process.env, TALKREEL_DEBUG: '1'},
		}).then(
			() => ({code: 0, stderr: ''}),
			(e: {code: number; stderr: string}) => e,
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^talkreel: internal error: boom: a callback that threw\nTypeError: boom: a callback that threw\n\s+at /);
	}, 30_000);
});
