import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTalkFile} from '../../../src/cli/read-talk-file';
import {isChaptersFile} from '../../../src/talk/load-talk';
import {type Talk, TalkSchema, type Turn} from '../../../src/talk/talk-schema';

/** Real and realistic transcripts of every timed format (see tests/fixtures/transcripts/SOURCES.md). */
const DIR = 'tests/fixtures/transcripts';
const fixture = (name: string) => path.join(DIR, name);
const read = async (name: string): Promise<Talk> => (await readTalkFile({file: fixture(name)})).talk;
const turnsOf = (talk: Talk): Turn[] => talk.sections.flatMap((s) => s.turns);
const speech = (talk: Talk): Turn[] => turnsOf(talk).filter((t) => t.kind === 'speech');

/** Markup a reader must never leave in text: tags, cue settings, timestamps, entities, labels. */
const LEFTOVER = /<\/?[a-z][^>]*>|<\d\d:|&(?:[a-z]+|#\d+);|-->|align:|position:|\{\\|\bSPEAKER_\d|^\s|\s$|\s{2}/i;

/**
 * What each fixture must read as. `first`/`last`: the first and last turn's startMs;
 * `chapters`: section titles (a chapters file beside the transcript, or the one opening section).
 */
const EXPECTED: {
	file: string;
	title: string;
	language: string;
	speakers: string[];
	turns: number;
	first: number;
	last: number;
	chapters: string[];
}[] = [
	// SubRip: `Name:` on the first cue of a turn only; two-line cues wrapped mid-sentence.
	{
		file: 'buzzsprout-rookie-mistakes.srt',
		title: 'Buzzsprout rookie mistakes',
		language: 'en',
		speakers: ['Travis', 'Sarah'],
		turns: 3,
		first: 179,
		last: 102_739,
		chapters: ['Opening'],
	},
	// SubRip with a byte-order mark and CRLF, no speaker labels.
	{
		file: 'hf-course-welcome.en.srt',
		title: 'Hf course welcome',
		language: 'en',
		speakers: ['Speaker 1'],
		turns: 1,
		first: 5850,
		last: 5850,
		chapters: ['Opening'],
	},
	// Bilingual SubRip: a Chinese line and the English original per cue.
	{
		file: 'hf-course-welcome.zh-en.srt',
		title: 'Hf course welcome',
		language: 'zh',
		speakers: ['发言人 1'],
		turns: 1,
		first: 5850,
		last: 5850,
		chapters: ['开场'],
	},
	// WebVTT: CRLF, `<v Name>` on every cue, never closed, `&amp;`.
	{
		file: 'buzzsprout-trailer.vtt',
		title: 'Buzzsprout trailer',
		language: 'en',
		speakers: ['Sarah', 'Gillian'],
		turns: 2,
		first: 0,
		last: 19_080,
		chapters: ['Opening'],
	},
	// WebVTT: `<v Name>` on a turn's first cue only, and a chapters file beside it.
	{
		file: 'it-accessibility.vtt',
		title: 'It accessibility',
		language: 'en',
		// The chapters name who speaks when: the `<v Pablo Molinda>` of one turn is the Pablo Molina of its chapter.
		speakers: ['Michael Young', 'Tracy Mitrano', 'Pablo Molina', 'Edward Ray', 'Gerry Hanley'],
		turns: 9,
		first: 599,
		last: 179_980,
		chapters: [
			'Michael Young',
			'Tracy Mitrano',
			'Pablo Molina',
			'Edward Ray',
			'Michael Young',
			'Tracy Mitrano',
			'Gerry Hanley',
			'Pablo Molina',
			'Tracy Mitrano',
		],
	},
	// WebVTT in Chinese, no punctuation, speakers credited in parentheses; the same chapters (`it-accessibility.chapters.vtt`).
	{
		file: 'it-accessibility.zh.vtt',
		title: 'It accessibility',
		language: 'zh',
		// Each credited once, on their first cue; the chapters say who speaks when, and name the one never credited.
		speakers: ['Michael Young', '特雷西米兰诺', '巴勃罗莫利纳', '爱德华雷', '格里汉利'],
		turns: 9,
		first: 190,
		last: 179_940,
		chapters: [
			'Michael Young',
			'Tracy Mitrano',
			'Pablo Molina',
			'Edward Ray',
			'Michael Young',
			'Tracy Mitrano',
			'Gerry Hanley',
			'Pablo Molina',
			'Tracy Mitrano',
		],
	},
	// WebVTT: `kind:`/`lang:` header, a NOTE block, cue settings, `<i>`, `<b>`, `<c.quotable>`, `[ music ]`.
	{
		file: 'web-accessibility-intro.vtt',
		title: 'Web accessibility intro',
		language: 'en',
		speakers: ['Narrator', 'Terrill'],
		turns: 3,
		first: 429,
		last: 39_132,
		chapters: ['Opening'],
	},
	// The same in German, with `&nbsp;` and `&ndash;` (its header says `lang: en`, and the file is believed).
	{
		file: 'web-accessibility-intro.de.vtt',
		title: 'Web accessibility intro',
		language: 'en',
		speakers: ['Sprecherin', 'Terrill'],
		turns: 3,
		first: 429,
		last: 39_132,
		chapters: ['Opening'],
	},
	// Microsoft Teams: closed voice tags and short times (`0:0:0.570`).
	{
		file: 'teams-meeting.vtt',
		title: 'Teams meeting',
		language: 'en',
		speakers: ['Yuri Bakulin', 'Adrian Petrescu'],
		turns: 2,
		first: 0,
		last: 210,
		chapters: ['Opening'],
	},
	// A youtube-dl download: a Style block in the header, word tags in colour spans, rolling lines.
	{
		file: 'youtube-dl-fragment.vtt',
		title: 'Youtube dl fragment',
		language: 'en',
		speakers: ['Speaker 1'],
		turns: 1,
		first: 286_070,
		last: 286_070,
		chapters: ['Opening'],
	},
	// YouTube auto captions: `[Music]`, rolling lines, word tags, no punctuation.
	{
		file: 'youtube-auto-captions.en.vtt',
		title: 'Youtube auto captions',
		language: 'en',
		speakers: ['Speaker 1'],
		turns: 2,
		first: 0,
		last: 3179,
		chapters: ['Opening'],
	},
	// WhisperX, aligned (words without times for digits), not diarized.
	{file: 'whisperx-aligned.json', title: 'Whisperx aligned', language: 'en', speakers: ['Speaker 1'], turns: 1, first: 610, last: 610, chapters: ['Opening']},
	// WhisperX, diarized: `SPEAKER_00` labels on segments and words.
	{
		file: 'whisperx-diarized.json',
		title: 'Whisperx diarized',
		language: 'en',
		speakers: ['Speaker 1', 'Speaker 2'],
		turns: 2,
		first: 179,
		last: 53_030,
		chapters: ['Opening'],
	},
	// A bare array of `{start, end, text, speaker}` segments.
	{
		file: 'whisper-segments-array.json',
		title: 'Whisper segments array',
		language: 'en',
		speakers: ['Speaker 1', 'Speaker 2'],
		turns: 2,
		first: 179,
		last: 53_030,
		chapters: ['Opening'],
	},
	// Punctuated captions, then 40 cues without a stop: punctuated by their pauses there (a second turn after the 1.4 s pause at 2:04).
	{
		file: 'missing-semester-l2-punctuation-stops.en.srt',
		title: 'Missing semester l2 punctuation stops',
		language: 'en',
		speakers: ['Speaker 1'],
		turns: 2,
		first: 400,
		last: 125_250,
		chapters: ['Opening'],
	},
	// whisper.cpp `-oj`: offsets in ms, `result.language`.
	{file: 'whisper-cpp.json', title: 'Whisper cpp', language: 'en', speakers: ['Speaker 1'], turns: 1, first: 5850, last: 5850, chapters: ['Opening']},
	// Remotion `Caption[]`: tokens with their leading space, one split into sub-word tokens.
	{file: 'remotion-captions.json', title: 'Remotion captions', language: 'en', speakers: ['Speaker 1'], turns: 1, first: 179, last: 179, chapters: ['Opening']},
	// Podcasting 2.0 JSON: word segments with speakers.
	{
		file: 'podcasting20-transcript.json',
		title: 'Podcasting20',
		language: 'en',
		speakers: ['Darth Vader', 'Luke'],
		turns: 2,
		first: 500,
		last: 2750,
		chapters: ['Opening'],
	},
];

describe('timed transcripts: every format read as the talk it is', () => {
	it.each(EXPECTED)('$file', async (expected) => {
		const talk = await read(expected.file);
		const turns = turnsOf(talk);
		expect(talk.metadata.title).toBe(expected.title);
		expect(talk.metadata.language).toBe(expected.language);
		expect(talk.speakers.map((s) => s.name)).toEqual(expected.speakers);
		expect(turns).toHaveLength(expected.turns);
		expect(turns[0]?.startMs).toBe(expected.first);
		expect(turns[turns.length - 1]?.startMs).toBe(expected.last);
		expect(talk.sections.map((s) => s.title)).toEqual(expected.chapters);
		for (const t of turns) expect(t.text, `${expected.file} ${t.id}`).not.toMatch(LEFTOVER);
	});

	it('every fixture of a timed format is in the table', () => {
		const files = readdirSync(DIR).filter((f) => /\.(srt|vtt|json)$/.test(f) && !isChaptersFile(f) && f !== 'pyannote-diarization.json');
		expect(files.sort()).toEqual(EXPECTED.map((e) => e.file).sort());
	});
});

describe('timed transcripts: properties of every fixture', () => {
	it.each(EXPECTED.map((e) => e.file))('%s: times on every speech turn, non-decreasing; words inside their turn; a valid talk', async (file) => {
		const talk = await read(file);
		TalkSchema.parse(talk);
		let previous = -1;
		for (const t of turnsOf(talk)) {
			if (t.kind === 'speech') {
				expect(t.startMs, `${t.id} has startMs`).toBeTypeOf('number');
				expect(t.endMs, `${t.id} has endMs`).toBeTypeOf('number');
			}
			if (t.startMs === undefined) continue;
			expect(t.startMs, `${t.id} starts after the turn before`).toBeGreaterThanOrEqual(previous);
			expect(t.endMs ?? 0).toBeGreaterThanOrEqual(t.startMs);
			previous = t.startMs;
			let wordBefore = -1;
			for (const w of t.words ?? []) {
				expect(t.text.slice(w.start, w.end).trim(), `${t.id} word at ${w.start}`).toBe(t.text.slice(w.start, w.end));
				expect(w.start).toBeGreaterThanOrEqual(wordBefore);
				expect(w.startMs).toBeGreaterThanOrEqual(t.startMs);
				expect(w.endMs).toBeLessThanOrEqual(t.endMs ?? 0);
				wordBefore = w.end;
			}
		}
		const ids = talk.speakers.map((s) => s.id);
		for (const t of turnsOf(talk)) expect(ids).toContain(t.speakerIds[0]);
	});
});

describe('SubRip', () => {
	it('a `Name:` label holds until the next one, and is cut from the text', async () => {
		const talk = await read('buzzsprout-rookie-mistakes.srt');
		const [a, b, c] = speech(talk);
		expect(a?.speakerIds).toEqual(['travis']);
		expect(a?.text.startsWith('When you first get started in podcasting,')).toBe(true);
		expect(b?.speakerIds).toEqual(['sarah']);
		expect(b?.text.startsWith('Creating good audio')).toBe(true);
		expect(c?.speakerIds).toEqual(['travis']);
		// A quote can span cues: the first sentence runs over three of them.
		expect(a?.text).toContain('make a handful of rookie mistakes, but that doesn');
	});

	it('bilingual cues: the Chinese line is the text, the English one its translation, aligned cue by cue', async () => {
		const [turn] = speech(await read('hf-course-welcome.zh-en.srt'));
		expect(turn?.text.startsWith('欢迎来到 Hugging Face 课程。本课程旨在带您了解，关于 Hugging Face 生态系统的一切，包括如何使用数据集和模型中心，以及')).toBe(
			true,
		);
		expect(turn?.translation?.startsWith('Welcome to the Hugging Face Course. This course has been designed to teach you all about')).toBe(true);
		expect(turn?.text).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/); // no English sentence left in the text
		const spans = turn?.translationSpans ?? [];
		expect(spans).toHaveLength(45);
		expect(turn?.text.slice(spans[0]?.start, spans[0]?.end)).toBe('欢迎来到 Hugging Face 课程。');
		expect(turn?.translation?.slice(spans[0]?.translationStart, spans[0]?.translationEnd)).toBe('Welcome to the Hugging Face Course.');
	});
});

