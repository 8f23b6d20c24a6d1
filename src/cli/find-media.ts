import {existsSync, realpathSync} from 'node:fs';
import {formatSeconds} from '../render/format-seconds';
import path from 'node:path';
import type {MediaRef} from '../plan/plan-speech';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../render/audio/probe-media';
import type {SoundFiles} from '../render/audio/prepare-sound';
import {PROJECT_ROOT} from '../render/project-root';
import {type CoverFile, probeCover} from '../render/probe-cover';
import {whyNotInFolder} from '../talk/contained-path';
import {folderOf} from '../talk/file-names';
import {COVER_EXTENSIONS, coverFileCandidates, lastTimeOf, mediaFileCandidates} from '../talk/media-file';
import {UserError, isUserError} from '../errors';
import type {Talk} from '../talk/talk-schema';

/**
 * A subtitle's last cue often stays on screen a little after the voice stops, and a
 * recording may be cut a little short of it: a recording this much shorter than the
 * transcript's last time still plays (its spans end with the recording).
 */
const MEDIA_END_SLACK_MS = 1000;

/** What a talk plays, found and checked in Node before anything is planned or bundled. */
export type TalkSound = {
	/** The files, for the renderer. */
	files: SoundFiles;
	/** What the planner is told of them. */
	media: MediaRef | null;
	music: {src: string} | null;
};

/** Where a recording was found: `--media`, beside the transcript, or the transcript's own `media:`. */
type MediaSource = 'flag' | 'beside' | 'metadata';

/**
 * The talk's recording, by the one rule: `--media FILE`; else a file beside the
 * transcript with its name and an audio or video extension; else the metadata's `media:`
 * (relative to the transcript). The rule's guesses beside the transcript are only taken
 * when they exist. Null: no recording (and always with `--no-media`, `media: false`).
 */
const findMediaFile = ({file, talk, media}: {file: string; talk: Talk; media: string | false | undefined}): {file: string; source: MediaSource} | null => {
	if (media === false) return null;
	if (media !== undefined) return {file: media, source: 'flag'};
	const candidates = mediaFileCandidates({file, talk});
	const beside = candidates.slice(0, talk.metadata.media === undefined ? candidates.length : -1);
	const found = beside.find((candidate) => existsSync(candidate));
	if (found !== undefined) return {file: found, source: 'beside'};
	const named = talk.metadata.media === undefined ? undefined : candidates[candidates.length - 1];
	return named === undefined ? null : {file: path.normalize(named), source: 'metadata'};
};

/**
 * Why a file the transcript itself names (`named`, as written; `found`, where it points)
 * may not be used: it must stay inside the transcript's folder — no web address, no
 * absolute path, no `..` out of it (whyNotInFolder), and no symbolic link that points out
 * of it. Null when it may be used, or when it is not there (the caller says so).
 */
const whyNotUsable = ({transcript, named, found}: {transcript: string; named: string; found: string}): string | null => {
	const why = whyNotInFolder(named);
	if (why !== null || !existsSync(found)) return why;
	const folder = realpathSync(folderOf(transcript) || '.');
	const real = realpathSync(found);
	return real.startsWith(folder + path.sep) ? null : "is a link to a file outside the transcript's folder";
};

/** The line for a file the transcript names that is left out. */
const leftOutLine = ({named, what, why, flag}: {named: string; what: string; why: string; flag: string}): string =>
	`${named}: not ${what}: it ${why}; a transcript may only name files in its own folder (give it with ${flag} FILE)`;

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
	const named = talk.metadata.media ?? '';
	const refused = declared?.source === 'metadata' ? whyNotUsable({transcript: file, named, found: declared.file}) : null;
	const absent = declared?.source === 'metadata' && refused === null && !existsSync(declared.file);
	if (refused !== null) log(leftOutLine({named, what: 'played', why: refused, flag: '--media'}));
	if (absent) log(`${named}: not played: the recording the transcript names is not here (give it with --media FILE)`);
	const found = absent || refused !== null ? null : declared;
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
 * The clips' cover art: `--cover FILE` (`cover`; it must be an image that decodes), else
 * the metadata's `cover:` (in the transcript's folder; one that is outside it, missing
 * or not an image is left out with a line), else `public/<slug>-cover.png` (`.jpg`,
 * `.jpeg`, `.webp`) if there is one.
 */
export const findCover = async ({
	file,
	talk,
	cover,
	log = () => {},
}: {
	file: string;
	talk: Talk;
	cover?: string | undefined;
	log?: (line: string) => void;
}): Promise<CoverFile | null> => {
	if (cover !== undefined) return probeCover({file: cover});
	const candidate = coverFileCandidates({file, talk})[0];
	const named = talk.metadata.cover ?? '';
	if (candidate !== undefined) {
		const refused = whyNotUsable({transcript: file, named, found: candidate});
		if (refused !== null) log(leftOutLine({named, what: 'shown', why: refused, flag: '--cover'}));
		else {
			const probed = await probeCover({file: candidate}).catch((error: unknown) => {
				if (!isUserError(error)) throw error;
				log(`${named}: not shown: ${error.problem} (give a cover with --cover FILE)`);
				return null;
			});
			if (probed !== null) return probed;
		}
	}
	const inPublic = COVER_EXTENSIONS.map((ext) => path.join(PROJECT_ROOT, 'public', `${talk.slug}-cover${ext}`)).find((f) => existsSync(f));
	return inPublic === undefined ? null : probeCover({file: inPublic});
};

/** The sound files the user's command reads: no output may be written over them. */
export const soundInputs = (files: SoundFiles): string[] => [files.media, files.music].flatMap((f) => (f === null ? [] : [f.file]));

/** `path` as the metadata's `media:` says it: relative to `folder`, with forward slashes. */
export const relativeMediaPath = ({folder, file}: {folder: string; file: string}): string =>
	path.relative(path.resolve(folder), path.resolve(file)).split(path.sep).join('/');
