import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {isRecord, parseJsonValue, stringOf} from './json-value';
import type {TimedCue} from './timed-cue';
import {type TimedWord, wordsToCues} from './words-to-cues';
import {type TimedTextEvent, timedTextCues} from './youtube-timed-text';

/**
 * The JSON of speech-to-text services and video platforms, each recognised by its
 * top-level shape and read into timed words (or cues) with diarization labels as
 * `SPEAKER_n` counted from 0, so the assembler names them as it names every label:
 *
 * - AssemblyAI: `{"words": [{"text", "start", "end"} (ms), "speaker": "A"]}`, letters from A;
 * - Deepgram: `{"results": {"channels": [{"alternatives": [{"words": [{"punctuated_word", "start", "end", "speaker"?}]}]}]}}`;
 * - AWS Transcribe: `{"results": {"items": [{"start_time": "13.03", "type", "alternatives": [{"content"}]}], "speaker_labels"?}}`,
 *   times as strings, punctuation items without times;
 * - Google Speech-to-Text: `{"results": [{"alternatives": [{"words": [{"startTime": "12.9s" | {seconds, nanos}, "word"}]}]}]}`;
 *   with diarization the last result repeats every word with its `speakerTag` (from 1): then only it is read;
 * - IBM Watson: `{"results": [{"alternatives": [{"timestamps": [["word", from, to]]}]}], "speaker_labels": [{"from", "speaker"}]}`;
 * - Rev.ai: `{"monologues": [{"speaker", "elements": [{"type": "text" | "punct", "value", "ts", "end_ts"}]}]}`;
 * - Speechmatics (v1): `{"words": [{"name", "time", "duration"}], "speakers": [{"name", "time", "duration"}]}`, punctuation as its own words;
 * - BBC Kaldi: `{"retval": {"words": [{"punct", "start", "end"}], "segmentation": {"segments": [{"start", "duration", "speaker": {"@id"}}]}}}`;
 * - Azure Speech batch: `{"recognizedPhrases": [{"nBest": [{"display", "displayWords": [{"displayText", "offsetInTicks", "durationInTicks"}]}]}]}`,
 *   only the best alternative;
 * - Bilibili subtitles (AI and fansub BCC): `{"body": [{"from", "to", "content"}]}` in seconds;
 * - YouTube json3: `{"events": [{"tStartMs", "dDurationMs", "segs": [{"utf8", "tOffsetMs"}]}]}`, `aAppend` events only a line break.
 */
type Reading = (
	| {words: TimedWord[]; cues?: undefined; language?: string}
	| {cues: TimedCue[]; words?: undefined; language?: string; wordEndsKnown?: boolean}
) & {
	/** The service says it punctuated: Deepgram's `punctuated_word`, punctuation tokens of their own (AWS, Rev.ai, Speechmatics). */
	punctuated?: true;
};

type Vendor = {format: string; recognise: (v: Record<string, unknown>) => boolean; read: (v: Record<string, unknown>) => Reading};

/** A time in seconds a service writes as a number or a numeric string; null when it is neither. */
const secondsOf = (v: unknown): number | null => {
	const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}(?:\.\d{1,9})?$/.test(v.trim()) ? Number(v) : Number.NaN;
	return Number.isFinite(n) && n >= 0 ? n : null;
};

/** Google's durations: `"25.600s"`, or `{"seconds": "25", "nanos": 600000000}`. */
const googleSeconds = (v: unknown): number | null => {
	if (typeof v === 'string') return secondsOf(v.replace(/s$/, ''));
	if (!isRecord(v)) return null;
	const s = v.seconds === undefined ? 0 : secondsOf(v.seconds);
	const n = v.nanos === undefined ? 0 : secondsOf(v.nanos);
	return s === null || n === null ? null : s + n / 1e9;
};

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const recs = (v: unknown): Record<string, unknown>[] => arr(v).filter(isRecord);
const first = (v: unknown): Record<string, unknown> | undefined => recs(v)[0];

