import {open, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors';
import {stagedNameOf} from './audio/probe-media';
import {FfmpegError, runFfmpeg} from './audio/run-ffmpeg';

/** Cover art checked in Node: an absolute path and its name in the bundle. */
export type CoverFile = {file: string; src: string};

/** A cover larger than this is refused: a header thumbnail needs nothing near it. */
const MAX_COVER_BYTES = 20 * 1024 * 1024;

type ImageFormat = 'PNG' | 'JPEG' | 'WebP';

/** The first bytes of the image formats a cover may be in (the browser draws all of them). */
const IMAGE_SIGNATURES: {name: ImageFormat; test: (b: Buffer) => boolean}[] = [
	{name: 'PNG', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))},
	{name: 'JPEG', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff},
	{name: 'WebP', test: (b) => b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP'},
];

/** FFmpeg's decoder for each format it can decode (Remotion's build has none for WebP). */
const DECODERS: Partial<Record<ImageFormat, string>> = {PNG: 'png', JPEG: 'mjpeg'};

/**
 * Whether the whole image decodes, not only its first bytes: a file with a PNG signature
 * and garbage after it would fail every clip in the browser. PNG and JPEG are decoded by
 * Remotion's FFmpeg (with the decoder of the format the bytes say, whatever the file's
 * extension); WebP, which it cannot decode, is checked for a RIFF size that matches the
 * file and a known first chunk. Null when it draws, else the problem.
 */
const whyNotDrawable = async ({file, format, head, size}: {file: string; format: ImageFormat; head: Buffer; size: number}): Promise<string | null> => {
	const decoder = DECODERS[format];
	if (decoder === undefined) {
		const riffSize = head.readUInt32LE(4);
		const chunk = head.toString('ascii', 12, 16);
		if (riffSize + 8 !== size) return `is a damaged ${format} image (it says it holds ${riffSize + 8} bytes, the file has ${size})`;
		if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk)) return `is a damaged ${format} image (its first chunk is not VP8, VP8L or VP8X)`;
		return null;
	}
	try {
		await runFfmpeg({
			type: 'ffmpeg',
			args: ['-v', 'error', '-c:v', decoder, '-i', file, '-frames:v', '1', '-vf', 'scale=4:4', '-c:v', 'png', '-f', 'image2pipe', '-'],
			timeoutMs: 20_000,
		});
		return null;
	} catch (error) {
		if (error instanceof FfmpegError) return `is a damaged ${format} image (it does not decode)`;
		throw error;
	}
};

/**
 * Checks that `file` is a PNG, JPEG or WebP image of a sane size that decodes; a `MEDIA`
 * error naming it otherwise. A symbolic link is followed: the cover is the file it
 * points to (staged in the bundle under its hash, never as a link).
 */
export const probeCover = async ({file}: {file: string}): Promise<CoverFile> => {
	const fail = (problem: string) => new UserError({code: 'MEDIA', file, problem});
	const describe = (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? 'no such cover image' : e.code === 'EACCES' ? 'permission denied' : e.message);
	const absolute = await realpath(path.resolve(file)).catch((e: NodeJS.ErrnoException) => {
		throw describe(e);
	});
	const info = await stat(absolute).catch((e: NodeJS.ErrnoException) => {
		throw describe(e);
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
	const format = IMAGE_SIGNATURES.find((s) => s.test(head))?.name;
	if (format === undefined) throw fail('is not a PNG, JPEG or WebP image');
	const problem = await whyNotDrawable({file: absolute, format, head, size: info.size});
	if (problem !== null) throw fail(problem);
	return {file: absolute, src: await stagedNameOf({file: absolute, size: info.size})};
};
