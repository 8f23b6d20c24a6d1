import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {isRecord, parseJsonValue, recordsOf, timeOf} from './json-value';
import {wordsToCues} from './words-to-cues';

const FORMAT = 'Podcasting 2.0 JSON transcript';

/** The Podcasting 2.0 namespace's JSON transcript: `{"version", "segments": [{"speaker"?, "startTime", "endTime", "body"}]}`, times in seconds. */
export const looksLikePodcastJson = (text: string): boolean => {
	const {value} = parseJsonValue(text);
	return isRecord(value) && (recordsOf(value.segments)?.some((s) => 'startTime' in s && 'body' in s) ?? false);
};

/** Segments are words or phrases; each keeps its time as a word time of its turn. */
export const readPodcastJson = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const {value} = parseJsonValue(text);
	const segments = (isRecord(value) ? value.segments : []) as unknown[];
	const words = segments.map((item, index) => {
		const s = isRecord(item) ? item : {};
		const start = timeOf(s.startTime);
		const end = timeOf(s.endTime);
		if (typeof s.body !== 'string' || start === null || end === null) {
			const missing = typeof s.body !== 'string' ? '`body`' : start === null ? '`startTime`' : '`endTime`';
			throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like a ${FORMAT}, but segment ${index + 1} has no ${missing}`});
		}
		const speaker = typeof s.speaker === 'string' && s.speaker.trim() !== '' ? s.speaker.trim() : undefined;
		return {text: cleanCaptionText(s.body), startMs: secondsToMs(start), endMs: secondsToMs(end), ...(speaker === undefined ? {} : {speaker})};
	});
	return cueTranscript({format: FORMAT, cues: wordsToCues({words}), findLabels: false});
};
