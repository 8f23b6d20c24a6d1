import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {RenderAbortedError, UserError} from '../../src/errors';
import {writeJson} from '../../src/cli/write-output';
import {writeFileAtomic} from '../../src/render/write-file-atomic';

const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-atomic-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A writer that fails as a full, read-only or forbidden disk fails, after writing part of the file. */
const failingWith = (code: string) => async (temp: string) => {
	await writeFile(temp, 'half a file');
	throw Object.assign(new Error(`${code}: simulated, write`), {code});
};

// Issue 22: a full disk, a read-only file system or a folder not to be written in is the
// user's to fix — one line, exit 2 — not an internal error; and nothing is left behind.
describe('writeFileAtomic when the place cannot take the file', () => {
	it.each([
		['ENOSPC', 'no space left on the device'],
		['EDQUOT', 'the disk quota is used up'],
		['EROFS', 'the file system is read-only'],
		['EACCES', 'permission denied'],
	])('%s: one line naming the file and why; no file, no temporary file', async (code, why) => {
		const target = path.join(dir, `${code}.json`);
		const error = await writeFileAtomic({target, write: failingWith(code)}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UserError);
		expect((error as UserError).message).toBe(`ARGS: ${target}: cannot write it: ${why}; nothing was written there`);
		expect(existsSync(target)).toBe(false);
		expect(readdirSync(dir).filter((name) => name.includes(code))).toEqual([]);
	});

	it('any other failure stays what it is (an internal error is not the user’s)', async () => {
		const error = await writeFileAtomic({target: path.join(dir, 'x.json'), write: failingWith('EIO')}).catch((e: unknown) => e);
		expect(error).not.toBeInstanceOf(UserError);
	});
});

// A stop (Ctrl-C, SIGTERM) that comes while `parse -o` or `plan -o` writes its JSON left
// the temporary file beside the target: the signals kept Node's default, which runs no cleanup.
describe('a stop while the file is written', () => {
	it('removes the temporary file, leaves the target as it was, and says no output was written', async () => {
		const target = path.join(dir, 'stopped.json');
		writeFileSync(target, 'the old file');
		const controller = new AbortController();
		const error = await writeFileAtomic({
			target,
			signal: controller.signal,
			write: async (temp) => {
				await writeFile(temp, 'half of the new file');
				controller.abort();
			},
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RenderAbortedError);
		expect((error as Error).message).toBe('RENDER_ABORTED: interrupted while the output was written; no output was written');
		expect(readFileSync(target, 'utf8')).toBe('the old file');
		expect(readdirSync(dir).filter((f) => f.includes('stopped'))).toEqual(['stopped.json']);
	});

	it('writeJson listens to the signal before it writes a file (which takes the signals over from Node), not when it prints', async () => {
		const listened: string[] = [];
		const signal = new AbortController().signal;
		const add = signal.addEventListener.bind(signal);
		signal.addEventListener = ((type: string, ...rest: [EventListener, AddEventListenerOptions?]) => {
			listened.push(type);
			add(type, ...rest);
		}) as AbortSignal['addEventListener'];
		await writeJson({value: {a: 1}, output: path.join(dir, 'listened.json'), signal});
		expect(listened).toEqual(['abort']);
		expect(readFileSync(path.join(dir, 'listened.json'), 'utf8')).toBe('{\n  "a": 1\n}\n');
	});
});
