import {selectHighlights} from '../highlights/select-highlights';
import type {Quote} from '../highlights/quote-schema';
import {TalkError} from '../talk/talk-error';
import type {Section, Talk, Turn} from '../talk/talk-schema';
import {fitText} from '../text/fit-text';
import {splitIntoCards} from '../text/split-into-cards';
import {ENTRY_ANIMATION_FRAMES, LANDSCAPE_LAYOUT, scaleFontSizePx, type ShapeLayout, type TextBoxLayout} from './layout';
import {PlanSchema, type Chapter, type Plan, type PlanSpeaker, type Scene, type TextBlock} from './plan-schema';
import {resolveSpeakerColors} from './resolve-speaker-colors';
import {DEFAULT_FPS, MIN_CARD_MS, OUTRO_MS, SECTION_MS, TITLE_MS, TRANSITION_MS, cardReadingMs, msToFrames} from './timing';

export {DEFAULT_FPS};
export const DEFAULT_MAX_SECONDS = 180;
export const DEFAULT_WIDTH = 1920;
export const DEFAULT_HEIGHT = 1080;
export const MADE_WITH = 'Made with talkreel';

export type PlanRecapOptions = {
	talk: Talk;
	maxSeconds?: number;
	fps?: number;
	width?: number;
	height?: number;
	/** Colour overrides by speaker id (Studio's props panel). */
	speakerColors?: Record<string, string>;
	layout?: ShapeLayout;
};

/** A scene before it is placed on the timeline; `holdFrames` is its still, readable part. */
type SceneDraft = (Scene extends infer S ? (S extends Scene ? Omit<S, 'from' | 'durationInFrames' | 'transitionInFrames' | 'stills'> : never) : never) & {
	holdFrames: number;
};

/**
 * Talk → Plan: the title card, for every section a slide and its quote cards, the outro.
 * Each scene lasts its entry animation plus its reading time plus the transitions at its
 * edges; consecutive scenes overlap by one transition, so
 * `durationInFrames = Σ scene durations − (scenes − 1) × transition`, and never more than
 * `maxSeconds`. Pure and deterministic: same input, byte-identical plan.
 */
export const planRecap = ({
	talk,
	maxSeconds = DEFAULT_MAX_SECONDS,
	fps = DEFAULT_FPS,
	width = DEFAULT_WIDTH,
	height = DEFAULT_HEIGHT,
	speakerColors = {},
	layout = LANDSCAPE_LAYOUT,
}: PlanRecapOptions): {plan: Plan} => {
	const maxFrames = Math.floor(maxSeconds * fps);
	const transitionFrames = msToFrames({ms: TRANSITION_MS, fps});
	const colors = resolveSpeakerColors({speakers: talk.speakers, overrides: speakerColors});
	const planSpeaker = (id: string): PlanSpeaker => {
		const s = talk.speakers.find((sp) => sp.id === id);
		const base: PlanSpeaker = {id, name: s?.name ?? id, color: colors[id] ?? '#ffffff'};
		return s?.role === undefined ? base : {...base, role: s.role};
	};
	const sections = sectionsWithSpeech(talk);
	const box = (b: TextBoxLayout) => textBox({box: b, width, height});

	const quoteBudget = quoteBudgetSeconds({talk, maxSeconds, fps});
	const shortestQuoteFrames = ENTRY_ANIMATION_FRAMES + transitionFrames + msToFrames({ms: MIN_CARD_MS, fps});
	if (quoteBudget * fps < sections.length * shortestQuoteFrames) {
		throw tooShort({talk, maxSeconds, sections: sections.length, neededFrames: maxFrames - quoteBudget * fps + sections.length * shortestQuoteFrames, fps});
	}

	const {quotes} = selectHighlights({talk, maxSeconds: quoteBudget});
	const turnsById = new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t]));

	const build = (chosen: Quote[]): SceneDraft[] => {
		const drafts: SceneDraft[] = [titleDraft({talk, box: box(layout.titleBox), fps, speakers: talk.speakers.map((s) => planSpeaker(s.id))})];
		// A section the selection found nothing quotable in (greetings only) gets no slide.
		const shown = sections.filter((section) => chosen.some((q) => q.sectionId === section.id));
		shown.forEach((section, index) => {
			drafts.push(sectionDraft({section, index, count: shown.length, box: box(layout.sectionTitleBox), fps, speakers: speakersOf(section).map(planSpeaker)}));
			for (const quote of chosen.filter((q) => q.sectionId === section.id)) {
				drafts.push(
					...quoteDrafts({quote, section, index, turn: turnsById.get(quote.turnId), box: box(layout.quoteBox), fps, speaker: planSpeaker(quote.speakerId)}),
				);
			}
		});
		drafts.push(outroDraft({talk, fps}));
		return drafts;
	};

	// The selection budgets in reading time; cards split over several screens cost
	// transitions too. Drop quotes (latest of the section with the most) until it fits.
	let chosen = [...quotes];
	let drafts = build(chosen);
	while (totalFrames({drafts, transitionFrames}) > maxFrames) {
		const victim = pickQuoteToDrop({quotes: chosen, sections});
		if (victim === undefined) {
			throw tooShort({talk, maxSeconds, sections: sections.length, neededFrames: totalFrames({drafts, transitionFrames}), fps});
		}
		chosen = chosen.filter((q) => q !== victim);
		drafts = build(chosen);
	}

	const scenes = placeScenes({drafts, transitionFrames});
	const chapters = chaptersOf({scenes, sections: sections.filter((section) => chosen.some((q) => q.sectionId === section.id))});
	const last = scenes[scenes.length - 1];
	const plan: Plan = {
		talkSlug: talk.slug,
		language: talk.metadata.language,
		fps,
		width,
		height,
		durationInFrames: last ? last.from + last.durationInFrames : 1,
		transitionInFrames: transitionFrames,
		chapters,
		scenes,
	};
	return {plan: PlanSchema.parse(plan)};
};