/** A timed word in seconds, or nothing when either time is missing. */
const word = (text: string, start: number | null, end: number | null, speaker?: string): TimedWord[] =>
	start === null || text.trim() === ''
		? []
		: [{text, startMs: secondsToMs(start), endMs: secondsToMs(Math.max(start, end ?? start)), ...(speaker === undefined ? {} : {speaker})}];

/** A machine's 0-based speaker number as the label the assembler counts from 0. */
const numbered = (n: unknown, base = 0): string | undefined => (typeof n === 'number' && Number.isInteger(n) && n >= base ? `SPEAKER_${n - base}` : undefined);

/** Labels that are neither numbers nor `spk_n` (Speechmatics' F4, Kaldi's S12): numbered in order of first appearance. */
const inOrder = () => {
	const seen = new Map<string, string>();
	return (label: string): string => {
		const known = seen.get(label);
		if (known !== undefined) return known;
		const next = `SPEAKER_${seen.size}`;
		seen.set(label, next);
		return next;
	};
};

/** Punctuation a service gives as its own token, joined to the word before it. */
const PUNCTUATION = /^[\p{P}\s]+$/u;
const attachPunctuation = (tokens: ({text: string} & Partial<TimedWord>)[]): {words: TimedWord[]; punctuated?: true} => {
	const out: TimedWord[] = [];
	let punctuated = false;
	for (const t of tokens) {
		const last = out[out.length - 1];
		if (PUNCTUATION.test(t.text)) {
			if (last !== undefined && t.text.trim() !== '') last.text += t.text.trim();
			punctuated ||= t.text.trim() !== '';
			continue;
		}
		if (t.startMs !== undefined && t.endMs !== undefined)
			out.push({text: t.text, startMs: t.startMs, endMs: t.endMs, ...(t.speaker ? {speaker: t.speaker} : {})});
	}
	// A service that gives punctuation as tokens of its own had punctuation on: its text is punctuated, however long its sentences.
	return {words: out, ...(punctuated ? {punctuated: true as const} : {})};
};

/** The speaker of a time, from turns sorted by start: the last that starts at or before it. */
const speakerAt = (turns: {startMs: number; speaker: string}[]) => {
	const sorted = [...turns].sort((a, b) => a.startMs - b.startMs);
	let i = 0;
	return (ms: number): string | undefined => {
		// Words come in time order, so the pointer only moves forward: linear overall.
		while (i + 1 < sorted.length && (sorted[i + 1]?.startMs ?? Number.POSITIVE_INFINITY) <= ms) i++;
		const turn = sorted[i];
		return turn !== undefined && turn.startMs <= ms + 1 ? turn.speaker : undefined;
	};
};

const assemblyAi: Vendor = {
	format: 'AssemblyAI JSON',
	recognise: (v) => 'language_model' in v || ('audio_url' in v && Array.isArray(v.words)),
	read: (v) => ({
		words: recs(v.words).flatMap((w) => {
			const label = stringOf(w.speaker).trim();
			const speaker = /^[A-Z]$/.test(label) ? `SPEAKER_${label.charCodeAt(0) - 65}` : label || undefined;
			const start = secondsOf(w.start);
			const end = secondsOf(w.end);
			return word(stringOf(w.text), start === null ? null : start / 1000, end === null ? null : end / 1000, speaker);
		}),
		...(typeof v.language_code === 'string' ? {language: v.language_code} : {}),
	}),
};

const deepgram: Vendor = {
	format: 'Deepgram JSON',
	recognise: (v) => isRecord(v.results) && Array.isArray(v.results.channels),
	read: (v) => {
		const alt = first(first(isRecord(v.results) ? v.results.channels : undefined)?.alternatives);
		const words = recs(alt?.words);
		return {
			words: words.flatMap((w) => word(stringOf(w.punctuated_word) || stringOf(w.word), secondsOf(w.start), secondsOf(w.end), numbered(w.speaker))),
			...(words.some((w) => typeof w.punctuated_word === 'string') ? {punctuated: true as const} : {}),
		};
	},
};

