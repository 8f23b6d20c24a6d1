import {UserError} from '../../errors';
import {type Talk, TalkSchema} from '../talk-schema';
import {describeJson, isRecord, JSON_FORMATS, looksLikeJson} from './json-value';

/** A Talk as JSON, as `talkreel parse` prints it: any JSON object (a wrong one is told what it lacks). */
export const looksLikeTalkJson = (text: string): boolean => text.trimStart().startsWith('{') && looksLikeJson(text);

export const readTalkJson = ({text, file}: {text: string; file: string}): {talk: Talk} => {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		// The parser's message may quote the input across lines: one line, as every message is.
		const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `invalid JSON: ${message}`});
	}
	// A Talk has a slug, and sections with speakers; `metadata` alone is any service's (Deepgram's, a job's): said what it is, not checked as a Talk.
	if (isRecord(value) && !('slug' in value || ('sections' in value && 'speakers' in value))) {
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `${describeJson(value)} is not a transcript talkreel reads; it reads ${JSON_FORMATS}`});
	}
	const parsed = TalkSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `not a talk: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`});
	}
	return {talk: parsed.data};
};
