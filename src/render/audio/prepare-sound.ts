import {InternalError} from '../../errors';
import {copyFile, link, mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {AudioSpan, Sound} from '../../plan/plan-schema';
import {NO_MIX} from '../../video/sound/mix-schema';
import {type AudioTrack, type Mix, buildAudioTrack} from './build-audio-track';
import {TRACK_CHANNELS, TRACK_SAMPLE_RATE} from './decode-audio';
import type {ProbedMedia} from './probe-media';
import {encodeWav} from './wav';

/** The files a plan's `sound` names, as the CLI found and checked them. */
export type SoundFiles = {media: ProbedMedia | null; music: ProbedMedia | null};

export const NO_SOUND_FILES: SoundFiles = {media: null, music: null};

/** A render's sound, made in Node before any frame is drawn. */
export type PreparedSound = {
	/** The track built from the plan (null for a silent video). */
	track: AudioTrack | null;
	/** The track as a WAV in `workDir`, for the fast renderer to mux (null for a silent video). */
	trackFile: string | null;
	/** The gains it was mixed with, for the plain renderer's `<Audio>`. */
	mix: Mix;
};

/** The file given for a plan's name, or a clear failure: the plan and the files must agree. */
const fileFor = ({src, file, what}: {src: string; file: ProbedMedia | null; what: string}): ProbedMedia => {
	if (file === null || file.src !== src)
		throw new InternalError({
			code: 'RENDER',
			problem: `the plan plays ${what} "${src}", but ${file === null ? 'no file was given for it' : `the file given is "${file.src}"`}`,
		});
	return file;
};

/** What a video's sound is made from: its plan's `sound` and spans, the files they name, and the frames rendered. */
export type SoundJob = {
	sound: Sound | undefined;
	spans: AudioSpan[];
	files: SoundFiles;
	fps: number;
	durationInFrames: number;
	/** Inclusive frames rendered (`--frames`), or all of them. */
	window: [number, number];
	log?: (line: string) => void;
};

/**
 * Builds the sound of frames `window` of a video whose plan says `sound` and `spans`
 * (`buildAudioTrack`) and, given a `workDir`, writes it there as a WAV (what the fast
 * renderer muxes; the plain one only needs the gains); a silent plan gives nothing.
 */
const prepareSound = async ({
	sound,
	spans,
	files,
	fps,
	durationInFrames,
	window,
	workDir,
	log = () => {},
}: SoundJob & {workDir: string | null}): Promise<PreparedSound> => {
	if (sound === undefined) return {track: null, trackFile: null, mix: NO_MIX};
	const media = sound.media === null ? null : fileFor({src: sound.media, file: files.media, what: 'the recording'});
	const music = sound.music === null ? null : {bed: sound.music, file: fileFor({src: sound.music.src, file: files.music, what: 'the music'})};
	const track = await buildAudioTrack({spans, media, music, fps, durationInFrames, window});
	const trackFile = workDir === null ? null : path.join(workDir, 'sound.wav');
	if (trackFile !== null) await writeFile(trackFile, encodeWav({samples: track.samples, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS}));
	const db = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '−∞');
	log(
		`sound: ${spans.length} spans${music === null ? '' : ' and a music bed'}; speech ${db(track.speechLufsBefore)} → ${db(track.speechLufs)} LUFS, peak ${db(track.samplePeakDb)} dBFS${track.limitedFrames > 0 ? ` (${track.limitedFrames} samples limited)` : ''}`,
	);
	return {track, trackFile, mix: {speechGainDb: track.speechGainDb, musicGainDb: track.musicGainDb}};
};

/**
 * Makes files reachable by `staticFile()` inside a bundle, under the names the plan uses
 * (`talkreel-media/<hash>.<ext>` in its public/ folder): a hard link where the file
 * system allows it, else a copy. The plain renderer's `<Audio>` and a clip's cover art
 * are read from there.
 */
export const stageFiles = async ({serveUrl, files}: {serveUrl: string; files: readonly ({file: string; src: string} | null)[]}): Promise<void> => {
	for (const file of files) {
		if (file === null) continue;
		const target = path.join(serveUrl, 'public', ...file.src.split('/'));
		const there = await stat(target).catch(() => null);
		if (there !== null) continue;
		await mkdir(path.dirname(target), {recursive: true});
		await link(file.file, target).catch(() => copyFile(file.file, target));
	}
};

/**
 * The sound of one render, made before anything is bundled: `prepareSound` in a
 * temporary folder, with what the renderer chosen needs: the fast one a track to mux,
 * the plain one the gains for its `<Audio>` and the files staged in the bundle
 * (`stage`, called once the bundle exists). `cleanup` removes the folder.
 */
export const prepareRenderSound = async ({
	renderer,
	...job
}: SoundJob & {renderer: 'fast' | 'remotion'}): Promise<{
	prepared: PreparedSound;
	soundTrack: string | null;
	withAudio: boolean;
	stage: (serveUrl: string) => Promise<void>;
	cleanup: () => Promise<void>;
}> => {
	const silent = {prepared: {track: null, trackFile: null, mix: NO_MIX}, soundTrack: null, withAudio: false, stage: async () => {}, cleanup: async () => {}};
	if (job.sound === undefined) return silent;
	// Only the fast renderer has a track to write.
	const workDir = renderer === 'fast' ? await mkdtemp(path.join(tmpdir(), 'talkreel-sound-')) : null;
	const cleanup = async () => {
		if (workDir !== null) await rm(workDir, {recursive: true, force: true});
	};
	const {files} = job;
	try {
		const prepared = await prepareSound({...job, workDir});
		return {
			prepared,
			soundTrack: renderer === 'fast' ? prepared.trackFile : null,
			withAudio: renderer === 'remotion',
			stage: (serveUrl) => (renderer === 'remotion' ? stageFiles({serveUrl, files: [files.media, files.music]}) : Promise.resolve()),
			cleanup,
		};
	} catch (error) {
		await cleanup();
		throw error;
	}
};