const aws: Vendor = {
	format: 'AWS Transcribe JSON',
	recognise: (v) => isRecord(v.results) && Array.isArray(v.results.items),
	read: (v) => {
		const results = v.results as Record<string, unknown>;
		const labels = new Map<string, string>();
		for (const seg of recs(isRecord(results.speaker_labels) ? results.speaker_labels.segments : undefined))
			for (const item of recs(seg.items)) labels.set(stringOf(item.start_time), stringOf(item.speaker_label));
		return {
			...attachPunctuation(
				recs(results.items).map((item) => {
					const text = stringOf(first(item.alternatives)?.content);
					const start = secondsOf(item.start_time);
					const end = secondsOf(item.end_time);
					const label = stringOf(item.speaker_label) || labels.get(stringOf(item.start_time));
					return start === null
						? {text}
						: {text, startMs: secondsToMs(start), endMs: secondsToMs(Math.max(start, end ?? start)), ...(label ? {speaker: label} : {})};
				}),
			),
		};
	},
};

const google: Vendor = {
	format: 'Google Speech-to-Text JSON',
	recognise: (v) => recs(v.results).some((r) => Array.isArray(first(r.alternatives)?.words) && 'languageCode' in r) || googleWords(v).length > 0,
	read: (v) => {
		const results = recs(v.results);
		const last = results[results.length - 1];
		const tagged = recs(first(last?.alternatives)?.words).some((w) => 'speakerTag' in w);
		const language = results.map((r) => stringOf(r.languageCode)).find((l) => l !== '');
		return {
			words: (tagged && last ? [last] : results).flatMap((r) =>
				recs(first(r.alternatives)?.words).flatMap((w) =>
					word(stringOf(w.word), googleSeconds(w.startTime), googleSeconds(w.endTime), numbered(w.speakerTag, 1)),
				),
			),
			...(language ? {language} : {}),
		};
	},
};
const googleWords = (v: Record<string, unknown>) => recs(first(first(v.results)?.alternatives)?.words).filter((w) => 'startTime' in w && 'word' in w);

/** IBM's results, at the top or nested one level in a result (as its asynchronous jobs write them). */
const ibmResults = (v: Record<string, unknown>): Record<string, unknown>[] =>
	recs(v.results).flatMap((r) => (Array.isArray(r.results) ? recs(r.results) : [r]));
const ibmLabels = (v: Record<string, unknown>): Record<string, unknown>[] => [
	...recs(v.speaker_labels),
	...recs(v.results).flatMap((r) => recs(r.speaker_labels)),
];

const ibm: Vendor = {
	format: 'IBM Watson JSON',
	recognise: (v) => ibmResults(v).some((r) => Array.isArray(first(r.alternatives)?.timestamps)),
	read: (v) => {
		const speakers = new Map<number, string>();
		for (const l of ibmLabels(v)) {
			const from = secondsOf(l.from);
			const s = numbered(l.speaker);
			if (from !== null && s !== undefined) speakers.set(secondsToMs(from), s);
		}
		return {
			words: ibmResults(v).flatMap((r) =>
				arr(first(r.alternatives)?.timestamps).flatMap((t) => {
					if (!Array.isArray(t)) return [];
					const start = secondsOf(t[1]);
					return word(stringOf(t[0]), start, secondsOf(t[2]), start === null ? undefined : speakers.get(secondsToMs(start)));
				}),
			),
		};
	},
};

