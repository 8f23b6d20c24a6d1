import {makeCancelSignal, renderFrames, renderMedia, RenderInternals, stitchFramesToVideo, type CancelSignal} from '@remotion/renderer';
import {execFile} from 'node:child_process';
import {once} from 'node:events';
import {createWriteStream} from 'node:fs';
import {mkdtemp, open, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {listDistinctFrames} from '../plan/list-distinct-frames';
import type {FrameRange} from '../plan/plan-schema';
import type {RecapBrowser} from './render-recap';

const run = promisify(execFile);
/** Remotion's default audio sample rate; there is no audio, but the download map wants one. */
const DEFAULT_SAMPLE_RATE = 48_000;
import {writeFileAtomic} from './write-output';

/**
 * `fast` draws each distinct frame once and lets the encoder repeat still frames;
 * `remotion` is Remotion's plain `renderMedia`, for comparison and as a fallback.
 */
export const RENDERERS = ['fast', 'remotion'] as const;
export type RendererName = (typeof RENDERERS)[number];

export type VideoProgress = {
	stage: 'rendering' | 'encoding';
	/** Video frames done in this stage, of `total`. */
	done: number;
	total: number;
	/** Frames the browser draws for the whole video (fewer than `total` when the fast renderer skips still frames). */
	drawnFrames: number;
};

type Composition = Awaited<ReturnType<typeof import('@remotion/renderer').selectComposition>>;

export type RenderVideoOptions = {
	serveUrl: string;
	browser: RecapBrowser;
	/** From `selectComposition`, with the props `calculateMetadata` resolved. */
	composition: Composition;
	/** Absolute frame ranges where the picture does not change (the plan's promise). */
	stills: FrameRange[];
	outputPath: string;
	scale?: number;
	/** Inclusive `[first, last]`, one frame, or null for all. */
	frameRange?: [number, number] | number | null;
	concurrency?: number | null;
	renderer?: RendererName;
	onProgress?: (progress: VideoProgress) => void;
	cancelSignal?: CancelSignal;
	log?: (line: string) => void;
};

const windowOf = ({frameRange, durationInFrames}: {frameRange: RenderVideoOptions['frameRange']; durationInFrames: number}): [number, number] => {
	if (frameRange === null || frameRange === undefined) return [0, durationInFrames - 1];
	if (typeof frameRange === 'number') return [frameRange, frameRange];
	return frameRange;
};

/**
 * Renders `composition` to an H.264 MP4 at `outputPath`, written atomically (a temporary
 * file beside it, renamed on success). Both renderers give the same file: same size,
 * frame rate, frame count, codec, pixel format and encoder settings.
 */
export const renderVideo = async (options: RenderVideoOptions): Promise<void> => {
	const {renderer = 'fast'} = options;
	await writeFileAtomic({
		target: options.outputPath,
		write: (tempPath) => (renderer === 'fast' ? renderDistinctFrames({...options, outputPath: tempPath}) : renderPlain({...options, outputPath: tempPath})),
	});
};

const browserOptions = (browser: RecapBrowser) => ({
	puppeteerInstance: browser.browser,
	browserExecutable: browser.choice.browserExecutable,
	chromeMode: browser.choice.chromeMode,
	logLevel: 'error' as const,
});

const renderPlain = async ({
	serveUrl,
	browser,
	composition,
	outputPath,
	scale = 1,
	frameRange = null,
	concurrency = null,
	onProgress,
	cancelSignal,
}: RenderVideoOptions): Promise<void> => {
	const [first, last] = windowOf({frameRange, durationInFrames: composition.durationInFrames});
	const total = last - first + 1;
	await renderMedia({
		serveUrl,
		composition,
		inputProps: composition.props,
		codec: 'h264',
		outputLocation: outputPath,
		overwrite: true,
		scale,
		frameRange,
		concurrency,
		...(cancelSignal === undefined ? {} : {cancelSignal}),
		onProgress: (p) =>
			onProgress?.(
				p.renderedDoneIn === null
					? {stage: 'rendering', done: p.renderedFrames, total, drawnFrames: total}
					: {stage: 'encoding', done: p.encodedFrames, total, drawnFrames: total},
			),
		...browserOptions(browser),
	});
};

/**
 * The fast path. Remotion draws only the distinct frames (`renderFrames` with a frame
 * list: every moving frame and the first frame of each still range) and hands each one
 * over as a buffer; the encoder, started at the same time, reads them from a named
 * pipe, each JPEG written once per video frame it covers, so a still frame is drawn
 * once and encoding runs alongside drawing. `stitchFramesToVideo` encodes with the
 * FFmpeg arguments `renderMedia` uses; only its input becomes the pipe.
 */
const renderDistinctFrames = async ({
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
}: RenderVideoOptions): Promise<void> => {
	const [first, last] = windowOf({frameRange, durationInFrames: composition.durationInFrames});
	const {runs} = listDistinctFrames({stills, firstFrame: first, lastFrame: last});
	const frames = runs.map((r) => r.frame);
	const totalFrames = runs.reduce((sum, r) => sum + r.count, 0);
	log?.(`drawing ${frames.length} distinct frames for ${totalFrames} video frames`);
	const work = await mkdtemp(path.join(tmpdir(), 'talkreel-frames-'));
	const fifo = path.join(work, 'frames.pipe');
	await run('mkfifo', [fifo]);
	const stitcher = makeCancelSignal();
	const stopStitcher = () => stitcher.cancel();
	cancelSignal?.(stopStitcher);
	const downloadMap = RenderInternals.makeDownloadMap(DEFAULT_SAMPLE_RATE);
	const pipe = createWriteStream(fifo);
	const pipeOpen = once(pipe, 'open');
	let pipeError: unknown;
	pipe.on('error', (error) => {
		pipeError ??= error;
	});
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
		ffmpegOverride: ({args}) => readFromPipe({args}),
		onProgress: (done) => {
			if (written === totalFrames) onProgress?.({stage: 'encoding', done, total: totalFrames, drawnFrames: frames.length});
		},
		cancelSignal: stitcher.cancelSignal,
	}).catch(async (error: unknown) => {
		// Unblock a writer still waiting for the encoder to open the pipe.
		await open(fifo, 'r').then(
			(h) => h.close(),
			() => {},
		);
		throw error;
	});
	// Settles (always rejecting) when the encoder stops: a writer waiting on it gives up.
	const encoderStopped = encoding.then(
		() => Promise.reject(new Error('RENDER: the encoder stopped before every frame was written')),
		(error: unknown) => Promise.reject(error),
	);
	encoderStopped.catch(() => {});
	try {
		await Promise.race([pipeOpen, encoderStopped]);
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
					if (!pipe.write(buffer)) await Promise.race([once(pipe, 'drain'), encoderStopped]);
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
		pipe.end();
		await Promise.all([encoding, once(pipe, 'close')]);
	} catch (error) {
		stopStitcher();
		pipe.destroy();
		await encoding.catch(() => {});
		throw error;
	} finally {
		await rm(work, {recursive: true, force: true});
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
