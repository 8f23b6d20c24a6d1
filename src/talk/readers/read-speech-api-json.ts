import {UserError} from '../../errors';
import {secondsToMs} from '../parse-timestamp';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {cleanCaptionText} from './clean-caption-text';
import {isRecord, parseJsonValue} from './json-value';
import type {TimedCue} from './timed-cue';
import {type TimedWord, wordsToCues} from './words-to-cues';

/**
 * The JSON that speech-to-text services and video platforms hand back: each a list of
 * timed words (or lines), in its own shape. Each service is one entry of SPEECH_APIS:
 * how it is recognised from its top-level shape and where its words, times and speakers
 * are. The rest is shared: words become cues (`wordsToCues`), cues a raw transcript, and
 * the assembler names the speakers as everywhere else.
 *
 * Speakers are handed on as diarization labels counted from 0 (`SPEAKER_00`), so each
 * service's own counting is undone here: Google's `speakerTag` and Azure's `speaker`
 * count from 1, AssemblyAI uses letters, Speechmatics and Kaldi cluster ids, which are
 * numbered in order of first speech.
 */
type SpeechApi = {
	format: string;
	recognise: (value: Record<string, unknown>) => boolean;
	/** Timed words, or timed lines for services that give no word times. */
	read: (value: Record<string, unknown>, fail: (problem: string) => never) => {words: TimedWord[]} | {cues: TimedCue[]};
};

const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const recordAt = (v: unknown, ...path: (string | number)[]): Record<string, unknown> | null => {
	let at: unknown = v;
	for (const key of path) {
		if (typeof key === 'number') at = Array.isArray(at) ? at[key] : undefined;
		else at = isRecord(at) ? at[key] : undefined;
	}
	return isRecord(at) ? at : null;
};
const firstRecord = (v: unknown): Record<string, unknown> | null => (Array.isArray(v) && isRecord(v[0]) ? v[0] : null);

/** Seconds as a number or a numeric string (`13.03`, AWS and Speechmatics write them so); null when missing or not a time. */
const seconds = (v: unknown): number | null => {
	const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(v) ? Number(v) : Number.NaN;
	return Number.isFinite(n) && n >= 0 ? n : null;
};

/** Google's `"25.600s"`, or `{seconds: "12", nanos: 900000000}` as its client libraries print it. */
const googleSeconds = (v: unknown): number | null => {
	if (typeof v === 'string') {
		const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
		return m ? Number(m[1]) : null;
	}
	if (isRecord(v)) {
		const whole = v.seconds === undefined ? 0 : seconds(v.seconds);
		const nanos = v.nanos === undefined ? 0 : seconds(v.nanos);
		return whole === null || nanos === null ? null : whole + nanos / 1e9;
	}
	return null;
};

/** ISO 8601 durations as Azure writes them (`PT1M2.5S`), or ticks of 100 ns. */
const azureSeconds = (iso: unknown, ticks: unknown): number | null => {
	if (typeof ticks === 'number' && Number.isFinite(ticks) && ticks >= 0) return ticks / 1e7;
	if (typeof iso !== 'string') return null;
	const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso.trim());
	if (m === null || iso.trim() === 'PT') return null;
	return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
};

/** A diarization label counted from 0, as the assembler names them (`Speaker n+1`). */
const label = (zeroBased: number): string => `SPEAKER_${String(zeroBased).padStart(2, '0')}`;

/** Cluster ids (`F4`, `S0`, `A`): numbered in order of first speech. */
const inOrderOfFirstSpeech = (): ((id: string) => string) => {
	const seen = new Map<string, number>();
	return (id) => {
		if (!seen.has(id)) seen.set(id, seen.size);
		return label(seen.get(id) as number);
	};
};

const speakerNumber = (v: unknown, from: 0 | 1): string | undefined =>
	typeof v === 'number' && Number.isInteger(v) && v >= from && v < 10_000 ? label(v - from) : undefined;

/** A word with its times in seconds; fails with the item's place when a time is missing. */
const timedWord = (
	fail: (problem: string) => never,
	what: string,
	{text, start, end, speaker}: {text: string; start: number | null; end: number | null; speaker?: string},
): TimedWord => {
	if (start === null || end === null) fail(`${what} has no ${start === null ? 'start' : 'end'} time`);
	return {text: cleanCaptionText(text), startMs: secondsToMs(start), endMs: secondsToMs(Math.max(start, end)), ...(speaker === undefined ? {} : {speaker})};
};

/** Punctuation a service gives as an item of its own (AWS, Rev.ai, Speechmatics): it joins the word before it. */
const withPunctuation = (words: TimedWord[], mark: string): void => {
	const previous = words.at(-1);
	if (previous !== undefined && mark.trim() !== '') previous.text += mark.trim();
};

