import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {NEAR_DUPLICATE_SIMILARITY, isClean, selectHighlights, similarity} from '../../src/highlights/select-highlights';
import {quoteCostMs} from '../../src/plan/timing';
import type {Talk} from '../../src/talk/talk-schema';
import {makeTalk} from '../support/make-talk';

/** Selection as the planner runs it: each quote costs its card's time (`quoteCostMs`). */
const select = (talk: Talk, maxSeconds: number) => selectHighlights({talk, maxSeconds, quoteCostMs});

const turnText = (talk: Talk, id: string) => talk.sections.flatMap((s) => s.turns).find((t) => t.id === id)?.text ?? '';

const zhTalk = makeTalk({
	sections: [
		{
			title: '人工智能与信任',
			turns: [
				['host', '你认为人工智能会改变我们对信任的看法吗？'],
				['guest-a', '我认为人工智能必须先赢得人们的信任，才能改变世界。你知道，我是说，嗯，这很难说。'],
				['guest-b', '信任来自透明，我们需要公开人工智能的每一步进展。'],
			],
		},
		{
			title: '教育的未来',
			turns: [
				['host', '教育呢？'],
				['guest-b', '每个孩子都可以拥有一位人工智能家教，这会彻底改变教育。'],
			],
		},
	],
});

describe('isClean', () => {
	it.each([
		['no penalty', {stance: 0.25}, true],
		['a pronoun pointing back is a mild cost, not a disqualifier', {pointer: -0.1, stance: 0.25}, true],
		['a hedge is a mild cost, not a disqualifier', {hedge: -0.15}, true],
		['a dangling conjunction disqualifies', {opener: -0.45}, false],
		['a question disqualifies', {question: -0.7}, false],
		['filler disqualifies', {filler: -0.25}, false],
	])('%s', (_name, parts, expected) => {
		expect(isClean({score: {parts}})).toBe(expected);
	});
});

describe('selectHighlights', () => {
	const {quotes} = select(zhTalk, 60);

	it.each([
		['the host question is framing, not a quote', () => quotes.some((q) => q.speakerId === 'host'), false],
		['no filler line is chosen', () => quotes.some((q) => /你知道|我是说|嗯/.test(q.text)), false],
		['every section is covered', () => new Set(quotes.map((q) => q.sectionId)).size, 2],
		['ids name the turn and its sentences', () => quotes.every((q) => /^t\d{3}s\d+(?:-\d+)?(?:p\d+)?(?:e\d+)?$/.test(q.id) && q.id.startsWith(q.turnId)), true],
		['the best line of section 1 is a guest statement', () => quotes.find((q) => q.sectionId === 's1')?.speakerId !== 'host', true],
	])('%s', (_name, read, expected) => {
		expect(read()).toEqual(expected);
	});

	it.each([
		[
			'a pin with text is shown verbatim and marked',
			{pins: [{turnId: 't002', text: '你知道，我是说，嗯，这很难说。'}]},
			(qs: ReturnType<typeof select>['quotes']) => qs.find((q) => q.pinned)?.text,
			'你知道，我是说，嗯，这很难说。',
		],
		[
			'a pin without text takes the turn’s best line',
			{pins: [{turnId: 't001'}]},
			(qs: ReturnType<typeof select>['quotes']) => qs.find((q) => q.pinned)?.turnId,
			't001',
		],
		['a dropped turn gives no quote', {drops: [{turnId: 't003'}]}, (qs: ReturnType<typeof select>['quotes']) => qs.some((q) => q.turnId === 't003'), false],
		[
			'a dropped text gives no quote overlapping it',
			{drops: [{turnId: 't002', text: '必须先赢得'}]},
			(qs: ReturnType<typeof select>['quotes']) => qs.some((q) => q.turnId === 't002' && q.text.includes('必须先赢得')),
			false,
		],
	])('%s', (_name, editorial, read, expected) => {
		expect(read(select({...zhTalk, editorial}, 60).quotes)).toEqual(expected);
	});

	it.each([
		[0, 0],
		[3, 0],
		[5, 1],
	])('a budget of %i s holds %i quotes', (maxSeconds, count) => {
		expect(select(zhTalk, maxSeconds).quotes).toHaveLength(count);
	});

	it('notes a section whose best line is not worth showing', () => {
		const talk = makeTalk({
			language: 'en',
			sections: [
				{turns: [['host', 'Welcome, everyone, and thank you so much for coming tonight.']]},
				{title: 'Trees', turns: [['guest-a', 'A tree you plant this year pays you back in shade for fifty years.']]},
			],
		});
		const r = select(talk, 60);
		expect(r.quotes.map((q) => q.turnId)).toEqual(['t002']);
		expect(r.notes.join(' ')).toContain('section s1 gets no quote');
	});

	it('never chooses two near-duplicates', () => {
		const talk = makeTalk({
			language: 'en',
			sections: [
				{
					title: 'Heat',
					turns: [
						['guest-a', 'Heat kills more people in this country than any other kind of weather.'],
						['guest-b', 'Heat kills more people in this country than any other kind of weather, sadly.'],
					],
				},
			],
		});
		expect(select(talk, 60).quotes).toHaveLength(1);
	});

	it('regression: the seed’s misattribution is undone by its edits, so the 一百万亿美元 question is not a Sam Altman quote', async () => {
		const {readTalkFile} = await import('../../src/cli/read-talk-file');
		const {talk} = await readTalkFile({file: 'data/aspen-2024-altman-chesky.md'});
		const {quotes} = select(talk, 150);
		expect(quotes.some((q) => q.text.includes('一百万亿美元'))).toBe(false);
		expect(quotes.some((q) => /[？?]/.test(q.text))).toBe(false);
		expect(new Set(quotes.map((q) => q.sectionId))).toEqual(new Set(talk.sections.map((s) => s.id)));
		expect(quotes.every((q) => q.speakerId !== 'lester-holt')).toBe(true);
	});
});