const tooShort = ({
	talk,
	maxSeconds,
	sections,
	neededFrames,
	fps,
}: {
	talk: Talk;
	maxSeconds: number;
	sections: number;
	neededFrames: number;
	fps: number;
}): TalkError =>
	new TalkError({
		code: 'ARGS',
		problem: `--max-seconds ${maxSeconds} is too short for "${talk.metadata.title}": its title, ${sections} sections and one quote each need at least ${Math.ceil(neededFrames / fps)} s`,
	});

/** Sections that have speech, hence a slide and at least one quote. */
const sectionsWithSpeech = (talk: Talk): Section[] => talk.sections.filter((s) => s.turns.some((t) => t.kind === 'speech'));

/**
 * The seconds of a `maxSeconds` recap left for quote cards once the title, one slide per
 * section and the outro have theirs (with entry animations and overlapping transitions).
 * The selection fills this budget; the planner then checks the real cards against it.
 */
export const quoteBudgetSeconds = ({talk, maxSeconds, fps = DEFAULT_FPS}: {talk: Talk; maxSeconds: number; fps?: number}): number => {
	const transitionFrames = msToFrames({ms: TRANSITION_MS, fps});
	const sections = sectionsWithSpeech(talk).length;
	const fixedFrames =
		sceneFrames({readMs: TITLE_MS, fps, transitionFrames}) +
		sections * sceneFrames({readMs: SECTION_MS, fps, transitionFrames}) +
		sceneFrames({readMs: OUTRO_MS, fps, transitionFrames}) -
		(sections + 1) * transitionFrames;
	return Math.max(0, (Math.floor(maxSeconds * fps) - fixedFrames) / fps);
};

/** Frames of a scene that reads for `readMs`, with both transitions and the entry. */
const sceneFrames = ({readMs, fps, transitionFrames}: {readMs: number; fps: number; transitionFrames: number}): number =>
	2 * transitionFrames + ENTRY_ANIMATION_FRAMES + msToFrames({ms: readMs, fps});

const textBox = ({box, width, height}: {box: TextBoxLayout; width: number; height: number}) => ({
	widthPx: box.widthFraction * width,
	heightPx: box.heightFraction * height,
	minFontSizePx: Math.round(scaleFontSizePx({fontSizePx: box.minFontSizePx, widthPx: width, heightPx: height})),
	maxFontSizePx: Math.round(scaleFontSizePx({fontSizePx: box.maxFontSizePx, widthPx: width, heightPx: height})),
	lineHeight: box.lineHeight,
	weight: box.weight,
	...(box.maxLines === undefined ? {} : {maxLines: box.maxLines}),
});

type Box = ReturnType<typeof textBox>;

const fitBlock = ({text, box}: {text: string; box: Box}): TextBlock => {
	const fitted = fitText({text, ...box});
	return {text, lines: fitted.lines, fontSizePx: fitted.fontSizePx, lineHeight: box.lineHeight};
};

const speakersOf = (section: Section): string[] => {
	const ids: string[] = [];
	for (const t of section.turns) if (t.kind === 'speech') for (const id of t.speakerIds) if (!ids.includes(id)) ids.push(id);
	return ids;
};

const titleDraft = ({talk, box, fps, speakers}: {talk: Talk; box: Box; fps: number; speakers: PlanSpeaker[]}): SceneDraft => {
	const m = talk.metadata;
	return {
		id: 'title',
		type: 'title',
		chapterIndex: -1,
		holdFrames: msToFrames({ms: TITLE_MS, fps}),
		title: fitBlock({text: m.title, box}),
		...(m.subtitle === undefined ? {} : {subtitle: m.subtitle}),
		...(m.event === undefined ? {} : {event: m.event}),
		...(m.date === undefined ? {} : {date: m.date}),
		speakers,
	};
};

const sectionDraft = ({
	section,
	index,
	count,
	box,
	fps,
	speakers,
}: {
	section: Section;
	index: number;
	count: number;
	box: Box;
	fps: number;
	speakers: PlanSpeaker[];
}): SceneDraft => ({
	id: `section-${section.id}`,
	type: 'section',
	chapterIndex: index,
	holdFrames: msToFrames({ms: SECTION_MS, fps}),
	sectionId: section.id,
	title: fitBlock({text: section.title, box}),
	number: index + 1,
	count,
	speakers,
});

