import {LANDSCAPE_LAYOUT, placeRecapLayout} from '../plan/layout';
import type {Plan, PlanSpeaker, QuoteScene, Scene} from '../plan/plan-schema';

/**
 * A hand-written Plan from the seed talk, independent of the planner: the reference
 * image test draws its quote card, so a planner change cannot move the reference.
 */

const FPS = 30;
const TRANSITION_FRAMES = 15;
const ENTRY_FRAMES = 8;

const FIXTURE_SPEAKERS: PlanSpeaker[] = [
	{id: 'lester-holt', name: 'Lester Holt', role: 'host', color: '#7cc4ff'},
	{id: 'sam-altman', name: 'Sam Altman', role: 'guest', color: '#ff8a65'},
	{id: 'brian-chesky', name: 'Brian Chesky', role: 'guest', color: '#8be28b'},
];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type SceneDraft = DistributiveOmit<Scene, 'from' | 'transitionInFrames' | 'stills'>;

const place = (drafts: SceneDraft[]): Scene[] => {
	let from = 0;
	return drafts.map((draft, i) => {
		const transitionInFrames = i === 0 ? 0 : TRANSITION_FRAMES;
		from = i === 0 ? 0 : from - TRANSITION_FRAMES;
		const nextTransition = i === drafts.length - 1 ? 0 : TRANSITION_FRAMES;
		const stillFrom = from + transitionInFrames + ENTRY_FRAMES;
		const stillEnd = from + draft.durationInFrames - nextTransition;
		const scene = {
			...draft,
			from,
			transitionInFrames,
			stills: stillEnd > stillFrom ? [{from: stillFrom, durationInFrames: stillEnd - stillFrom}] : [],
		} as Scene;
		from += draft.durationInFrames;
		return scene;
	});
};

const block = (lines: string[], fontSizePx: number, lineHeight: number, weight: 400 | 700 | 800) => ({
	text: lines.join(''),
	lines,
	fontSizePx,
	lineHeight,
	weight,
});

const FIXTURE_QUOTE_SCENE_DRAFT: Omit<QuoteScene, 'from' | 'transitionInFrames' | 'stills'> = {
	id: 'quote-q01-2',
	type: 'quote',
	durationInFrames: 150,
	chapterIndex: 0,
	quoteId: 'q01',
	turnId: 't006',
	speakerId: 'sam-altman',
	speaker: 'Sam Altman',
	speakerRole: 'guest',
	speakerColor: '#ff8a65',
	sectionId: 's1',
	sectionTitle: '文本整理',
	text: '比如，我们的一个合作伙伴Color Health现在正在使用gp4进行癌症筛查和治疗计划，这很棒。也许将来的版本将帮助发现治疗癌症的方法。',
	body: block(
		['比如，我们的一个合作伙伴Color Health现在', '正在使用gp4进行癌症筛查和治疗计划，这很棒。', '也许将来的版本将帮助发现治疗癌症的方法。'],
		64,
		1.5,
		700,
	),
	card: 2,
	cardCount: 2,
	reaction: '[欢呼声]',
};

const drafts: SceneDraft[] = [
	{
		id: 'title',
		type: 'title',
		durationInFrames: 120,
		chapterIndex: -1,
		title: block(['万字访谈：ChatGPT 5 会带来什么改变？', 'OpenAI CEO Sam Altman 在阿斯彭创意节', '中透露的技术突破'], 80, 1.25, 800),
		kicker: block(['Aspen Ideas Festival 2024  ·  2024-06-27'], 30, 1.3, 700),
		speakers: FIXTURE_SPEAKERS,
	},
	{
		id: 'section-s1',
		type: 'section',
		durationInFrames: 75,
		chapterIndex: 0,
		sectionId: 's1',
		title: block(['文本整理'], 120, 1.2, 800),
		number: 1,
		count: 2,
		speakers: FIXTURE_SPEAKERS,
	},
	{
		id: 'quote-q01-1',
		type: 'quote',
		durationInFrames: 150,
		chapterIndex: 0,
		quoteId: 'q01',
		turnId: 't006',
		speakerId: 'sam-altman',
		speaker: 'Sam Altman',
		speakerRole: 'guest',
		speakerColor: '#ff8a65',
		sectionId: 's1',
		sectionTitle: '文本整理',
		text: '我认为这是一连串的阈值，但肯定的是，我们能够用自然语言与计算机对话，并让它们理解我们并帮助我们，这无疑已经是一个阈值了。',
		body: block(
			['我认为这是一连串的阈值，但肯定的是，我们', '能够用自然语言与计算机对话，并让它们理解', '我们并帮助我们，这无疑已经是一个阈值了。'],
			64,
			1.5,
			700,
		),
		card: 1,
		cardCount: 2,
	},
	FIXTURE_QUOTE_SCENE_DRAFT,
	{
		id: 'section-s2',
		type: 'section',
		durationInFrames: 75,
		chapterIndex: 1,
		sectionId: 's2',
		title: block(['谈谈道德责任'], 120, 1.2, 800),
		number: 2,
		count: 2,
		speakers: [FIXTURE_SPEAKERS[0]!, FIXTURE_SPEAKERS[2]!],
	},
	{
		id: 'quote-q02-1',
		type: 'quote',
		durationInFrames: 120,
		chapterIndex: 1,
		quoteId: 'q02',
		turnId: 't020',
		speakerId: 'brian-chesky',
		speaker: 'Brian Chesky',
		speakerRole: 'guest',
		speakerColor: '#8be28b',
		sectionId: 's2',
		sectionTitle: '谈谈道德责任',
		text: '记得吗，也许只是回到过去...',
		body: block(['记得吗，也许只是回到过去...'], 68, 1.5, 700),
		card: 1,
		cardCount: 1,
	},
	{
		id: 'outro',
		type: 'outro',
		durationInFrames: 120,
		chapterIndex: -1,
		title: block(['万字访谈：ChatGPT 5 会带来什么改变？OpenAI CEO Sam Altman', '在阿斯彭创意节中透露的技术突破'], 52, 1.35, 700),
		author: 'AI深度研究员',
		url: 'http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247491456&idx=2&sn=141d135a8dcaca8d9bbfc8bddd9f44c6',
		publishedAt: '2024-06-27 10:33',
		madeWith: 'Made with talkreel',
	},
];

const scenes = place(drafts);
const last = scenes[scenes.length - 1]!;

const chapterOf = (sectionId: string, title: string): Plan['chapters'][number] => {
	const inChapter = scenes.filter((s) => (s.type === 'section' || s.type === 'quote') && s.sectionId === sectionId);
	const from = inChapter[0]!.from;
	const lastScene = inChapter[inChapter.length - 1]!;
	return {sectionId, title, from, durationInFrames: lastScene.from + lastScene.durationInFrames - from};
};

export const FIXTURE_PLAN: Plan = {
	talkSlug: 'aspen-2024-altman-chesky',
	language: 'zh',
	fps: FPS,
	width: 1920,
	height: 1080,
	durationInFrames: last.from + last.durationInFrames,
	transitionInFrames: TRANSITION_FRAMES,
	entryFrames: ENTRY_FRAMES,
	layout: placeRecapLayout({layout: LANDSCAPE_LAYOUT, widthPx: 1920, heightPx: 1080}),
	chapters: [chapterOf('s1', '文本整理'), chapterOf('s2', '谈谈道德责任')],
	scenes,
	stills: scenes.flatMap((s) => s.stills),
};
