import {open, stat} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors';
import {stagedNameOf} from './audio/probe-media';

/** Cover art checked in Node: an absolute path and its name in the bundle. */
export type CoverFile = {file: string; src: string};

/** A cover larger than this is refused: a header thumbnail needs nothing near it. */
const MAX_COVER_BYTES = 20 * 1024 * 1024;

/** The first bytes of the image formats a cover may be in (the browser draws all of them). */
const IMAGE_SIGNATURES: {name: string; test: (b: Buffer) => boolean}[] = [
	{name: 'PNG', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))},
	{name: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff},
	{name: 'WebP', test: (b) => b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP'},
];

/** Checks that `file` is a PNG, JPEG or WebP image of a sane size; a `MEDIA` error naming it otherwise. */
export const probeCover = async ({file}: {file: string}): Promise<CoverFile> => {
	const fail = (problem: string) => new UserError({code: 'MEDIA', file, problem});
	const absolute = path.resolve(file);
	const info = await stat(absolute).catch((e: NodeJS.ErrnoException) => {
		throw fail(e.code === 'ENOENT' ? 'no such cover image' : e.code === 'EACCES' ? 'permission denied' : e.message);
	});
	if (!info.isFile()) throw fail('is not a file');
	if (info.size > MAX_COVER_BYTES) throw fail(`is ${(info.size / 2 ** 20).toFixed(0)} MiB; a cover image must be under ${MAX_COVER_BYTES / 2 ** 20} MiB`);
	const head = Buffer.alloc(16);
	const handle = await open(absolute, 'r');
	try {
		await handle.read(head, 0, head.length, 0);
	} finally {
		await handle.close();
	}
	if (!IMAGE_SIGNATURES.some((s) => s.test(head))) throw fail(`is not a PNG, JPEG or WebP image`);
	return {file: absolute, src: await stagedNameOf({file: absolute, size: info.size})};
};
