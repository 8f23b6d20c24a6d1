import {UserError} from '../../errors';
import {type ChaptersFile, assembleTalk, sectionByChaptersFile} from '../assemble-talk';
import {slugFromFile} from '../file-names';
import type {RawTranscript} from '../raw-transcript';
import type {Talk} from '../talk-schema';
import {looksLikeJson} from './json-value';
import {looksLikeBracketSpeaker, readBracketSpeaker} from './read-bracket-speaker';
import {looksLikeDescript, readDescript} from './read-descript';
import {looksLikeAss, readAss} from './read-ass';
import {looksLikeLrc, readLrc} from './read-lrc';
import {looksLikeMeetingMinutes, readMeetingMinutes} from './read-meeting-minutes';
import {looksLikeMicroDvd, readMicroDvd} from './read-microdvd';
import {looksLikeSbv, readSbv} from './read-sbv';
import {looksLikeSecondsLines, readSecondsLines} from './read-seconds-lines';
import {looksLikeWhisperTsv, readWhisperTsv} from './read-whisper-tsv';
import {looksLikeLabelLines, readLabelLines} from './read-label-lines';
import {looksLikeMarkdown, readMarkdown} from './read-markdown';
import {looksLikeNameTime, readNameTime} from './read-name-time';
import {looksLikeFathom, readFathom} from './read-fathom';
import {looksLikeGoogleMeet, readGoogleMeet} from './read-google-meet';
import {looksLikeZoomCaptions, readZoomCaptions} from './read-zoom-captions';
import {looksLikeZoomWeb, readZoomWeb} from './read-zoom-web';
import {looksLikeTeamsCues, readTeamsCues} from './read-teams-cues';
import {looksLikeOtter, readOtter} from './read-otter';
import {looksLikePodcastJson, readPodcastJson} from './read-podcast-json';
import {looksLikeRevText, readRevText} from './read-rev-text';
import {looksLikeRemotionCaptions, readRemotionCaptions} from './read-remotion-captions';
import {looksLikeSrt, readSrt} from './read-srt';
import {looksLikeSttJson, readSttJson} from './read-stt-json';
import {looksLikeTalkJson, readTalkJson} from './read-talk-json';
import {looksLikeXml, refuseUnknownXml} from './markup-tree';
import {looksLikeTranscriptHtml, readTranscriptHtml} from './read-transcript-html';
import {looksLikeTtml, readTtml} from './read-ttml';
import {looksLikeYoutubePanel, readYoutubePanel} from './read-youtube-panel';
import {looksLikeYoutubeXml, readYoutubeXml} from './read-youtube-xml';
import {looksLikeTimeBoldName, readTimeBoldName} from './read-time-bold-name';
import {looksLikeTimestampLines, readTimestampLines} from './read-timestamp-lines';
import {looksLikeWebVtt, readWebVtt} from './read-webvtt';
import {looksLikeWhisperJson, readWhisperJson} from './read-whisper-json';
import {looksLikeWhisperxMarkdown, readWhisperxMarkdown} from './read-whisperx-markdown';
import {normaliseText} from './normalise-text';
import {refuseUnknownJson} from './refuse-unknown-json';

/**
 * One input format: how it is recognised from the content, and how it is read. A reader
 * returns the transcript as its format writes it (RawTranscript), which `assembleTalk`
 * makes the Talk; a Talk as JSON is one already.
 */
export type TranscriptReader = {
	format: string;
	/** True when `text` (normalised: LF, no BOM) is in this format. */
	recognise: (text: string) => boolean;
	read: (input: {text: string; file: string}) => {transcript: RawTranscript} | {talk: Talk};
	/** What its first lines look like, for the error that lists the formats talkreel reads. */
	example?: string;
};

