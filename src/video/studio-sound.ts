import {getStaticFiles} from 'remotion';
import type {MediaRef} from '../plan/plan-speech';
import {whyNotInFolder} from '../talk/contained-path';
import {baseNameOf, stemOf} from '../talk/file-names';
import {COVER_EXTENSIONS, MEDIA_EXTENSIONS} from '../talk/media-file';
import type {Talk} from '../talk/talk-schema';
import {readBundledTalks} from './bundled-talks';

/** Names of the files in public/, as `staticFile` takes them; none outside a browser (vitest, Node). */
const publicFileNames = (): string[] => (typeof document === 'undefined' ? [] : getStaticFiles().map((f) => f.name));

/**
 * What a talk planned in the browser plays and shows, found in public/ by the CLI's rule
 * with public/ as the folder: the recording is `public/<its transcript's name>.mp3`
 * (`.m4a`, `.wav`, … in MEDIA_EXTENSIONS order), else the file its `media:` names (by
 * base name); the cover is `public/<slug>-cover.png` (`.jpg`, `.jpeg`, `.webp`), else
 * the file its `cover:` names. As on the command line, a name that is not inside the
 * transcript's folder (an absolute path, `..` out of it, a web address: whyNotInFolder)
 * is not used. Its length is not known here (null): Studio plays the spans as planned.
 */
export const studioSoundFor = ({talk, files = publicFileNames()}: {talk: Talk; files?: readonly string[]}): {media: MediaRef | null; cover: string | null} => {
	const has = new Set(files);
	const named = (name: string | undefined): string[] => (name === undefined || whyNotInFolder(name) !== null ? [] : [baseNameOf(name)]);
	const transcript = readBundledTalks().find((t) => t.slug === talk.slug)?.file;
	const stems = [...new Set([transcript === undefined ? talk.slug : stemOf(transcript), talk.slug])];
	const media = [...stems.flatMap((stem) => MEDIA_EXTENSIONS.map((ext) => `${stem}${ext}`)), ...named(talk.metadata.media)].find((name) => has.has(name));
	const cover = [...COVER_EXTENSIONS.map((ext) => `${talk.slug}-cover${ext}`), ...named(talk.metadata.cover)].find((name) => has.has(name));
	return {media: media === undefined ? null : {src: media, durationMs: null}, cover: cover ?? null};
};