/** The reaction heard right after the quote's turn, such as `[欢呼声]`. */
const reactionAfter = ({section, turn}: {section: Section; turn: Turn | undefined}): string | undefined => {
	if (!turn) return undefined;
	const i = section.turns.indexOf(turn);
	const next = section.turns[i + 1];
	return next?.kind === 'reaction' ? next.text : undefined;
};

const quoteDrafts = ({
	quote,
	section,
	index,
	turn,
	box,
	fps,
	speaker,
}: {
	quote: Quote;
	section: Section;
	index: number;
	turn: Turn | undefined;
	box: Box;
	fps: number;
	speaker: PlanSpeaker;
}): SceneDraft[] => {
	const {cards} = splitIntoCards({text: quote.text, ...box});
	const reaction = reactionAfter({section, turn});
	return cards.map((card, c) => ({
		id: `quote-${quote.id}-${c + 1}`,
		type: 'quote' as const,
		chapterIndex: index,
		holdFrames: msToFrames({ms: cardReadingMs({text: card.text}), fps}),
		quoteId: quote.id,
		turnId: quote.turnId,
		speakerId: speaker.id,
		speaker: speaker.name,
		...(speaker.role === undefined ? {} : {speakerRole: speaker.role}),
		speakerColor: speaker.color,
		sectionId: section.id,
		sectionTitle: section.title,
		text: card.text,
		body: {text: card.text, lines: card.lines, fontSizePx: card.fontSizePx, lineHeight: box.lineHeight},
		card: c + 1,
		cardCount: cards.length,
		...(reaction !== undefined && c === cards.length - 1 ? {reaction} : {}),
	}));
};

const outroDraft = ({talk, fps}: {talk: Talk; fps: number}): SceneDraft => {
	const src = talk.metadata.source;
	return {
		id: 'outro',
		type: 'outro',
		chapterIndex: -1,
		holdFrames: msToFrames({ms: OUTRO_MS, fps}),
		title: talk.metadata.title,
		...(src.author === undefined ? {} : {author: src.author}),
		...(src.outlet === undefined ? {} : {outlet: src.outlet}),
		...(src.url === undefined ? {} : {url: src.url}),
		...(src.publishedAt === undefined ? {} : {publishedAt: src.publishedAt}),
		madeWith: MADE_WITH,
	};
};

/**
 * Lays the drafts end to end. Scene i lasts `transitionIn + entry + hold + transitionOut`
 * and starts where the previous one's outgoing transition starts. The still range is the
 * hold: after the entry animation, before the outgoing transition.
 */
const placeScenes = ({drafts, transitionFrames}: {drafts: SceneDraft[]; transitionFrames: number}): Scene[] => {
	let from = 0;
	return drafts.map((draft, i) => {
		const {holdFrames, ...content} = draft;
		const transitionIn = i === 0 ? 0 : transitionFrames;
		const transitionOut = i === drafts.length - 1 ? 0 : transitionFrames;
		const durationInFrames = transitionIn + ENTRY_ANIMATION_FRAMES + holdFrames + transitionOut;
		const scene = {
			...content,
			from,
			durationInFrames,
			transitionInFrames: transitionIn,
			stills: [{from: from + transitionIn + ENTRY_ANIMATION_FRAMES, durationInFrames: holdFrames}],
		} as Scene;
		from += durationInFrames - transitionOut;
		return scene;
	});
};

const totalFrames = ({drafts, transitionFrames}: {drafts: SceneDraft[]; transitionFrames: number}): number =>
	drafts.reduce((sum, d, i) => sum + d.holdFrames + ENTRY_ANIMATION_FRAMES + (i === 0 ? 0 : transitionFrames), 0);

/** The latest quote of the section holding the most quotes; none if each has one. */
const pickQuoteToDrop = ({quotes, sections}: {quotes: Quote[]; sections: Section[]}): Quote | undefined => {
	let victim: Quote | undefined;
	let most = 1;
	for (const section of sections) {
		const own = quotes.filter((q) => q.sectionId === section.id && q.pinned !== true);
		const all = quotes.filter((q) => q.sectionId === section.id).length;
		if (all > most && own.length > 0) {
			most = all;
			victim = [...own].sort((a, b) => (a.score?.total ?? 0) - (b.score?.total ?? 0))[0];
		}
	}
	return victim;
};

const chaptersOf = ({scenes, sections}: {scenes: Scene[]; sections: Section[]}): Chapter[] => {
	const starts = scenes.filter((s) => s.type === 'section');
	const outro = scenes.find((s) => s.type === 'outro');
	return sections.map((section, i) => {
		const start = starts[i];
		const next = starts[i + 1] ?? outro;
		const from = start?.from ?? 0;
		const end = next ? next.from : from + 1;
		return {sectionId: section.id, title: section.title, from, durationInFrames: Math.max(1, end - from)};
	});
};
