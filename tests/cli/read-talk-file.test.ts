import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readFileBytes, readTalkFile} from '../../src/cli/read-talk-file';
import {UserError} from '../../src/errors';

const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-read-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const write = (name: string, content: string | Uint8Array) => {
	const file = path.join(dir, name);
	writeFileSync(file, content);
	return file;
};

describe('readTalkFile', () => {
	it('"Cool Talk.md" finds "Cool Talk.edits.yaml" beside it (the one edits rule)', async () => {
		const file = write('Cool Talk.md', '# Cool Talk\n\n**Ann:** Hello there, this is a talk.\n\n**Bob:** It is.\n');
		write('Cool Talk.edits.yaml', 'metadata:\n  title: Retitled by the edits file\n');
		const {talk, editsFile} = await readTalkFile({file});
		expect(editsFile).toBe(path.join(dir, 'Cool Talk.edits.yaml'));
		expect(talk.metadata.title).toBe('Retitled by the edits file');
		expect(talk.slug).toBe('cool-talk');
	});

	it('passes bytes to the talk layer, which reads UTF-16', async () => {
		const text = '\uFEFF# 对谈\n\n**Ann:** 你好。\n';
		const bytes = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
		const {talk} = await readTalkFile({file: write('utf16.md', bytes), edits: false});
		expect(talk.metadata.title).toBe('对谈');
	});

	it.each([
		['a device', '/dev/zero', 'TALK_READ', 'is not a regular file'],
		['a folder', dir, 'TALK_READ', 'is a folder'],
		['a missing file', path.join(dir, 'nope.md'), 'TALK_READ', 'no such file'],
	])('%s is the user’s mistake, read no further', async (_name, file, code, problem) => {
		const error = await readTalkFile({file}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UserError);
		expect(error).toMatchObject({code});
		expect((error as UserError).message).toContain(problem);
	});

	it('reads at most the limit and one byte more', async () => {
		const file = write('big.md', new Uint8Array(2048).fill(0x61));
		const error = await readFileBytes({file, code: 'TALK_READ', maxBytes: 1000}).catch((e: unknown) => e);
		expect(error).toMatchObject({code: 'TALK_LIMIT'});
		expect(await readFileBytes({file, code: 'TALK_READ', maxBytes: 4096})).toHaveLength(2048);
	});
});

describe('a FIFO is refused at once, never waited on (issue 22: open() blocked, and SIGINT with it)', () => {
	const fifo = (name: string) => {
		const file = path.join(dir, name);
		execFileSync('mkfifo', [file]);
		return file;
	};
	const TALK = '# Talk\n\n**Ann:** Hello there, this is a talk.\n\n**Bob:** It is.\n';
	it.each([
		['the transcript', () => ({file: fifo('pipe.md')})],
		['the edits file beside it', () => ({file: write('piped.md', TALK), beside: fifo('piped.edits.yaml')})],
		['the chapters file beside it', () => ({file: write('chaptered.md', TALK), beside: fifo('chaptered.chapters.vtt')})],
	])(
		'%s',
		async (_name, make) => {
			const {file} = make();
			await expect(readTalkFile({file})).rejects.toThrow(/is not a regular file \(a device, pipe or socket\)/);
		},
		5_000,
	);
});