const DEEPGRAM: SpeechApi = {
	format: 'Deepgram JSON',
	recognise: (v) => recordAt(v, 'results', 'channels', 0, 'alternatives', 0) !== null,
	read: (v, fail) => ({
		words: arrayOf(recordAt(v, 'results', 'channels', 0, 'alternatives', 0)?.words).map((item, i) => {
			const w = isRecord(item) ? item : {};
			const text = typeof w.punctuated_word === 'string' ? w.punctuated_word : typeof w.word === 'string' ? w.word : '';
			return timedWord(fail, `word ${i + 1}`, {text, start: seconds(w.start), end: seconds(w.end), speaker: speakerNumber(w.speaker, 0)});
		}),
	}),
};

const ASSEMBLYAI: SpeechApi = {
	format: 'AssemblyAI JSON',
	recognise: (v) => typeof v.audio_url === 'string' || (Array.isArray(v.utterances) && Array.isArray(v.words) && 'acoustic_model' in v),
	read: (v, fail) => {
		const speaker = (s: unknown): string | undefined => (typeof s === 'string' && /^[A-Z]$/.test(s) ? label(s.charCodeAt(0) - 65) : undefined);
		// Times in ms; `words` carries the speaker of each word when speakers were asked for.
		return {
			words: arrayOf(v.words).map((item, i) => {
				const w = isRecord(item) ? item : {};
				const start = seconds(w.start);
				const end = seconds(w.end);
				return timedWord(fail, `word ${i + 1}`, {
					text: typeof w.text === 'string' ? w.text : '',
					start: start === null ? null : start / 1000,
					end: end === null ? null : end / 1000,
					speaker: speaker(w.speaker),
				});
			}),
		};
	},
};

const AWS_TRANSCRIBE: SpeechApi = {
	format: 'Amazon Transcribe JSON',
	recognise: (v) => isRecord(v.results) && Array.isArray(v.results.items) && Array.isArray(v.results.transcripts),
	read: (v, fail) => {
		const results = v.results as Record<string, unknown>;
		// Older output names each word's speaker only in speaker_labels.segments, by start time.
		const speakerAt = new Map<string, string>();
		for (const segment of arrayOf(recordAt(results, 'speaker_labels')?.segments)) {
			for (const item of arrayOf(isRecord(segment) ? segment.items : [])) {
				if (isRecord(item) && typeof item.start_time === 'string' && typeof item.speaker_label === 'string') speakerAt.set(item.start_time, item.speaker_label);
			}
		}
		const byLabel = inOrderOfFirstSpeech();
		const words: TimedWord[] = [];
		arrayOf(results.items).forEach((item, i) => {
			const w = isRecord(item) ? item : {};
			const content = recordAt(w, 'alternatives', 0)?.content;
			const text = typeof content === 'string' ? content : '';
			if (w.type === 'punctuation') return withPunctuation(words, text);
			const raw = typeof w.speaker_label === 'string' ? w.speaker_label : typeof w.start_time === 'string' ? speakerAt.get(w.start_time) : undefined;
			const n = raw === undefined ? null : /^spk_(\d{1,4})$/.exec(raw);
			const speaker = raw === undefined ? undefined : n ? label(Number(n[1])) : byLabel(raw);
			words.push(timedWord(fail, `item ${i + 1}`, {text, start: seconds(w.start_time), end: seconds(w.end_time), speaker}));
		});
		return {words};
	},
};

const GOOGLE_SPEECH: SpeechApi = {
	format: 'Google Cloud Speech-to-Text JSON',
	recognise: (v) => {
		const alternative = recordAt(v, 'results', 0, 'alternatives', 0);
		return alternative !== null && typeof alternative.transcript === 'string';
	},
	read: (v, fail) => {
		const wordsOf = (result: unknown): Record<string, unknown>[] => arrayOf(recordAt(result, 'alternatives', 0)?.words).filter(isRecord);
		const results = arrayOf(v.results);
		// With diarization, the last result repeats every word of the others with its speaker:
		// read that one alone, so no word is read twice.
		const last = wordsOf(results.at(-1));
		const before = results.slice(0, -1).reduce((n: number, r) => n + wordsOf(r).length, 0);
		const diarized = last.length > 0 && last.length >= before && before > 0 && last.every((w) => typeof w.speakerTag === 'number');
		const items = diarized ? last : results.flatMap(wordsOf);
		return {
			words: items.map((w, i) =>
				timedWord(fail, `word ${i + 1}`, {
					text: typeof w.word === 'string' ? w.word : '',
					start: w.startTime === undefined ? 0 : googleSeconds(w.startTime),
					end: googleSeconds(w.endTime),
					speaker: speakerNumber(w.speakerTag, 1),
				}),
			),
		};
	},
};

