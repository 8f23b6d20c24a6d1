import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {UserError} from '../../src/errors';
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