const revAi: Vendor = {
	format: 'Rev.ai JSON',
	recognise: (v) => recs(v.monologues).some((m) => Array.isArray(m.elements)),
	read: (v) => ({
		...attachPunctuation(
			recs(v.monologues).flatMap((m) =>
				recs(m.elements).map((e) => {
					const text = stringOf(e.value);
					const start = secondsOf(e.ts);
					const end = secondsOf(e.end_ts);
					const speaker = numbered(m.speaker);
					return e.type === 'punct' || start === null
						? {text}
						: {text, startMs: secondsToMs(start), endMs: secondsToMs(Math.max(start, end ?? start)), ...(speaker ? {speaker} : {})};
				}),
			),
		),
	}),
};

const speechmatics: Vendor = {
	format: 'Speechmatics JSON',
	recognise: (v) => recs(v.words).some((w) => 'name' in w && 'time' in w && 'duration' in w),
	read: (v) => {
		const label = inOrder();
		const at = speakerAt(
			recs(v.speakers).flatMap((s) => {
				const t = secondsOf(s.time);
				return t === null || stringOf(s.name) === '' ? [] : [{startMs: secondsToMs(t), speaker: label(stringOf(s.name))}];
			}),
		);
		return {
			...attachPunctuation(
				recs(v.words).map((w) => {
					const start = secondsOf(w.time);
					const text = stringOf(w.name);
					if (start === null) return {text};
					const startMs = secondsToMs(start);
					const speaker = at(startMs);
					return {text, startMs, endMs: startMs + secondsToMs(secondsOf(w.duration) ?? 0), ...(speaker ? {speaker} : {})};
				}),
			),
			...(isRecord(v.job) && typeof v.job.lang === 'string' ? {language: v.job.lang} : {}),
		};
	},
};

const kaldi: Vendor = {
	format: 'BBC Kaldi JSON',
	recognise: (v) => isRecord(v.retval) && Array.isArray(v.retval.words),
	read: (v) => {
		const retval = v.retval as Record<string, unknown>;
		const label = inOrder();
		const words = recs(retval.words);
		const segments = recs(isRecord(retval.segmentation) ? retval.segmentation.segments : undefined).flatMap((s) => {
			const t = secondsOf(s.start);
			const id = isRecord(s.speaker) ? stringOf(s.speaker['@id']) : '';
			return t === null || id === '' ? [] : [{startMs: secondsToMs(t), endMs: secondsToMs(t + (secondsOf(s.duration) ?? 0)), id}];
		});
		// Speakers are numbered by their first word, not their first segment: a segment before the talk may have none.
		const speakerOf = (ms: number): string | undefined => {
			const seg = segments.find((s) => s.startMs <= ms && ms < s.endMs);
			return seg === undefined ? undefined : label(seg.id);
		};
		const spoken = segments.length <= 1000 ? speakerOf : () => undefined;
		return {
			words: words.flatMap((w) => {
				const start = secondsOf(w.start);
				return word(stringOf(w.punct) || stringOf(w.word), start, secondsOf(w.end), start === null ? undefined : spoken(secondsToMs(start)));
			}),
		};
	},
};

/** Azure's ticks are 100 ns. */
const ticksMs = (v: unknown): number | null => {
	const n = secondsOf(typeof v === 'number' ? Math.round(v) : v);
	return n === null ? null : Math.round(n / 1e4);
};