describe('WebVTT', () => {
	it('sound cues are reactions, not speech and not speakers', async () => {
		const talk = await read('web-accessibility-intro.vtt');
		const [music] = turnsOf(talk);
		expect(music?.kind).toBe('reaction');
		expect(music?.text).toBe('[ music ]');
		expect(talk.speakers.map((s) => s.name)).not.toContain('music');
	});

	it('entities decoded, no-break spaces plain', async () => {
		const de = speech(await read('web-accessibility-intro.de.vtt'));
		expect(de.map((t) => t.text).join(' ')).toContain('diese kennen Sie – durch Ihre Website.');
		expect(speech(await read('buzzsprout-trailer.vtt'))[0]?.text).toContain('Welcome to Podcasting Q&A, where you learn');
	});

	it('YouTube auto captions: each rolling line once, sentences found from pauses, word times kept', async () => {
		const talk = await read('youtube-auto-captions.en.vtt');
		const [music, turn] = turnsOf(talk);
		expect(music?.kind).toBe('reaction');
		expect(music?.text).toBe('[Music]');
		const text = turn?.text ?? '';
		expect(text.startsWith('When you first get started in podcasting it')).toBe(true);
		expect(text.match(/when you first get started/gi)).toHaveLength(1);
		// The pauses after the original's sentence ends are found.
		expect(text).toContain('make all the mistakes. So in this special');
		expect(text).toContain('very first podcast. Now as you');
		expect(text).toContain("It's unfortunately just going to turn them away.");
		expect(turn?.words?.length).toBe(254);
		const w = turn?.words?.[1];
		expect(text.slice(w?.start, w?.end)).toBe('you');
		expect(w?.startMs).toBe(3415);
	});

	it('a youtube-dl fragment: its rolling duplicate lines read once', async () => {
		expect(speech(await read('youtube-dl-fragment.vtt'))[0]?.text).toBe("yeah what this will happen is I'm telling");
	});

	it('unpunctuated Chinese captions: a comma at each cue end, a full stop where a sentence ends', async () => {
		const [first] = speech(await read('it-accessibility.zh.vtt'));
		expect(first?.text.startsWith('我们一直坚信每个人都应该有机会获得高等教育，不管这种机会是来自于学习或是研究，亦或是一个利用学校学习的机会。')).toBe(true);
	});

	// Able Player's demo: the Chinese captions credit a speaker once, on their first cue
	// ("（特雷西米兰诺——康奈尔大学网络政策主管）"), and 5 of the recap's 7 quotes named the
	// wrong speaker: the speech before the first credit, and a speaker's later returns, went
	// to whoever was credited last. The chapters file names who speaks when.
	it("a chapters file that names who speaks when: every cue is its chapter's speaker, named as the captions credit them", async () => {
		const talk = await read('it-accessibility.zh.vtt');
		const who = (start: string) => {
			const turn = speech(talk).find((t) => t.text.startsWith(start));
			return talk.speakers.find((s) => s.id === turn?.speakerIds[0])?.name;
		};
		expect(who('我们一直坚信')).toBe('Michael Young');
		expect(who('我们是一所全球领先的大学')).toBe('特雷西米兰诺');
		expect(who('居住情况是很多有关残疾人的讨论的开端')).toBe('特雷西米兰诺');
		expect(who('我们要确保我们的校园')).toBe('巴勃罗莫利纳');
		// Without the chapters, a credit holds until the next one.
		const alone = (await readTalkFile({file: fixture('it-accessibility.zh.vtt'), chapters: false})).talk;
		expect(alone.speakers.map((s) => s.name)).toEqual(['特雷西米兰诺', '巴勃罗莫利纳', '爱德华雷', '格里汉利']);
	});

	it('a chapters file beside the transcript makes the sections, with their times; a sentence is not cut at a chapter start', async () => {
		const talk = await read('it-accessibility.vtt');
		expect(talk.sections[1]).toMatchObject({title: 'Tracy Mitrano', startMs: 39_000, endMs: 56_500});
		expect(talk.sections[1]?.turns[0]?.speakerIds).toEqual(['tracy-mitrano']);
		const gerry = talk.sections.find((s) => s.title === 'Gerry Hanley');
		expect(gerry?.turns.map((t) => t.speakerIds[0])).toEqual(['gerry-hanley']);
		const noChapters = (await readTalkFile({file: fixture('it-accessibility.vtt'), chapters: false})).talk;
		expect(noChapters.sections.map((s) => s.title)).toEqual(['Opening']);
	});
});

