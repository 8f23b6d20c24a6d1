import {strToU8, zipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../../src/talk/load-talk';
import {looksLikeTeamsCues} from '../../../src/talk/readers/read-teams-cues';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Talk} from '../../../src/talk/talk-schema';

/** Teams' Word transcript copied as text: a timing line, the name, the text; no empty lines (as in a parser's published test of it). */
const COPIED = [
	'0:0:0.0 --> 0:0:1.250',
	'Jane Doe',
	"Hi I'm Jane Doe, CEO.",
	'0:0:2.90 --> 0:0:4.480',
	'John Doe',
	"Hi, I'm John Doe, no relation. COO.",
	'0:0:3.520 --> 0:0:5.460',
	'Jane Doe',
	'Today I want to discuss the plans for the next financial year.',
].join('\n');

const turnsOf = (talk: Talk) => {
	const names = new Map(talk.speakers.map((s) => [s.id, s.name]));
	return talk.sections.flatMap((s) => s.turns).map((t) => `${t.startMs}–${t.endMs} ${t.speakerIds.map((id) => names.get(id)).join()}: ${t.text}`);
};

describe('Teams transcript from Word: a timing line, the name, the text', () => {
	it('reads names and Teams’ times (`0:0:2.90` is 2.090 s)', () => {
		expect(turnsOf(readTranscript({text: COPIED, file: 'meeting.txt'}).talk)).toEqual([
			"0–1250 Jane Doe: Hi I'm Jane Doe, CEO.",
			"2090–4480 John Doe: Hi, I'm John Doe, no relation. COO.",
			// Teams' cues overlap where two people speak at once.
			'3520–5460 Jane Doe: Today I want to discuss the plans for the next financial year.',
		]);
	});

	it('reads the same with empty lines between the entries, and in a Word document (line breaks in one paragraph)', () => {
		const spaced = COPIED.replace(/\n(?=\d+:\d+:\d+\.)/g, '\n\n');
		const paragraphs = COPIED.split(/\n(?=\d+:\d+:\d+\.)/).map(
			(entry) =>
				`<w:p><w:r>${entry
					.split('\n')
					.map((l) => `<w:t>${l.replace('>', '&gt;')}</w:t>`)
					.join('<w:br/>')}</w:r></w:p>`,
		);
		const docx = zipSync({
			'word/document.xml': strToU8(
				`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`,
			),
		});
		const expected = turnsOf(readTranscript({text: COPIED, file: 'meeting.txt'}).talk);
		expect(turnsOf(readTranscript({text: spaced, file: 'meeting.txt'}).talk)).toEqual(expected);
		expect(turnsOf(loadTalk({bytes: docx, file: 'meeting.docx', edits: null}).talk)).toEqual(expected);
	});

	it('an entry of one line after its timing is speech of the speaker before', () => {
		const text = [
			'0:0:0.0 --> 0:0:1.0',
			'Ana Lima',
			'Hello there.',
			'0:0:1.500 --> 0:0:3.0',
			'And welcome.',
			'0:0:3.200 --> 0:0:4.0',
			'Ben Ode',
			'Thanks.',
		].join('\n');
		expect(turnsOf(readTranscript({text, file: 'meeting.txt'}).talk)).toEqual(['0–3000 Ana Lima: Hello there. And welcome.', '3200–4000 Ben Ode: Thanks.']);
	});

	it('padded times keep decimal fractions: `00:00:06.9` is 6.900 s', () => {
		const text = ['00:00:00.000 --> 00:00:01.000', 'Ana', 'One.', '00:00:06.9 --> 00:00:08.000', 'Ben', 'Two.'].join('\n');
		expect(turnsOf(readTranscript({text, file: 'meeting.txt'}).talk).map((t) => t.split(' ')[0])).toEqual(['0–1000', '6900–8000']);
	});

	it.each([
		['Teams from Word', COPIED, true],
		['WebVTT', `WEBVTT\n\n${COPIED}`, false],
		['SubRip', `1\n${COPIED.replace(/\./g, ',')}`, false],
		['one entry', COPIED.split('\n').slice(0, 3).join('\n'), false],
		[
			'the same with padded times',
			['00:00:00.000 --> 00:00:01.250', 'Jane Doe', 'Hi.', '00:00:02.090 --> 00:00:04.480', 'John Doe', 'Hello.'].join('\n'),
			true,
		],
		['a timing line that does not open the file', `Notes\n${COPIED}`, false],
	])('recognises %s: %s', (_name, text, expected) => {
		expect(looksLikeTeamsCues(text)).toBe(expected);
	});
});
