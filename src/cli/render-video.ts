import {renderFrames, renderMedia, stitchFramesToVideo, type CancelSignal} from '@remotion/renderer';
import {link, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {listDistinctFrames} from '../plan/list-distinct-frames';
import type {FrameRange} from '../plan/plan-schema';
import type {RecapBrowser} from './render-recap';
import {writeFileAtomic} from './write-output';

/**
 * `fast` draws each distinct frame once and lets the encoder repeat still frames;
 * `remotion` is Remotion's plain `renderMedia`, for comparison and as a fallback.
 */
export const RENDERERS = ['fast', 'remotion'] as const;
export type RendererName = (typeof RENDERERS)[number];

export type VideoProgress = {
	stage: 'rendering' | 'encoding';
	/** Frames done in this stage, of `total` (distinct frames while rendering, video frames while encoding). */
	done: number;
	total: number;
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

const renderPlain = async ({serveUrl, browser, composition, outputPath, scale = 1, frameRange = null, concurrency = null, onProgress, cancelSignal}: RenderVideoOptions): Promise<void> => {
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
			onProgress?.(p.renderedDoneIn === null ? {stage: 'rendering', done: p.renderedFrames, total} : {stage: 'encoding', done: p.encodedFrames, total}),
		...browserOptions(browser),
	});
};

/**
 * The fast path. Remotion draws only the distinct frames (`renderFrames` with a frame
 * list: every moving frame and the first frame of each still range); the image
 * sequence for the encoder is then made of hard links, one per video frame, so a still
 * frame is drawn once and linked many times; `stitchFramesToVideo` encodes it with the
 * same FFmpeg arguments `renderMedia` uses.
 */
const renderDistinctFrames = async ({serveUrl, browser, composition, stills, outputPath, scale = 1, frameRange = null, concurrency = null, onProgress, cancelSignal, log}: RenderVideoOptions): Promise<void> => {
	const [first, last] = windowOf({frameRange, durationInFrames: composition.durationInFrames});
	const {runs} = listDistinctFrames({stills, firstFrame: first, lastFrame: last});
	const work = await mkdtemp(path.join(tmpdir(), 'talkreel-frames-'));
	try {
		const drawn = path.join(work, 'drawn');
		const sequence = path.join(work, 'sequence');
		await mkdir(drawn);
		await mkdir(sequence);
		const frames = runs.map((r) => r.frame);
		const {assetsInfo} = await renderFrames({
			serveUrl,
			composition,
			inputProps: composition.props,
			outputDir: drawn,
			imageFormat: 'jpeg',
			frames,
			scale,
			concurrency,
			imageSequencePattern: 'frame-[frame].[ext]',
			onStart: () => {},
			onFrameUpdate: (done) => onProgress?.({stage: 'rendering', done, total: frames.length}),
			...(cancelSignal === undefined ? {} : {cancelSignal}),
			...browserOptions(browser),
		});
		const hasAudio = assetsInfo.assets.some((a) => a.audioAndVideoAssets.length > 0 || a.inlineAudioAssets.length > 0);
		if (hasAudio) throw new Error('RENDER: the fast renderer has no audio support yet; render with --renderer remotion');

		// frame number → drawn file, whatever zero-padding Remotion chose.
		const files = new Map<number, string>();
		for (const name of await readdir(drawn)) {
			const m = /^frame-(\d+)\.jpeg$/.exec(name);
			if (m) files.set(Number(m[1]), path.join(drawn, name));
		}
		let index = 0;
		for (const run of runs) {
			const file = files.get(run.frame);
			if (file === undefined) throw new Error(`RENDER: frame ${run.frame} was not drawn`);
			for (let i = 0; i < run.count; i++) {
				await link(file, path.join(sequence, `element-${String(index).padStart(6, '0')}.jpeg`));
				index++;
			}
		}
		log?.(`drew ${frames.length} distinct frames for ${index} video frames`);

		// renderFrames has cleaned up its download map; the stitcher writes its
		// fast-start intermediate file there.
		await mkdir(assetsInfo.downloadMap.stitchFrames, {recursive: true});
		const width = Math.round(composition.width * scale);
		const height = Math.round(composition.height * scale);
		await stitchFramesToVideo({
			fps: composition.fps,
			width,
			height,
			outputLocation: outputPath,
			force: true,
			codec: 'h264',
			assetsInfo: {
				...assetsInfo,
				assets: Array.from({length: index}, (_, frame) => ({frame, audioAndVideoAssets: [], artifactAssets: [], inlineAudioAssets: []})),
				imageSequenceName: path.join(sequence, 'element-%06d.jpeg'),
				firstFrameIndex: 0,
				chunkLengthInSeconds: index / composition.fps,
			},
			onProgress: (done) => onProgress?.({stage: 'encoding', done, total: index}),
			...(cancelSignal === undefined ? {} : {cancelSignal}),
		});
	} finally {
		await rm(work, {recursive: true, force: true});
	}
};
