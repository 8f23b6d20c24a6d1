import type {RawTranscript} from '../raw-transcript';
import {readNameTimeLine} from './read-name-time-line';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * The text exports of Chinese meeting and transcription tools — 飞书妙记 (Feishu
 * Minutes), 通义听悟 (Tongyi Tingwu), 讯飞听见 (iFlytek): a line with the speaker, one space
 * and the time (`发言人1 00:01:14`, `说话人 1 00:14`, `张三 01:02`), the paragraph on the
 * next line. The tools' names for unnamed voices (`发言人1`, `说话人 1`) are kept as
 * written, to be renamed in the edits file. What Feishu puts before the first turn (the
 * date and length, `关键词:`, `文字记录:`) is no one's words.
 */
const readMeetingMinutesHeader: HeaderReader = ({line}) => {
	const h = readNameTimeLine(line);
	if (h === null || h.colon || h.bold || h.bracketed || h.gap !== 1) return null;
	return {names: [h.name], startMs: h.startMs, rest: ''};
};

/** At least two speaker lines, and a third of the lines after Feishu's `文字记录:` are (each is followed by its paragraph). */
export const looksLikeMeetingMinutes = (text: string): boolean => {
	const transcriptAt = TRANSCRIPT_HEADING.exec(text.slice(0, 20_000));
	const body = transcriptAt === null ? text : text.slice(transcriptAt.index + transcriptAt[0].length);
	const {headers, lines} = countHeaders({text: body, readHeader: readMeetingMinutesHeader});
	return headers >= 2 && headers * 3 >= lines;
};

const TRANSCRIPT_HEADING = /^文字记录\s{0,2}[:：]\s{0,2}$/m;

const isPreambleLine = (line: string): boolean => /^\s{0,3}(?:关键词|文字记录|智能纪要|待办)\s{0,2}[:：]/.test(line);

export const readMeetingMinutes = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({
		text,
		file,
		format: 'meeting minutes text',
		readHeader: readMeetingMinutesHeader,
		sameSpeaker: 'turn',
		isToolLine: isPreambleLine,
	}),
});
