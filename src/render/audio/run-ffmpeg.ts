import {spawn} from 'node:child_process';
import path from 'node:path';
import {remotionBinary} from '../remotion-internals';

/** Longest any one FFmpeg or FFprobe run may take before it is stopped (a hostile or broken file must not hang a render). */
const FFMPEG_TIMEOUT_MS = 120_000;

export class FfmpegError extends Error {
	/** FFmpeg's own last line: what it could not do. */
	readonly reason: string;
	constructor({type, reason}: {type: string; reason: string}) {
		super(`${type}: ${reason}`);
		this.name = 'FfmpegError';
		this.reason = reason;
	}
}

/**
 * Runs Remotion's FFmpeg or FFprobe (`remotionBinary`) with `args`, in the binary's own
 * folder as Remotion does (so paths in `args` must be absolute), and collects stdout as
 * bytes and stderr as text. A non-zero exit or a run over `timeoutMs` rejects with
 * FFmpeg's last line of complaint.
 */
export const runFfmpeg = ({
	type,
	args,
	timeoutMs = FFMPEG_TIMEOUT_MS,
}: {
	type: 'ffmpeg' | 'ffprobe';
	args: string[];
	timeoutMs?: number;
}): Promise<{stdout: Buffer; stderr: string}> =>
	new Promise((resolve, reject) => {
		const binary = remotionBinary(type);
		const child = spawn(binary, args, {cwd: path.dirname(binary), stdio: ['ignore', 'pipe', 'pipe']});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.stdout.on('data', (d: Buffer) => out.push(d));
		child.stderr.on('data', (d: Buffer) => err.push(d));
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			const stderr = Buffer.concat(err).toString('utf8');
			if (timedOut) reject(new FfmpegError({type, reason: `took longer than ${Math.round(timeoutMs / 1000)} s`}));
			else if (code !== 0) reject(new FfmpegError({type, reason: lastLine(stderr) || `exited with code ${code}`}));
			else resolve({stdout: Buffer.concat(out), stderr});
		});
	});

/** The last non-empty line of FFmpeg's output, without the absolute path it quotes. */
const lastLine = (stderr: string): string =>
	(
		stderr
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '')
			.pop() ?? ''
	).replace(/^\/\S+: /, '');
