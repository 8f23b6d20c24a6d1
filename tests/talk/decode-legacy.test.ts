import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeTranscript} from '../../src/talk/decode-transcript';
import {loadTalk} from '../../src/talk/load-talk';

/**
 * An encoder for a legacy encoding, made from `TextDecoder`'s own tables (the WHATWG
 * ones): every byte, and every pair of bytes from 0x81, decoded once; a character's bytes
 * are the first that decode to it. Enough for the text of these tests.
 */
const encoders = new Map<string, Map<string, number[]>>();
const encoderFor = (label: string): Map<string, number[]> => {
	const known = encoders.get(label);
	if (known !== undefined) return known;
	const table = new Map<string, number[]>();
	const decoder = new TextDecoder(label);
	for (let b = 0; b < 0x100; b++) {
		const c = decoder.decode(Uint8Array.of(b));
		if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [b]);
	}
	for (let lead = 0x81; lead < 0xff; lead++)
		for (let trail = 0x40; trail < 0xff; trail++) {
			const c = decoder.decode(Uint8Array.of(lead, trail));
			if ([...c].length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [lead, trail]);
		}
	encoders.set(label, table);
	return table;
};
const encodeAs = (text: string, label: string): Uint8Array => {
	const table = encoderFor(label);
	return Uint8Array.from(
		[...text].flatMap((c) => {
			const bytes = table.get(c);
			if (bytes === undefined) throw new Error(`"${c}" is not in ${label}`);
			return bytes;
		}),
	);
};

