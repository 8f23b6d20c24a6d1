import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {frameTimestamp, matroskaFrame, matroskaHeader, readMatroskaFrames} from '../../src/render/matroska-frames';
import {runFfmpeg} from '../../src/render/audio/run-ffmpeg';
import {STILL_CONTENT_ENCODER} from '../../src/render/render-distinct-frames';
import {probeVideo, readLumaFrames} from '../support/inspect-video';

// The stitcher's arguments as Remotion 4.0.527 writes them for an image sequence.
const STITCHER_ARGS = [
	'-r',
	'30',
	'-f',
	'image2',
	'-s',
	'64x48',
	'-start_number',
	'0',
	'-i',
	'frames.pipe',
	'-an',
	'-c:v',
	'libx264',
	'-pix_fmt',
	'yuv420p',
	'-video_track_timescale',
	'90000',
	'-crf',
	'18',
	'-y',
	'-f',
	'mp4',
	'out.mp4',
];

describe('readMatroskaFrames', () => {
	test('reads the stream, keeps every encoder argument, repeats frames at the output rate', () => {
		expect(readMatroskaFrames({args: STITCHER_ARGS, input: 'in.mkv', frames: 8, encoder: ['-preset', 'veryfast']})).toEqual([
			'-f',
			'matroska',
			'-i',
			'in.mkv',
			'-an',
			'-c:v',
			'libx264',
			'-pix_fmt',
			'yuv420p',
			'-video_track_timescale',
			'90000',
			'-crf',
			'18',
			'-preset',
			'veryfast',
			'-fps_mode',
			'cfr',
			'-r',
			'30',
			'-frames:v',
			'8',
			'-y',
			'-f',
			'mp4',
			'out.mp4',
		]);
	});

	test('arguments of another shape are refused, not guessed at', () => {
		expect(() => readMatroskaFrames({args: ['-f', 'image2', ...STITCHER_ARGS.slice(4)], input: 'x', frames: 1})).toThrow(/unexpected stitcher arguments/);
		expect(() => readMatroskaFrames({args: STITCHER_ARGS.filter((a) => a !== '-y'), input: 'x', frames: 1})).toThrow(/expected -y/);
	});

	test('frame times are whole microseconds, rounded, at any rate', () => {
		expect(frameTimestamp({frame: 1, fps: 30})).toBe(33_333);
		expect(frameTimestamp({frame: 2, fps: 30})).toBe(66_667);
		expect(frameTimestamp({frame: 5347, fps: 30})).toBe(178_233_333);
		expect(frameTimestamp({frame: 3, fps: 24})).toBe(125_000);
	});
});

describe('a Matroska frame stream through the encoder', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'talkreel-mkv-'));
	});
	afterAll(async () => {
		await rm(dir, {recursive: true, force: true});
	});

	/** A 64×48 JPEG of one grey level. */
	const greyJpeg = async (level: number): Promise<Buffer> => {
		const png = new PNG({width: 64, height: 48});
		png.data.fill(255);
		for (let i = 0; i < 64 * 48; i++) png.data.fill(level, i * 4, i * 4 + 3);
		const pngFile = path.join(dir, `g${level}.png`);
		const jpegFile = path.join(dir, `g${level}.jpeg`);
		await writeFile(pngFile, PNG.sync.write(png));
		await runFfmpeg({type: 'ffmpeg', args: ['-v', 'error', '-y', '-i', pngFile, '-q:v', '2', jpegFile]});
		return readFile(jpegFile);
	};

	test('each frame written once is repeated until the next one starts, the last one to the end', async () => {
		// Runs of one picture each: short, long, single frames next to long runs.
		const runs = [
			{frame: 0, count: 1, level: 40},
			{frame: 1, count: 5, level: 120},
			{frame: 6, count: 1, level: 210},
			{frame: 7, count: 37, level: 80},
			{frame: 44, count: 2, level: 160},
		];
		const total = 46;
		const jpegs = await Promise.all(runs.map((r) => greyJpeg(r.level)));
		const chunks = [
			matroskaHeader({width: 64, height: 48}),
			...runs.flatMap((r, i) => matroskaFrame({jpeg: jpegs[i]!, frame: r.frame, count: r.count, fps: 30})),
		];
		const stream = path.join(dir, 'frames.mkv');
		await writeFile(stream, Buffer.concat(chunks));
		const out = path.join(dir, 'out.mp4');
		const args = readMatroskaFrames({
			args: STITCHER_ARGS.map((a) => (a === 'out.mp4' ? out : a)),
			input: stream,
			frames: total,
			encoder: STILL_CONTENT_ENCODER,
		});
		await runFfmpeg({type: 'ffmpeg', args: ['-v', 'error', ...args]});
		const facts = await probeVideo(out);
		expect(facts.frameCount).toBe(total);
		expect(facts.frameRate).toBe('30/1');
		const levels = (await readLumaFrames({file: out})).map((luma) => Math.round(luma.reduce((sum, v) => sum + v, 0) / luma.length));
		const expected = runs.flatMap((r) => Array<number>(r.count).fill(r.level));
		// Limited-range luma of a grey level g is 16 + g × 219/255; JPEG and H.264 round.
		for (const [i, level] of levels.entries()) expect(Math.abs(level - expected[i]!)).toBeLessThanOrEqual(3);
	});
});
