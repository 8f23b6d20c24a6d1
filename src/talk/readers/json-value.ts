/**
 * JSON input, parsed once however many readers look at it: `recognise` of each JSON reader
 * and then its `read` see the same value. Only top-level shapes are inspected, so a value
 * nested 10 000 deep costs nothing more than its parse.
 */
let cache: {text: string; value: unknown; error: string | null} | null = null;

export const parseJsonValue = (text: string): {value: unknown; error: string | null} => {
	if (cache?.text !== text) {
		try {
			cache = {text, value: JSON.parse(text), error: null};
		} catch (e) {
			cache = {text, value: undefined, error: (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')};
		}
	}
	return {value: cache.value, error: cache.error};
};

export const looksLikeJson = (text: string): boolean => JSON_START.test(text.trimStart());

/**
 * How a JSON document starts: an object (`{` and a key, or `{}`: MicroDVD's `{1}{100}` is subtitles), or an array whose first item is an object, an
 * array, a string, a literal, a number followed by `,` or `]`, or nothing. So
 * `[Speaker 1] [00:03] text` and `[00:00:23] **Ana:**` are transcripts in brackets, not JSON.
 */
const JSON_START = /^(?:\{\s*["}]|\[\s*(?:[{["\]]|true\b|false\b|null\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]))/;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first item of an array, when it is an object (a transcript's items are): what recognition looks at. */
export const recordsOf = (v: unknown): Record<string, unknown>[] | null => (Array.isArray(v) && isRecord(v[0]) ? [v[0]] : null);

/** `start`, `end`, `text`: the keys of a JSON value as a message names them (at most 8). */
const keysOf = (v: Record<string, unknown>): string => {
	const keys = Object.keys(v);
	return keys.length === 0 ? 'none' : `${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
};

/** What a JSON value is, for an error that says what was seen: `a JSON array of 12 objects (keys: label, speaker, start, end)`. */
export const describeJson = (v: unknown): string => {
	if (Array.isArray(v)) {
		if (v.length === 0) return 'an empty JSON array';
		const first = v[0];
		if (!isRecord(first)) return `a JSON array of ${v.length} ${typeofJson(first)}s`;
		if (!('text' in first) && !('word' in first)) {
			// pyannote's output: who speaks when, no words.
			const diarization = 'speaker' in first && 'start' in first ? '; speaker times without words: a diarization' : '';
			return `a JSON array whose items have no \`text\` (keys: ${keysOf(first)}${diarization})`;
		}
		return `a JSON array of ${v.length} items (the first with keys: ${keysOf(first)})`;
	}
	if (!isRecord(v)) return `a JSON ${typeofJson(v)}`;
	const like = LOOKALIKES.find(([keys]) => keys.every((k) => k in v))?.[1];
	return `a JSON object (keys: ${keysOf(v)}${like === undefined ? '' : `; it looks like ${like} output without the timed words talkreel reads`})`;
};

/**
 * Whose JSON an object looks like, from its top-level keys: for a file that is some
 * service's export in a shape talkreel does not read (a summary, a job status, a
 * half-finished job), so the message names the service, not a missing Talk field.
 */
const LOOKALIKES: readonly [keys: string[], whose: string][] = [
	[['jobName'], 'AWS Transcribe'],
	[['language_model'], 'AssemblyAI'],
	[['audio_url'], 'AssemblyAI'],
	[['monologues'], 'Rev.ai'],
	[['recognizedPhrases'], 'Azure Speech'],
	[['combinedRecognizedPhrases'], 'Azure Speech'],
	[['retval'], 'BBC Kaldi'],
	[['wireMagic'], 'YouTube json3'],
	[['events'], 'YouTube json3'],
	[['body', 'font_size'], 'Bilibili subtitle'],
	[['job', 'speakers'], 'Speechmatics'],
	[['metadata', 'results'], 'Deepgram'],
	[['result_index'], 'IBM Watson'],
	[['results'], 'a speech-to-text service (Google, IBM Watson, Deepgram or AWS Transcribe)'],
	[['paragraphs'], 'Deepgram'],
	[['utterances'], 'AssemblyAI'],
];

const typeofJson = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The JSON transcripts talkreel reads, for messages about JSON it does not. */
export const JSON_FORMATS =
	'AssemblyAI, Deepgram, AWS Transcribe, Google Speech-to-Text, IBM Watson, Rev.ai, Speechmatics, BBC Kaldi or Azure Speech JSON, Bilibili subtitles, YouTube json3, Whisper or WhisperX output ({"segments": [{"start", "end", "text"}]}, or a bare array of them), whisper.cpp output ({"transcription": […]}), Remotion captions ([{"text", "startMs", "endMs"}]), a Podcasting 2.0 transcript ({"segments": [{"startTime", "endTime", "body"}]}), or a talk as `talkreel parse` prints it';

/** A number of seconds or ms a JSON item gives, or null when it is missing or not a finite, non-negative number. */
export const timeOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/** A JSON value as text when it is a string (a word, a segment's text); '' for anything else, however nested. */
export const stringOf = (v: unknown): string => (typeof v === 'string' ? v : '');
