import {describe, expect, it} from 'vitest';
import {segmentSentences} from '../../src/text/segment-sentences';
import {expectLinearTime} from '../support/linear-time';

const texts = (text: string, locale = 'zh'): string[] => segmentSentences({text, locale}).sentences.map((sentence) => sentence.text);

const LONG_ZH =
	'今天下午，我们将开始与两位长期以来的朋友交谈，他们正在颠覆世界——人工智能领域的“先驱”Sam Altman，以及使旅行成为全球家园的Brian Chesky。这两位杰出的年轻创新者自从在科技创业加速器Y Combinator的日子以来就是朋友。去年11月，在OpenAI公司的动荡中，Sam Altman突然被解除CEO职务！他们今天都在这里，将与NBC的杰出夜间新闻主播Lester Holt对话。那么，让我们开始吧，谢谢。';
const LONG_EN =
	'Remotion lets you make videos programmatically with React. It renders frames in a headless browser! Why does that matter? Because GPT 3.5 and Node.js are just text. Mr. Smith agrees.';

describe('segmentSentences', () => {
	it.each<[string, string[], string]>([
		['他说：“好。”然后他走了。', ['他说：“好。”', '然后他走了。'], 'closing quote stays with the sentence'],
		['他说「好。」然后', ['他说「好。」', '然后'], 'corner bracket closer stays'],
		['第一句。第二句。', ['第一句。', '第二句。'], '。'],
		['真的吗？！好的', ['真的吗？！', '好的'], 'run of ？！ is one end'],
		['好的；下一步', ['好的；', '下一步'], '；ends a sentence (ICU does not)'],
		['然后呢……再见', ['然后呢……', '再见'], '…… ends a sentence (ICU does not)'],
		['然后呢…再见', ['然后呢…', '再见'], 'single … ends a sentence'],
		['太好了！走吧', ['太好了！', '走吧'], 'full-width ！'],
		['第一句．第二句', ['第一句．', '第二句'], 'full-width ．'],
		['它很好.下一句', ['它很好.', '下一句'], 'half-width . after CJK'],
		['真的!然后', ['真的!', '然后'], 'half-width ! after CJK'],
		['第一段\n第二段', ['第一段', '第二段'], 'newline ends a sentence'],
		['no period here\nnext line', ['no period here', 'next line'], 'newline ends a Latin sentence'],
		['第一段\r\n第二段', ['第一段', '第二段'], 'CRLF ends a sentence'],
		['Hi! How are you? Fine.', ['Hi!', 'How are you?', 'Fine.'], 'Latin .!?'],
		['GPT 3.5 is out. Next.', ['GPT 3.5 is out.', 'Next.'], 'decimal number is not split'],
		['版本３．５发布了。', ['版本３．５发布了。'], 'full-width decimal is not split'],
		['It costs $3.50 now.', ['It costs $3.50 now.'], 'price is not split'],
		['Node.js is fast. Yes.', ['Node.js is fast.', 'Yes.'], 'dotted name is not split'],
		['Mr. Smith went to the U.S. Army base.', ['Mr. Smith went to the U.S. Army base.'], 'abbreviations are not split'],
		['Ask Dr.\nSmith. Now.', ['Ask Dr.', 'Smith.', 'Now.'], 'a line break still ends a sentence after an abbreviation'],
		['It was MDr. Then we left.', ['It was MDr.', 'Then we left.'], 'an abbreviation inside a longer word is not one'],
		['He said "no." Then left.', ['He said "no."', 'Then left.'], 'straight closing quote stays'],
		['这很棒。Remotion lets you make videos. 对吧？', ['这很棒。', 'Remotion lets you make videos.', '对吧？'], 'mixed'],
		[
			'we asked "Are you using TypeScript?", and 46% said yes. Next.',
			['we asked "Are you using TypeScript?", and 46% said yes.', 'Next.'],
			'a comma after a quoted question goes on (UAX #29 SContinue)',
		],
		['你问“真的吗？”，我说是的。好。', ['你问“真的吗？”，我说是的。', '好。'], 'a full-width comma after ？” goes on'],
		[
			'- Do you really think so? - No, and nobody does.',
			['- Do you really think so?', '- No, and nobody does.'],
			"a dash after ? opens the next speaker's line",
		],
		['你去哪里？——我去学校。', ['你去哪里？', '——我去学校。'], 'a dash after ？ opens the next line'],
		['好的；、然后', ['好的；、然后'], 'an enumeration comma after ；goes on'],
		['真的吗？ 好的', ['真的吗？', '好的'], 'a space alone does not'],
		[
			'to only include: 1. Local publishing. 2. Granular tokens. 3. Trusted publishing. In addition, more.',
			['to only include:', '1. Local publishing.', '2. Granular tokens.', '3. Trusted publishing.', 'In addition, more.'],
			"a list's numbers open their items (Changelog News #163)",
		],
		['步骤：1. 打开。2. 关闭。', ['步骤：', '1. 打开。', '2. 关闭。'], 'a Chinese list after ：'],
		['The answer: 42. Then we left.', ['The answer: 42.', 'Then we left.'], 'a number after a colon, with no list, ends its sentence'],
		['How many? 2. Then we left.', ['How many?', '2.', 'Then we left.'], 'a number alone, with no list, is its own'],
		['The match ended 2:1. Then it went to 2:2.', ['The match ended 2:1.', 'Then it went to 2:2.'], 'a score is no list'],
		['Read John 3:16. Then read John 3:17.', ['Read John 3:16.', 'Then read John 3:17.'], 'a verse is no list'],
		['We scored: 10. They scored: 11.', ['We scored: 10.', 'They scored: 11.'], 'two numbers in a row without the ones before them are no list'],
		[
			"So if you .*.*, you've now exploded it. Next.",
			["So if you .*.*, you've now exploded it.", 'Next.'],
			'a full stop a symbol follows is code said aloud (Go Time #253)',
		],
		[
			'It was based on .NET, and it was ugly. Then we moved.',
			['It was based on .NET, and it was ugly.', 'Then we moved.'],
			'a full stop that opens a name (Ship It! #132)',
		],
		['.NET Core shipped. It was fine.', ['.NET Core shipped.', 'It was fine.'], 'a name opening the text'],
		['   ', [], 'whitespace only'],
		['', [], 'empty'],
	])('%j → %j (%s)', (text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it.each([
		['Chinese', LONG_ZH, 'zh', 5],
		['English', LONG_EN, 'en', 5],
		['mixed with padding', `  \n${LONG_ZH}\n\n  ${LONG_EN}  `, 'zh', 10],
		['astral characters', '𠮷野家很好吃。我们去𠮷野家吧！', 'zh', 2],
	])('%s: offsets slice back to each sentence, trimmed and in order', (_, text, locale, count) => {
		const {sentences} = segmentSentences({text, locale});
		expect(sentences).toHaveLength(count);
		let previousEnd = 0;
		for (const sentence of sentences) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
			expect(sentence.text).toBe(sentence.text.trim());
			expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
			expect(text.slice(previousEnd, sentence.start).trim()).toBe('');
			previousEnd = sentence.end;
		}
		expect(text.slice(previousEnd).trim()).toBe('');
	});

	it('is deterministic and does not depend on the locale for CJK ends', () => {
		expect(texts(LONG_ZH, 'zh')).toEqual(texts(LONG_ZH, 'en'));
		expect(texts(LONG_ZH)).toEqual(texts(LONG_ZH));
	});

	it('keeps an opening quote after 。 with the sentence it opens, never alone', () => {
		expect(texts('他说得很好。“我认为这是对的。”然后呢？「好的。」', 'zh')).toEqual(['他说得很好。', '“我认为这是对的。”', '然后呢？', '「好的。」']);
		expect(texts('这是第一句。《三体》是一本书。', 'zh')).toEqual(['这是第一句。', '《三体》是一本书。']);
		// A text of opening marks only is still a sentence of its own.
		expect(texts('“', 'zh')).toEqual(['“']);
	});
});

describe('segmentSentences in linear time', () => {
	// Regression (issue 22): the abbreviation check /(\S+)\s*$/ retried a long word from every start: 15.8 s on a 90 000-letter word.
	it('a sentence of one long word then another', () => {
		expectLinearTime({build: (n) => `${'a'.repeat(n)} b`, run: (text) => segmentSentences({text, locale: 'en'}), size: 25_000, boundMs: 5_000});
	});
});

// Regression: V8 segments one long string in quadratic time; a caption turn joined into one
// paragraph of 4 000 sentences took 2.7 s (1 000: 0.05 s). Sentences are segmented in chunks
// cut after an end mark, where ICU ends a sentence anyway.
describe('segmentSentences on one long paragraph', () => {
	const paragraph = (n: number) => Array.from({length: n}, (_, i) => (i % 3 === 0 ? `第${i}句话说完了。` : `Sentence ${i} ends here.`)).join(' ');

	it('grows linearly', () => {
		expectLinearTime({build: paragraph, run: (text) => segmentSentences({text, locale: 'en'}), size: 1500, boundMs: 3_000});
	}, 60_000);

	it('cuts where one piece would: the same sentences as segmenting each by itself', () => {
		const text = paragraph(900);
		expect(text.length).toBeGreaterThan(10_000);
		const sentences = segmentSentences({text, locale: 'en'}).sentences.map((s) => s.text);
		expect(sentences).toHaveLength(900);
		expect(sentences.slice(0, 3)).toEqual(['第0句话说完了。', 'Sentence 1 ends here.', 'Sentence 2 ends here.']);
		expect(sentences.at(-1)).toBe('Sentence 899 ends here.');
	});

	// A quoted question that goes on with its sentence, wherever a chunk would end: "…using TypeScript?", and 46%…
	it('a quoted question goes on with its sentence however near a chunk’s end it falls', () => {
		const quoted = 'We asked people "Are you using TypeScript?", and 46% of people said yes.';
		const split: number[] = [];
		for (let k = 0; k < 40; k++) {
			// The question mark falls from 4 characters before to 35 after the chunk's limit (2 000).
			const text = `Yes${'s'.repeat(k)}. ${'We talked about it. '.repeat(97)}${quoted} Then we left.`;
			if (!segmentSentences({text, locale: 'en'}).sentences.some((s) => s.text === quoted)) split.push(text.indexOf('?'));
		}
		expect(split).toEqual([]);
	});
});
