import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript, RawWord} from '../raw-transcript';
import {remapWords} from '../remap-words';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {isRecord, parseJsonValue, recordsOf, stringOf, timeOf} from './json-value';
import type {TimedCue} from './timed-cue';
import {type TimedWord, wordsToCues} from './words-to-cues';

const FORMAT = 'Whisper JSON';

/**
 * Whisper's output and its relatives, times in seconds:
 * - openai-whisper, faster-whisper, whisper-timestamped, WhisperX:
 *   `{"segments": [{"start", "end", "text", "words"?: [{"word"|"text", "start", "end"}], "speaker"?}], "language"?}`;
 * - a bare array of such segments, or of words (`[{"text", "start", "end", "speaker"}]`, one per word);
 * - whisper.cpp's `-oj`: `{"transcription": [{"offsets": {"from", "to"} (ms), "text"}], "result": {"language"}}`.
 */
export const looksLikeWhisperJson = (text: string): boolean => {
	const {value} = parseJsonValue(text);
	if (isRecord(value)) {
		const segments = recordsOf(value.segments);
		if (segments) return segments.some((s) => 'start' in s && ('text' in s || 'words' in s));
		return recordsOf(value.transcription)?.some((s) => isRecord(s.offsets)) ?? false;
	}
	return recordsOf(value)?.some((s) => 'start' in s && ('text' in s || 'word' in s)) ?? false;
};

/** Whisper's language names, for files that give a name rather than a code. */
const LANGUAGE_NAMES: Record<string, string> = {
	english: 'en',
	chinese: 'zh',
	mandarin: 'zh',
	cantonese: 'yue',
	japanese: 'ja',
	korean: 'ko',
	german: 'de',
	french: 'fr',
	spanish: 'es',
	portuguese: 'pt',
	italian: 'it',
	russian: 'ru',
};

const languageOf = (v: unknown): string | undefined => {
	if (typeof v !== 'string') return undefined;
	const t = v.trim();
	if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(t)) return t;
	return LANGUAGE_NAMES[t.toLowerCase()];
};

export const readWhisperJson = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const {value} = parseJsonValue(text);
	const fail = (problem: string): never => {
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${FORMAT}, but ${problem}`});
	};
	let cues: TimedCue[];
	let language: string | undefined;
	if (isRecord(value) && Array.isArray(value.transcription)) {
		cues = readWhisperCpp({items: value.transcription, fail});
		language = languageOf(isRecord(value.result) ? value.result.language : undefined);
	} else {
		const items = isRecord(value) ? value.segments : value;
		if (!Array.isArray(items)) return fail('it has no `segments` array');
		language = isRecord(value) ? languageOf(value.language) : undefined;
		cues = isWordList(items) ? wordsToCues({words: readWords({items, fail})}) : readSegments({items, fail});
	}
	return cueTranscript({format: FORMAT, cues, findLabels: false, metadata: language ? {language} : {}});
};

/** A bare array of words, one per item (WhisperX `word_segments` with speakers): short texts without spaces inside. */
const isWordList = (items: unknown[]): boolean => {
	const texts = items.slice(0, 200).map((s) => (isRecord(s) ? (stringOf(s.text) || stringOf(s.word)).trim() : ''));
	return texts.length > 0 && texts.filter((t) => t.includes(' ')).length <= 0.05 * texts.length && !items.some((s) => isRecord(s) && Array.isArray(s.words));
};

type Fail = (problem: string) => never;

const itemTimes = ({
	item,
	index,
	noun,
	fail,
}: {
	item: unknown;
	index: number;
	noun: string;
	fail: Fail;
}): {startMs: number; endMs: number; rec: Record<string, unknown>} => {
	if (!isRecord(item)) return fail(`${noun} ${index + 1} is not an object`);
	const start = timeOf(item.start);
	const end = timeOf(item.end);
	if (start === null) return fail(`${noun} ${index + 1} has no \`start\` time in seconds (got ${JSON.stringify(item.start) ?? 'nothing'})`);
	if (end === null) return fail(`${noun} ${index + 1} has no \`end\` time in seconds (got ${JSON.stringify(item.end) ?? 'nothing'})`);
	return {startMs: secondsToMs(start), endMs: secondsToMs(end), rec: item};
};

