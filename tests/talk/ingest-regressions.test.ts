import {describe, expect, it} from 'vitest';
import {decodeTranscript} from '../../src/talk/decode-transcript';
import {loadTalk} from '../../src/talk/load-talk';
import {normaliseLanguage} from '../../src/talk/normalise-language';
import {UserError} from '../../src/errors';
import {MAX_FRONT_MATTER_LINES, MAX_LINE_CHARS, MAX_TRANSCRIPT_BYTES, MAX_TURNS} from '../../src/talk/talk-limits';
import type {Talk} from '../../src/talk/talk-schema';

/**
 * Input that once gave a wrong talk with exit 0, or a crash: each case now gives the
 * right talk or one `UserError` naming the file and line.
 */
const load = (text: string, edits?: string, file = 'talk.md'): Talk =>
	loadTalk({text, file, edits: edits === undefined ? null : {text: edits, file: 'talk.edits.yaml'}}).talk;
const loadBytes = (bytes: Uint8Array, file = 'talk.md'): Talk => loadTalk({bytes, file, edits: null}).talk;
const failure = (f: () => unknown): UserError => {
	try {
		f();
	} catch (e) {
		if (e instanceof UserError) return e;
		throw e;
	}
	throw new Error('expected a UserError, got a talk');
};
const speech = (talk: Talk) => talk.sections.flatMap((s) => s.turns).filter((t) => t.kind === 'speech');
const TWO = '# T\n\n**Ann:** Hello there, this is the first turn.\n\n**Bob:** And this is the second one.\n';

describe('wrong output that is now right, or one clear error', () => {
	it('an unterminated "**Bob: …" is not appended to the previous speaker: it is an error naming the line', () => {
		const e = failure(() => load('# T\n\n**Ann:** Hello there.\n\n**Bob: I was cut off.\n'));
		expect([e.code, e.line]).toEqual(['TALK_PARSE', 5]);
		expect(e.message).toContain('"**Bob:" is not closed; write "**Bob:**"');
	});

	it('bold text that closes on a later line of its paragraph stays text', () => {
		const talk = load('# T\n\n**Ann:** Hello.\n\n**Note: this part\nis emphasised** and spoken.\n');
		expect(speech(talk).map((t) => t.text)).toEqual(['Hello.\nNote: this part is emphasised and spoken.']);
	});

	it('a speaker name over 60 characters is not dropped into the previous turn: it is an error naming the line', () => {
		const long = 'A'.repeat(61);
		const e = failure(() => load(`# T\n\n**Ann:** Hello.\n\n**${long}:** Who am I?\n`));
		expect([e.code, e.line]).toEqual(['TALK_PARSE', 5]);
		expect(e.message).toContain('is 61 characters long; a name is at most 60');
	});

	it('**Bob:** inside a code fence is code, not a turn', () => {
		const talk = load('# T\n\n**Ann:** Here is the script:\n\n```\n**Bob:** not a turn\n# not a heading\n```\n\nThat was it.\n');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ann']);
		expect(talk.sections.map((s) => s.title)).toEqual(['Opening']);
	});

	it('a Latin-1 file with a few non-UTF-8 bytes reads its names right (Windows-1252), not with U+FFFD', () => {
		const latin1 = Uint8Array.from([...'# Caf\xe9\n\n**Ren\xe9e M\xfcller:** Bonjour \xe0 tous, merci.\n\n**Zo\xeb:** Merci.\n'].map((c) => c.charCodeAt(0)));
		const talk = loadBytes(latin1);
		expect(talk.metadata.title).toBe('Café');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Renée Müller', 'Zoë']);
		expect(JSON.stringify(talk)).not.toContain('\uFFFD');
	});

	it.each([
		['UTF-16 LE with a byte-order mark', 'utf-16le', true],
		['UTF-16 BE with a byte-order mark', 'utf-16be', true],
		['UTF-16 LE without one', 'utf-16le', false],
		['UTF-16 BE without one', 'utf-16be', false],
	] as const)('%s is read, not called binary data', (_name, encoding, bom) => {
		const text = '# 对谈\n\n**Ann Lee:** 你好，欢迎。\n\n**Bo:** Thanks, glad to be here.\n';
		const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((c) => {
			const code = c.charCodeAt(0);
			return encoding === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
		});
		const talk = loadBytes(Uint8Array.from(units));
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ann Lee', 'Bo']);
		expect(talk.metadata.title).toBe('对谈');
	});

	it('a JSON talk naming a speaker id it does not list is refused', () => {
		const talk = load(TWO);
		const broken = {...talk, sections: talk.sections.map((s) => ({...s, turns: s.turns.map((t) => ({...t, speakerIds: ['nobody']}))}))};
		const e = failure(() => load(JSON.stringify(broken), undefined, 'talk.json'));
		expect(e.code).toBe('TALK_PARSE');
		expect(e.message).toContain('names speaker "nobody", who is not in the speakers (ann, bob)');
	});

	it('a JSON talk with a section id twice is refused', () => {
		const talk = load(TWO);
		const s1 = talk.sections[0];
		if (s1 === undefined) throw new Error('no section');
		const twice = {...talk, sections: [s1, {...s1, turns: s1.turns.map((t) => ({...t, id: `${t.id}-9`}))}]};
		expect(failure(() => load(JSON.stringify(twice), undefined, 'talk.json')).message).toContain('section id "s1" is used twice');
	});

	it('a JSON talk with no speech is refused', () => {
		const talk = load(TWO);
		const silent = {...talk, sections: talk.sections.map((s) => ({...s, turns: s.turns.map((t) => ({...t, kind: 'reaction'}))}))};
		expect(failure(() => load(JSON.stringify(silent), undefined, 'talk.json')).message).toContain('the talk has no speech');
	});

	it('an edits file that excludes every turn is refused, naming its line', () => {
		const e = failure(() => load(TWO, 'turns:\n  - {turn: t001, exclude: true}\n  - {turn: t002, exclude: true}\n'));
		expect([e.code, e.line, e.file]).toEqual(['EDITS_TARGET', 3, 'talk.edits.yaml']);
		expect(e.message).toContain('exclude every speech turn');
	});

	it('a CR-only edits file whose first line is a comment is applied, not ignored whole', () => {
		const talk = load(TWO, '# corrections\rmetadata:\r  title: Retitled\rspeakers:\r  - {speaker: bob, name: Bob Lee}\r');
		expect(talk.metadata.title).toBe('Retitled');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ann', 'Bob Lee']);
	});
});

