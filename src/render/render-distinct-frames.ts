import {makeCancelSignal, renderFrames, stitchFramesToVideo} from '@remotion/renderer';
import {execFile} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, rm} from 'node:fs/promises';
import type {Socket} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {listDistinctFrames} from '../plan/list-distinct-frames';
import {withSoundTrack} from './audio/mux-sound-track';
import {browserOptions} from './browser';
import {openFifoWriter} from './open-fifo-writer';
import {cleanDownloadMap, downloadMapFolder, makeDownloadMap} from './remotion-internals';
import {removeOnExit} from './remove-on-exit';
import {type RenderVideoOptions, windowOf} from './render-video-options';

const run = promisify(execFile);

/**
 * The fast path. Remotion draws only the distinct frames (`renderFrames` with a frame
 * list: every moving frame and the first frame of each still range) and hands each one
 * over as a buffer; the encoder, started at the same time, reads them from a named
 * pipe, each JPEG written once per video frame it covers, so a still frame is drawn
 * once and encoding runs alongside drawing. `stitchFramesToVideo` encodes with the
 * FFmpeg arguments `renderMedia` uses; only its input becomes the pipe.
 */
export const renderDistinctFrames = async ({
	serveUrl,
	browser,
	composition,
	stills,
	outputPath,
	scale = 1,
	frameRange = null,
	concurrency = null,
	onProgress,
	cancelSignal,
	log,
	soundTrack = null,
}: RenderVideoOptions): Promise<void> => {
	const [first, last] = windowOf({frameRange, durationInFrames: composition.durationInFrames});
	const {runs} = listDistinctFrames({stills, firstFrame: first, lastFrame: last});
	const frames = runs.map((r) => r.frame);
	const totalFrames = runs.reduce((sum, r) => sum + r.count, 0);
	log?.(`drawing ${frames.length} distinct frames for ${totalFrames} video frames`);
	const work = await mkdtemp(path.join(tmpdir(), 'talkreel-frames-'));
	// The frame pipe's folder and the download map's go whatever happens, even on a forced exit.
	const releaseWork = removeOnExit(work);
	const downloadMap = makeDownloadMap();
	const releaseDownloadMap = removeOnExit(downloadMapFolder(downloadMap));
	const fifo = path.join(work, 'frames.pipe');
	await run('mkfifo', [fifo]);
	const stitcher = makeCancelSignal();
	const stopStitcher = () => stitcher.cancel();
	cancelSignal?.(stopStitcher);
	let pipe: Socket | undefined;
	let pipeError: unknown;
	let written = 0;
	const encoding = stitchFramesToVideo({
		fps: composition.fps,
		width: Math.round(composition.width * scale),
		height: Math.round(composition.height * scale),
		outputLocation: outputPath,
		force: true,
		codec: 'h264',
		muted: true,
		assetsInfo: {
			assets: Array.from({length: totalFrames}, (_, frame) => ({frame, audioAndVideoAssets: [], artifactAssets: [], inlineAudioAssets: []})),
			imageSequenceName: fifo,
			firstFrameIndex: 0,
			downloadMap,
			chunkLengthInSeconds: totalFrames / composition.fps,
			trimLeftOffset: 0,
			trimRightOffset: 0,
			forSeamlessAacConcatenation: false,
		},
		ffmpegOverride: ({args}) => withSoundTrack({args: readFromPipe({args}), track: soundTrack}),
		onProgress: (done) => {
			if (written === totalFrames) onProgress?.({stage: 'encoding', done, total: totalFrames, drawnFrames: frames.length});
		},
		cancelSignal: stitcher.cancelSignal,
	});
	// Settles (always rejecting) when the encoder stops: a writer waiting on it gives up.
	const encoderStopped = encoding.then(
		() => Promise.reject(new Error('RENDER: the encoder stopped before every frame was written')),
		(error: unknown) => Promise.reject(error),
	);
	encoderStopped.catch(() => {});
	try {
		const writer = await openFifoWriter({fifo, until: encoderStopped});
		pipe = writer;
		writer.on('error', (error) => {
			pipeError ??= error;
		});
		// Frames may finish out of order when tabs render in parallel: write in order.
		const indexOf = new Map(frames.map((frame, i) => [frame, i]));
		const ready = new Map<number, Buffer>();
		let next = 0;
		const flush = async () => {
			for (let buffer = ready.get(next); buffer !== undefined; buffer = ready.get(next)) {
				ready.delete(next);
				const {count} = runs[next]!;
				for (let i = 0; i < count; i++) {
					if (pipeError !== undefined) throw pipeError;
					if (!writer.write(buffer)) await Promise.race([once(writer, 'drain'), encoderStopped]);
				}
				written += count;
				next++;
				onProgress?.({stage: 'rendering', done: written, total: totalFrames, drawnFrames: frames.length});
			}
		};
		// The writer runs on its own, so the browser draws the next frame while the
		// encoder takes in a still run; a failed write stops the drawing.
		let writing: Promise<void> = Promise.resolve();
		let writeError: unknown;
		const drawing = makeCancelSignal();
		cancelSignal?.(drawing.cancel);
		const queue = () => {
			writing = writing
				.then(() => (writeError === undefined ? flush() : undefined))
				.catch((error: unknown) => {
					writeError ??= error;
					drawing.cancel();
				});
		};
		try {
			await renderFrames({
				serveUrl,
				composition,
				inputProps: composition.props,
				outputDir: null,
				imageFormat: 'jpeg',
				frames,
				scale,
				concurrency,
				onStart: () => {},
				onFrameUpdate: () => {},
				onFrameBuffer: (buffer, frame) => {
					// A copy: the buffer is written after this callback returns.
					ready.set(indexOf.get(frame) ?? -1, Buffer.from(buffer));
					queue();
				},
				cancelSignal: drawing.cancelSignal,
				...browserOptions(browser),
			});
		} catch (error) {
			// A failed write says why better than the drawing it cancelled.
			throw writeError ?? error;
		}
		await writing;
		if (writeError !== undefined) throw writeError;
		if (written !== totalFrames) throw new Error(`RENDER: ${written} of ${totalFrames} frames reached the encoder`);
		writer.end();
		await Promise.all([encoding, once(writer, 'close')]);
	} catch (error) {
		stopStitcher();
		pipe?.destroy();
		await encoding.catch(() => {});
		throw error;
	} finally {
		await rm(work, {recursive: true, force: true});
		releaseWork();
		cleanDownloadMap(downloadMap);
		releaseDownloadMap();
	}
};

/**
 * Rewrites the stitcher's input (`-f image2 … -start_number N -i PATTERN`) to read JPEGs
 * one after another from the pipe (`-f image2pipe -c:v mjpeg`); the frame rate, size and every
 * encoder argument (codec, CRF, pixel format, colour space) stay Remotion's.
 */
export const readFromPipe = ({args}: {args: string[]}): string[] => {
	const format = args.indexOf('image2');
	const start = args.indexOf('-start_number');
	if (format < 1 || args[format - 1] !== '-f' || start === -1) {
		throw new Error(`RENDER: unexpected stitcher arguments: ${args.slice(0, 12).join(' ')}`);
	}
	const out = [...args];
	out[format] = 'image2pipe';
	// A pipe cannot be probed by its file name: say the frames are JPEG.
	out.splice(start, 2, '-c:v', 'mjpeg');
	return out;
};
