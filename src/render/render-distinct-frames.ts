import {InternalError} from '../errors';
import {type CancelSignal, makeCancelSignal, renderFrames, stitchFramesToVideo} from '@remotion/renderer';
import {execFile} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, rm} from 'node:fs/promises';
import type {Socket} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {type FrameRun, listDistinctFrames} from '../plan/list-distinct-frames';
import {withSoundTrack} from './audio/mux-sound-track';
import {type RenderBrowser, browserOptions, tabsFor} from './browser';
import {collectGarbage} from './collect-garbage';
import {matroskaFrame, matroskaHeader, readMatroskaFrames} from './matroska-frames';
import {openFifoWriter} from './open-fifo-writer';
import {cleanDownloadMap, downloadMapFolder, makeDownloadMap} from './remotion-internals';
import {removeOnExit} from './remove-on-exit';
import {type Composition, type RenderVideoOptions, windowOf} from './render-video-options';

const run = promisify(execFile);

/**
 * x264's `veryfast` preset instead of Remotion's default `medium`: a recap is mostly
 * repeated still frames, and at `medium` x264 spends ~20 ms of CPU on each 1080p repeat
 * (measured: the seed recap 109 s → 80 s on two cores). At the same CRF 18 the frames
 * stay within the drawing's own JPEG error (41.5 dB PSNR at worst against lossless
 * stills, for both presets); the file is a little larger. Two threads and a lookahead
 * of 5 frames (x264 picks 3 threads and 10 frames on two cores) hold its 1080p encoder
 * to about 212 MiB instead of 300, for the same CPU: the browser beside it draws in one
 * or two tabs, and every MiB it keeps is one the tabs cannot have.
 */
const stillContentEncoder = ({threads}: {threads: number}): readonly string[] => [
	'-preset',
	'veryfast',
	'-threads',
	String(threads),
	'-x264-params',
	'rc-lookahead=5:sync-lookahead=0',
];
/** With two threads; where encoders run side by side (a clip batch's), each takes one (`threads`). */
export const STILL_CONTENT_ENCODER = stillContentEncoder({threads: 2});

export type FrameEncoder = {
	/** Hands over one drawn frame (a JPEG), shown for `count` video frames from `frame` (0-based in this video); in order. */
	write: (run: {jpeg: Buffer; frame: number; count: number}) => Promise<void>;
	/** Every frame written: closes the stream and waits for the finished file. */
	finish: () => Promise<void>;
	/** Stops the encoder and discards what it wrote; for errors. */
	abort: () => Promise<void>;
};

/**
 * An H.264 encoder for one video of `totalFrames` frames at `outputPath`, fed drawn
 * frames through a named pipe as a Matroska stream in which each JPEG appears once,
 * stamped with the time its run starts and lasting as long as the run
 * (`matroska-frames.ts`): a still frame is decoded once and repeated by the encoder.
 * `stitchFramesToVideo` encodes with the FFmpeg arguments `renderMedia` uses; only its
 * input becomes the pipe, x264 takes a preset for still content, and a finished sound
 * track is muxed in. The frame pipe's folder and Remotion's download map are removed
 * whatever happens, even on a forced exit.
 */
export const openFrameEncoder = async ({
	fps,
	width,
	height,
	totalFrames,
	outputPath,
	soundTrack = null,
	threads = 2,
	cancelSignal,
	onEncoded,
}: {
	fps: number;
	width: number;
	height: number;
	totalFrames: number;
	outputPath: string;
	soundTrack?: string | null;
	/** x264's threads: 2 (STILL_CONTENT_ENCODER), fewer where several encoders share the cores. */
	threads?: number;
	cancelSignal?: CancelSignal;
	/** Frames encoded so far, once every frame has been written. */
	onEncoded?: (done: number) => void;
}): Promise<FrameEncoder> => {
	const work = await mkdtemp(path.join(tmpdir(), 'talkreel-frames-'));
	const releaseWork = removeOnExit(work);
	const downloadMap = makeDownloadMap();
	const releaseDownloadMap = removeOnExit(downloadMapFolder(downloadMap));
	const cleanup = async () => {
		await rm(work, {recursive: true, force: true});
		releaseWork();
		cleanDownloadMap(downloadMap);
		releaseDownloadMap();
	};
	const stitcher = makeCancelSignal();
	const fifo = path.join(work, 'frames.pipe');
	let written = 0;
	let encoding: Promise<unknown>;
	try {
		await run('mkfifo', [fifo]);
		cancelSignal?.(stitcher.cancel);
		encoding = stitchFramesToVideo({
			fps,
			width,
			height,
			outputLocation: outputPath,
			force: true,
			codec: 'h264',
			muted: true,
			assetsInfo: {
				assets: Array.from({length: totalFrames}, (_, frame) => ({frame, audioAndVideoAssets: [], artifactAssets: [], inlineAudioAssets: []})),
				imageSequenceName: fifo,
				firstFrameIndex: 0,
				downloadMap,
				chunkLengthInSeconds: totalFrames / fps,
				trimLeftOffset: 0,
				trimRightOffset: 0,
				forSeamlessAacConcatenation: false,
			},
			ffmpegOverride: ({args}) =>
				withSoundTrack({args: readMatroskaFrames({args, input: fifo, frames: totalFrames, encoder: stillContentEncoder({threads})}), track: soundTrack}),
			onProgress: (done) => {
				if (written === totalFrames) onEncoded?.(done);
			},
			cancelSignal: stitcher.cancelSignal,
		});
	} catch (error) {
		await cleanup();
		throw error;
	}
	// Settles (always rejecting) when the encoder stops: a writer waiting on it gives up.
	const encoderStopped = encoding.then(
		() => Promise.reject(new InternalError({code: 'RENDER', problem: 'the encoder stopped before every frame was written'})),
		(error: unknown) => Promise.reject(error),
	);
	encoderStopped.catch(() => {});
	let pipe: Socket | undefined;
	let pipeError: unknown;
	const abort = async () => {
		stitcher.cancel();
		pipe?.destroy();
		await encoding.catch(() => {});
		await cleanup();
	};
	try {
		pipe = await openFifoWriter({fifo, until: encoderStopped});
	} catch (error) {
		await abort();
		throw error;
	}
	const writer = pipe;
	writer.on('error', (error) => {
		pipeError ??= error;
	});
	const send = async (chunks: Buffer[]) => {
		for (const chunk of chunks) {
			if (pipeError !== undefined) throw pipeError;
			if (!writer.write(chunk)) await Promise.race([once(writer, 'drain'), encoderStopped]);
		}
	};
	await send([matroskaHeader({width, height})]).catch(async (error: unknown) => {
		await abort();
		throw error;
	});
	return {
		write: async ({jpeg, frame, count}) => {
			await send(matroskaFrame({jpeg, frame, count, fps}));
			written += count;
		},
		finish: async () => {
			try {
				if (written !== totalFrames) throw new InternalError({code: 'RENDER', problem: `${written} of ${totalFrames} frames reached the encoder`});
				writer.end();
				await Promise.all([encoding, once(writer, 'close')]);
				await cleanup();
			} catch (error) {
				await abort();
				throw error;
			}
		},
		abort,
	};
};