const speakerOf = (rec: Record<string, unknown>): string | undefined =>
	typeof rec.speaker === 'string' && rec.speaker.trim() !== '' ? rec.speaker.trim() : typeof rec.speaker === 'number' ? `SPEAKER_${rec.speaker}` : undefined;

const readSegments = ({items, fail}: {items: unknown[]; fail: Fail}): TimedCue[] => {
	if (items.length > 0 && items.every((s) => isRecord(s) && typeof s.text !== 'string' && !Array.isArray(s.words))) {
		fail('its segments have no `text`');
	}
	return items.flatMap((item, index): TimedCue[] => {
		const {startMs, endMs, rec} = itemTimes({item, index, noun: 'segment', fail});
		const raw =
			typeof rec.text === 'string'
				? rec.text
				: Array.isArray(rec.words)
					? rec.words.map((w) => (isRecord(w) ? stringOf(w.word) || stringOf(w.text) : '')).join('')
					: '';
		const text = cleanCaptionText(raw);
		if (text === '') return [];
		const words = Array.isArray(rec.words) ? segmentWords({words: rec.words, text}) : [];
		const speaker = speakerOf(rec) ?? majoritySpeaker(rec.words);
		return [{startMs, endMs, text, line: 1, ...(speaker === undefined ? {} : {speaker}), ...(words.length > 0 ? {words} : {})}];
	});
};

/** A segment's word times placed in its text; words the aligner could not time (WhisperX leaves digits without `start`) are left out. */
const segmentWords = ({words, text}: {words: unknown[]; text: string}): RawWord[] => {
	let joined = '';
	const located: RawWord[] = [];
	for (const w of words) {
		if (!isRecord(w)) continue;
		const wordText = (stringOf(w.word) || stringOf(w.text)).trim();
		const start = timeOf(w.start);
		const end = timeOf(w.end);
		if (wordText === '') continue;
		const at = joined.length + (joined === '' ? 0 : 1);
		joined += (joined === '' ? '' : ' ') + wordText;
		if (start !== null && end !== null)
			located.push({start: at, end: at + wordText.length, startMs: secondsToMs(start), endMs: secondsToMs(Math.max(start, end))});
	}
	return remapWords({from: joined, words: located, to: text});
};

/** The speaker most of a segment's words are given (WhisperX puts it on words when a segment has none). */
const majoritySpeaker = (words: unknown): string | undefined => {
	if (!Array.isArray(words)) return undefined;
	const counts = new Map<string, number>();
	for (const w of words) if (isRecord(w)) for (const s of [speakerOf(w)]) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

const readWords = ({items, fail}: {items: unknown[]; fail: Fail}): TimedWord[] => {
	if (items.every((s) => isRecord(s) && typeof s.text !== 'string' && typeof s.word !== 'string')) fail('its items have no `text`');
	return items.flatMap((item, index): TimedWord[] => {
		if (isRecord(item) && item.start === undefined && item.end === undefined) return []; // a word the aligner could not time
		const {startMs, endMs, rec} = itemTimes({item, index, noun: 'word', fail});
		const speaker = speakerOf(rec);
		return [{text: stringOf(rec.text) || stringOf(rec.word), startMs, endMs, ...(speaker === undefined ? {} : {speaker})}];
	});
};

const readWhisperCpp = ({items, fail}: {items: unknown[]; fail: Fail}): TimedCue[] =>
	items.flatMap((item, index): TimedCue[] => {
		if (!isRecord(item) || !isRecord(item.offsets)) return fail(`transcription item ${index + 1} has no \`offsets\``);
		const startMs = timeOf(item.offsets.from);
		const endMs = timeOf(item.offsets.to);
		if (startMs === null || endMs === null) return fail(`transcription item ${index + 1} has no \`offsets.from\`/\`offsets.to\` in ms`);
		const text = cleanCaptionText(typeof item.text === 'string' ? item.text : '');
		return text === '' ? [] : [{startMs: Math.round(startMs), endMs: Math.round(endMs), text, line: 1}];
	});
