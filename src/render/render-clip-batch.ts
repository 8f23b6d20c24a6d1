import {InternalError} from '../errors';
import type {CancelSignal} from '@remotion/renderer';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {FrameRange} from '../plan/plan-schema';
import {type FrameRun, listDistinctFrames} from '../plan/list-distinct-frames';
import {runFfmpeg} from './audio/run-ffmpeg';
import type {RenderBrowser} from './browser';
import {type FrameEncoder, drawFramesInOrder, openFrameEncoder} from './render-distinct-frames';
import type {Composition, VideoProgress} from './render-video-options';
import {limitRunning} from './limit-running';
import {writeFileAtomic} from './write-file-atomic';

/** One clip of a batch: its length and still ranges (its own frames, from 0), and where its files go. */
export type BatchClip = {
	durationInFrames: number;
	stills: FrameRange[];
	/** The MP4 and the PNG share card (its last frame), each written atomically. */
	videoPath: string;
	cardPath: string;
	/** The clip's finished sound track (WAV), or null for a silent clip. */
	soundTrack: string | null;
};

export type BatchClipResult = {error: null; ms: number} | {error: Error; ms: number};

type Deferred = {promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void};

const deferred = (): Deferred => {
	let resolve = () => {};
	let reject: (error: unknown) => void = () => {};
	const promise = new Promise<void>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	promise.catch(() => {});
	return {promise, resolve, reject};
};

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * A clip is its MP4 and its card together: when one of them failed (or the batch was
 * stopped while it was written), the other, written by this run, goes too — no card
 * without its video. Resolves to the first error, or null when both are whole.
 */
const settlePair = async ({clip, video, card}: {clip: BatchClip; video: Promise<void>; card: Promise<void>}): Promise<unknown> => {
	const [videoResult, cardResult] = await Promise.allSettled([video, card]);
	const failed = [videoResult, cardResult].find((result) => result.status === 'rejected');
	if (failed === undefined) return null;
	if (videoResult.status === 'fulfilled') await rm(clip.videoPath, {force: true});
	if (cardResult.status === 'fulfilled') await rm(clip.cardPath, {force: true});
	return failed.reason;
};

/** A drawn JPEG as a PNG file (the share card), by Remotion's FFmpeg: full-range colour, the pixels as drawn. */
const writeCard = async ({jpeg, target}: {jpeg: Buffer; target: string}): Promise<void> => {
	const work = await mkdtemp(path.join(tmpdir(), 'talkreel-card-'));
	try {
		const source = path.join(work, 'frame.jpeg');
		await writeFile(source, jpeg);
		await writeFileAtomic({
			target,
			write: (temp) =>
				// FFmpeg runs in its own folder: the card's path must be absolute (`clips -o out/x` gives a relative one).
				runFfmpeg({
					type: 'ffmpeg',
					args: ['-v', 'error', '-y', '-i', source, '-frames:v', '1', '-c:v', 'png', '-pix_fmt', 'rgb24', '-f', 'image2', path.resolve(temp)],
				}).then(() => {}),
		});
	} finally {
		await rm(work, {recursive: true, force: true});
	}
};

/**
 * At most this many clips' encoders run at once: the clip being drawn and the one before
 * it, still encoding its repeated frames. A clip draws a few dozen frames for hundreds it
 * encodes, so without a bound the encoders of several clips (x264 holds about 200 MiB at
 * 1080p) pile up behind the drawing; on two cores they gain nothing by running together.
 * Each takes one thread of x264, as two share the cores with the browser.
 */
const MAX_RUNNING_ENCODERS = 2;

/**
 * Renders a batch of clips drawn back to back in one composition (`Quotes-<shape>`):
 * one page and one `renderFrames` for all of them, so a clip costs no bundle, tab,
 * composition selection or browser start-up of its own. The distinct frames of every
 * clip are drawn in one pass and cut into one MP4 per clip: each clip's encoder starts
 * when its first frame is drawn (once fewer than MAX_RUNNING_ENCODERS are running) and
 * finishes while the next clip is drawn, and its share
 * card is its last frame, already drawn. A clip whose encoder fails is reported and the
 * others go on; a failed drawing fails the clips not yet finished. Resolves, per clip, to
 * its error or null.
 */