/**
 * Draws `frames` in the browser (one `renderFrames`: one page set-up for all of them)
 * and hands each JPEG to `take` in the order given, one at a time, while the browser
 * draws on: tabs may finish out of order, so finished frames wait for their turn. A
 * failed `take` stops the drawing and is the error thrown.
 */
export const drawFramesInOrder = async ({
	serveUrl,
	browser,
	composition,
	frames,
	scale,
	concurrency,
	cancelSignal,
	take,
}: {
	serveUrl: string;
	browser: RenderBrowser;
	composition: Composition;
	frames: number[];
	scale: number;
	concurrency: number | null;
	cancelSignal?: CancelSignal;
	take: (index: number, jpeg: Buffer) => Promise<void>;
}): Promise<void> => {
	// Whatever planning, the sound and choosing the composition left behind, collected
	// before the browser's tabs grow: V8 would keep it until pressure, at the render's peak.
	collectGarbage();
	const indexOf = new Map(frames.map((frame, i) => [frame, i]));
	const ready = new Map<number, Buffer>();
	let next = 0;
	const flush = async () => {
		for (let buffer = ready.get(next); buffer !== undefined; buffer = ready.get(next)) {
			ready.delete(next);
			await take(next, buffer);
			next++;
		}
	};
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
			concurrency: tabsFor(concurrency),
			onStart: () => {},
			onFrameUpdate: () => {},
			onFrameBuffer: (buffer, frame) => {
				// A copy: the buffer is used after this callback returns.
				ready.set(indexOf.get(frame) ?? -1, Buffer.from(buffer));
				queue();
			},
			cancelSignal: drawing.cancelSignal,
			...browserOptions(browser),
		});
	} catch (error) {
		// A failed hand-over says why better than the drawing it cancelled.
		throw writeError ?? error;
	}
	await writing;
	if (writeError !== undefined) throw writeError;
	if (next !== frames.length) throw new InternalError({code: 'RENDER', problem: `${next} of ${frames.length} drawn frames were handed over`});
};

/**
 * The fast path. Remotion draws only the distinct frames (every moving frame and the
 * first frame of each still range) and the encoder, started at the same time, repeats
 * each for its run (`openFrameEncoder`), so a still frame is drawn once and encoding
 * runs alongside drawing.
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
	const totalFrames = runs.reduce((sum, r) => sum + r.count, 0);
	log?.(`drawing ${runs.length} distinct frames for ${totalFrames} video frames`);
	const drawnFrames = runs.length;
	// The encoder starts while the browser sets up its first frame.
	const opening = openFrameEncoder({
		fps: composition.fps,
		width: Math.round(composition.width * scale),
		height: Math.round(composition.height * scale),
		totalFrames,
		outputPath,
		soundTrack,
		...(cancelSignal === undefined ? {} : {cancelSignal}),
		onEncoded: (done) => onProgress?.({stage: 'encoding', done, total: totalFrames, drawnFrames}),
	});
	opening.catch(() => {});
	let written = 0;
	try {
		await drawFramesInOrder({
			serveUrl,
			browser,
			composition,
			frames: runs.map((r) => r.frame),
			scale,
			concurrency,
			...(cancelSignal === undefined ? {} : {cancelSignal}),
			take: async (index, jpeg) => {
				const {frame, count}: FrameRun = runs[index]!;
				await (await opening).write({jpeg, frame: frame - first, count});
				written += count;
				onProgress?.({stage: 'rendering', done: written, total: totalFrames, drawnFrames});
			},
		});
	} catch (error) {
		await opening.then((encoder) => encoder.abort()).catch(() => {});
		throw error;
	}
	await (await opening).finish();
};