describe('every value the user controls is checked at the edge', () => {
	it.each([
		['Language: x', 'en'],
		['Language: 23', 'en'],
		['Language: !!', 'en'],
		['Language: zh_CN', 'zh-CN'],
		['Language: EN-us', 'en-US'],
		['Language: Chinese', 'zh'],
	])('"%s" gives the language %s (detected when it is no tag)', (line, expected) => {
		expect(load(`# T\n\n${line}\n\n**Ann:** Hello there, this is English.\n`).metadata.language).toBe(expected);
	});

	it.each([
		['x', null],
		['23', null],
		['!!', null],
		['x-private', null],
		['zh-hans-cn', 'zh-Hans-CN'],
		['yue', 'yue'],
	])('normaliseLanguage(%j) is %j', (raw, expected) => {
		expect(normaliseLanguage(raw)).toBe(expected);
	});

	it('an empty "# #" title gives way to a title from the file name, not a schema error', () => {
		expect(load('# #\n\n**Ann:** Hello.\n', undefined, 'talks/cool-talk_2024.md').metadata.title).toBe('Cool talk 2024');
	});

	it.each([
		['metadata:\n  title: "   "', 2, 'metadata.title: must not be empty'],
		['sections:\n  - section: s1\n    title: "  "', 3, 'sections.0.title: must not be empty'],
		['speakers:\n  - speaker: ann\n    name: "\t"', 3, 'speakers.0.name: must not be empty'],
		['metadata:\n  language: "!!"', 2, 'metadata.language: "!!" is not a language tag'],
		['turns:\n  - turn: t001\n    speaker: *nobody\n', 3, 'Unresolved alias'],
		[
			'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
			2,
			'Excessive alias count',
		],
	])('edits %j are an EDITS_PARSE error at line %i', (edits, line, problem) => {
		const e = failure(() => load(TWO, edits));
		expect([e.code, e.line]).toEqual(['EDITS_PARSE', line]);
		expect(e.message).toContain(problem);
	});

	it('a speaker literally named Constructor, and a metadata key "constructor", are plain text', () => {
		const talk = load(
			'# T\n\nconstructor: x\ntoString: y\n\n**Constructor:** Hello there.\n\n**__proto__:** Hi.\n',
			'speakers:\n  - {speaker: constructor, name: Con Structor}\n',
		);
		expect(talk.speakers.map((s) => [s.id, s.name])).toEqual([
			['constructor', 'Con Structor'],
			['proto', '__proto__'],
		]);
		expect(talk.metadata.source).toEqual({});
	});

	it('an edits file naming speaker "toString" is told the speaker is not in the talk', () => {
		expect(failure(() => load(TWO, 'speakers:\n  - {speaker: toString, name: X}\n')).message).toContain('speaker "toString" is not in the talk');
	});
});