/** Azure's ISO 8601 durations (`PT1M2.5S`), written beside the ticks or instead of them. */
const isoMs = (v: unknown): number | null => {
	const m = typeof v === 'string' ? /^PT(?:(\d{1,4})H)?(?:(\d{1,6})M)?(?:(\d{1,9}(?:\.\d{1,9})?)S)?$/.exec(v.trim()) : null;
	if (m === null || (m[1] ?? m[2] ?? m[3]) === undefined) return null;
	return Math.round((Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 1000);
};
const azureMs = (ticks: unknown, iso: unknown): number | null => ticksMs(ticks) ?? isoMs(iso);

const azure: Vendor = {
	format: 'Azure Speech JSON',
	recognise: (v) => Array.isArray(v.recognizedPhrases),
	read: (v) => ({
		words: recs(v.recognizedPhrases).flatMap((p) => {
			const best = first(p.nBest);
			const speaker = numbered(p.speaker, 1);
			return recs(best?.displayWords).flatMap((w) => {
				const start = azureMs(w.offsetInTicks, w.offset);
				if (start === null) return [];
				const end = start + (azureMs(w.durationInTicks, w.duration) ?? 0);
				return word(stringOf(w.displayText), start / 1000, end / 1000, speaker);
			});
		}),
	}),
};

/** A fansub's on-screen name and sign captions, `(托爾)`, stacked above the line. */
const SIGN_LINE = /^[(（][^()（）]{1,20}[)）]$/;

const bilibili: Vendor = {
	format: 'Bilibili subtitle JSON',
	recognise: (v) => recs(v.body).some((c) => 'from' in c && 'content' in c),
	read: (v) => {
		const cues: TimedCue[] = [];
		for (const c of recs(v.body)) {
			const start = secondsOf(c.from);
			const end = secondsOf(c.to);
			const text = cleanCaptionText(
				stringOf(c.content)
					.split('\n')
					.filter((l) => !SIGN_LINE.test(l.trim()))
					.join('\n'),
			);
			if (start === null || text === '') continue;
			const previous = cues[cues.length - 1];
			const endMs = secondsToMs(Math.max(start, end ?? start));
			// Rolling captions repeat a line in the next cue when a sign is added above it: one line, its full time.
			if (previous !== undefined && previous.text === text) previous.endMs = Math.max(previous.endMs, endMs);
			else cues.push({startMs: secondsToMs(start), endMs, text, line: 1});
		}
		return {cues, ...(typeof v.lang === 'string' ? {language: v.lang} : {})};
	},
};

const youtubeJson3: Vendor = {
	format: 'YouTube json3',
	recognise: (v) => Array.isArray(v.events) && ('wireMagic' in v || recs(v.events).some((e) => 'tStartMs' in e)),
	read: (v) => ({
		cues: timedTextCues(
			recs(v.events).flatMap((e): TimedTextEvent[] => {
				const startMs = secondsOf(e.tStartMs);
				if (startMs === null) return [];
				const segs = recs(e.segs).map((s) => ({text: stringOf(s.utf8), offsetMs: secondsOf(s.tOffsetMs) ?? 0}));
				return [{startMs, durationMs: secondsOf(e.dDurationMs) ?? 0, append: e.aAppend !== undefined, segs, line: 1}];
			}),
		),
		wordEndsKnown: false,
	}),
};

/** Most specific first: Google's and IBM's `results` are arrays, Deepgram's and AWS's objects. */
const VENDORS: readonly Vendor[] = [assemblyAi, deepgram, aws, ibm, google, revAi, speechmatics, kaldi, azure, bilibili, youtubeJson3];

const vendorOf = (text: string): Vendor | undefined => {
	const {value} = parseJsonValue(text);
	return isRecord(value) ? VENDORS.find((v) => v.recognise(value)) : undefined;
};

export const looksLikeSttJson = (text: string): boolean => vendorOf(text) !== undefined;

export const readSttJson = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const vendor = vendorOf(text);
	const {value} = parseJsonValue(text);
	if (vendor === undefined || !isRecord(value)) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: 'not a speech-to-text JSON talkreel reads'});
	const reading = vendor.read(value);
	const cues = reading.cues ?? wordsToCues({words: reading.words});
	if (cues.length === 0) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${vendor.format}, but it has no timed words or cues`});
	return cueTranscript({
		format: vendor.format,
		cues,
		findLabels: false,
		metadata: reading.language ? {language: reading.language} : {},
		...(reading.cues !== undefined && reading.wordEndsKnown !== undefined ? {wordEndsKnown: reading.wordEndsKnown} : {}),
		...(reading.punctuated ? {punctuated: true} : {}),
	});
};
