import type {RawTranscript} from '../raw-transcript';
import {readNameTimeLine} from './read-name-time-line';
import {type HeaderReader, countHeaders, scanTranscript} from './scan-transcript';

/**
 * A speaker line with its time, the text on the following lines:
 * `Sergi Delgado: 00:00:00` (btctranscripts.com, often under YAML front matter listing
 * the speakers) or `**Kelly** [0:21]` (a podcast site's markdown).
 */
const readNameTimeHeader: HeaderReader = ({line}) => {
	const h = readNameTimeLine(line);
	if (h === null) return null;
	const plainColon = !h.bold && h.colon && !h.bracketed;
	const boldBracketed = h.bold && h.bracketed;
	if (!plainColon && !boldBracketed) return null;
	return {names: [h.name], startMs: h.startMs, rest: ''};
};

export const looksLikeNameTime = (text: string): boolean => countHeaders({text, readHeader: readNameTimeHeader}).headers >= 2;

export const readNameTime = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => ({
	transcript: scanTranscript({text, file, format: 'speaker and time lines', readHeader: readNameTimeHeader, sameSpeaker: 'turn'}),
});