const srt = (...lines: string[]) => lines.map((line, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${line}\n`).join('\n');

describe('a subtitle file in a legacy encoding is read in it, not as Latin-1 or GB18030 (the table: language, encoding, cues)', () => {
	it.each([
		['Simplified Chinese', 'gb18030', 'GB18030', ['我们今天聊一聊人工智能。', '这个问题其实很简单，', '但是大家都想错了。']],
		['Traditional Chinese', 'big5', 'Big5', ['歡迎回到我們的節目。', '今天的來賓非常特別，', '他會跟我們聊聊開放政府。']],
		['Japanese', 'shift_jis', 'Shift_JIS', ['今日はお越しいただきありがとうございます。', 'それでは、始めましょう。', '私たちの研究について話します。']],
		['Korean', 'euc-kr', 'EUC-KR', ['오늘은 인공지능에 대해 이야기해 보겠습니다.', '정말 흥미로운 주제입니다.', '감사합니다.']],
		['Russian', 'windows-1251', 'Windows-1251', ['Добрый вечер, дорогие друзья.', 'Сегодня мы поговорим о городах.', 'Это очень важная тема.']],
		['Russian', 'koi8-r', 'KOI8-R', ['Добрый вечер, дорогие друзья.', 'Сегодня мы поговорим о городах.', 'Это очень важная тема.']],
		['Czech', 'windows-1250', 'Windows-1250', ['Ledňáček říční je průměrně velký pták.', 'Žije u čistých řek a potoků.', 'Děkuji vám za pozornost.']],
		['Polish', 'iso-8859-2', 'ISO-8859-2', ['Dziękuję bardzo za zaproszenie.', 'Księżniczka mieszkała w zamku.', 'Jutro będzie żółty księżyc.']],
		['Greek', 'iso-8859-7', 'ISO-8859-7', ['Καλησπέρα σας, αγαπητοί φίλοι.', 'Σήμερα θα μιλήσουμε για τις πόλεις.', 'Ευχαριστώ πολύ.']],
		['Arabic', 'windows-1256', 'Windows-1256', ['مساء الخير أيها الأصدقاء.', 'اليوم سنتحدث عن المدن.', 'شكرا جزيلا لكم.']],
		['Hebrew', 'iso-8859-8', 'ISO-8859-8', ['ערב טוב לכולם.', 'היום נדבר על הערים שלנו.', 'תודה רבה לכם.']],
		[
			'French',
			'windows-1252',
			'Windows-1252',
			['Bonsoir à tous, chers amis.', "Aujourd'hui, nous parlons des villes.", "C'est très important, n'est-ce pas ?"],
		],
	])('%s in %s', (_language, label, name, cues) => {
		const text = srt(...cues);
		const read = decodeTranscript({bytes: encodeAs(text, label), file: 'talk.srt'});
		expect(read.text).toBe(text);
		expect(read.encoding).toBe(label);
		expect(read.guessed).toContain(name);
	});

	it.each([
		// The text ends on 。 and a line break: the break and 。's second byte go.
		['a character cut off at the end', (b: Uint8Array) => b.subarray(0, b.length - 2)],
		['a stray byte', (b: Uint8Array) => Uint8Array.from([...b.subarray(0, 40), 0xff, ...b.subarray(40)])],
	])('a GB18030 file with %s is still GB18030, the byte unread (U+FFFD), not another encoding', (_what, damage) => {
		const text = srt('我们今天聊一聊人工智能。', '这个问题其实很简单，', '但是大家都想错了。');
		const read = decodeTranscript({bytes: damage(encodeAs(text, 'gb18030')), file: 'talk.srt'});
		expect(read.encoding).toBe('gb18030');
		expect(read.guessed).toBe('GB18030 (Simplified Chinese), 1 byte of it unreadable');
		expect(read.text.split('\uFFFD')).toHaveLength(2);
		expect(read.text).toContain('但是大家都想错');
	});

	it('Hebrew with ״ (gershayim), which ISO-8859-8 has not, is Windows-1255', () => {
		const text = srt(
			'ערב טוב לכולם, ברוכים הבאים לתוכנית.',
			'היום נדבר על צה״ל ועל הערים שלנו בקיץ החם.',
			'העצים הם המזגן הזול ביותר שיש לנו.',
			'תודה רבה לכם, נתראה בשבוע הבא.',
		);
		const read = decodeTranscript({bytes: encodeAs(text, 'windows-1255'), file: 'talk.srt'});
		expect(read.encoding).toBe('windows-1255');
		expect(read.text).toBe(text);
	});

	it('Russian whose letters make a UTF-8 letter by chance (СЁ is U+0468 in UTF-8) is Windows-1251, not a damaged UTF-8 file', () => {
		const text = srt('ВСЁ будет хорошо, сказал он. ВСЁ.', 'Мы поговорим о городах и о людях, которые там живут.', 'Это очень важная тема для нас всех.');
		const read = decodeTranscript({bytes: encodeAs(text, 'windows-1251'), file: 'talk.srt'});
		expect(read.encoding).toBe('windows-1251');
		expect(read.text).toBe(text);
	});

	it('UTF-8 pasted beside Windows-1252 (curly quotes each way) is refused as mixed, not read as one encoding', () => {
		const utf8 = new TextEncoder().encode(srt('We’re glad you’re here.', 'It’s a big day.'));
		// Windows-1250 writes “ ” ’ where Windows-1252 does (Node's TextDecoder reads the label windows-1252 as Latin-1).
		const cp1252 = encodeAs(`\n${srt('I said “hello” and left.', 'That’s all.')}`, 'windows-1250');
		expect(() => decodeTranscript({bytes: Uint8Array.from([...utf8, ...cp1252]), file: 'talk.srt'})).toThrow(
			/TALK_ENCODING: talk\.srt:11: not valid UTF-8: byte 0x93 after "I said "/,
		);
	});

	it('UTF-8 is no guess', () => {
		expect(decodeTranscript({bytes: new TextEncoder().encode(srt('你好。')), file: 'talk.srt'}).guessed).toBeUndefined();
	});

	it('Chinese in GB18030 whose pairs happen to be valid UTF-8 (谢谢 is лл in UTF-8) is GB18030, not a damaged UTF-8 file', () => {
		const text = '**Brian Chesky:** 谢谢！\n';
		expect(decodeTranscript({bytes: encodeAs(text, 'gb18030'), file: 'talk.md'}).text).toBe(text);
	});

	it('a short line of Chinese with English words in it is GB18030, not Latin-1 (ÌÆøP is a capital after a small letter)', () => {
		const text = '**唐鳳：** 你說 super like 嗎？\n';
		expect(decodeTranscript({bytes: encodeAs(text, 'gb18030'), file: 'talk.md'}).text).toBe(text);
	});

	it.each([
		['# Café', 'a capital after a small letter: CafĂ© in ISO-8859-2'],
		['# Müller über alles', 'a single-byte encoding never overrules UTF-8: MĂźller Ăźber reads as letters'],
	])('a UTF-8 file (%s) with one stray Latin-1 byte is still refused as damaged (%s)', (title) => {
		const bytes = Uint8Array.from([...new TextEncoder().encode(`${title}\n**Ann:** Bonjour `), 0xe9, ...new TextEncoder().encode(' hi\n')]);
		expect(() => decodeTranscript({bytes, file: 'talk.md'})).toThrow(/TALK_ENCODING: talk\.md:2: not valid UTF-8: byte 0xE9/);
	});

	it('the guess is a warning naming the file, once; a UTF-8 file has none', () => {
		const text = `# 对谈\n\n**主持人：** ${'我们今天聊一聊人工智能，这个问题其实很简单。'.repeat(3)}\n`;
		const legacy = loadTalk({bytes: encodeAs(text, 'gb18030'), file: 'talk.md', edits: null});
		expect(legacy.warnings.filter((w) => w.includes('legacy encoding'))).toEqual([
			'talk.md: not Unicode; read as GB18030 (Simplified Chinese), the likeliest legacy encoding — if its text reads wrong, save the file as UTF-8',
		]);
		expect(legacy.talk.sections[0]?.turns[0]?.text).toContain('人工智能');
		expect(loadTalk({bytes: new TextEncoder().encode(text), file: 'talk.md', edits: null}).warnings).toEqual([]);
	});

	it('a large file is judged on a sample of its lines with high bytes: 8 MB of Cyrillic after 1 MB of timings reads as Windows-1251 in well under a second per MB', () => {
		const timings = 'x\n'.repeat(512 * 1024);
		const line = encodeAs('Сегодня мы поговорим о городах и о людях.\n', 'windows-1251');
		const bytes = new Uint8Array(timings.length + line.length * Math.floor((8 << 20) / line.length));
		bytes.set(new TextEncoder().encode(timings));
		for (let at = timings.length; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
		const started = performance.now();
		const read = decodeTranscript({bytes, file: 'big.srt'});
		expect(read.encoding).toBe('windows-1251');
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('real files from encoding detectors and subtitle libraries (tests/fixtures/transcripts/SOURCES.md)', () => {
	const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'transcripts', 'encodings', name));
	it.each([
		['node-chardet.big5.txt', 'big5', '政府資訊科技總監辦公室和平等機會委員會合辦無障礙網頁嘉許計劃'],
		['node-chardet.gb18030.txt', 'gb18030', '基本上，计算机只是处理数字。'],
		['node-chardet.euc-kr.txt', 'euc-kr', '기본적으로 컴퓨터는 숫자만 처리합니다.'],
		['node-chardet.shift_jis.txt', 'shift_jis', 'コンピューターは、本質的には数字しか扱うことができません。'],
	])('%s reads as %s', (name, label, words) => {
		const read = decodeTranscript({bytes: fixture(name), file: name});
		expect(read.encoding).toBe(label);
		expect(read.text).toContain(words);
		expect(read.text).not.toContain('\uFFFD');
	});

	it("aspasia's GBK subtitle file is a talk in Chinese, with the guess said", () => {
		const {talk, warnings} = loadTalk({bytes: fixture('aspasia.gbk.srt'), file: 'aspasia.gbk.srt', edits: null});
		expect(talk.sections.flatMap((s) => s.turns.map((t) => t.text)).join(' ')).toMatch(/这是中文.*还有更多的中文.*再见/);
		expect(warnings.some((w) => w.includes('GB18030 (Simplified Chinese)'))).toBe(true);
	});
});