describe('JSON transcripts', () => {
	it('WhisperX: diarization labels become Speaker 1, Speaker 2 (ids speaker-1, speaker-2), word times kept, untimed words left out', async () => {
		const talk = await read('whisperx-diarized.json');
		expect(talk.speakers.map((s) => s.id)).toEqual(['speaker-1', 'speaker-2']);
		const [turn] = speech(talk);
		const word = turn?.words?.[0];
		expect(turn?.text.slice(word?.start, word?.end)).toBe('When');
		expect(word?.startMs).toBe(179);
		// "10 things": WhisperX leaves the digits without times.
		const aligned = speech(await read('whisperx-aligned.json'))[0];
		expect(aligned?.words?.some((w) => aligned.text.slice(w.start, w.end) === '60')).toBe(false);
		expect(aligned?.words?.some((w) => aligned.text.slice(w.start, w.end) === 'billion,')).toBe(true);
	});

	it('Remotion captions: tokens joined as Whisper wrote them (a sub-word token continues its word)', async () => {
		const [turn] = speech(await read('remotion-captions.json'));
		expect(turn?.text).toContain('started in podcasting, it');
		expect(turn?.words?.length).toBe(61);
	});

	it('diarization labels are renamed in the edits file', async () => {
		const {talk} = await readTalkFile({file: fixture('whisperx-diarized.json'), edits: fixture('speaker-names.yaml')});
		expect(talk.speakers.map((s) => s.name)).toEqual(['Travis', 'Sarah']);
	});
});
