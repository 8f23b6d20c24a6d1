import {createHash} from 'node:crypto';
import {open, stat} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../../errors';
import {FfmpegError, runFfmpeg} from './run-ffmpeg';

/** A recording (or music file) checked and measured in Node, before anything is planned or bundled. */
export type ProbedMedia = {
	/** Absolute path. */
	file: string;
	/** Its name in the plan and the bundle: `talkreel-media/<hash>.<ext>`, from its size and bytes, so the same file gets the same name. */
	src: string;
	durationMs: number;
	/** Of its first audio stream. */
	channels: number;
	sampleRate: number;
	codec: string;
};

/** Where the renderer stages recordings in a bundle's public/ folder (the names the plans use). */
export const STAGED_MEDIA_FOLDER = 'talkreel-media';

/** Bytes hashed from each end of a file for its staged name: enough to tell files apart, bounded for a huge one. */
const NAME_HASH_BYTES = 1 << 20;

type ProbeJson = {
	streams?: {codec_type?: string; codec_name?: string; channels?: number; sample_rate?: string; duration?: string}[];
	format?: {duration?: string; format_name?: string};
};

/**
 * Checks that `file` is a recording talkreel can play and measures it: it exists and is
 * a file, FFprobe reads it, it has an audio track, and Remotion's FFmpeg decodes that
 * track (not all codecs are in its build: ALAC, E-AC-3, WMA, AMR are not). Each failure
 * is the user's mistake: one `MEDIA` line naming the file (`label`: what it is, for the
 * message) and the problem.
 */
export const probeMedia = async ({file, label = 'recording'}: {file: string; label?: string}): Promise<ProbedMedia> => {
	const fail = (problem: string) => new UserError({code: 'MEDIA', file, problem});
	const absolute = path.resolve(file);
	const info = await stat(absolute).catch((e: NodeJS.ErrnoException) => {
		throw fail(e.code === 'ENOENT' ? `no such ${label} file` : e.code === 'EACCES' ? 'permission denied' : e.message);
	});
	if (info.isDirectory()) throw fail(`is a folder, not a ${label} file`);
	if (info.size === 0) throw fail(`is empty, not a ${label}`);

	let json: ProbeJson;
	let estimated = false;
	try {
		const {stdout, stderr} = await runFfmpeg({
			type: 'ffprobe',
			args: [
				'-v',
				'warning',
				'-show_entries',
				'format=duration,format_name:stream=codec_type,codec_name,channels,sample_rate,duration',
				'-of',
				'json',
				absolute,
			],
			timeoutMs: 30_000,
		});
		json = JSON.parse(stdout.toString('utf8')) as ProbeJson;
		// Raw ADTS AAC (and MP3 without a length header) say no length: FFprobe guesses one from the bit rate.
		estimated = stderr.includes('Estimating duration from bitrate');
	} catch (e) {
		throw fail(`not a ${label} talkreel can read (${e instanceof FfmpegError ? e.reason : String(e)})`);
	}
	const audio = (json.streams ?? []).find((s) => s.codec_type === 'audio');
	if (audio === undefined) throw fail(`has no audio track (${json.format?.format_name ?? 'unknown format'})`);
	const codec = audio.codec_name ?? 'unknown';
	try {
		await runFfmpeg({type: 'ffmpeg', args: ['-v', 'error', '-nostdin', '-i', absolute, '-t', '2', '-map', '0:a:0', '-f', 'null', '-'], timeoutMs: 30_000});
	} catch (e) {
		throw fail(`its audio (${codec}) cannot be decoded (${e instanceof FfmpegError ? e.reason : String(e)})`);
	}
	const seconds = Number(json.format?.duration ?? audio.duration ?? Number.NaN);
	const said = Number.isFinite(seconds) && seconds > 0 && !estimated ? Math.round(seconds * 1000) : null;
	// A header's length is a promise: a truncated MP3 keeps its header's 30 s. Its last
	// seconds must decode, else the length is what the whole file decodes to.
	const durationMs = said !== null && (await tailDecodes({file: absolute, durationMs: said})) ? said : await decodedLengthMs({file: absolute});
	if (durationMs <= 0) throw fail(`its audio track is empty`);
	return {
		file: absolute,
		src: await stagedNameOf({file: absolute, size: info.size}),
		durationMs,
		channels: Math.max(1, audio.channels ?? 2),
		sampleRate: Number(audio.sample_rate ?? 48_000),
		codec,
	};
};

/**
 * How much audio decodes from `fromMs` to the end (the whole file by default; the length
 * of a file whose container does not say it, or lies): the last time FFmpeg reports.
 */
const decodedLengthMs = async ({file, fromMs = 0}: {file: string; fromMs?: number}): Promise<number> => {
	const seek = fromMs > 0 ? ['-ss', (fromMs / 1000).toFixed(3)] : [];
	const {stderr} = await runFfmpeg({type: 'ffmpeg', args: ['-nostdin', '-stats', ...seek, '-i', file, '-map', '0:a:0', '-f', 'null', '-']});
	const times = [...stderr.matchAll(/time=(\d+):(\d+):([\d.]+)/g)];
	const last = times[times.length - 1];
	return last === undefined ? 0 : Math.round((Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3])) * 1000);
};

const TAIL_MS = 2000;

/** Whether the last TAIL_MS of what the header says decode (at least half of them: codecs pad and trim a little). */
const tailDecodes = async ({file, durationMs}: {file: string; durationMs: number}): Promise<boolean> => {
	const fromMs = Math.max(0, durationMs - TAIL_MS);
	return (await decodedLengthMs({file, fromMs})) >= (durationMs - fromMs) / 2;
};

/** `talkreel-media/<16 hex>.<ext>`: a hash of the size and the first and last MiB, and the file's extension. */
export const stagedNameOf = async ({file, size}: {file: string; size: number}): Promise<string> => {
	const hash = createHash('sha256').update(String(size));
	const handle = await open(file, 'r');
	try {
		for (const at of size > 2 * NAME_HASH_BYTES ? [0, size - NAME_HASH_BYTES] : [0]) {
			const buffer = Buffer.alloc(Math.min(size, size > 2 * NAME_HASH_BYTES ? NAME_HASH_BYTES : size));
			await handle.read(buffer, 0, buffer.length, at);
			hash.update(buffer);
		}
	} finally {
		await handle.close();
	}
	const ext = path.extname(file).toLowerCase();
	return `${STAGED_MEDIA_FOLDER}/${hash.digest('hex').slice(0, 16)}${/^\.[a-z0-9]{1,5}$/.test(ext) ? ext : ''}`;
};

/** What the planner is told of a probed recording. */
export const mediaRefOf = (media: ProbedMedia): {src: string; durationMs: number} => ({src: media.src, durationMs: media.durationMs});
