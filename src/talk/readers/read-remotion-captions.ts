import type {Caption} from '@remotion/captions';
import {UserError} from '../../errors';
import type {RawTranscript} from '../raw-transcript';
import {cueTranscript} from './caption-turns';
import {parseJsonValue, recordsOf, timeOf} from './json-value';
import {wordsToCues} from './words-to-cues';

const FORMAT = 'Remotion captions JSON';

/** `Caption[]` of @remotion/captions (`@remotion/openai-whisper`, `@remotion/install-whisper-cpp`): `[{"text", "startMs", "endMs", "timestampMs", "confidence"}]`. */
export const looksLikeRemotionCaptions = (text: string): boolean =>
	recordsOf(parseJsonValue(text).value)?.some((c) => 'startMs' in c && 'endMs' in c && 'text' in c) ?? false;

/** Captions are words or tokens with their own leading space (`" to"`): they become the turn's word times. */
export const readRemotionCaptions = ({text, file}: {text: string; file: string}): {transcript: RawTranscript} => {
	const items = parseJsonValue(text).value as unknown[];
	const captions: Pick<Caption, 'text' | 'startMs' | 'endMs'>[] = items.map((item, index) => {
		const c = (item ?? {}) as Record<string, unknown>;
		const startMs = timeOf(c.startMs);
		const endMs = timeOf(c.endMs);
		if (typeof c.text !== 'string' || startMs === null || endMs === null) {
			const missing = typeof c.text !== 'string' ? '`text`' : startMs === null ? '`startMs`' : '`endMs`';
			throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${FORMAT}, but caption ${index + 1} has no ${missing}`});
		}
		return {text: c.text, startMs, endMs};
	});
	const cues = wordsToCues({words: captions.map((c) => ({text: c.text, startMs: Math.round(c.startMs), endMs: Math.round(c.endMs)}))});
	return cueTranscript({format: FORMAT, cues, findLabels: false});
};
