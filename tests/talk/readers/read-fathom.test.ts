import {describe, expect, it} from 'vitest';
import {looksLikeFathom, readFathomHeader} from '../../../src/talk/readers/read-fathom';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

/** Fathom's text download: the title, the recording link, `---`, then turns with their paragraphs indented two spaces. */
const DOWNLOAD = [
	'Weekly sync - March 3',
	'VIEW RECORDING - 55 mins (No highlights): https://fathom.video/share/abc',
	'',
	'---',
	'',
	'0:00 - Alex Rivera',
	'  Morning, thanks for joining. The migration is the only thing on the list today.',
	'',
	'1:24 - Sam Okonkwo (example.com)',
	'  We moved the last two services on Friday.',
	'  SCREEN SHARING: Sam started screen sharing - WATCH: https://fathom.video/calls/1?timestamp=84.2',
	'  Nothing fell over, which surprised all of us.',
	'  ACTION ITEM: Write up the rollback plan - WATCH: https://fathom.video/calls/1?timestamp=90.0',
	'',
	'12:07 - Dana Lee (Pivot Interiors)',
	'  Agreed, we ship on Monday.',
	'',
	'1:02:03 - Alex Rivera',
	'  Thanks, everyone.',
	'',
].join('\n');

/** As Fathom's page and its Word export write it: `@` before the time, an e-mail address after a name, the paragraph not indented. */
const COPIED = [
	'Impromptu Google Meet Meeting - May 29',
	'',
	'VIEW RECORDING - 118 mins (3 mins of highlights)',
	'',
	'@0:00 - Tom Gituma',
	'So, we focus on specific sector.',
	'@0:25 - Lloyd Ian (name@example.com)',
	'Find out in shipping.',
	'@0:31 - Tom Gituma',
	'And manufacturing, of course.',
].join('\n');

const read = (text: string) => readTranscript({text, file: 'meeting.txt'}).talk;
const turnsOf = (text: string) =>
	read(text)
		.sections.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech')
		.map((t) => ({speakerIds: t.speakerIds, startMs: t.startMs, text: t.text}));

describe('Fathom: `0:00 - Name` then the paragraph', () => {
	it.each([
		['0:00 - Corey Gouker', {names: ['Corey Gouker'], startMs: 0, rest: ''}],
		['12:07 - Sandra Rudloff (Pivot Interiors)', {names: ['Sandra Rudloff (Pivot Interiors)'], startMs: 727_000, rest: ''}],
		['1:02:03 - Ana Lima', {names: ['Ana Lima'], startMs: 3_723_000, rest: ''}],
		['@1:33 - Malya Rastogi (name@example.com)', {names: ['Malya Rastogi'], startMs: 93_000, rest: ''}],
		['0:09 - Andrew Gaikwad (kainyx.com)', {names: ['Andrew Gaikwad'], startMs: 9000, rest: ''}],
		['5:12 - Christina Bowen (SocialRoots)   ', {names: ['Christina Bowen (SocialRoots)'], startMs: 312_000, rest: ''}],
		['0:00 Corey Gouker', null],
		['0:00 - ', null],
		['Corey Gouker - 0:00', null],
		['0:00 - **Corey**', null],
	])('%j', (line, header) => {
		expect(readFathomHeader({line, lineNumber: 1, file: 'x.txt'})).toEqual(header);
	});

	it('reads the download: speakers without their accounts, times, paragraphs without Fathom’s own lines, the title', () => {
		const talk = read(DOWNLOAD);
		expect(talk.metadata.title).toBe('Weekly sync - March 3');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Alex Rivera', 'Sam Okonkwo', 'Dana Lee (Pivot Interiors)']);
		expect(turnsOf(DOWNLOAD)).toEqual([
			{speakerIds: ['alex-rivera'], startMs: 0, text: 'Morning, thanks for joining. The migration is the only thing on the list today.'},
			{speakerIds: ['sam-okonkwo'], startMs: 84_000, text: 'We moved the last two services on Friday.\nNothing fell over, which surprised all of us.'},
			{speakerIds: ['dana-lee-pivot-interiors'], startMs: 727_000, text: 'Agreed, we ship on Monday.'},
			{speakerIds: ['alex-rivera'], startMs: 3_723_000, text: 'Thanks, everyone.'},
		]);
	});

	it('reads the copied page: `@` times, no address in any name', () => {
		const talk = read(COPIED);
		expect(talk.metadata.title).toBe('Impromptu Google Meet Meeting - May 29');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Tom Gituma', 'Lloyd Ian']);
		expect(turnsOf(COPIED).map((t) => `${t.startMs} ${t.text}`)).toEqual([
			'0 So, we focus on specific sector.',
			'25000 Find out in shipping.',
			'31000 And manufacturing, of course.',
		]);
		expect(JSON.stringify(talk)).not.toContain('@example.com');
	});

	it.each([
		['the download', DOWNLOAD, true],
		['the copied page', COPIED, true],
		['the copied page without its header', COPIED.split('\n').slice(4).join('\n'), true],
		// Timed lines whose text opens on a dash are not speaker lines without Fathom's marks.
		['timed lines', '0:00 - so we start here\n0:05 - and then we went on\n0:09 - to the next thing', false],
		['one turn', 'VIEW RECORDING - 5 mins\n\n0:00 - Ana\n  Hello.', false],
	])('recognises %s: %s', (_name, text, expected) => {
		expect(looksLikeFathom(text)).toBe(expected);
	});
});
