import {rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {crc32, deflateSync} from 'node:zlib';
import {runFfmpeg} from '../../src/render/audio/run-ffmpeg';
import type {LambdaMediaRequest, LambdaStillRequest} from '../../src/render/lambda/lambda-client';

const chunk = (type: string, data: Buffer): Buffer => {
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
};

/** A `width`×`height` RGB PNG of one flat colour. */
export const flatPng = ({width, height, rgb = [40, 90, 160]}: {width: number; height: number; rgb?: [number, number, number]}): Buffer => {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 2; // RGB
	const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({length: width}, () => rgb).flat())]);
	const pixels = Buffer.concat(Array.from({length: height}, () => row));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(pixels)),
		chunk('IEND', Buffer.alloc(0)),
	]);
};

type Planned = {fps: number; width: number; height: number; durationInFrames: number};

/** The planned video a request's props carry: the recap's `plan` or a clip's `clip`. */
const plannedOf = (inputProps: Record<string, unknown>): Planned => {
	const planned = (inputProps.plan ?? inputProps.clip) as Planned | undefined;
	if (planned === undefined) throw new Error('the request carries neither a plan nor a clip');
	return planned;
};

/**
 * What a Lambda render of `request` looks like, cheaply, for tests that do not look at
 * the pixels: a silent H.264 MP4 of the frames asked for, at the size and rate the
 * props' plan says (one flat frame repeated), or a flat PNG for a still.
 */
export const writeStandInOutput = async (request: LambdaMediaRequest | LambdaStillRequest, file: string): Promise<void> => {
	const {fps, width, height, durationInFrames} = plannedOf(request.inputProps);
	const size = {width: Math.round(width * request.scale), height: Math.round(height * request.scale)};
	if (!('frameRange' in request)) {
		await writeFile(file, flatPng(size));
		return;
	}
	const [first, last] = request.frameRange ?? [0, durationInFrames - 1];
	const frame = `${file}.frame.png`;
	await writeFile(frame, flatPng(size));
	try {
		await runFfmpeg({
			type: 'ffmpeg',
			args: [
				...['-nostdin', '-v', 'error', '-y', '-loop', '1', '-framerate', String(fps), '-i', path.resolve(frame)],
				...['-frames:v', String(last - first + 1), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-f', 'mp4', path.resolve(file)],
			],
		});
	} finally {
		await rm(frame, {force: true});
	}
};