describe('limits: beyond them one line, before the work that grows with them', () => {
	it(`a line over ${MAX_LINE_CHARS} characters`, () => {
		const e = failure(() => load(`# T\n\n**Ann:** ${'a'.repeat(MAX_LINE_CHARS)}\n`));
		expect([e.code, e.line]).toEqual(['TALK_LIMIT', 3]);
	});

	it(`more than ${MAX_TURNS} turns`, () => {
		const body = Array.from({length: MAX_TURNS + 1}, (_, i) => `**S${i % 2}:** ${i}.`).join('\n\n');
		// Refused at the turn over the limit, before the rest is read.
		const e = failure(() => load(`# T\n\n${body}\n`));
		expect([e.code, e.line, e.problem]).toEqual([
			'TALK_LIMIT',
			3 + 2 * MAX_TURNS,
			`the talk has more than ${MAX_TURNS} turns; talkreel reads at most ${MAX_TURNS}`,
		]);
	});

	it('a transcript over the size limit is refused unread', () => {
		const e = failure(() => loadBytes(new Uint8Array(MAX_TRANSCRIPT_BYTES + 1)));
		expect(e.code).toBe('TALK_LIMIT');
	});
});

describe('decodeTranscript', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);
	it.each([
		['plain UTF-8', bytes('héllo 你好'), 'héllo 你好', 'utf-8'],
		['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('hi')]), 'hi', 'utf-8'],
		['GB18030 Chinese', Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]), '你好，世界', 'gb18030'],
		['Windows-1252 quotes', Uint8Array.from([0x93, 0x68, 0x69, 0x94]), '“hi”', 'windows-1252'],
	])('%s', (_name, input, text, encoding) => {
		expect(decodeTranscript({bytes: input, file: 'x.md'})).toMatchObject({text, encoding});
	});

	it.each([
		['a PDF', bytes('%PDF-1.7\n...'), 'TALK_BINARY', 'a PDF document'],
		['an MP3', Uint8Array.from([0x49, 0x44, 0x33, 3, 0, 0]), 'TALK_BINARY', 'an MP3 recording'],
		// A transcript that is a ZIP is read as a Word document (`readDocxText`); an edits or chapters file is text.
		['a ZIP', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'TALK_BINARY', 'a ZIP archive (a Word document?), where a text file is read'],
		['zero bytes', Uint8Array.from([0x41, 0x0a, 0x00, 0x01, 0x02, 0x41, 0x41, 0x41]), 'TALK_BINARY', 'zero bytes'],
		['UTF-8 damaged on line 2', Uint8Array.from([...bytes('# Café\n**Zo'), 0xeb, ...bytes(':** hi\n')]), 'TALK_ENCODING', 'byte 0xEB after "**Zo"'],
	])('%s is refused with what it is', (_name, input, code, problem) => {
		const e = failure(() => decodeTranscript({bytes: input, file: 'x.md'}));
		expect(e.code).toBe(code);
		expect(e.message).toContain(problem);
	});
});

/* Issue 22, hostile round two. */
const BODY =
	'**Ann:** Hello there, this is a sentence long enough to be quoted on a card.\n\n**Bob:** I think we need to plan for heat the way we plan for floods.\n';
const frontMatter = (lines: number) => `---\ntitle: Heat\n${'k: v\n'.repeat(lines - 1)}---\n\n${BODY}`;

describe('front matter of 1 000+ lines', () => {
	it('a long front matter is metadata, not turns by speaker "k"', () => {
		const talk = load(frontMatter(1200));
		expect(talk.metadata.title).toBe('Heat');
		expect(speech(talk).map((t) => t.speakerIds.join())).toEqual(['ann', 'bob']);
	});

	it('past the limit it is refused with one line', () => {
		const e = failure(() => load(frontMatter(MAX_FRONT_MATTER_LINES + 10)));
		expect(e.code).toBe('TALK_LIMIT');
		expect(e.message).toContain(`at most ${MAX_FRONT_MATTER_LINES}`);
		expect(e.message).not.toContain('\n');
	});
});

describe('bidi and zero-width characters in a label', () => {
	const LINES = ['Bob: Hello there, first.', 'Ana: I think we need a plan.', 'Bob: Yes, indeed.', 'Ana: Then let us start.', 'Bob: Good.'];
	const expected = LINES.map((l) => [l.slice(0, 3).toLowerCase(), l.slice(5)]);
	it.each([
		['U+202E before a label', 3, '\u202e'],
		['U+200D inside a label', 3, 'A\u200d'],
		['U+200F after a label', 1, 'Ana\u200f'],
	])("%s: the turn is its own speaker's, and no control reaches the text", (_, index, prefix) => {
		const lines = [...LINES];
		const line = lines[index] ?? '';
		lines[index] = prefix + line.slice(prefix.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').length);
		const turns = speech(load(`${lines.join('\n')}\n`, undefined, 'talk.txt'));
		expect(turns.map((t) => [t.speakerIds.join(), t.text])).toEqual(expected);
	});
});
