import {ingestMarkdown} from './ingest-markdown';
import {slugify} from './slugify';
import {TalkError} from './talk-error';
import {TalkSchema, type Talk} from './talk-schema';

/**
 * Any supported transcript text → a Talk. The format is recognised from the content,
 * not the file name: a Talk as JSON (what `talkreel parse` prints), or the markdown
 * interview dialect. CRLF, a byte-order mark, tabs and trailing spaces read the same
 * as plain LF text.
 */
export const ingestTalk = ({text, file}: {text: string; file: string}): {talk: Talk} => {
	if (text.includes('\u0000') || countReplacementChars(text) > Math.max(3, text.length / 100)) {
		throw new TalkError({code: 'TALK_BINARY', file, line: lineOf(text, firstBinaryIndex(text)), problem: 'this is binary data, not a text transcript'});
	}
	const normalised = normaliseText(text);
	if (normalised.trim() === '') {
		throw new TalkError({code: 'TALK_EMPTY', file, line: 1, problem: 'the file is empty'});
	}
	const slug = slugFromFile(file);
	const trimmed = normalised.trimStart();
	if (trimmed.startsWith('{')) return ingestTalkJson({text: normalised, file});
	return ingestMarkdown({text: normalised, file, slug});
};

export const normaliseText = (text: string): string =>
	text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.replace(/[ \u00a0]+$/gm, '');

/** `data/Aspen 2024 — Altman.md` → `aspen-2024-altman`. */
export const slugFromFile = (file: string): string => {
	const base = file.split(/[\\/]/).pop() ?? file;
	return slugify(base.replace(/\.[^.]+$/, '')) || 'talk';
};

const ingestTalkJson = ({text, file}: {text: string; file: string}): {talk: Talk} => {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		throw new TalkError({code: 'TALK_PARSE', file, line: 1, problem: `invalid JSON: ${message}`});
	}
	const parsed = TalkSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new TalkError({code: 'TALK_PARSE', file, line: 1, problem: `not a talk: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`});
	}
	return {talk: parsed.data};
};

const countReplacementChars = (text: string): number => text.split('\uFFFD').length - 1;

const firstBinaryIndex = (text: string): number => {
	const nul = text.indexOf('\u0000');
	const bad = text.indexOf('\uFFFD');
	return nul === -1 ? Math.max(0, bad) : bad === -1 ? nul : Math.min(nul, bad);
};

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;
