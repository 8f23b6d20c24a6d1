import type {RawTranscript} from '../raw-transcript';
import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import {readSpeakerMarker} from './read-markdown';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * Descript's transcript export: each turn opens with its time in brackets and the
 * speaker, bold or plain — `[00:00:23] **Ana Lima:** text` or `[00:00:23] Ana Lima: text`
 * — and long turns carry more `[00:01:00]` markers inline, which are removed.
 */
const LEADING = new RegExp(String.raw`^\[(${TIMESTAMP_SOURCE})\] {1,4}`);
/** A plain label: up to 60 characters without brackets, bold or colons, then a colon. */
const PLAIN_LABEL = /^([^:：[\]*]{1,60})[:：](?: |$)/;

const readDescriptHeader: HeaderReader = ({line, lineNumber, file}) => {
	const m = LEADING.exec(line);
	if (!m) return null;
	const startMs = parseTimestamp(m[1] ?? '');
	if (startMs === null) return null;
	const after = line.slice(m[0].length);
	const bold = readSpeakerMarker({line: after, lineNumber, file});
	if (bold !== null && !('unclosed' in bold)) return {...bold, startMs};
	const plain = PLAIN_LABEL.exec(after);
	if (plain === null) return null;
	return {names: [(plain[1] ?? '').trim()], startMs, rest: after.slice(plain[0].length).trim()};
};

export const looksLikeDescript = (text: string): boolean => countHeaders({text, readHeader: readDescriptHeader}).headers >= 2;

export const readDescript = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'Descript', readHeader: readDescriptHeader, sameSpeaker: 'turn'}),
});
