import {isTraditionalChinese} from '../../src/text/chinese-script';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {readTalkFile} from '../../src/cli/read-talk-file';
import type {Talk, Turn} from '../../src/talk/talk-schema';

/**
 * What a real (or documented) transcript file should read as: one entry of an
 * EXPECTED.yaml beside the files (the fields are described at the top of
 * tests/fixtures/transcripts/real/EXPECTED.yaml).
 */
export type ExpectedTranscript = {
	file: string;
	tool: string;
	format: string;
	language: string;
	title: string;
	speakers: string[];
	timed: boolean;
	words: boolean;
	first: {speaker: string; startMs?: number; text?: string};
	last: {speaker: string; startMs?: number; endMs?: number};
	sentences_once: string[];
	not_in_text: string[];
	translation: boolean;
	sections: string[];
};

/** The entries of `folder`/EXPECTED.yaml. */
export const readExpected = (folder: string): ExpectedTranscript[] => parse(readFileSync(path.join(folder, 'EXPECTED.yaml'), 'utf8')) as ExpectedTranscript[];

/** Times may differ from the file's by rounding only. */
const TIME_TOLERANCE_MS = 10;

const occurrences = (haystack: string, needle: string): number => {
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
	return count;
};

/** The differences between what `file` reads as and what its entry says: [] when it reads right. */
export const differencesFromExpected = (talk: Talk, entry: ExpectedTranscript): string[] => {
	let expected = entry;
	const out: string[] = [];
	const turns: Turn[] = talk.sections.flatMap((section) => section.turns);
	const nameOf = (turn: Turn | undefined): string =>
		turn === undefined ? '(no turn)' : turn.speakerIds.map((id) => talk.speakers.find((s) => s.id === id)?.name ?? id).join(' & ');
	const near = (actual: number | undefined, wanted: number): boolean => actual !== undefined && Math.abs(actual - wanted) <= TIME_TOLERANCE_MS;

	if (talk.metadata.title !== expected.title) out.push(`title: ${JSON.stringify(talk.metadata.title)}, expected ${JSON.stringify(expected.title)}`);
	const language = talk.metadata.language.toLowerCase();
	// The same language, and for Chinese the same script: `zh-Hant` for a transcript in Traditional characters, `zh` (`zh-CN`…) otherwise.
	const wantedLanguage = expected.language.toLowerCase().split('-')[0] ?? '';
	if (language.split('-')[0] !== wantedLanguage || isTraditionalChinese(language) !== isTraditionalChinese(expected.language))
		out.push(`language: ${language}, expected ${expected.language}`);

	// Entries name unnamed and diarized speakers `Speaker n`; a Chinese talk calls them `发言人 n`, in Traditional characters `發言人 n`.
	const chinese = language.startsWith('zh');
	const word = isTraditionalChinese(language) ? '發言人' : '发言人';
	const named = (name: string): string => (chinese ? name.replace(/^Speaker (\d+)$/, `${word} $1`) : name);
	expected = {
		...expected,
		speakers: expected.speakers.map(named),
		first: {...expected.first, speaker: named(expected.first.speaker)},
		last: {...expected.last, speaker: named(expected.last.speaker)},
	};
	const speakersInOrder: string[] = [];
	for (const turn of turns) {
		const name = nameOf(turn);
		for (const one of name.split(' & ')) if (!speakersInOrder.includes(one)) speakersInOrder.push(one);
	}
	if (JSON.stringify(speakersInOrder) !== JSON.stringify(expected.speakers))
		out.push(`speakers: ${JSON.stringify(speakersInOrder)}, expected ${JSON.stringify(expected.speakers)}`);
	const unheard = talk.speakers.filter((s) => !speakersInOrder.includes(s.name)).map((s) => s.name);
	if (unheard.length > 0) out.push(`speakers listed without a turn: ${JSON.stringify(unheard)}`);

	const timed = turns.length > 0 && turns.every((turn) => turn.startMs !== undefined);
	if (timed !== expected.timed) out.push(`timed: ${timed}, expected ${expected.timed}`);
	const words = turns.some((turn) => (turn.words?.length ?? 0) > 0);
	if (words !== expected.words) out.push(`words: ${words}, expected ${expected.words}`);

	const first = turns[0];
	if (nameOf(first) !== expected.first.speaker) out.push(`first turn's speaker: ${nameOf(first)}, expected ${expected.first.speaker}`);
	if (expected.first.startMs !== undefined && !near(first?.startMs, expected.first.startMs))
		out.push(`first turn's start: ${first?.startMs}, expected ${expected.first.startMs}`);
	if (expected.first.text !== undefined && !(first?.text ?? '').startsWith(expected.first.text))
		out.push(`first turn's text: ${JSON.stringify((first?.text ?? '').slice(0, 80))}, expected it to begin ${JSON.stringify(expected.first.text)}`);
	const last = turns.at(-1);
	if (nameOf(last) !== expected.last.speaker) out.push(`last turn's speaker: ${nameOf(last)}, expected ${expected.last.speaker}`);
	if (expected.last.endMs !== undefined && !near(last?.endMs, expected.last.endMs))
		out.push(`last turn's end: ${last?.endMs}, expected ${expected.last.endMs}`);
	if (expected.last.startMs !== undefined && !near(last?.startMs, expected.last.startMs))
		out.push(`last turn's start: ${last?.startMs}, expected ${expected.last.startMs}`);

	const text = turns.map((turn) => turn.text).join('\n');
	for (const sentence of expected.sentences_once) {
		const count = occurrences(text, sentence);
		if (count !== 1) out.push(`${JSON.stringify(sentence)} is in the text ${count} times, expected once`);
	}
	for (const markup of expected.not_in_text) if (text.includes(markup)) out.push(`${JSON.stringify(markup)} reached the text`);

	const translated = turns.some((turn) => turn.translation !== undefined);
	if (translated !== expected.translation) out.push(`translation: ${translated}, expected ${expected.translation}`);
	if (expected.sections.length > 0) {
		const titles = talk.sections.map((section) => section.title);
		if (JSON.stringify(titles) !== JSON.stringify(expected.sections))
			out.push(`sections: ${JSON.stringify(titles)}, expected ${JSON.stringify(expected.sections)}`);
	}
	return out;
};

/** Reads `folder`/`expected.file` as the CLI does and lists how it differs from its entry. */
export const readAndCompare = async (folder: string, expected: ExpectedTranscript): Promise<string[]> => {
	const {talk} = await readTalkFile({file: path.join(folder, expected.file), edits: false, chapters: false});
	return differencesFromExpected(talk, expected);
};