const ZH_SENTENCES = [
	'我认为人工智能会改变每一个行业。',
	'你知道，我是说，这很难说。',
	'我们需要找到新的经济模型，让全世界都能参与其中。',
	'这是一个问题吗？',
	'技术不是中立的，工具本质上也不是中立的东西。',
	'如果世界GDP每年可以增长7%，这听起来非常快。',
	'谢谢。',
	'所以我们决定继续做下去，因为这件事情非常重要，而且我们已经准备了很久很久，大家都很期待看到结果，包括我们的合作伙伴和用户。',
];
const EN_SENTENCES = [
	'A tree you plant this year pays you back in shade for fifty years.',
	'You know, I mean, it is hard to say.',
	'Is that a fair summary?',
	'The person who pays for the roof is not the person who sleeps under it.',
	'Thanks.',
	'Climate adaptation is not a moonshot.',
	'So we kept going.',
];

const talkArbitrary = fc.constantFrom('zh', 'en').chain((language) => {
	const sentence = fc.constantFrom(...(language === 'zh' ? ZH_SENTENCES : EN_SENTENCES));
	const text = fc.array(sentence, {minLength: 1, maxLength: 4}).map((xs) => xs.join(language === 'zh' ? '' : ' '));
	const turn = fc.tuple(fc.constantFrom('host', 'guest-a', 'guest-b'), text);
	const section = fc.record({title: fc.constantFrom('人工智能', 'Trees', 'Heat'), turns: fc.array(turn, {minLength: 1, maxLength: 4})});
	return fc.record({language: fc.constant(language), sections: fc.array(section, {minLength: 1, maxLength: 4}), maxSeconds: fc.integer({min: 0, max: 120})});
});

describe('selectHighlights properties', () => {
	it('every quote is a verbatim span of its turn, within budget, in talk order, and the same twice', () => {
		fc.assert(
			fc.property(talkArbitrary, ({language, sections, maxSeconds}) => {
				const talk = makeTalk({language, sections: sections.map((s) => ({title: s.title, turns: s.turns.map(([a, b]) => [a, b] as [string, string])}))});
				const {quotes} = select(talk, maxSeconds);
				for (const q of quotes) expect(turnText(talk, q.turnId).slice(q.start, q.end)).toBe(q.text);
				expect(quotes.reduce((ms, q) => ms + quoteCostMs({text: q.text}), 0)).toBeLessThanOrEqual(maxSeconds * 1000);
				const order = talk.sections.flatMap((s) => s.turns.map((t) => t.id));
				const positions = quotes.map((q) => order.indexOf(q.turnId) * 1e6 + q.start);
				expect(positions).toEqual([...positions].sort((a, b) => a - b));
				expect(select(talk, maxSeconds).quotes).toEqual(quotes);
			}),
			{numRuns: 150, seed: 42},
		);
	});

	it('with room for one card per section, every section with a line worth showing (no question, no filler, not a repeat) is covered', () => {
		fc.assert(
			fc.property(talkArbitrary, ({language, sections}) => {
				const talk = makeTalk({language, sections: sections.map((s) => ({title: s.title, turns: s.turns.map(([a, b]) => [a, b] as [string, string])}))});
				const r = select(talk, 11 * talk.sections.length);
				const chosen = r.ranked.filter((c) => c.chosen);
				const worth = new Set(
					r.ranked
						.filter((c) => c.score.total >= 0 && c.score.parts.question === 0 && c.score.parts.filler === 0)
						.filter((c) => chosen.every((q) => similarity(q, c) <= NEAR_DUPLICATE_SIMILARITY))
						.map((c) => c.sectionId),
				);
				const covered = new Set(r.quotes.map((q) => q.sectionId));
				for (const id of worth) expect(covered.has(id)).toBe(true);
			}),
			{numRuns: 150, seed: 7},
		);
	});
});