/** The readers, most specific first; the markdown interview dialect takes any other markdown document. */
export const TRANSCRIPT_READERS: readonly TranscriptReader[] = [
	{format: 'webvtt', recognise: looksLikeWebVtt, read: readWebVtt, example: 'WEBVTT (WebVTT subtitles, YouTube captions)'},
	{
		format: 'teams-cues',
		recognise: looksLikeTeamsCues,
		read: readTeamsCues,
		example: '0:0:3.270 --> 0:0:4.250 then the name, then the text (Teams transcript from Word)',
	},
	{format: 'srt', recognise: looksLikeSrt, read: readSrt, example: '1 / 00:00:01,000 --> 00:00:03,500 (SubRip)'},
	{format: 'ass', recognise: looksLikeAss, read: readAss, example: '[Script Info] … Dialogue: 0,0:00:01.35,0:00:02.61,Default,,0,0,0,,text (ASS/SSA)'},
	{format: 'ttml', recognise: looksLikeTtml, read: readTtml, example: '<tt xmlns="http://www.w3.org/ns/ttml"> (TTML: Apple Podcasts, IMSC, Azure)'},
	{
		format: 'youtube-xml',
		recognise: looksLikeYoutubeXml,
		read: readYoutubeXml,
		example: '<timedtext format="3"> or <transcript><text start=…> (YouTube srv3, srv1)',
	},
	{
		format: 'transcript-html',
		recognise: looksLikeTranscriptHtml,
		read: readTranscriptHtml,
		example: '<cite>Name:</cite> <time>0:00</time> <p>… (Podcasting 2.0 HTML)',
	},
	{format: 'xml', recognise: looksLikeXml, read: refuseUnknownXml},
	{format: 'sbv', recognise: looksLikeSbv, read: readSbv, example: '0:00:03.900,0:00:08.460 (YouTube .sbv)'},
	{format: 'microdvd', recognise: looksLikeMicroDvd, read: readMicroDvd, example: '{41}{78}text (MicroDVD)'},
	{format: 'whisper-tsv', recognise: looksLikeWhisperTsv, read: readWhisperTsv, example: 'start⇥end⇥text (Whisper TSV)'},
	{
		format: 'seconds-lines',
		recognise: looksLikeSecondsLines,
		read: readSecondsLines,
		example: '[12.34 - 15.67] text or [00:00:00.000 --> 00:00:11.000] text (whisper.cpp)',
	},
	{format: 'lrc', recognise: looksLikeLrc, read: readLrc, example: '[00:12.34]text (LRC)'},
	{format: 'remotion-captions', recognise: looksLikeRemotionCaptions, read: readRemotionCaptions, example: '[{"text": …, "startMs": …}] (Remotion captions)'},
	{format: 'podcast-json', recognise: looksLikePodcastJson, read: readPodcastJson, example: '{"version": …, "segments": [{"startTime": …}]} (Podcasting 2.0)'},
	{format: 'whisper-json', recognise: looksLikeWhisperJson, read: readWhisperJson, example: '{"segments": [{"start": …, "text": …}]} (Whisper, WhisperX)'},
	{
		format: 'stt-json',
		recognise: looksLikeSttJson,
		read: readSttJson,
		example:
			'{"words"|"results"|"monologues"|"body"|"events": …} (AssemblyAI, Deepgram, AWS, Google, IBM, Rev.ai, Speechmatics, Azure, Kaldi, Bilibili, YouTube json3)',
	},
	{format: 'talk-json', recognise: looksLikeTalkJson, read: readTalkJson, example: 'a Talk as JSON ({"slug": …})'},
	{format: 'json', recognise: looksLikeJson, read: refuseUnknownJson},
	{format: 'descript', recognise: looksLikeDescript, read: readDescript, example: '[00:00:23] **Name:** text'},
	{format: 'whisperx-markdown', recognise: looksLikeWhisperxMarkdown, read: readWhisperxMarkdown, example: '**[00:00] SPEAKER_04:** text'},
	{format: 'zoom-captions', recognise: looksLikeZoomCaptions, read: readZoomCaptions, example: '[Name] 15:05:17 (Zoom saved captions; text on the next line)'},
	{
		format: 'zoom-web',
		recognise: looksLikeZoomWeb,
		read: readZoomWeb,
		example: 'the name twice, then 12:25, then the text (Zoom transcript copied from its web page)',
	},
	{format: 'bracket-speaker', recognise: looksLikeBracketSpeaker, read: readBracketSpeaker, example: '[Speaker 1] [00:03] text'},
	{format: 'time-bold-name', recognise: looksLikeTimeBoldName, read: readTimeBoldName, example: '0:00:12.6 **Name** text'},
	{
		format: 'google-meet',
		recognise: looksLikeGoogleMeet,
		read: readGoogleMeet,
		example: 'Name: text with 00:05:00 lines and "Meeting ended after 00:54:54" (Google Meet)',
	},
	{
		format: 'youtube-panel',
		recognise: looksLikeYoutubePanel,
		read: readYoutubePanel,
		example: '0:00 ⏎ text ⏎ 0:04 ⏎ text (YouTube transcript copied from its panel)',
	},
	{format: 'fathom', recognise: looksLikeFathom, read: readFathom, example: '0:00 - Name or @0:00 - Name (Fathom; text on the next line)'},
	{format: 'rev-text', recognise: looksLikeRevText, read: readRevText, example: 'Name (00:00:00): (Rev.com, Sonix; text on the next line)'},
	{format: 'otter', recognise: looksLikeOtter, read: readOtter, example: 'Name  1:45 (text on the next line)'},
	{
		format: 'meeting-minutes',
		recognise: looksLikeMeetingMinutes,
		read: readMeetingMinutes,
		example: '发言人1 00:01:14 (飞书妙记, 通义听悟, 讯飞听见; text on the next line)',
	},
	{format: 'name-time', recognise: looksLikeNameTime, read: readNameTime, example: 'Name: 00:00:00 or **Name** [0:00] (text on the next line)'},
	{format: 'label-lines', recognise: looksLikeLabelLines, read: readLabelLines, example: 'Name: text (labels that recur)'},
	{format: 'timestamp-lines', recognise: looksLikeTimestampLines, read: readTimestampLines, example: '00:00:08 text or [00:00:08] text'},
	{format: 'markdown', recognise: looksLikeMarkdown, read: readMarkdown, example: '**Name:** text'},
];

