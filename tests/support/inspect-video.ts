import {execFile} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {PNG} from 'pngjs';
import {remotionBinary} from '../../src/render/remotion-internals';

/**
 * Looks inside rendered videos with the FFmpeg and FFprobe that Remotion ships, so
 * checks and benchmarks need nothing installed beyond the project.
 */

const run = promisify(execFile);

const binary = remotionBinary;

export type VideoFacts = {
	codec: string;
	pixelFormat: string;
	width: number;
	height: number;
	/** `30/1` */
	frameRate: string;
	frameCount: number;
	durationSeconds: number;
};

/** Codec, pixel format, size, frame rate and the decoded frame count of the first video stream. */
export const probeVideo = async (file: string): Promise<VideoFacts> => {
	const {stdout} = await run(binary('ffprobe'), [
		'-v',
		'error',
		'-select_streams',
		'v:0',
		'-count_frames',
		'-show_entries',
		'stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames:format=duration',
		'-of',
		'json',
		file,
	]);
	const json = JSON.parse(stdout) as {
		streams: {codec_name: string; pix_fmt: string; width: number; height: number; r_frame_rate: string; nb_read_frames: string}[];
		format: {duration: string};
	};
	const s = json.streams[0];
	if (!s) throw new Error(`no video stream in ${file}`);
	return {
		codec: s.codec_name,
		pixelFormat: s.pix_fmt,
		width: s.width,
		height: s.height,
		frameRate: s.r_frame_rate,
		frameCount: Number(s.nb_read_frames),
		durationSeconds: Number(json.format.duration),
	};
};

/**
 * Every frame of `file` decoded to 8-bit grey (luma), `width × height` bytes each.
 * Remotion's FFmpeg has no raw-video muxer, so frames go through PNG files.
 */
export const readLumaFrames = async ({file}: {file: string}): Promise<Buffer[]> => {
	const dir = await mkdtemp(path.join(tmpdir(), 'talkreel-decode-'));
	try {
		await run(binary('ffmpeg'), ['-v', 'error', '-i', file, '-pix_fmt', 'gray', '-c:v', 'png', path.join(dir, 'f%06d.png')]);
		const names = (await readdir(dir)).sort();
		return Promise.all(
			names.map(async (name) => {
				const png = PNG.sync.read(await readFile(path.join(dir, name)));
				const luma = Buffer.alloc(png.width * png.height);
				for (let i = 0; i < luma.length; i++) luma[i] = png.data[i * 4] ?? 0;
				return luma;
			}),
		);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
};

/** One frame of `file` (0-based index at `fps`) decoded to 8-bit grey. */
export const readLumaFrameAt = async ({file, frame, fps}: {file: string; frame: number; fps: number}): Promise<Buffer> => {
	const dir = await mkdtemp(path.join(tmpdir(), 'talkreel-decode-'));
	try {
		// Accurate seek returns the first frame at or after the time: aim a quarter frame early.
		const seconds = Math.max(0, (frame - 0.25) / fps);
		const out = path.join(dir, 'frame.png');
		await run(binary('ffmpeg'), ['-v', 'error', '-ss', seconds.toFixed(6), '-i', file, '-frames:v', '1', '-pix_fmt', 'gray', '-c:v', 'png', out]);
		const png = PNG.sync.read(await readFile(out));
		const luma = Buffer.alloc(png.width * png.height);
		for (let i = 0; i < luma.length; i++) luma[i] = png.data[i * 4] ?? 0;
		return luma;
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
};

/** Peak signal-to-noise ratio of two 8-bit frames in dB; `Infinity` when identical. */
export const psnr = (a: Buffer, b: Buffer): number => {
	if (a.length !== b.length) throw new Error(`frames differ in size: ${a.length} vs ${b.length}`);
	let sum = 0;
	for (let i = 0; i < a.length; i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		sum += d * d;
	}
	if (sum === 0) return Number.POSITIVE_INFINITY;
	return 10 * Math.log10((255 * 255) / (sum / a.length));
};

/** Codec and size of an image file (JPEG, PNG), by ffprobe. */
export const probeImage = async (file: string): Promise<{codec: string; width: number; height: number}> => {
	const {stdout} = await run(binary('ffprobe'), [
		'-v',
		'error',
		'-select_streams',
		'v:0',
		'-show_entries',
		'stream=codec_name,width,height',
		'-of',
		'json',
		file,
	]);
	const s = (JSON.parse(stdout) as {streams: {codec_name: string; width: number; height: number}[]}).streams[0];
	if (!s) throw new Error(`no image stream in ${file}`);
	return {codec: s.codec_name, width: s.width, height: s.height};
};
