import {renderMedia} from '@remotion/renderer';
import {restoreAacPriming} from './audio/aac-priming';
import {browserOptions} from './browser';
import {renderDistinctFrames} from './render-distinct-frames';
import {type RenderVideoOptions, windowOf} from './render-video-options';
import {writeFileAtomic} from './write-file-atomic';

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
		// Sound where the plan puts it: the AAC encoder's priming is skipped at the mux.
		ffmpegOverride: restoreAacPriming,
		onProgress: (p) =>
			onProgress?.(
				p.renderedDoneIn === null
					? {stage: 'rendering', done: p.renderedFrames, total, drawnFrames: total}
					: {stage: 'encoding', done: p.encodedFrames, total, drawnFrames: total},
			),
		...browserOptions(browser),
	});
};
