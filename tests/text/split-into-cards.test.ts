import {describe, expect, it} from 'vitest';
import {fitText} from '../../src/text/fit-text';
import {measureTextWidth} from '../../src/text/measure-text-width';
import {readingTimeMs} from '../../src/text/reading-time';
import {type Card, type SplitIntoCardsInput, splitIntoCards} from '../../src/text/split-into-cards';
import {expectLinearTime} from '../support/linear-time';

const LONG_ZH =
	'今天下午，我们将开始与两位长期以来的朋友交谈，他们正在颠覆世界——人工智能领域的“先驱”Sam Altman，以及使旅行成为全球家园的Brian Chesky。这两位杰出的年轻创新者自从在科技创业加速器Y Combinator的日子以来就是朋友。去年11月，在OpenAI公司的动荡中，Sam Altman突然被解除CEO职务，正是他的朋友Brian在那场风波中成为他最亲密的顾问之一，最终看到Sam重回顶尖位置。他们今天都在这里，将与NBC的杰出夜间新闻主播Lester Holt对话。那么，让我们开始吧，谢谢。';
const LONG_EN =
	'Remotion lets you make videos programmatically with React. Sam Altman and Brian Chesky have been friends since their days at Y Combinator. In 2022 nobody expected GPT-6 to be discussed on stage. The audience of 3.5 thousand people cheered. Then the conversation turned to safety, regulation and the future of work.';
const MIXED = `我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。 ${LONG_EN}\n${LONG_ZH}`;

const CARD = {widthPx: 880, heightPx: 360, minFontSizePx: 44, maxFontSizePx: 72, lineHeight: 1.3, weight: 700} as const;
// 8em wide, three 1em lines at 40px: exactly three sentences of 8 characters per card.
const TINY_CARD = {widthPx: 320, heightPx: 120, minFontSizePx: 40, maxFontSizePx: 40, lineHeight: 1, weight: 400} as const;
const EIGHT_CHAR_SENTENCES = [
	'一二三四五六七。',
	'甲乙丙丁戊己庚。',
	'子丑寅卯辰巳午。',
	'春夏秋冬东西南。',
	'金木水火土日月。',
	'赤橙黄绿青蓝紫。',
	'琴棋书画诗酒花。',
];

/** Card texts with the input's own separators between them, plus leading and trailing whitespace. */
const reassemble = (text: string, cards: readonly Card[]): string => {
	let result = '';
	let previousEnd = 0;
	for (const card of cards) {
		result += text.slice(previousEnd, card.start) + card.text;
		previousEnd = card.end;
	}
	return result + text.slice(previousEnd);
};

const expectValidCards = (input: SplitIntoCardsInput, cards: readonly Card[]): void => {
	expect(reassemble(input.text, cards)).toBe(input.text);
	let previousEnd = 0;
	for (const card of cards) {
		expect(input.text.slice(card.start, card.end)).toBe(card.text);
		expect(card.text).toBe(card.text.trim());
		expect(input.text.slice(previousEnd, card.start).trim()).toBe('');
		previousEnd = card.end;
		expect(card.fits).toBe(true);
		expect(card.fontSizePx).toBeGreaterThanOrEqual(input.minFontSizePx);
		expect(card.fontSizePx).toBeLessThanOrEqual(input.maxFontSizePx);
		expect(card.lines.length * card.fontSizePx * input.lineHeight).toBeLessThanOrEqual(input.heightPx + 1e-9);
		for (const line of card.lines) {
			expect(measureTextWidth({text: line, fontSizePx: card.fontSizePx, weight: input.weight})).toBeLessThanOrEqual(input.widthPx);
		}
		expect(card).toMatchObject(fitText({...input, text: card.text}));
	}
	expect(input.text.slice(previousEnd).trim()).toBe('');
};

