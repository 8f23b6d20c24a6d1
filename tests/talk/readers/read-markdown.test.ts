import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readSpeakerMarker} from '../../../src/talk/readers/read-markdown';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import {UserError} from '../../../src/errors';
import {TalkSchema, type Talk} from '../../../src/talk/talk-schema';

const SEED = 'data/aspen-2024-altman-chesky.md';
const ingest = (text: string, file = 'talk.md'): Talk => readTranscript({text, file}).talk;
const turnsOf = (talk: Talk) => talk.sections.flatMap((s) => s.turns);
const speechOf = (talk: Talk) => turnsOf(talk).filter((t) => t.kind === 'speech');

describe('the seed transcript', () => {
	const talk = ingest(readFileSync(SEED, 'utf8'), SEED);

	it('is a valid Talk', () => {
		expect(TalkSchema.safeParse(talk).success).toBe(true);
	});

	it('has the three speakers, the host first', () => {
		expect(talk.speakers.map((s) => [s.id, s.name, s.role])).toEqual([
			['lester-holt', 'Lester Holt', 'host'],
			['sam-altman', 'Sam Altman', 'guest'],
			['brian-chesky', 'Brian Chesky', 'guest'],
		]);
	});

	it('has an opening section and the five ## sections in order', () => {
		expect(talk.sections.map((s) => s.title)).toEqual([
			'开场',
			'谈谈道德责任',
			'围绕Sky的声音的争议',
			'训练模型大量的数据来自哪里',
			'AI积极的价值观',
			'ChatGPT 5？',
		]);
		expect(talk.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
	});

	it('reads the title and the front matter', () => {
		expect(talk.metadata.title).toBe('万字访谈：ChatGPT 5 会带来什么改变？OpenAI CEO Sam Altman 在阿斯彭创意节中透露的技术突破');
		expect(talk.metadata.language).toBe('zh');
		expect(talk.metadata.source).toEqual({
			author: 'AI深度研究员',
			publishedAt: '2024-06-27 10:33',
			place: '上海',
			url: expect.stringMatching(/^http:\/\/mp\.weixin\.qq\.com\/s\?__biz=/),
		});
		expect(talk.slug).toBe('aspen-2024-altman-chesky');
	});

	it('gives every turn its speakers and source line', () => {
		const turns = turnsOf(talk);
		expect(turns).toHaveLength(43);
		expect(turns[0]).toMatchObject({id: 't001', speakerIds: ['lester-holt'], kind: 'speech', line: 20});
		expect(turns[0]?.text.startsWith('今天下午，我们将开始与两位长期以来的朋友交谈')).toBe(true);
		const last = turns[turns.length - 1];
		expect(last).toMatchObject({speakerIds: ['brian-chesky'], text: '谢谢。'});
		expect(new Set(turns.map((t) => t.id)).size).toBe(turns.length);
	});

	it('keeps the joint applause as a reaction of both guests', () => {
		const reaction = turnsOf(talk).find((t) => t.kind === 'reaction');
		expect(reaction).toMatchObject({speakerIds: ['sam-altman', 'brian-chesky'], text: '[欢呼声]', line: 26});
	});

	it('ends the talk before 往期回顾 and the promotional tail', () => {
		const text = turnsOf(talk)
			.map((t) => t.text)
			.join('\n');
		expect(text).not.toContain('往期回顾');
		expect(text).not.toContain('Milo-1101');
		expect(text).not.toContain('mmbiz');
	});

	it('joins the hard-wrapped lines back', () => {
		const first = turnsOf(talk)[0]?.text ?? '';
		expect(first).toContain('Sam Altman，以及使旅行');
		expect(first).toContain('Y Combinator的日子');
		expect(first).toContain('Lester Holt对话');
		for (const t of turnsOf(talk)) expect(t.text).not.toMatch(/ {2}|^ | $/m);
	});
});

const MIN = (body: string) => `# A talk\n\n${body}\n`;

describe('speaker markers', () => {
	it.each([
		['colon inside the bold', '**Ann Lee:** Hello there.'],
		['colon after the bold', '**Ann Lee**: Hello there.'],
		['space before the colon', '**Ann Lee** : Hello there.'],
		['full-width colon', '**Ann Lee**：Hello there.'],
		['text on the next line', '**Ann Lee:**\nHello there.'],
		['text two lines down', '**Ann Lee:**\n\nHello there.'],
	])('%s', (_name, body) => {
		const talk = ingest(MIN(body));
		expect(talk.speakers).toEqual([expect.objectContaining({id: 'ann-lee', name: 'Ann Lee'})]);
		expect(speechOf(talk).map((t) => t.text)).toEqual(['Hello there.']);
	});

	it.each([
		['Chinese 和', '**Ann** 和 **Bo** : 你好。'],
		['English and', '**Ann** and **Bo**: Hi.'],
		['ampersand', '**Ann** & **Bo**: Hi.'],
	])('joint turn with %s', (_name, body) => {
		const talk = ingest(MIN(body));
		expect(turnsOf(talk)[0]?.speakerIds).toEqual(['ann', 'bo']);
	});

	it('a bold phrase without a colon is text, not a speaker (and loses its markers)', () => {
		const talk = ingest(MIN('**Ann:** First.\n\n**really** important.'));
		expect(speechOf(talk).map((t) => t.text)).toEqual(['First.\nreally important.']);
	});

	it('names without Latin letters get numbered ids', () => {
		const talk = ingest(MIN('**主持人:** 你好？\n\n**嘉宾:** 你好。'));
		expect(talk.speakers.map((s) => s.id)).toEqual(['speaker-1', 'speaker-2']);
	});
});

describe('sections, reactions and the end of the talk', () => {
	it('turns before the first ## form an opening section titled in the talk language', () => {
		expect(ingest(MIN('**A:** Hello world, this is English.\n\n## Part two\n\n**A:** More.')).sections.map((s) => s.title)).toEqual(['Opening', 'Part two']);
		expect(ingest(MIN('**甲:** 大家好。\n\n## 第二部分\n\n**甲:** 继续。')).sections.map((s) => s.title)).toEqual(['开场', '第二部分']);
	});

	it('no opening section when the first turn follows a ## heading', () => {
		expect(ingest(MIN('## Only\n\n**A:** Hi.')).sections.map((s) => s.title)).toEqual(['Only']);
	});

	it.each([
		['[laughter]', '[laughter]'],
		['[欢呼声]', '[欢呼声]'],
		['【掌声】', '【掌声】'],
		['（笑声）', '（笑声）'],
		['(applause)', '(applause)'],
	])('stage direction %s is a reaction, not speech', (direction, expected) => {
		const talk = ingest(MIN(`**A:** Thank you. ${direction}`));
		expect(turnsOf(talk).map((t) => [t.kind, t.text])).toEqual([
			['speech', 'Thank you.'],
			['reaction', expected],
		]);
	});

	it('an aside in round brackets stays speech', () => {
		const talk = ingest(MIN('**A:** 伊利亚·苏茨克维（Ilya Sutskever）离职了。'));
		expect(turnsOf(talk).map((t) => t.kind)).toEqual(['speech']);
	});

	it('a markdown link is not a stage direction', () => {
		const talk = ingest(MIN('**A:** See [the paper](http://x.org) now.'));
		expect(turnsOf(talk).map((t) => t.kind)).toEqual(['speech']);
	});

	it('a later # heading ends the talk; one before the first turn only opens the body', () => {
		const talk = ingest('# Title\n\nIntro prose.\n\n# Transcript\n\n**A:** Said.\n\n# More reading\n\n**B:** Advert.\n');
		expect(turnsOf(talk).map((t) => t.text)).toEqual(['Said.']);
		expect(talk.speakers.map((s) => s.name)).toEqual(['A']);
	});
});

describe('text normalisation', () => {
	it.each([
		['CJK + CJK', '**A:** 我们\n今天', '我们今天'],
		['Latin + Latin', '**A:** Sam\nAltman', 'Sam Altman'],
		['CJK + Latin', '**A:** 首席执行官 Sam\nAltman和', '首席执行官 Sam Altman和'],
		['doubled spaces', '**A:** a   b', 'a b'],
		['paragraphs', '**A:** one.\n\ntwo.', 'one.\ntwo.'],
		// A passage read out as a blockquote (Changelog News): its markers, nested or alone on a line, are no words.
		['blockquote', '**A:** He finds:\n\n> What we saw here is slow.\n>\n> > And not cached!', 'He finds:\nWhat we saw here is slow. And not cached!'],
	])('%s', (_name, body, expected) => {
		expect(speechOf(ingest(MIN(body)))[0]?.text).toBe(expected);
	});

	it('CRLF, BOM, tabs and trailing spaces read the same as plain LF text', () => {
		const plain = MIN('Author: Jo\n\n## One\n\n**Ann Lee:** Hello\nthere.\n\n**Bo:** Yes?');
		const messy = `\uFEFF${plain.replace(/\n/g, ' \t\r\n').replace('Hello', 'Hello\t')}`;
		expect(ingest(messy)).toEqual(ingest(plain));
	});
});

describe('metadata', () => {
	it.each([
		['Author: Jo', {source: {author: 'Jo'}}],
		['文章作者: 乔', {source: {author: '乔'}}],
		['Date: 2024-06-25', {date: '2024-06-25'}],
		['Source: https://example.org/x', {source: {url: 'https://example.org/x'}}],
		['发布地: 上海', {source: {place: '上海'}}],
		['Event: Aspen Ideas', {event: 'Aspen Ideas'}],
	])('%s', (line, expected) => {
		expect(ingest(`# T\n\n${line}\n\n**A:** Hi.\n`).metadata).toMatchObject(expected);
	});

	it('the host is the one who asks', () => {
		const talk = ingest(MIN('**Q:** Why?\n\n**R:** Because.\n\n**Q:** And then?\n\n**R:** Then more.'));
		expect(talk.speakers.map((s) => s.role)).toEqual(['host', 'guest']);
	});

	it('a Host: line names the host', () => {
		const talk = ingest('# T\n\nHost: R\n\n**Q:** Why?\n\n**R:** Because.\n');
		expect(talk.speakers.map((s) => s.role)).toEqual(['guest', 'host']);
	});
});

describe('bad input', () => {
	it.each([
		['empty file', '', 'TALK_EMPTY', 1],
		['only whitespace', ' \n\n\t\n', 'TALK_EMPTY', 1],
		['no speaker turns: points at the prose where a turn was expected', '# Title\n\nJust prose.\n\nMore prose.\n', 'TALK_PARSE', 3],
		['marker with no name', '# T\n\n**A:** ok\n\n**:** who?\n', 'TALK_PARSE', 5],
		['empty bold marker', '# T\n\n**** : who?\n', 'TALK_PARSE', 3],
		['binary data', 'PK\u0003\u0004\u0000\u0000abc', 'TALK_BINARY', 1],
		['only stage directions', '# T\n\n**A:** [applause]\n', 'TALK_PARSE', 3],
		['broken JSON', '{"slug": ', 'TALK_PARSE', 1],
	])('%s', (_name, text, code, line) => {
		let error: unknown;
		try {
			ingest(text, 'bad.md');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(UserError);
		expect(error).toMatchObject({code, line, file: 'bad.md'});
		expect((error as Error).message).toMatch(new RegExp(`^${code}: bad\\.md:${line}: \\S`));
	});
});

describe('talk JSON', () => {
	it('reads back what parse prints', () => {
		const talk = ingest(MIN('**A:** Hi.'));
		expect(ingest(JSON.stringify(talk), 'x.json')).toEqual(talk);
	});
});

describe('cutting out stage directions', () => {
	it.each([
		['between Latin words', '**A:** Thank you [laughter] all.', 'Thank you all.'],
		['between CJK', '**A:** 谢谢[笑声]大家。', '谢谢大家。'],
		['at the end', '**A:** 谢谢。[欢呼声]', '谢谢。'],
		['a space kept beside CJK elsewhere', '**A:** 首席执行官 Sam [applause]', '首席执行官 Sam'],
	])('%s', (_name, body, expected) => {
		expect(speechOf(ingest(MIN(body)))[0]?.text).toBe(expected);
	});
});

describe('plain labels named by role', () => {
	it('"Host:" and "Guest:" that open the turns are speakers, not metadata', () => {
		const talk = ingest(
			'Host: Welcome to the show, it is good to have you.\n\nGuest: Glad to be here.\n\nHost: So what changed this year?\n\nGuest: Everything changed.\n',
		);
		expect(talk.speakers.map((s) => s.name)).toEqual(['Host', 'Guest']);
		expect(speechOf(talk)).toHaveLength(4);
	});

	it('"Author:" before the turns stays metadata', () => {
		const talk = ingest('Author: Jo\n\nAna: Hello there.\n\nBo: Hi.\n\nAna: Bye.\n\nBo: Bye now.\n');
		expect(talk.metadata.source.author).toBe('Jo');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ana', 'Bo']);
	});
});

describe('show notes', () => {
	it('regression: a chapter list right before the first turn is a list; its last line is not taken for a heading', () => {
		const {talk} = readTranscript({
			text: '00:00 Intro\n01:00 Main part\n\n**Ann:** [00:00] Hello there.\n\n**Bo:** [01:05] And now the main part.\n',
			file: 'x.md',
		});
		expect(talk.sections.map((s) => [s.title, s.turns.map((t) => t.text)])).toEqual([
			['Intro', ['Hello there.']],
			['Main part', ['And now the main part.']],
		]);
	});
});

describe('text no speaker says', () => {
	const warningsOf = (text: string) => readTranscript({text, file: 'x.md'}).warnings;

	it.each([
		// A Bitcoin Review episode on btctranscripts: the host's opening, under "## Introduction" before any label.
		[
			'under a heading before its first label',
			'## Introduction\n\nWelcome to the show.\nIt is a big one.\n\n## Guests\n\n**Ann:** Hello.\n',
			'x.md:3: 2 lines of text',
		],
		['after a break marker', '**Ann:** Hello.\n\n**Music:**\n\nAnd we are back with more.\n\n**Bo:** Hi.\n', 'x.md:5: a line of text'],
		['under a later heading', '**Ann:** Hello.\n\n## Floods\n\nFloods are how a river breathes.\n\n**Bo:** Hi.\n', 'x.md:5: a line of text'],
	])('is left out with a warning: %s', (_, text, warning) => {
		const warnings = warningsOf(text);
		expect(warnings).toEqual([expect.stringContaining(warning)]);
		expect(warnings[0]).toContain('write "Name: …" before text that is speech');
	});

	it('quotes the first line cut between graphemes, not inside an emoji or under its accents', () => {
		const [warning] = warningsOf(`## Opening\n\n${'👍🏽'.repeat(30)}\n\n**Ann:** Hello.\n`);
		expect(warning).toContain(`("${'👍🏽'.repeat(30)}")`);
		const [accents] = warningsOf(`## Opening\n\n${'e\u0301'.repeat(50)}\n\n**Ann:** Hello.\n`);
		expect(accents).toContain(`("${'e\u0301'.repeat(40)}…")`);
	});

	it.each([
		['show notes before the first heading and turn', 'Show notes: links below.\nhttps://example.com\n\n**Ann:** Hello.\n'],
		['a turn of several paragraphs', '## Opening\n\n**Ann:** Hello.\n\nAnd a second paragraph.\n'],
		[
			'show notes under a heading that names them',
			'## Show notes\n\nIn this episode we talk about Rust.\n\n- [Rust](https://rust-lang.org)\n\n## Transcript\n\n**Ann:** Hello.\n',
		],
		['links after the last turn', '**Ann:** Hello.\n\n**Bo:** Hi.\n\n## Links\n\n- [Rust](https://rust-lang.org)\n\n## Credits\n\nEdited by Jo.\n'],
		['credits after a break marker at the end', '**Ann:** Hello.\n\n**Music:**\n\nProduced by Jo.\n'],
	])('is no warning when it is %s', (_, text) => {
		expect(warningsOf(text)).toEqual([]);
	});
});

describe('readSpeakerMarker', () => {
	it.each([
		['**Ann Lee:** Hi.', {names: ['Ann Lee'], rest: 'Hi.'}],
		['**Ann**：你好', {names: ['Ann'], rest: '你好'}],
		['**A** and **B**: Hi.', {names: ['A', 'B'], rest: 'Hi.'}],
		['**Break**: \\[32:01\\]', {names: ['Break'], rest: '\\[32:01\\]'}],
		['**Bob: no close', {unclosed: 'Bob'}],
		['**really** important.', null],
		['**a** **a** **a** **a**', null],
		[`**${' '.repeat(1000)}`, null],
	])('readSpeakerMarker(%j)', (line, expected) => {
		expect(readSpeakerMarker({line, lineNumber: 1, file: 'x.md'})).toEqual(expected);
	});
});

describe('a lecture no label divides, under front matter listing one speaker', () => {
	const lecture = (speakers: string) =>
		`---\ntitle: ROAST\nspeakers:\n${speakers}\n---\nLocation: Monash\n\nROAST paper: <https://example.org/roast.pdf>\n\n## Introduction\n\nWelcome everyone.\n\nQ - A question?\n\n## Schnorr\n\nSo the motivation.\n`;

	it('regression (28-chapter btctranscripts lecture): the one listed speaker speaks all of it, a turn per chapter; show notes before the first chapter are not turns', () => {
		const talk = ingest(lecture('  - Tim Ruffing'));
		expect(talk.speakers.map((s) => s.name)).toEqual(['Tim Ruffing']);
		expect(talk.sections.map((s) => [s.title, speechOf({...talk, sections: [s]}).map((t) => t.text)])).toEqual([
			['Introduction', ['Welcome everyone.\nQ - A question?']],
			['Schnorr', ['So the motivation.']],
		]);
		expect(talk.metadata.source.place).toBe('Monash');
	});

	it('with two listed speakers, unlabelled text is still refused: who says what is unknown', () => {
		expect(() => ingest(lecture('  - Tim Ruffing\n  - Amin Sakzad'))).toThrow('no speaker turns found');
	});
});

describe('labels that are not people', () => {
	it('regression (label without speech, "**Song of Arrakis:** \\[07:18\\]"): a label followed only by a time opens no turn and lists no speaker', () => {
		const talk = ingest(
			'**Daniel:** Here is the first song.\n\n**Song of Arrakis:** \\[07:18\\]\n\n**Chris:** Move over, Wicked.\n\n**Daniel:** Alright.\n\n**Chris:** Sure.\n',
		);
		expect(talk.speakers.map((s) => s.name)).toEqual(['Daniel', 'Chris']);
		expect(speechOf(talk).map((t) => t.text)).toEqual(['Here is the first song.', 'Move over, Wicked.', 'Alright.', 'Sure.']);
	});
});

// The audreyt/transcript archive (CC0: Audrey Tang's meetings and interviews, about 2 000
// files, most in Chinese) labels each turn with a heading, and talkreel refused them all:
// "no speaker turns found".
describe('speakers named by headings', () => {
	it('"### Name：" / "### Name:" with the text on the lines after (or after a blank line) is a turn', () => {
		const talk = ingest(
			'# 2016-12-20 ICRT Interview\n\n### Keith Menconi:\nMinister Tang, thanks so much for joining us today.\n\n### Audrey Tang:\n\nThank you for letting me join you.\n\nA second paragraph.\n\n### Keith Menconi:\nLet us start.\n',
		);
		expect(talk.metadata.title).toBe('2016-12-20 ICRT Interview');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Keith Menconi', 'Audrey Tang']);
		expect(speechOf(talk).map((t) => t.text)).toEqual([
			'Minister Tang, thanks so much for joining us today.',
			'Thank you for letting me join you.\nA second paragraph.',
			'Let us start.',
		]);
		expect(talk.sections.map((s) => s.title)).toEqual(['Opening']);
	});

	it('regression: a name with an initial or a title ("### Susan M. Elliott:", "### Dr. Todd Lowary:") is a turn; its words were lost', () => {
		const talk = ingest(
			'# 2019-09-27 Conversation at NCAFP\n\n### Susan M. Elliott:\nMinister Tang, welcome.\n\n### Audrey Tang:\nThank you.\n\n### Dr. Todd Lowary:\nA question on ethics.\n\n### William H. Clark Jr.:\nAnd one on trade.\n\n### Audrey Tang:\nGladly.\n',
		);
		expect(talk.speakers.map((s) => s.name)).toEqual(['Susan M. Elliott', 'Audrey Tang', 'Dr. Todd Lowary', 'William H. Clark Jr.']);
		expect(speechOf(talk).map((t) => t.text)).toEqual(['Minister Tang, welcome.', 'Thank you.', 'A question on ethics.', 'And one on trade.', 'Gladly.']);
	});

	it('a heading that is a sentence ending on a colon stays a section ("### The end. Questions:")', () => {
		const talk = ingest('# Talk\n\n### The end. Questions:\n\n### 唐鳳：\n宽频是人权。\n\n### 黄兆徽：\n为什么？\n');
		expect(talk.sections.map((s) => s.title)).toEqual(['The end. Questions:']);
		expect(talk.speakers.map((s) => s.name)).toEqual(['唐鳳', '黄兆徽']);
	});

	it('other headings stay sections: one that does not end on a colon, or one that says more than a name', () => {
		const talk = ingest('# Talk\n\n## Part 1: Heat\n\n### 唐鳳：\n宽频是人权。\n\n### 黄兆徽：\n为什么？\n\n## 第二部分\n\n### 唐鳳：\n因为每个人都需要。\n');
		expect(talk.sections.map((s) => s.title)).toEqual(['Part 1: Heat', '第二部分']);
		expect(speechOf(talk).map((t) => t.text)).toEqual(['宽频是人权。', '为什么？', '因为每个人都需要。']);
	});

	it('a single heading ending on a colon, in a transcript with other labels, stays a section', () => {
		const talk = ingest('# Talk\n\n## Questions from the floor:\n\n**Ana:** Heat kills.\n\n**Ben:** It does.\n');
		expect(talk.sections.map((s) => s.title)).toEqual(['Questions from the floor:']);
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ana', 'Ben']);
	});
});

// Changelog News reads lists out: joined into one line, "…non-fixes 3. No evil merges 4."
// ran the items together as one sentence, and a card ended on a bare "2.".
describe('a list read out', () => {
	const textOf = (body: string) => speechOf(ingest(MIN(`**Jerod Santo:** ${body}\n\n**Adam Stacoviak:** Good to know.`)))[0]?.text;
	it.each([
		[
			'GitHub will only allow:\n\n> 1. Local publishing with two-factor authentication.\n> 2. [Granular tokens](https://x.org) which expire.\n> 3. Trusted publishing.',
			'GitHub will only allow:\nLocal publishing with two-factor authentication.\nGranular tokens which expire.\nTrusted publishing.',
		],
		['Such as:\n- Self-hosting lists\n- The email start\n  that wraps here', 'Such as:\nSelf-hosting lists\nThe email start that wraps here'],
		// Bullets after a sentence, in a quoted passage (Changelog News #92 quoting thoughtbot's blog).
		[
			'> Work in progress has zero value. Ship!\n>\n> - Before a task is shipped it provides **zero value**.\n> - Any work in progress is **pure cost**.',
			'Work in progress has zero value. Ship!\nBefore a task is shipped it provides zero value.\nAny work in progress is pure cost.',
		],
		['We argued.\n- Really?\n- No.', 'We argued.\nReally?\nNo.'],
		['We argued about it.\n- and I meant it, honestly', 'We argued about it. - and I meant it, honestly'],
		// A loose list: blank lines between its items.
		[
			'GitHub will only allow:\n\n1. Local publishing with two-factor authentication.\n\n2. Granular tokens which expire.\n\n3. Trusted publishing.',
			'GitHub will only allow:\nLocal publishing with two-factor authentication.\nGranular tokens which expire.\nTrusted publishing.',
		],
		['Two things.\n\n- Ship it\n\n- Then test it', 'Two things.\nShip it\nThen test it'],
		['Sam was born in\n\n1. No, wait.\n\nIt was 1999.', 'Sam was born in\n1. No, wait.\nIt was 1999.'],
		['Count down with me\n\n3. Two.\n\n2. One.', 'Count down with me\n3. Two.\n2. One.'],
		// A list ends where a paragraph opens on speech: a wrapped line after it that opens on a dash or the next number is speech.
		[
			'We ship two things:\n\n- Rust\n- Go\n\nThe answer was 5\n- 3, which is 2, and nobody\n- not one person - got it.',
			'We ship two things:\nRust\nGo\nThe answer was 5 - 3, which is 2, and nobody - not one person - got it.',
		],
		[
			'Only these:\n\n1. Local publishing.\n\n2. Granular tokens.\n\nA year later we shipped version\n3. It broke everything.',
			'Only these:\nLocal publishing.\nGranular tokens.\nA year later we shipped version 3. It broke everything.',
		],
		// A number said at a line's start, or one dash, is speech.
		['How many reasons?\n99. 99 reasons.', 'How many reasons? 99. 99 reasons.'],
		['Sam was\n23. If you are listening, you know it.', 'Sam was 23. If you are listening, you know it.'],
		['I said\n- and I meant it - no.', 'I said - and I meant it - no.'],
		// Wrapped lines that open on numbers or dashes, and a countdown, are speech.
		[
			'We shipped the old version\n1. And then the new version\n2. It was painful.',
			'We shipped the old version 1. And then the new version 2. It was painful.',
		],
		['Top three:\n3. Rust\n2. Go\n1. TypeScript', 'Top three: 3. Rust 2. Go 1. TypeScript'],
		['I said\n- and I meant it, honestly\n- that we would ship.', 'I said - and I meant it, honestly - that we would ship.'],
	])('%j → %j', (body, expected) => {
		expect(textOf(body)).toBe(expected);
	});
});
