import {rmSync} from 'node:fs';
import {createRequire} from 'node:module';

/**
 * The one file that reaches into Remotion's internals (`RenderInternals`), so an upgrade
 * that moves them breaks here and nowhere else.
 */

/**
 * Remotion looks for its FFmpeg by asking whether the C library is musl, which it reads
 * from `process.report.getReport()`, on every call: before each encoder, each fast-start
 * pass and each of our FFmpeg runs. A report lists every open socket (the browser's, the
 * bundle server's) with its addresses resolved: the clips of an hour-long episode spent
 * 4.1 s of the main thread in those reports, and one with five sockets open took 510 ms
 * (4.6 ms without the network part). Nothing here reads a report's network part, so it
 * is left out for the whole process.
 */
const leaveNetworkOutOfReports = (): void => {
	const report = process.report as (NodeJS.ProcessReport & {excludeNetwork?: boolean}) | undefined;
	if (report !== undefined) report.excludeNetwork = true;
};
// On load: every module that renders imports this one, before Remotion first asks.
leaveNetworkOutOfReports();

type Internals = typeof import('@remotion/renderer').RenderInternals;
let loaded: Internals | undefined;
/**
 * Remotion's renderer, loaded at the first call: a command that only reads and plans a
 * talk (`parse`, `plan`, `--help`) starts without it (it takes a fifth of a second to load).
 */
const RenderInternals = (): Internals => {
	loaded ??= (createRequire(import.meta.url)('@remotion/renderer') as typeof import('@remotion/renderer')).RenderInternals;
	return loaded;
};

/** Remotion's default audio sample rate, which the download map wants even for a silent video. */
export const REMOTION_SAMPLE_RATE = 48_000;

export type DownloadMap = ReturnType<Internals['makeDownloadMap']>;

/** A fresh download map, as `stitchFramesToVideo`'s `assetsInfo` needs one: it makes a `remotion-v*-assets*` folder in the temp folder. */
export const makeDownloadMap = (): DownloadMap => RenderInternals().makeDownloadMap(REMOTION_SAMPLE_RATE);

/** The folder of a download map, for cleanup when the process exits. */
export const downloadMapFolder = (map: DownloadMap): string => map.assetDir;

/** Deletes a download map's folder: `stitchFramesToVideo` leaves it (empty) when its input is overridden. */
export const cleanDownloadMap = (map: DownloadMap): void => {
	// What Remotion's own (unexported) cleanDownloadMap does; every folder is inside assetDir.
	map.cleanupController.abort();
	map.inlineAudioMixing.cleanup();
	rmSync(map.assetDir, {recursive: true, force: true});
};

/** The FFmpeg or FFprobe that ships with Remotion (a reduced build: check its filters before relying on one). */
export const remotionBinary = (type: 'ffmpeg' | 'ffprobe'): string =>
	RenderInternals().getExecutablePath({type, indent: false, logLevel: 'error', binariesDirectory: null});

/** The most browser tabs Remotion lets a render use on this machine (its CPU count, cgroup limits included). */
export const maxConcurrency = (): number => RenderInternals().getMaxConcurrency();