const REV_AI: SpeechApi = {
	format: 'Rev.ai JSON',
	recognise: (v) => firstRecord(v.monologues) !== null && Array.isArray(firstRecord(v.monologues)?.elements),
	read: (v, fail) => {
		const words: TimedWord[] = [];
		arrayOf(v.monologues).forEach((monologue, m) => {
			const speaker = speakerNumber(isRecord(monologue) ? monologue.speaker : undefined, 0);
			arrayOf(isRecord(monologue) ? monologue.elements : []).forEach((element, e) => {
				const el = isRecord(element) ? element : {};
				const value = typeof el.value === 'string' ? el.value : '';
				if (el.type === 'punct') return withPunctuation(words, value);
				words.push(timedWord(fail, `monologue ${m + 1}, element ${e + 1}`, {text: value, start: seconds(el.ts), end: seconds(el.end_ts), speaker}));
			});
		});
		return {words};
	},
};

const SPEECHMATICS: SpeechApi = {
	format: 'Speechmatics JSON',
	recognise: (v) => isRecord(v.job) && firstRecord(v.words) !== null && 'name' in (firstRecord(v.words) ?? {}) && 'time' in (firstRecord(v.words) ?? {}),
	read: (v, fail) => {
		// Speakers are time ranges of their own; words go to the range they start in.
		const ranges = arrayOf(v.speakers)
			.filter(isRecord)
			.map((s) => ({name: typeof s.name === 'string' ? s.name : '', start: seconds(s.time) ?? 0, end: (seconds(s.time) ?? 0) + (seconds(s.duration) ?? 0)}))
			.sort((a, b) => a.start - b.start);
		const byLabel = inOrderOfFirstSpeech();
		let r = 0;
		const words: TimedWord[] = [];
		arrayOf(v.words).forEach((item, i) => {
			const w = isRecord(item) ? item : {};
			const text = typeof w.name === 'string' ? w.name : '';
			const start = seconds(w.time);
			// Punctuation comes as a word of its own (`.`), often without a duration.
			if (/^[\p{P}]+$/u.test(text.trim())) return withPunctuation(words, text);
			while (start !== null && r + 1 < ranges.length && (ranges[r + 1]?.start ?? Number.POSITIVE_INFINITY) <= start) r++;
			const range = ranges[r];
			const speaker = range !== undefined && range.name !== '' && start !== null && start >= range.start - 0.01 ? byLabel(range.name) : undefined;
			const duration = seconds(w.duration);
			words.push(timedWord(fail, `word ${i + 1}`, {text, start, end: start === null || duration === null ? null : start + duration, speaker}));
		});
		return {words};
	},
};

const IBM_WATSON: SpeechApi = {
	format: 'IBM Watson Speech to Text JSON',
	recognise: (v) =>
		Array.isArray(recordAt(v, 'results', 0, 'results', 0, 'alternatives', 0)?.timestamps) ||
		Array.isArray(recordAt(v, 'results', 0, 'alternatives', 0)?.timestamps),
	read: (v, fail) => {
		// Either a job's `{results: [{results, speaker_labels}]}` or a recognize call's `{results, speaker_labels}`.
		const outer = Array.isArray(recordAt(v, 'results', 0)?.results) ? arrayOf(v.results) : [v];
		const words: TimedWord[] = [];
		for (const block of outer) {
			const b = isRecord(block) ? block : {};
			const speakerAt = new Map<number, number>();
			for (const l of arrayOf(b.speaker_labels))
				if (isRecord(l) && typeof l.from === 'number' && typeof l.speaker === 'number') speakerAt.set(l.from, l.speaker);
			arrayOf(b.results).forEach((result, i) => {
				for (const stamp of arrayOf(recordAt(result, 'alternatives', 0)?.timestamps)) {
					const [text, from, to] = Array.isArray(stamp) ? stamp : [];
					const start = seconds(from);
					const n = start === null ? undefined : speakerAt.get(start);
					words.push(timedWord(fail, `result ${i + 1}`, {text: typeof text === 'string' ? text : '', start, end: seconds(to), speaker: speakerNumber(n, 0)}));
				}
			});
		}
		return {words};
	},
};

