import {TIMESTAMP_SOURCE, parseTimestamp} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {decimalSecondsToMs, firstLineOf, readLineCues} from './read-line-cues';
import type {TimedCue} from './timed-cue';

/**
 * The lines transcript tools print, a cue each with its start and end: `[12.34 - 15.67]
 * text` (download tools: seconds with float noise, `25.349999999999998`), and
 * `[00:00:00.000 --> 00:00:11.000]   text` (whisper.cpp's console, openai-whisper's
 * `--verbose` one as `[00:00.000 --> 00:11.000]`).
 */
const FORMAT = 'timed lines';
const TIME = String.raw`\d{1,7}(?:\.\d{1,20})?|${TIMESTAMP_SOURCE}`;
const LINE = new RegExp(`^\\[(${TIME}) ?(?:-|-->) ?(${TIME})\\]( *)(.*)$`);
/** whisper.cpp writes `]`, two spaces and the text, whose words open on a space: a piece after only two spaces goes on the word before (`Sun` + `kelt`, `Tech` + `Z` + `ing`, `word` + `.`) — what `-ml 1` (a token a line) and `-ml N` cut. */
const WORD_GOES_ON = '  ';
const SPEAKER_TURN = /\s*\[SPEAKER_TURN\]\s*$/;

/** A time as these lines write it: `12.34` seconds or `00:00:12.340`. */
const timeToMs = (text: string): number | null => (text.includes(':') ? parseTimestamp(text) : decimalSecondsToMs(text));

/** openai-whisper's console opens with the language it heard: `Detected language: English`… */
const DETECTED_LANGUAGE = /^Detected language: (\p{L}[\p{L} ]{0,30})$/u;
/** …after, with `--verbose`, `Detecting language using up to the first 30 seconds. Use \`--language\` to specify the language`. */
const DETECTING_LANGUAGE = /^Detecting language using up to the first \d+ seconds\b/;

/** The first line, past openai-whisper's lines on the language. */
const firstCueLine = (text: string): string => {
	let rest = text;
	for (let i = 0; i < 2; i++) {
		const first = firstLineOf(rest);
		if (!DETECTED_LANGUAGE.test(first) && !DETECTING_LANGUAGE.test(first)) return first;
		rest = rest.slice(rest.indexOf(first) + first.length);
	}
	return firstLineOf(rest);
};

export const looksLikeSecondsLines = (text: string): boolean => LINE.test(firstCueLine(text));

export const readSecondsLines = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	// Lines whose piece goes on the word before: only in a file that marks where words open (three spaces after `]`).
	const goesOn = new Set<number>();
	let language: string | undefined;
	let cueSeen = false;
	const marksWordStarts = /^\[[^\]\n]{1,80}\] {3}\S/m.test(text);
	const cues = readLineCues({
		text,
		file,
		format: FORMAT,
		readLine: (line, lineNumber) => {
			// Only before the first cue.
			const detected = language === undefined && !cueSeen ? DETECTED_LANGUAGE.exec(line.trim()) : null;
			if (detected) {
				language = detected[1];
				return 'skip';
			}
			if (!cueSeen && DETECTING_LANGUAGE.test(line.trim())) return 'skip';
			const m = LINE.exec(line.trim());
			const startMs = timeToMs(m?.[1] ?? '');
			const endMs = timeToMs(m?.[2] ?? '');
			if (!m || startMs === null || endMs === null) return null;
			cueSeen = true;
			if (marksWordStarts && m[3] === WORD_GOES_ON) goesOn.add(lineNumber);
			return {startMs, endMs, text: m[4] ?? ''};
		},
	});
	const joined: TimedCue[] = [];
	// whisper.cpp's `-tdrz` ends the last piece before another voice with `[SPEAKER_TURN]`: the next cue opens as after `>>`, a new voice not named.
	let turnNext = false;
	for (const cue of cues) {
		const marked = SPEAKER_TURN.test(cue.text);
		const text = cue.text.replace(SPEAKER_TURN, '');
		const before = joined[joined.length - 1];
		if (before !== undefined && goesOn.has(cue.line))
			joined[joined.length - 1] = {...before, endMs: Math.max(before.endMs, cue.endMs), text: before.text + text};
		else if (text !== '') {
			joined.push({...cue, text: turnNext ? `>> ${text}` : text});
			turnNext = false;
		}
		if (marked) turnNext = true;
	}
	return cueTranscript({format: FORMAT, findLabels: true, cues: joined, ...(language === undefined ? {} : {metadata: {language}})});
};