/**
 * Any supported transcript text → a Talk. The format is recognised from the content,
 * not the file name (see TRANSCRIPT_READERS), read by its reader and assembled
 * (`assembleTalk`); `chaptersFile`: chapters from a chapters file beside the transcript,
 * which make its sections. CRLF, a byte-order mark, tabs and trailing spaces read the same
 * as plain LF text.
 */
export const readTranscript = ({text, file, chaptersFile}: {text: string; file: string; chaptersFile?: ChaptersFile}): {talk: Talk; warnings: string[]} => {
	if (text.includes('\u0000') || countReplacementChars(text) > Math.max(3, text.length / 100)) {
		throw new UserError({code: 'TALK_BINARY', file, line: lineOf(text, firstBinaryIndex(text)), problem: 'this is binary data, not a text transcript'});
	}
	const normalised = normaliseText(text);
	if (normalised.trim() === '') {
		throw new UserError({code: 'TALK_EMPTY', file, line: 1, problem: 'the file is empty'});
	}
	const reader = TRANSCRIPT_READERS.find((r) => r.recognise(normalised));
	if (reader === undefined) {
		const first = normalised.split('\n').findIndex((l) => l.trim() !== '');
		const shown = (normalised.split('\n', first + 1)[first] ?? '').trim().slice(0, 50);
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: first + 1,
			problem: `not a transcript format talkreel reads (it starts "${shown}"); it reads: ${TRANSCRIPT_READERS.flatMap((r) => (r.example === undefined ? [] : [r.example])).join('; ')}`,
		});
	}
	const read = reader.read({text: normalised, file});
	if ('talk' in read) {
		if (chaptersFile === undefined) return {talk: read.talk, warnings: []};
		const {talk} = read;
		return {
			warnings: [],
			talk: {...talk, sections: sectionByChaptersFile({turns: talk.sections.flatMap((s) => s.turns), chaptersFile, language: talk.metadata.language})},
		};
	}
	const {talk} = assembleTalk({transcript: read.transcript, file, slug: slugFromFile(file), ...(chaptersFile === undefined ? {} : {chaptersFile})});
	return {talk, warnings: read.transcript.warnings ?? []};
};

const countReplacementChars = (text: string): number => text.split('\uFFFD').length - 1;

const firstBinaryIndex = (text: string): number => {
	const nul = text.indexOf('\u0000');
	const bad = text.indexOf('\uFFFD');
	return nul === -1 ? Math.max(0, bad) : bad === -1 ? nul : Math.min(nul, bad);
};

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;
