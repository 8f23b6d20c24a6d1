import {slugify} from '../slugify';
import {TalkError} from '../talk-error';
import type {Talk} from '../talk-schema';
import type {TimedChapter} from '../timed-chapter';
import {readMarkdown} from './read-markdown';
import {looksLikePodcastJson, readPodcastJson} from './read-podcast-json';
import {looksLikeRemotionCaptions, readRemotionCaptions} from './read-remotion-captions';
import {looksLikeSrt, readSrt} from './read-srt';
import {looksLikeTalkJson, readTalkJson} from './read-talk-json';
import {looksLikeWebVtt, readWebVtt} from './read-webvtt';
import {looksLikeWhisperJson, readWhisperJson} from './read-whisper-json';
import {looksLikeJson} from './json-value';
import {refuseUnknownJson} from './refuse-unknown-json';

/** One input format: how it is recognised from the content, and how it is read. */
export type TranscriptReader = {
	format: string;
	/** True when `text` (normalised: LF, no BOM) is in this format. */
	recognise: (text: string) => boolean;
	/** `chapters`: the recording's chapters from a chapters file beside the transcript, for readers of timed formats. */
	read: (input: {text: string; file: string; slug: string; chapters?: readonly TimedChapter[]}) => {talk: Talk};
};

/** The readers, most specific first; the markdown interview dialect takes what is left. */
export const TRANSCRIPT_READERS: readonly TranscriptReader[] = [
	{format: 'webvtt', recognise: looksLikeWebVtt, read: readWebVtt},
	{format: 'srt', recognise: looksLikeSrt, read: readSrt},
	{format: 'remotion-captions', recognise: looksLikeRemotionCaptions, read: readRemotionCaptions},
	{format: 'podcast-json', recognise: looksLikePodcastJson, read: readPodcastJson},
	{format: 'whisper-json', recognise: looksLikeWhisperJson, read: readWhisperJson},
	{format: 'talk-json', recognise: looksLikeTalkJson, read: readTalkJson},
	{format: 'json', recognise: looksLikeJson, read: refuseUnknownJson},
	{format: 'markdown', recognise: () => true, read: readMarkdown},
];

/**
 * Any supported transcript text → a Talk. The format is recognised from the content,
 * not the file name (see TRANSCRIPT_READERS). CRLF, a byte-order mark, tabs and
 * trailing spaces read the same as plain LF text.
 */
export const readTranscript = ({text, file, chapters}: {text: string; file: string; chapters?: readonly TimedChapter[]}): {talk: Talk} => {
	if (text.includes('\u0000') || countReplacementChars(text) > Math.max(3, text.length / 100)) {
		throw new TalkError({code: 'TALK_BINARY', file, line: lineOf(text, firstBinaryIndex(text)), problem: 'this is binary data, not a text transcript'});
	}
	const normalised = normaliseText(text);
	if (normalised.trim() === '') {
		throw new TalkError({code: 'TALK_EMPTY', file, line: 1, problem: 'the file is empty'});
	}
	const slug = slugFromFile(file);
	const reader = TRANSCRIPT_READERS.find((r) => r.recognise(normalised));
	if (reader === undefined) throw new TalkError({code: 'TALK_PARSE', file, line: 1, problem: 'not a transcript format talkreel reads'});
	return reader.read({text: normalised, file, slug, ...(chapters === undefined ? {} : {chapters})});
};

export const normaliseText = (text: string): string =>
	text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.replace(/[ \u00a0]+$/gm, '');

/** `data/Aspen 2024 — Altman.md` → `aspen-2024-altman`. */
export const slugFromFile = (file: string): string => slugify(baseNameOf(file).replace(/\.[^.]+$/, '')) || 'talk';

/** The last part of a path, whichever separator it uses. */
export const baseNameOf = (file: string): string => file.split(/[\\/]/).pop() ?? file;

const countReplacementChars = (text: string): number => text.split('\uFFFD').length - 1;

const firstBinaryIndex = (text: string): number => {
	const nul = text.indexOf('\u0000');
	const bad = text.indexOf('\uFFFD');
	return nul === -1 ? Math.max(0, bad) : bad === -1 ? nul : Math.min(nul, bad);
};

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;