describe('splitIntoCards', () => {
	it.each([
		['short Chinese', '这很棒。'],
		['short English', 'Remotion lets you make videos.'],
		['mixed sentence', '我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。'],
	])('%s that fits is one card', (_, text) => {
		const {cards} = splitIntoCards({...CARD, text});
		expect(cards).toHaveLength(1);
		expect(cards[0]!.text).toBe(text);
		expectValidCards({...CARD, text}, cards);
	});

	it.each([
		['long Chinese', LONG_ZH, /[。！？；…”]$/u],
		['long English', LONG_EN, /[.!?]$/u],
		['mixed, with a paragraph break and padding', `  ${MIXED}  `, /[。.!?]$/u],
	])('%s: every card fits, the cards give back the text, and cards end at sentence ends', (_, text, sentenceEnd) => {
		const input = {...CARD, text};
		const {cards} = splitIntoCards(input);
		expect(cards.length).toBeGreaterThan(1);
		expectValidCards(input, cards);
		for (const card of cards) {
			expect(card.text).toMatch(sentenceEnd);
		}
	});

	it('packs as few cards as possible: 7 sentences, 3 per card → 3 cards', () => {
		const input = {...TINY_CARD, text: EIGHT_CHAR_SENTENCES.join('')};
		const {cards} = splitIntoCards(input);
		expect(cards).toHaveLength(3);
		expectValidCards(input, cards);
	});

	it('balances cards instead of a full card and a tiny tail: 4 sentences → 2 + 2', () => {
		const input = {...TINY_CARD, text: EIGHT_CHAR_SENTENCES.slice(0, 4).join('')};
		const {cards} = splitIntoCards(input);
		expect(cards.map((card) => card.text)).toEqual([EIGHT_CHAR_SENTENCES.slice(0, 2).join(''), EIGHT_CHAR_SENTENCES.slice(2, 4).join('')]);
	});

	// A big box holds a passage a reader could not read in one card's time: with maxReadingMs the passage goes on several cards, each read within it.
	const BIG_CARD = {widthPx: 1500, heightPx: 540, minFontSizePx: 44, maxFontSizePx: 68, lineHeight: 1.5, weight: 700} as const;
	it.each([
		['zh: 7 sentences of 7 characters, at most 2 s each (18 characters)', EIGHT_CHAR_SENTENCES.join(''), 2000, 4],
		['zh: the same, no reading limit', EIGHT_CHAR_SENTENCES.join(''), undefined, 1],
		[
			'en: 4 sentences of 6 words, at most 4 s each (13 words)',
			'One two three four five six. One two three four five six. One two three four five six. One two three four five six.',
			4000,
			2,
		],
		['en: the same, 8 s each', 'One two three four five six. One two three four five six. One two three four five six. One two three four five six.', 8000, 1],
	])('%s', (_name, text, maxReadingMs, count) => {
		const input = {...BIG_CARD, text, ...(maxReadingMs === undefined ? {} : {maxReadingMs})};
		const {cards} = splitIntoCards(input);
		expect(cards).toHaveLength(count);
		expectValidCards(input, cards);
		if (maxReadingMs !== undefined) for (const card of cards) expect(readingTimeMs({text: card.text})).toBeLessThanOrEqual(maxReadingMs);
	});

	// Changelog News #92: a sentence too long for one card's time before a wider sentence made the cards "On April 21," (alone), then "a group of … from the project.".
	const NIX =
		"On April 21, a group of anonymous authors and non-anonymous signatories published a lengthy open letter to the Nix community and Nix founder Eelco Dolstra calling for his resignation from the project. They claimed ongoing problems with the project's leadership, primarily focusing on the way his actions have allegedly undermined people nominally empowered to perform various moderation and governance tasks. Since its release, the letter has gained more than 100 signatures.";
	it('a sentence cut over cards: no short clause alone, its cards even, none shared with another sentence', () => {
		const input = {...BIG_CARD, text: NIX, maxReadingMs: 9300};
		const {cards} = splitIntoCards(input);
		expectValidCards(input, cards);
		const texts = cards.map((c) => c.text);
		expect(texts).toHaveLength(4);
		expect(texts.slice(2)).toEqual([NIX.slice(NIX.indexOf('They claimed'), NIX.indexOf(' Since')), NIX.slice(NIX.indexOf('Since'))]);
		const [a = '', b = ''] = texts;
		expect(`${a} ${b}`).toBe(NIX.slice(0, NIX.indexOf(' They claimed')));
		const width = (t: string) => measureTextWidth({text: t, fontSizePx: 1, weight: 700});
		expect(Math.min(width(a), width(b)) / Math.max(width(a), width(b))).toBeGreaterThan(0.7);
	});

	it.each([
		// Each text is one sentence too long for one card's time: two cards, and where they meet.
		[NIX.slice(0, NIX.indexOf(' They claimed')), 9300, '…published a lengthy open letter | to the Nix community…', 'open letter'],
		[
			'The team that ran the biggest cooling centres in the city during the heat wave of last summer measured the temperature of every black roof in the neighbourhood by hand.',
			3500,
			'no card ends on an article, a preposition or inside a noun phrase',
			'',
		],
	])('a sentence cut over cards in English ends no card on a word that leads into the next: %s', (text, maxReadingMs, _why, together) => {
		const input = {...BIG_CARD, text, maxReadingMs};
		const {cards} = splitIntoCards(input);
		expectValidCards(input, cards);
		expect(cards.length).toBeGreaterThan(1);
		for (const card of cards.slice(0, -1)) expect(card.text).not.toMatch(/\b(?:a|an|the|of|to|in|by|for|and|open|lengthy|black|cooling|heat)$/);
		if (together !== '') expect(cards.some((c) => c.text.includes(together))).toBe(true);
	});

	it('splits one over-long Chinese sentence at clause punctuation', () => {
		const text = '甲乙丙丁戊己庚，子丑寅卯辰巳午、春夏秋冬东西南：金木水火土日月；赤橙黄绿青蓝紫——琴棋书画诗酒花。';
		const input = {...TINY_CARD, text};
		const {cards} = splitIntoCards(input);
		expect(cards.length).toBeGreaterThan(1);
		expectValidCards(input, cards);
		for (const card of cards.slice(0, -1)) {
			expect(card.text).toMatch(/[，、：；—]$/u);
		}
	});

	it('splits one over-long English sentence at , ; : but not inside 3,000 or 10:30', () => {
		const text =
			'At 10:30 we met 3,000 founders, then we talked about startups and products; after that we discussed safety: regulation, alignment and the future of work with everyone';
		const input = {...CARD, widthPx: 600, heightPx: 200, minFontSizePx: 40, maxFontSizePx: 40, lineHeight: 1.2};
		const {cards} = splitIntoCards({...input, text});
		expect(cards.length).toBeGreaterThan(1);
		expectValidCards({...input, text}, cards);
		for (const card of cards.slice(0, -1)) {
			expect(card.text).toMatch(/[,;:]$/u);
		}
		expect(cards.some((card) => card.text.includes('10:30'))).toBe(true);
		expect(cards.some((card) => card.text.includes('3,000'))).toBe(true);
	});

	it('splits a sentence without punctuation at word boundaries, never inside a word', () => {
		const text = 'Remotion lets you make videos programmatically with React and render them on a server or in the cloud for every single user';
		const input = {...CARD, widthPx: 600, heightPx: 100, minFontSizePx: 40, maxFontSizePx: 40, lineHeight: 1.2};
		const {cards} = splitIntoCards({...input, text});
		expect(cards.length).toBeGreaterThan(1);
		expectValidCards({...input, text}, cards);
		expect(cards.map((card) => card.text).join(' ')).toBe(text);
	});

	it('splits a URL longer than a card between graphemes as a last resort', () => {
		const url = `https://example.com/${'abcdefghij'.repeat(8)}`;
		const input = {...TINY_CARD, text: url};
		const {cards} = splitIntoCards(input);
		expect(cards.length).toBeGreaterThan(1);
		expectValidCards(input, cards);
		expect(cards.map((card) => card.text).join('')).toBe(url);
	});

	it('keeps the original separators (spaces, newlines) between cards', () => {
		const text = `${EIGHT_CHAR_SENTENCES.slice(0, 3).join('  ')}\n\n${EIGHT_CHAR_SENTENCES.slice(3, 6).join(' ')}`;
		const {cards} = splitIntoCards({...TINY_CARD, heightPx: 160, text});
		expect(reassemble(text, cards)).toBe(text);
		expect(cards).toHaveLength(2);
		expect(text.slice(cards[0]!.end, cards[1]!.start)).toBe('\n\n');
	});

	it.each([[''], ['   \n ']])('gives no cards for %j', (text) => {
		expect(splitIntoCards({...CARD, text}).cards).toEqual([]);
	});

	it('is deterministic', () => {
		expect(splitIntoCards({...CARD, text: MIXED})).toEqual(splitIntoCards({...CARD, text: MIXED}));
	});
});

// Regression (hostile input): a run nothing breaks falls apart into graphemes, and packing
// a thousand of them took minutes for one quote (`x` × 1000: 290 s; `，` × 1600: 66 s;
// `。` × 800: 29 s). Beyond 64 pieces, neighbours are joined first.
describe('splitIntoCards on a run that nothing breaks', () => {
	const RUNS: [name: string, build: (n: number) => string][] = [
		['x × n inside a sentence', (n) => `He said ${'x'.repeat(n)} and left.`],
		['， × n', (n) => `他说${'，'.repeat(n)}然后走了。`],
		['。 × n', (n) => `他说${'。'.repeat(n)}然后走了。`],
	];

	it.each(RUNS)(
		'%s: cards that fit and give back the text, in time linear in n',
		(_name, build) => {
			const input = {...CARD, text: build(1600)};
			expectValidCards(input, splitIntoCards(input).cards);
			expectLinearTime({build, run: (text) => splitIntoCards({...CARD, text}), size: 400, boundMs: 5_000});
		},
		120_000,
	);
});
