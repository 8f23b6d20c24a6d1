import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {firstLineOf, readLineCues} from './read-line-cues';

/**
 * MicroDVD `.sub`: `{start}{end}text` with frame numbers, `|` for a line break and
 * `{y:i}`-style control codes. A first cue `{1}{1}30.000000` (Aegisub, Subtitle Edit)
 * gives the frame rate; without it the frames are read at 23.976 fps, the rate most
 * MicroDVD files were made for. Starts with `{`, so it is recognised before any JSON.
 */
const FORMAT = 'MicroDVD';
const LINE = /^\{(\d{1,9})\}\{(\d{0,9})\}(.*)$/;
const FRAME_RATE = /^\{1\}\{1\}(\d{1,3}(?:\.\d{1,9})?)$/;
const CONTROL_CODE = /\{[a-zA-Z]:[^{}]{0,200}\}/g;
const DEFAULT_FPS = 24000 / 1001;

export const looksLikeMicroDvd = (text: string): boolean => LINE.test(firstLineOf(text));

export const readMicroDvd = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const rate = FRAME_RATE.exec(firstLineOf(text));
	const fps = rate && Number(rate[1]) > 0 ? Number(rate[1]) : DEFAULT_FPS;
	const toMs = (frame: number): number => Math.round((frame * 1000) / fps);
	let first = true;
	const cues = readLineCues({
		text,
		file,
		format: FORMAT,
		readLine: (line) => {
			const wasFirst = first;
			first = false;
			if (wasFirst && rate) return 'skip';
			const m = LINE.exec(line.trim());
			if (!m) return null;
			const startMs = toMs(Number(m[1]));
			const body = (m[3] ?? '').replace(CONTROL_CODE, '').replace(/\|/g, '\n');
			return m[2] === '' ? {startMs, text: body} : {startMs, endMs: toMs(Number(m[2])), text: body};
		},
	});
	return cueTranscript({format: FORMAT, cues, findLabels: true});
};
