import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {normaliseText} from '../../../src/talk/readers/normalise-text';
import {TRANSCRIPT_READERS, readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Talk, Turn} from '../../../src/talk/talk-schema';

/**
 * Every podcast markdown and text export talkreel reads, on a real transcript (see
 * tests/fixtures/transcripts/SOURCES.md): the reader that recognises it from its
 * content, the speakers, the turns, the first and last speech turn's time, the
 * chapters, and no marker, tag or entity left in any turn's text.
 */
const DIR = 'tests/fixtures/transcripts';
const read = (name: string): {talk: Talk; format: string | undefined} => {
	const text = readFileSync(`${DIR}/${name}`, 'utf8');
	return {talk: readTranscript({text, file: `${DIR}/${name}`}).talk, format: TRANSCRIPT_READERS.find((r) => r.recognise(normaliseText(text)))?.format};
};
const turnsOf = (talk: Talk): Turn[] => talk.sections.flatMap((s) => s.turns);
const speechOf = (talk: Talk): Turn[] => turnsOf(talk).filter((t) => t.kind === 'speech');

/** Markup that must not reach a quote card: bold/underline markers, escapes, links, tags, entities, time markers, diarization labels. */
const LEFTOVER = /\*\*|__|\\[[\]*_]|\]\(|<\/?[a-zA-Z][^>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,7});|\[\s?\d{1,2}:\d{2}|SPEAKER_\d/;

type Case = {
	file: string;
	format: string;
	speakers: string[];
	turns: number;
	/** startMs of the first and the last speech turn; null for an untimed transcript. */
	firstMs: number | null;
	lastMs: number | null;
	chapters: [title: string, startMs: number | null][];
};

/** The `##` chapters of the Chaincode episode, laid out as a front-matter chapter list and as show notes. */
const CHAINCODE_CHAPTERS: Case['chapters'] = [
	['Introduction', 0],
	['Mapping Network Topology Research', 169_000],
	['TxProbe paper: Disclosure and Mitigations', 268_000],
	['Block-only connections PR by Suhas', 452_000],
	['Pivoting to Lightning: Privacy Research at UCL', 558_000],
	['Security and Privacy of Lightning Network Payments with Uncertain Channel Balances', 818_000],
];

const CASES: Case[] = [
	{
		file: 'chaincode-28.descript.md',
		format: 'descript',
		speakers: ['Sergi Delgado', 'Adam Jonas', 'Mark Erhardt'],
		turns: 36,
		firstMs: 0,
		lastMs: 818_000,
		chapters: CHAINCODE_CHAPTERS,
	},
	{
		file: 'chaincode-28.otter.txt',
		format: 'otter',
		speakers: ['Sergi Delgado', 'Adam Jonas', 'Mark Erhardt', 'Unknown Speaker'],
		turns: 25,
		firstMs: 0,
		lastMs: 452_000,
		// Eight minutes without chapters: divided into parts ("peer", said only as a piece of "peer-to-peer", titles nothing).
		chapters: [
			['Research (0:00–4:44)', 0],
			['Connections (4:44–8:08)', 284_000],
		],
	},
	{
		file: 'chaincode-28.bold-name-time.md',
		format: 'name-time',
		speakers: ['Sergi Delgado', 'Adam Jonas', 'Mark Erhardt'],
		turns: 36,
		firstMs: 0,
		lastMs: 818_000,
		chapters: CHAINCODE_CHAPTERS,
	},
	{
		file: 'btctranscripts-chaincode-28.name-time.md',
		format: 'name-time',
		speakers: ['Sergi Delgado', 'Adam Jonas', 'Mark Erhardt'],
		turns: 21,
		firstMs: 0,
		lastMs: 302_000,
		chapters: [
			['Opening', 0],
			['Mapping Network Topology Research', 169_000],
			['TxProbe paper: Disclosure and Mitigations', 268_000],
		],
	},
	{
		file: 'btctranscripts-bitcoin-explained-92.speaker-n.md',
		format: 'name-time',
		speakers: ['Speaker 0', 'Speaker 1'],
		turns: 30,
		firstMs: 16_000,
		lastMs: 302_000,
		chapters: [['Opening', 16_000]],
	},
	{
		file: 'silent-payments-2.whisperx.md',
		format: 'whisperx-markdown',
		speakers: ['Speaker 1', 'Speaker 2', 'Speaker 3', 'Speaker 4'],
		turns: 25,
		firstMs: 16_000,
		lastMs: 296_000,
		chapters: [['Opening', 16_000]],
	},
	{
		file: 'oxide-and-friends-sparc.bracket-speaker.md',
		format: 'bracket-speaker',
		speakers: ['Speaker 1', 'Speaker 2', 'Speaker 3', 'Speaker 4'],
		turns: 37,
		firstMs: 3_000,
		lastMs: 363_000,
		chapters: [['Opening', 3_000]],
	},
	{
		file: 'orbitfm-bookbytes-018.txt',
		format: 'time-bold-name',
		speakers: ['Adam Garrett-Harris', 'Safia Abdalla', 'Jen Luker', 'Jason Staten'],
		turns: 37,
		firstMs: 12_600,
		lastMs: 296_500,
		chapters: [['Opening', 12_600]],
	},
	{
		file: 'silent-payments-2.timestamp-lines.txt',
		format: 'timestamp-lines',
		speakers: ['Speaker 1'],
		turns: 22,
		firstMs: 316_000,
		lastMs: 528_000,
		chapters: [['Opening', 316_000]],
	},
	{
		file: 'changelog-jsparty-313.md',
		format: 'markdown',
		speakers: ['Jerod Santo', 'Amal Hussein', 'Christopher Hiller', 'Jessica Sachs'],
		turns: 80,
		firstMs: 0,
		lastMs: 664_600,
		chapters: [
			['Kids call (0:00–5:57)', 0],
			['Expedia (5:57–11:06)', 357_481],
		],
	},
	{
		file: 'changelog-jsparty-313.ad-break.md',
		format: 'markdown',
		speakers: ['Jessica Sachs', 'Jerod Santo', 'Amal Hussein'],
		turns: 7,
		// The break's time (32:01) times the turn after it; the three before it are placed at speaking pace before it.
		firstMs: 1_908_800,
		lastMs: 2_103_800,
		chapters: [['Opening', 1_908_800]],
	},
	{
		file: 'btctranscripts-tabconf-2021-covenants.zh.md',
		format: 'label-lines',
		speakers: ['Shaun Apps', 'Andrew Poelstra', 'Jeremy Rubin'],
		turns: 6,
		firstMs: null,
		lastMs: null,
		chapters: [
			['限制条款的概念', null],
			['递归和非递归的限制条款', null],
			['不同的限制条款提议', null],
		],
	},
	{
		file: 'covenants.zh.chapter-lines.md',
		format: 'label-lines',
		speakers: ['Shaun Apps', 'Andrew Poelstra', 'Jeremy Rubin'],
		turns: 6,
		firstMs: null,
		lastMs: null,
		chapters: [
			['限制条款的概念', 0],
			['递归和非递归的限制条款', 212_000],
			['不同的限制条款提议', 249_000],
		],
	},
];

describe.each(CASES)('$file', (c) => {
	const {talk, format} = read(c.file);
	const speech = speechOf(talk);

	it(`is recognised from its content as ${c.format}`, () => {
		expect(format).toBe(c.format);
	});

	it('has its speakers, in order of appearance, under their full names', () => {
		expect(talk.speakers.map((s) => s.name)).toEqual(c.speakers);
	});

	it('has its turns, the first and the last at their times', () => {
		expect(turnsOf(talk)).toHaveLength(c.turns);
		expect(speech[0]?.startMs ?? null).toBe(c.firstMs);
		expect(speech[speech.length - 1]?.startMs ?? null).toBe(c.lastMs);
	});

	it('has its chapters', () => {
		expect(talk.sections.map((s) => [s.title, s.startMs ?? null])).toEqual(c.chapters);
	});

	it('leaves no marker, tag or entity in any turn', () => {
		for (const t of turnsOf(talk)) expect(t.text, t.id).not.toMatch(LEFTOVER);
	});

	it(c.firstMs === null ? 'invents no times for an untimed file' : 'gives every speech turn a start and an end, never going back', () => {
		if (c.firstMs === null) {
			for (const t of speech) expect([t.startMs, t.endMs], t.id).toEqual([undefined, undefined]);
			return;
		}
		let previous = 0;
		for (const t of speech) {
			expect(t.startMs, t.id).toBeGreaterThanOrEqual(previous);
			expect(t.endMs, t.id).toBeGreaterThanOrEqual(t.startMs ?? 0);
			previous = t.startMs ?? 0;
		}
	});
});

describe('what each export keeps', () => {
	it('Descript: short labels resolve to the front matter’s full names; inline time markers go; front matter fills the metadata', () => {
		const {talk} = read('chaincode-28.descript.md');
		expect(talk.speakers.map((s) => [s.name, s.role])).toEqual([
			['Sergi Delgado', 'guest'],
			['Adam Jonas', 'host'],
			['Mark Erhardt', 'guest'],
		]);
		expect(talk.metadata).toMatchObject({episode: '28', date: '2023-02-02', media: 'chaincode-28.mp3', tags: ['lightning', 'privacy', 'watchtowers']});
		const long = turnsOf(talk).find((t) => t.text.startsWith('They were known, pretty well known for the Coinscope paper'));
		expect(long?.text).toContain('testnet, getting results');
		expect(long?.text).not.toMatch(/\d:\d\d/);
	});

	it('Otter: the footer is no one’s words; Unknown Speaker stays a speaker to rename', () => {
		const {talk} = read('chaincode-28.otter.txt');
		expect(turnsOf(talk).some((t) => t.text.includes('otter.ai'))).toBe(false);
		expect(turnsOf(talk)[4]).toMatchObject({speakerIds: ['unknown-speaker'], startMs: 31_000});
	});

	it('show notes: a bold-time chapter list titles the sections; "## Show notes" and "## Transcript" are not chapters', () => {
		const {talk} = read('chaincode-28.bold-name-time.md');
		expect(talk.metadata.title).toBe('Sergi Delgado on adversarial research in Bitcoin and Lightning');
		expect(talk.sections.map((s) => s.title)).not.toContain('Transcript');
		expect(talk.sections[1]).toMatchObject({startMs: 169_000, endMs: 268_000});
	});

	it('Changelog: an escaped time opening a turn times it; escaped stage directions are reactions', () => {
		const {talk} = read('changelog-jsparty-313.md');
		const timed = turnsOf(talk).find((t) => t.line === 43);
		expect(timed).toMatchObject({text: "Okay... So that's a twist.", startMs: 375_000});
		expect(
			turnsOf(talk)
				.filter((t) => t.kind === 'reaction')
				.map((t) => t.text),
		).toEqual(['[laughter]', '[laughs]', '[laughs]', '[laughter]']);
	});

	it('Changelog: "**Break**: \\[32:01\\]" is an ad break, not a guest, and opens no turn; the turn after it starts at 32:01', () => {
		const {talk} = read('changelog-jsparty-313.ad-break.md');
		expect(talk.speakers.map((s) => s.name)).not.toContain('Break');
		expect(turnsOf(talk).some((t) => t.text.includes('32:01'))).toBe(false);
		expect(turnsOf(talk).find((t) => t.text.startsWith('Alright, nerds'))?.startMs).toBe(1_921_000);
		expect(turnsOf(talk).find((t) => t.text === 'Nerds.')?.endMs).toBe(1_921_000);
	});

	it('plain labels: a label declaring its short form, and initials, resolve to full names; links keep their text', () => {
		const {talk} = read('btctranscripts-tabconf-2021-covenants.zh.md');
		expect(turnsOf(talk).map((t) => t.speakerIds[0])).toEqual([
			'shaun-apps',
			'shaun-apps',
			'andrew-poelstra',
			'jeremy-rubin',
			'andrew-poelstra',
			'andrew-poelstra',
		]);
		const text = turnsOf(talk)
			.map((t) => t.text)
			.join('\n');
		expect(text).toContain('这一篇影响力很大的 BitcoinTalk 论坛帖子，作者是 Greg Maxwell');
		expect(text).not.toContain('https://');
		expect(talk.metadata.language).toBe('zh');
	});

	it('numbered bold chapter lines with a time range are chapters, not text of the turn before, and not speakers', () => {
		const {talk} = read('covenants.zh.chapter-lines.md');
		expect(talk.sections.map((s) => [s.startMs, s.endMs])).toEqual([
			[0, 212_000],
			[212_000, 249_000],
			[249_000, 337_000],
		]);
		expect(turnsOf(talk).some((t) => /\*\*|^\d\./.test(t.text))).toBe(false);
	});

	it('bracketed speakers: segments of one speaker cut mid-sentence are joined into one turn', () => {
		const {talk} = read('oxide-and-friends-sparc.bracket-speaker.md');
		expect(turnsOf(talk)[2]?.text).toBe(
			"I can hear you. Oh. What happened? Did it die? I I I it it died instantaneously. I tried to, yeah. It died instantaneously. Sorry. See, I I see Tom is here, which is great. And let me just I'm I'm gonna just tweet out the link, Adam.",
		);
	});

	it('time and bold name: the intro-music note before the first turn is no one’s turn; "(laughs)" is a reaction', () => {
		const {talk} = read('orbitfm-bookbytes-018.txt');
		expect(turnsOf(talk).some((t) => t.text.includes('Electro Swing'))).toBe(false);
		expect(
			turnsOf(talk)
				.filter((t) => t.kind === 'reaction')
				.map((t) => t.text),
		).toEqual(['(laughs)', '(laughs)', '(laughs)', '(laughs)']);
	});
});