const AZURE_BATCH: SpeechApi = {
	format: 'Azure Speech batch transcription JSON',
	recognise: (v) => Array.isArray(v.recognizedPhrases),
	read: (v, fail) => {
		const phrases = arrayOf(v.recognizedPhrases)
			.filter(isRecord)
			// Multichannel output lists each channel's phrases; the first channel is the talk.
			.filter((p) => p.channel === undefined || p.channel === 0 || p.speaker !== undefined)
			.filter((p) => p.recognitionStatus === undefined || p.recognitionStatus === 'Success');
		const timeOf = (w: Record<string, unknown>): {start: number | null; end: number | null} => {
			const start = azureSeconds(w.offset, w.offsetInTicks);
			const length = azureSeconds(w.duration, w.durationInTicks);
			return {start, end: start === null || length === null ? null : start + length};
		};
		// Word times when every phrase has them (`displayWords`, asked for with wordLevelTimestamps); else one cue per phrase.
		const everyPhraseHasWords = phrases.every((p) => arrayOf(recordAt(p, 'nBest', 0)?.displayWords).length > 0);
		if (everyPhraseHasWords) {
			return {
				words: phrases.flatMap((p, i) =>
					arrayOf(recordAt(p, 'nBest', 0)?.displayWords)
						.filter(isRecord)
						.map((w) =>
							timedWord(fail, `phrase ${i + 1}`, {
								text: typeof w.displayText === 'string' ? w.displayText : '',
								...timeOf(w),
								speaker: speakerNumber(p.speaker, 1),
							}),
						),
				),
			};
		}
		return {
			cues: phrases.map((p, i) => {
				const display = recordAt(p, 'nBest', 0)?.display;
				const word = timedWord(fail, `phrase ${i + 1}`, {text: typeof display === 'string' ? display : '', ...timeOf(p), speaker: speakerNumber(p.speaker, 1)});
				return {...word, line: 1};
			}),
		};
	},
};

const BBC_KALDI: SpeechApi = {
	format: 'BBC Kaldi JSON',
	recognise: (v) => isRecord(v.retval) && firstRecord(v.retval.words) !== null,
	read: (v, fail) => {
		const retval = v.retval as Record<string, unknown>;
		const segments = arrayOf(recordAt(retval, 'segmentation')?.segments)
			.filter(isRecord)
			.map((s) => ({
				id: typeof recordAt(s, 'speaker')?.['@id'] === 'string' ? String(recordAt(s, 'speaker')?.['@id']) : '',
				start: seconds(s.start) ?? 0,
				end: (seconds(s.start) ?? 0) + (seconds(s.duration) ?? 0),
			}))
			.sort((a, b) => a.start - b.start);
		const byLabel = inOrderOfFirstSpeech();
		let s = 0;
		return {
			words: arrayOf(retval.words).map((item, i) => {
				const w = isRecord(item) ? item : {};
				const start = seconds(w.start);
				while (start !== null && s + 1 < segments.length && (segments[s + 1]?.start ?? Number.POSITIVE_INFINITY) <= start) s++;
				const segment = segments[s];
				const speaker = segment !== undefined && segment.id !== '' && start !== null && start >= segment.start ? byLabel(segment.id) : undefined;
				const text = typeof w.punct === 'string' ? w.punct : typeof w.word === 'string' ? w.word : '';
				return timedWord(fail, `word ${i + 1}`, {text, start, end: seconds(w.end), speaker});
			}),
		};
	},
};

const BILIBILI_BCC: SpeechApi = {
	format: 'Bilibili BCC subtitle JSON',
	recognise: (v) => {
		const first = firstRecord(v.body);
		return first !== null && 'from' in first && 'to' in first && 'content' in first;
	},
	read: (v, fail) => ({
		cues: arrayOf(v.body).map((item, i) => {
			const c = isRecord(item) ? item : {};
			const word = timedWord(fail, `line ${i + 1}`, {text: typeof c.content === 'string' ? c.content : '', start: seconds(c.from), end: seconds(c.to)});
			return {startMs: word.startMs, endMs: word.endMs, text: word.text, line: 1};
		}),
	}),
};

/** The speech-to-text and platform exports read here, most specific first. */
const SPEECH_APIS: readonly SpeechApi[] = [
	DEEPGRAM,
	ASSEMBLYAI,
	AWS_TRANSCRIBE,
	REV_AI,
	SPEECHMATICS,
	IBM_WATSON,
	AZURE_BATCH,
	BBC_KALDI,
	BILIBILI_BCC,
	GOOGLE_SPEECH,
];

const apiOf = (text: string): SpeechApi | null => {
	const {value} = parseJsonValue(text);
	return isRecord(value) ? (SPEECH_APIS.find((api) => api.recognise(value)) ?? null) : null;
};

export const looksLikeSpeechApiJson = (text: string): boolean => apiOf(text) !== null;

export const readSpeechApiJson = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const api = apiOf(text);
	const {value} = parseJsonValue(text);
	if (api === null || !isRecord(value)) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: 'not a speech-to-text JSON talkreel reads'});
	const fail = (problem: string): never => {
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${api.format}, but its ${problem}`});
	};
	const read = api.read(value, fail);
	const cues = 'cues' in read ? read.cues.filter((cue) => cue.text.trim() !== '') : wordsToCues({words: read.words});
	if (cues.length === 0) fail('words are empty: nothing is said in it');
	return cueTranscript({format: api.format, cues, findLabels: false});
};