export const renderClipBatch = async ({
	serveUrl,
	browser,
	composition,
	clips,
	scale,
	concurrency,
	cancelSignal,
	onProgress,
	onClipDone,
}: {
	serveUrl: string;
	browser: RenderBrowser;
	/** `Quotes-<shape>` with these clips (`plannedComposition`): as long as all of them together. */
	composition: Composition;
	clips: BatchClip[];
	scale: number;
	concurrency: number | null;
	cancelSignal?: CancelSignal;
	onProgress?: (clip: number, progress: VideoProgress) => void;
	onClipDone?: (clip: number, result: BatchClipResult) => void;
}): Promise<BatchClipResult[]> => {
	const total = clips.reduce((sum, c) => sum + c.durationInFrames, 0);
	if (total !== composition.durationInFrames)
		throw new InternalError({code: 'RENDER', problem: `the batch's clips last ${total} frames, its composition ${composition.durationInFrames}`});
	// Each clip's distinct frames, in batch frames; no run crosses from one clip into the next.
	let offset = 0;
	const plans = clips.map((clip) => {
		const from = offset;
		offset += clip.durationInFrames;
		const stills = clip.stills.map((s) => ({from: s.from + from, durationInFrames: s.durationInFrames}));
		const {runs} = listDistinctFrames({stills, firstFrame: from, lastFrame: from + clip.durationInFrames - 1});
		return {from, runs};
	});
	const frames: {clip: number; run: FrameRun; last: boolean}[] = plans.flatMap((p, clip) =>
		p.runs.map((run, i) => ({clip, run, last: i === p.runs.length - 1})),
	);
	const scaled = {width: Math.round(composition.width * scale), height: Math.round(composition.height * scale)};

	const started = Date.now();
	const results: (BatchClipResult | undefined)[] = clips.map(() => undefined);
	const settle = (clip: number, error: unknown) => {
		if (results[clip] !== undefined) return;
		const result: BatchClipResult = error === null ? {error: null, ms: Date.now() - started} : {error: asError(error), ms: Date.now() - started};
		results[clip] = result;
		onClipDone?.(clip, result);
	};
	type Open = {encoder: Promise<FrameEncoder>; framesIn: Deferred; done: Promise<void>; written: number};
	const open = new Map<number, Open>();
	const pending: Promise<void>[] = [];
	const encoders = limitRunning(MAX_RUNNING_ENCODERS);

	/** Clip `clip`'s encoder, writing to a temporary file renamed when it and the card are done. */
	const start = (clip: number): Open => {
		const {durationInFrames, videoPath, soundTrack} = clips[clip]!;
		const framesIn = deferred();
		let resolveEncoder: (e: FrameEncoder) => void = () => {};
		let rejectEncoder: (e: unknown) => void = () => {};
		const encoder = new Promise<FrameEncoder>((res, rej) => {
			resolveEncoder = res;
			rejectEncoder = rej;
		});
		encoder.catch(() => {});
		const done = writeFileAtomic({
			target: videoPath,
			write: async (temp) => {
				const opened = await openFrameEncoder({
					fps: composition.fps,
					...scaled,
					totalFrames: durationInFrames,
					outputPath: temp,
					soundTrack,
					threads: 1,
					...(cancelSignal === undefined ? {} : {cancelSignal}),
					onEncoded: (done) => onProgress?.(clip, {stage: 'encoding', done, total: durationInFrames, drawnFrames: plans[clip]!.runs.length}),
				});
				resolveEncoder(opened);
				try {
					await framesIn.promise;
				} catch (error) {
					await opened.abort();
					throw error;
				}
				await opened.finish();
			},
		});
		done.catch(rejectEncoder);
		encoders.track(done);
		const entry: Open = {encoder, framesIn, done, written: 0};
		open.set(clip, entry);
		return entry;
	};

	let drawError: unknown;
	try {
		await drawFramesInOrder({
			serveUrl,
			browser,
			composition,
			frames: frames.map((f) => f.run.frame),
			scale,
			concurrency,
			...(cancelSignal === undefined ? {} : {cancelSignal}),
			take: async (index, jpeg) => {
				const {clip, run, last} = frames[index]!;
				if (results[clip] !== undefined) return; // failed already: its other frames go nowhere
				let entry = open.get(clip);
				if (entry === undefined) {
					await encoders.room();
					entry = start(clip);
				}
				try {
					const encoder = await entry.encoder;
					await encoder.write({jpeg, frame: run.frame - plans[clip]!.from, count: run.count});
					entry.written += run.count;
					onProgress?.(clip, {stage: 'rendering', done: entry.written, total: clips[clip]!.durationInFrames, drawnFrames: plans[clip]!.runs.length});
				} catch (error) {
					entry.framesIn.reject(error);
					pending.push(entry.done.catch(() => {}));
					settle(clip, error);
					return;
				}
				if (!last) return;
				// The clip's last run holds its last frame: the share card, as drawn.
				entry.framesIn.resolve();
				const card = writeCard({jpeg, target: clips[clip]!.cardPath});
				pending.push(settlePair({clip: clips[clip]!, video: entry.done, card}).then((error) => settle(clip, error)));
			},
		});
	} catch (error) {
		drawError = error;
		for (const entry of open.values()) entry.framesIn.reject(error);
	}
	await Promise.all(pending);
	await Promise.all([...open.values()].map((entry) => entry.done.catch(() => {})));
	for (const clip of clips.keys()) settle(clip, drawError ?? new InternalError({code: 'RENDER', problem: 'the clip was not drawn'}));
	return results as BatchClipResult[];
};
