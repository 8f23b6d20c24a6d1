import {RenderInternals} from '@remotion/renderer';

/**
 * The one file that reaches into Remotion's internals (`RenderInternals`), so an upgrade
 * that moves them breaks here and nowhere else.
 */

/** Remotion's default audio sample rate, which the download map wants even for a silent video. */
export const REMOTION_SAMPLE_RATE = 48_000;

/** A fresh download map, as `stitchFramesToVideo`'s `assetsInfo` needs one. */
export const makeDownloadMap = (): ReturnType<typeof RenderInternals.makeDownloadMap> => RenderInternals.makeDownloadMap(REMOTION_SAMPLE_RATE);

/** The FFmpeg or FFprobe that ships with Remotion (a reduced build: check its filters before relying on one). */
export const remotionBinary = (type: 'ffmpeg' | 'ffprobe'): string =>
	RenderInternals.getExecutablePath({type, indent: false, logLevel: 'error', binariesDirectory: null});
