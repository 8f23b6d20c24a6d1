import {renderMedia} from '@remotion/renderer';
import {type RenderBrowser, browserOptions} from '../../src/render/browser';
import type {Bundle} from '../../src/render/bundle-project';
import type {Composition} from '../../src/render/render-video-options';

/**
 * What a Remotion Lambda function does with a video request, here: Remotion's
 * `renderMedia` on the composition chosen with the props as sent, muted H.264 (the sound
 * is muxed by talkreel afterwards), one tab.
 */
export const renderLikeLambda = async ({
	bundle,
	browser,
	composition,
	inputProps,
	scale,
	frameRange,
	file,
}: {
	bundle: Bundle;
	browser: RenderBrowser;
	composition: Composition;
	inputProps: Record<string, unknown>;
	scale: number;
	frameRange: [number, number] | null;
	file: string;
}): Promise<void> => {
	await renderMedia({
		serveUrl: bundle.serveUrl,
		composition,
		inputProps,
		codec: 'h264',
		muted: true,
		outputLocation: file,
		scale,
		frameRange,
		concurrency: 1,
		...browserOptions(browser),
	});
};
