import {readFileSync} from 'node:fs';
import {strToU8, zipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {isUserError} from '../../src/errors';
import {loadTalk} from '../../src/talk/load-talk';
import {readDocxText} from '../../src/talk/read-docx';
import {MAX_TRANSCRIPT_BYTES} from '../../src/talk/talk-limits';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word document holding `body` (WordprocessingML paragraphs), as Word zips one. */
const docx = (body: string, parts: Record<string, Uint8Array> = {}): Uint8Array =>
	zipSync({
		'[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
		'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
		...parts,
	});

const p = (...runs: string[]) => `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr>${r}</w:r>`).join('')}</w:p>`;

/** The error's code and message, or the text read. */
const read = (bytes: Uint8Array): string => {
	try {
		return readDocxText({bytes, file: 'meeting.docx'});
	} catch (error) {
		if (isUserError(error)) return `${error.code}: ${error.message.split('\n')[0]}`;
		throw error;
	}
};

describe('a Word document: its paragraphs, one a line', () => {
	it.each([
		[
			'runs join into their paragraph',
			p('<w:t>Ana </w:t>', '<w:t xml:space="preserve">Lima  </w:t>', '<w:t>0:03</w:t>') + p('<w:t>Hello.</w:t>'),
			'Ana Lima  0:03\nHello.',
		],
		['a tab and a line break', p('<w:t>Ana</w:t>', '<w:tab/>', '<w:t>0:03</w:t>', '<w:br/>', '<w:t>Hello.</w:t>'), 'Ana\t0:03\nHello.'],
		['entities are decoded', p('<w:t>Q&amp;A &lt;live&gt; &#8212; “quoted”</w:t>'), 'Q&A <live> — “quoted”'],
		[
			'deleted revisions and field codes are not text',
			p('<w:t>Kept</w:t>', '<w:delText> deleted</w:delText>', '<w:instrText> HYPERLINK "x" </w:instrText>'),
			'Kept',
		],
		['an empty paragraph is an empty line', p('<w:t>One</w:t>') + p() + p('<w:t>Two</w:t>'), 'One\n\nTwo'],
		[
			'a hyperlink’s text is text',
			`<w:p><w:hyperlink r:id="rId4"><w:r><w:t>VIEW RECORDING - 55 mins</w:t></w:r></w:hyperlink></w:p>`,
			'VIEW RECORDING - 55 mins',
		],
		[
			'a text box inside a paragraph comes before it',
			`<w:p><w:r><w:t>Outer</w:t><w:txbxContent><w:p><w:r><w:t>Inner</w:t></w:r></w:p></w:txbxContent></w:r></w:p>`,
			'Inner\nOuter',
		],
		['a DOCTYPE’s entity is not expanded', p('<w:t>&bomb;</w:t>').replace('<w:p>', '<!DOCTYPE d [<!ENTITY bomb "BOOM BOOM BOOM">]><w:p>'), '&bomb;'],
		['Chinese text', p('<w:t>发言人1 00:00:14</w:t>') + p('<w:t>我先做个开场吧。</w:t>'), '发言人1 00:00:14\n我先做个开场吧。'],
	])('%s', (_name, body, text) => {
		expect(read(docx(body))).toBe(text);
	});

	it('reads a transcript the text readers know, as the CLI does (bytes → loadTalk)', () => {
		const body = [
			p('<w:t>Ana Lima  0:03</w:t>'),
			p('<w:t>Trees pay us back in shade.</w:t>'),
			p('<w:t>Ben Ode  0:09</w:t>'),
			p('<w:t>For fifty years.</w:t>'),
		].join('');
		const {talk} = loadTalk({bytes: docx(body), file: 'talks/Weekly sync.docx', edits: null});
		expect(talk.metadata.title).toBe('Weekly sync');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ana Lima', 'Ben Ode']);
		expect(talk.sections.flatMap((s) => s.turns).map((t) => [t.startMs, t.text])).toEqual([
			[3000, 'Trees pay us back in shade.'],
			[9000, 'For fifty years.'],
		]);
	});

	it('reads the same document the same way twice', () => {
		const bytes = readFileSync('tests/fixtures/transcripts/real/fathom-google-meet.docx');
		expect(read(bytes)).toBe(read(bytes));
		expect(read(bytes).split('\n')[0]).toBe('Impromptu Google Meet Meeting - May 29');
	});
});

describe('a hostile ZIP: one line, TALK_BINARY, in bounded time and memory', () => {
	it('a document that unpacks to more than the limit (a zip bomb) stops at it', () => {
		const filler = `<w:p><w:r><w:t>${' '.repeat(1 << 20)}</w:t></w:r></w:p>`;
		const bomb = docx(filler.repeat(Math.ceil(MAX_TRANSCRIPT_BYTES / filler.length) + 1));
		expect(bomb.length).toBeLessThan(1 << 20);
		const started = performance.now();
		expect(read(bomb)).toMatch(/^TALK_BINARY: .*a Word document whose text unpacks to more than 32 MiB/);
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('a zip bomb whose header understates its size is stopped as it unpacks', () => {
		const filler = `<w:p><w:r><w:t>${' '.repeat(1 << 20)}</w:t></w:r></w:p>`;
		const bomb = docx(filler.repeat(Math.ceil(MAX_TRANSCRIPT_BYTES / filler.length) + 1));
		// The local header's uncompressed size (offset 22) of the second entry, word/document.xml, says 1 KiB.
		const second = findLocalHeader(bomb, 'word/document.xml');
		new DataView(bomb.buffer, bomb.byteOffset).setUint32(second + 22, 1024, true);
		expect(read(bomb)).toMatch(/^TALK_BINARY: .*unpacks to more than 32 MiB/);
	});

	it.each([
		[
			'a ZIP that is not a Word document',
			zipSync({'content.xml': strToU8('<office:document/>')}),
			/^TALK_BINARY: .*a ZIP archive that is not a Word document \(no word\/document\.xml/,
		],
		[
			'a Word document cut in half',
			(() => {
				const whole = readFileSync('tests/fixtures/transcripts/real/fathom-google-meet.docx');
				return new Uint8Array(whole.subarray(0, whole.length / 2));
			})(),
			/^TALK_BINARY: /,
		],
		[
			'an entry in a compression it does not know',
			(() => {
				const bytes = docx(p('<w:t>x</w:t>'));
				const at = findLocalHeader(bytes, 'word/document.xml');
				new DataView(bytes.buffer, bytes.byteOffset).setUint16(at + 8, 14, true);
				return bytes;
			})(),
			/^TALK_BINARY: .*a damaged ZIP archive/,
		],
		['the ZIP signature and noise', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({length: 256}, (_, i) => i % 256)]), /^TALK_BINARY: /],
	])('%s', (_name, bytes, message) => {
		expect(read(bytes)).toMatch(message);
	});
});

/** The offset of the local file header of `name` in a ZIP written by fflate. */
const findLocalHeader = (zip: Uint8Array, name: string): number => {
	const view = new DataView(zip.buffer, zip.byteOffset);
	for (let at = 0; at + 30 < zip.length; ) {
		if (view.getUint32(at, true) !== 0x04034b50) break;
		const nameLength = view.getUint16(at + 26, true);
		const extra = view.getUint16(at + 28, true);
		const compressed = view.getUint32(at + 18, true);
		if (new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)) === name) return at;
		at += 30 + nameLength + extra + compressed;
	}
	throw new Error(`no local header for ${name}`);
};
