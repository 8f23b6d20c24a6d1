import {folderOf, stemOf} from './file-names';
import type {Talk} from './talk-schema';

/**
 * Extensions of a talk's recording, in the order they are looked for beside the
 * transcript: audio first, then video (whose audio is played).
 */
export const MEDIA_EXTENSIONS = ['.mp3', '.m4a', '.aac', '.wav', '.ogg', '.opus', '.flac', '.mp4', '.mov', '.webm'] as const;

/** Extensions of cover art (`cover:` in the metadata, or `<slug>-cover.*` in public/). */
export const COVER_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'] as const;

/** `relative` read from `folder` (absolute paths and `C:\` paths stay as they are). */
const resolveFrom = ({folder, relative}: {folder: string; relative: string}): string =>
	/^(?:\/|[A-Za-z]:[\\/])/.test(relative) ? relative : `${folder}${relative}`;

/**
 * The one rule for where a talk's recording is, after `--media`: a file beside the
 * transcript with its name and an audio or video extension (`talks/ep1.srt` →
 * `talks/ep1.mp3`, `talks/ep1.m4a`, … in MEDIA_EXTENSIONS order), then the metadata's
 * `media:` (a path relative to the transcript's folder). The candidates in that order;
 * the first that exists is the recording.
 */
export const mediaFileCandidates = ({file, talk}: {file: string; talk: Talk}): string[] => {
	const folder = folderOf(file);
	const stem = stemOf(file);
	const beside = MEDIA_EXTENSIONS.map((ext) => `${folder}${stem}${ext}`);
	const named = talk.metadata.media;
	return named === undefined ? beside : [...beside, resolveFrom({folder, relative: named})];
};

/** The talk's cover art as its metadata names it (`cover:`, relative to the transcript's folder), if it does. */
export const coverFileCandidates = ({file, talk}: {file: string; talk: Talk}): string[] =>
	talk.metadata.cover === undefined ? [] : [resolveFrom({folder: folderOf(file), relative: talk.metadata.cover})];

/** The talk's last time, in ms of its recording (a turn's or word's end, or a chapter's), and where; null for an untimed talk. */
export const lastTimeOf = ({talk}: {talk: Talk}): {ms: number; where: string} | null => {
	let last: {ms: number; where: string} | null = null;
	const seen = (ms: number | undefined, where: string) => {
		if (ms !== undefined && (last === null || ms > last.ms)) last = {ms, where};
	};
	for (const section of talk.sections) {
		seen(section.endMs, `section ${section.id}`);
		for (const turn of section.turns) {
			seen(turn.startMs, `turn ${turn.id}`);
			seen(turn.endMs, `turn ${turn.id}`);
			for (const word of turn.words ?? []) seen(word.endMs, `turn ${turn.id}`);
		}
	}
	return last;
};
