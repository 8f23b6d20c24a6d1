import {parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {firstLineOf, readLineCues} from './read-line-cues';

/**
 * LRC: `[mm:ss.xx]text` lines, each ending where the next starts (a bare `[00:25.35]`
 * ends the last), after ID tags (`[ti:Title]`, `[ar:Artist]`, `[by:…]`, `[offset:…]`);
 * `[ti:]` is the title. Enhanced LRC's word marks (`<00:01.20>`) are taken out as tags.
 */
const FORMAT = 'LRC';
const TIME_LINE = /^\[(\d{1,5}:\d{2}(?:\.\d{1,3})?)\](.*)$/;
/** LRC writes hundredths (`[00:02.76]`): a first line without them (`[00:12] text`) is another transcript's time marker. */
const LRC_TIME = /^\[\d{1,5}:\d{2}\.\d{2,3}\]/;
const TAG_LINE = /^\[([a-z]{1,10}):([^\]]{0,500})\]$/i;

export const looksLikeLrc = (text: string): boolean => {
	const first = firstLineOf(text);
	return LRC_TIME.test(first) || (TAG_LINE.test(first) && text.split('\n', 200).some((l) => LRC_TIME.test(l.trim())));
};

export const readLrc = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	let title: string | undefined;
	const cues = readLineCues({
		text,
		file,
		format: FORMAT,
		readLine: (line) => {
			const trimmed = line.trim();
			const time = TIME_LINE.exec(trimmed);
			if (time) {
				const startMs = parseTimestamp(time[1] ?? '', {cue: true});
				return startMs === null ? null : {startMs, text: time[2] ?? ''};
			}
			const tag = TAG_LINE.exec(trimmed);
			if (!tag) return null;
			if ((tag[1] ?? '').toLowerCase() === 'ti' && (tag[2] ?? '').trim() !== '') title = (tag[2] ?? '').trim();
			return 'skip';
		},
	});
	return cueTranscript({format: FORMAT, cues, findLabels: true, metadata: title === undefined ? {} : {title}});
};
