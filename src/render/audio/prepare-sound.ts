import {copyFile, link, mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {InternalError} from '../../errors';
import type {PlannedVideo} from '../../plan/plan-schema';
import {type Mix, NO_MIX} from '../../video/sound/mix-schema';
import {type AudioTrack, buildAudioTrack} from './build-audio-track';
import {TRACK_CHANNELS, TRACK_SAMPLE_RATE} from './decode-audio';
import type {ProbedMedia} from './probe-media';
import type {SoundCache} from './sound-cache';
import {encodeWav} from './wav';

/** The files a plan's `sound` names, as the CLI found and checked them. */
export type SoundFiles = {media: ProbedMedia | null; music: ProbedMedia | null};

const NO_SOUND_FILES: SoundFiles = {media: null, music: null};

/**
 * How a renderer gives a video its sound: `muxed`, the track built in Node goes into the
 * file beside the frames (the composition draws silently); `composition`, the
 * composition plays its own `<Audio>`, at the gains the Node mixer measured, from the
 * files staged in its bundle.
 */
export type SoundMode = 'muxed' | 'composition';

/** A video's sound, built in Node before any frame is drawn. */
export type VideoSound = {
	/** The track built from the plan (null for a silent video): its samples, to measure a clip's level band from. */
	track: AudioTrack | null;
	/** The track as a WAV to mux (`muxed`; null for a silent video or a `composition` renderer). */
	soundTrack: string | null;
	/** What the composition is told: whether it mounts its `<Audio>` (`composition`), and the gains the track was mixed with. */
	props: {withAudio: boolean; mix: Mix};
	/** Puts the files the plan names into the bundle, where `<Audio>` finds them (`composition`; nothing to do for `muxed`). */
	stage: (serveUrl: string) => Promise<void>;
	/** Removes the track's temporary folder. */
	cleanup: () => Promise<void>;
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
 * The sound step of the render pipeline: the sound of frames `window` of a planned video,
 * built in Node from its `sound` (`buildAudioTrack`: its spans decoded from `files`,
 * faded, brought to the speech loudness, the music laid under, the peaks limited), made
 * before anything is bundled, so a recording that cannot be played fails first. A
 * `muxed` renderer gets it as a WAV in a temporary folder (`cleanup` removes it); a
 * `composition` renderer gets the gains for its `<Audio>` and the files staged in the
 * bundle (`stage`, once the bundle exists). A silent video gives nothing.
 */
export const prepareVideoSound = async ({
	video,
	files = NO_SOUND_FILES,
	window,
	mode,
	cache,
	log = () => {},
}: {
	video: PlannedVideo;
	files?: SoundFiles | undefined;
	/** Inclusive frames rendered (`--frames`), or all of them. */
	window: [number, number];
	mode: SoundMode;
	/** A clip batch's shared decodes and loudness (`openSoundCache`); a single video needs none. */
	cache?: SoundCache | undefined;
	log?: (line: string) => void;
}): Promise<VideoSound> => {
	const {sound, fps, durationInFrames} = video;
	const withAudio = mode === 'composition';
	if (sound === undefined) return {track: null, soundTrack: null, props: {withAudio, mix: NO_MIX}, stage: async () => {}, cleanup: async () => {}};
	const media = sound.media === null ? null : fileFor({src: sound.media, file: files.media, what: 'the recording'});
	const music = sound.music === null ? null : {bed: sound.music, file: fileFor({src: sound.music.src, file: files.music, what: 'the music'})};
	const track = await buildAudioTrack({spans: sound.spans, media, music, fps, durationInFrames, window, cache});
	const db = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '−∞');
	log(
		`sound: ${sound.spans.length} spans${music === null ? '' : ' and a music bed'}; speech ${db(track.speechLufsBefore)} → ${db(track.speechLufs)} LUFS, peak ${db(track.samplePeakDb)} dBFS${track.limitedFrames > 0 ? ` (${track.limitedFrames} samples limited)` : ''}`,
	);
	const props = {withAudio, mix: {speechGainDb: track.speechGainDb, musicGainDb: track.musicGainDb}};
	if (mode === 'composition') {
		return {track, soundTrack: null, props, stage: (serveUrl) => stageFiles({serveUrl, files: [files.media, files.music]}), cleanup: async () => {}};
	}
	// Only a muxing renderer has a track to write.
	const workDir = await mkdtemp(path.join(tmpdir(), 'talkreel-sound-'));
	const cleanup = () => rm(workDir, {recursive: true, force: true});
	try {
		const soundTrack = path.join(workDir, 'sound.wav');
		await writeFile(soundTrack, encodeWav({samples: track.samples, sampleRate: TRACK_SAMPLE_RATE, channels: TRACK_CHANNELS}));
		return {track, soundTrack, props, stage: async () => {}, cleanup};
	} catch (error) {
		await cleanup();
		throw error;
	}
};
