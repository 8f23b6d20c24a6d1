import {existsSync} from 'node:fs';
import {formatSeconds} from '../render/bundle-project';
import path from 'node:path';
import type {MediaRef} from '../plan/plan-speech';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../render/audio/probe-media';
import type {SoundFiles} from '../render/audio/prepare-sound';
import {PROJECT_ROOT} from '../render/bundle-project';
import {type CoverFile, probeCover} from '../render/probe-cover';
import {COVER_EXTENSIONS, coverFileCandidates, lastTimeOf, mediaFileCandidates} from '../talk/media-file';
import {UserError} from '../errors';
import type {Talk} from '../talk/talk-schema';

/**
 * A subtitle's last cue often stays on screen a little after the voice stops, and a
 * recording may be cut a little short of it: a recording this much shorter than the
 * transcript's last time still plays (its spans end with the recording).
 */
export const MEDIA_END_SLACK_MS = 1000;

/** What a talk plays, found and checked in Node before anything is planned or bundled. */
export type TalkSound = {
	/** The files, for the renderer. */
	files: SoundFiles;
	/** What the planner is told of them. */
	media: MediaRef | null;
	music: {src: string} | null;
};

/** Where a recording was found: `--media`, beside the transcript, or the transcript's own `media:`. */
export type MediaSource = 'flag' | 'beside' | 'metadata';

/**
 * The talk's recording, by the one rule: `--media FILE`; else a file beside the
 * transcript with its name and an audio or video extension; else the metadata's `media:`
 * (relative to the transcript). The rule's guesses beside the transcript are only taken
 * when they exist. Null: no recording (and always with `--no-media`, `media: false`).
 */
export const findMediaFile = ({
	file,
	talk,
	media,
}: {
	file: string;
	talk: Talk;
	media: string | false | undefined;
}): {file: string; source: MediaSource} | null => {
	if (media === false) return null;
	if (media !== undefined) return {file: media, source: 'flag'};
	const candidates = mediaFileCandidates({file, talk});
	const beside = candidates.slice(0, talk.metadata.media === undefined ? candidates.length : -1);
	const found = beside.find((candidate) => existsSync(candidate));
	if (found !== undefined) return {file: found, source: 'beside'};
	const named = talk.metadata.media === undefined ? undefined : candidates[candidates.length - 1];
	return named === undefined ? null : {file: path.normalize(named), source: 'metadata'};
};

/** A media address that is not a local file: `https://…`. */
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Finds and checks the talk's recording (`findMediaFile`, `probeMedia`) and the music
 * bed (`--music`). A recording must be readable, have an audio track, and be as long as
 * the transcript's last time (less MEDIA_END_SLACK_MS); one given with `--media` for a
 * transcript without times is refused too, since nothing could be played in step. A
 * recording the transcript's metadata names but that is not here (a web address, or a
 * file the user does not have, as published transcripts often name), or one beside or
 * named by an untimed transcript, is left out with a line saying so: the video is silent.
 */
export const findTalkSound = async ({
	file,
	talk,
	media,
	music,
	log = () => {},
}: {
	file: string;
	talk: Talk;
	media?: string | false | undefined;
	music?: string | undefined;
	log?: (line: string) => void;
}): Promise<TalkSound> => {
	let recording: ProbedMedia | null = null;
	const declared = findMediaFile({file, talk, media});
	const absent = declared?.source === 'metadata' && (REMOTE.test(talk.metadata.media ?? '') || !existsSync(declared.file));
	if (absent) log(`${talk.metadata.media}: not played: the recording the transcript names is not here (give it with --media FILE)`);
	const found = absent ? null : declared;
	if (found !== null) {
		const last = lastTimeOf({talk});
		if (last === null) {
			if (found.source === 'flag') {
				throw new UserError({
					code: 'MEDIA',
					file: found.file,
					problem: `${file} has no times, so its recording cannot be played in step; give a timed transcript (SRT, WebVTT, Whisper JSON, …)`,
				});
			}
			log(`${found.file}: not played: ${file} has no times`);
		} else {
			recording = await probeMedia({file: found.file});
			if (recording.durationMs + MEDIA_END_SLACK_MS < last.ms) {
				throw new UserError({
					code: 'MEDIA',
					file: found.file,
					problem: `is ${formatSeconds(recording.durationMs)} long, but the transcript's ${last.where} runs to ${formatSeconds(last.ms)}`,
				});
			}
			log(
				`recording: ${found.file} (${formatSeconds(recording.durationMs)}, ${recording.codec}, ${recording.channels === 1 ? 'mono' : `${recording.channels} channels`})`,
			);
		}
	}
	const bed = music === undefined ? null : await probeMedia({file: music, label: 'music'});
	if (bed !== null) log(`music: ${music} (${formatSeconds(bed.durationMs)}, ${bed.codec})`);
	return {
		files: {media: recording, music: bed},
		media: recording === null ? null : mediaRefOf(recording),
		music: bed === null ? null : {src: bed.src},
	};
};

/**
 * The clips' cover art: the metadata's `cover:` (relative to the transcript; it must
 * exist), else `public/<slug>-cover.png` (`.jpg`, `.jpeg`, `.webp`) if there is one.
 */
export const findCover = async ({file, talk}: {file: string; talk: Talk}): Promise<CoverFile | null> => {
	const named = coverFileCandidates({file, talk})[0];
	if (named !== undefined) return probeCover({file: named});
	const inPublic = COVER_EXTENSIONS.map((ext) => path.join(PROJECT_ROOT, 'public', `${talk.slug}-cover${ext}`)).find((f) => existsSync(f));
	return inPublic === undefined ? null : probeCover({file: inPublic});
};

/** The sound files the user's command reads: no output may be written over them. */
export const soundInputs = (files: SoundFiles): string[] => [files.media, files.music].flatMap((f) => (f === null ? [] : [f.file]));

/** `path` as the metadata's `media:` says it: relative to `folder`, with forward slashes. */
export const relativeMediaPath = ({folder, file}: {folder: string; file: string}): string =>
	path.relative(path.resolve(folder), path.resolve(file)).split(path.sep).join('/');
