import type {Quote} from '../highlights/quote-schema';
import {isUnnamedSpeaker} from '../talk/unnamed-speaker';
import {UserError} from '../errors';
import type {Section, Talk, Turn} from '../talk/talk-schema';
import {soundAfter} from '../talk/sound-after';
import {translationOfSpan} from '../talk/translation-of-span';
import type {TextBox} from '../text/fit-text';
import {fitTextBlock} from './fit-text-block';
import {boxAboveTranslation, fitTranslation} from './fit-translation';
import {splitIntoCards} from '../text/split-into-cards';
import {shownQuoteText} from './shown-quote-text';
import {LANDSCAPE_LAYOUT, type ShapeLayout, placeRecapLayout, scaleTextBox} from './layout';
import {splitStills} from './list-distinct-frames';
import {planSound} from './plan-sound';
import {type Chapter, type FrameRange, type Plan, PlanSchema, type PlanSpeaker, type Scene} from './plan-schema';
import {type SpeechSpan, type TalkSpeech, placeSpeech, spanLengthMs, speechSpanOf} from './plan-speech';
import {planSpeakerOf} from './plan-speakers';
import {ENTRY_MS, MAX_CARD_READING_MS, entryEndFrame, MIN_CARD_MS, OUTRO_MS, SECTION_MS, TITLE_MS, TRANSITION_MS, cardHoldMs, msToFrames} from './timing';

const MADE_WITH = 'Made with talkreel';

export type PlanRecapInput = {
	talk: Talk;
	/** The quotes selection chose, in talk order; the planner may leave some out to fit `maxSeconds`. */
	quotes: readonly Quote[];
	speakers: ReadonlyMap<string, PlanSpeaker>;
	maxSeconds: number;
	fps: number;
	width: number;
	height: number;
	layout?: ShapeLayout;
	/** Show a bilingual talk's translation under its quotes (default true; `--no-translation` hides it). */
	translation?: boolean;
	/** The talk's timed speech in its recording: quote cards play their words (absent or null: a silent recap). */
	speech?: TalkSpeech | null;
	/** A music bed under the whole recap (`--music`), by its name under public/. */
	music?: {src: string} | null;
};

/**
 * A scene before it is placed on the timeline; `holdFrames` is its readable part, and
 * `speech` the recording it plays from the end of its incoming transition.
 */
type SceneDraft = (Scene extends infer S ? (S extends Scene ? Omit<S, 'from' | 'durationInFrames' | 'transitionInFrames' | 'stills'> : never) : never) & {
	holdFrames: number;
	speech?: SpeechSpan | null;
};

/** Why the planner left a chosen quote out. */
export const DROPPED_TO_FIT = 'its cards take longer than selection estimated; left out to fit --max-seconds';

/**
 * Talk + chosen quotes → Plan: the title card, for every section a slide and its quote
 * cards, the outro. Each scene lasts its entry animation plus its reading time plus the
 * transitions at its edges; consecutive scenes overlap by one transition, so
 * `durationInFrames = Σ scene durations − (scenes − 1) × transition`, and never more than
 * `maxSeconds`: quotes whose cards take longer than selection estimated are left out
 * (the latest of the section with the most), and said so in `dropped`. Text is fitted to
 * `layout`'s boxes, which the plan carries. Pure and deterministic: same input,
 * byte-identical plan.
 */
export const planRecap = ({
	talk,
	quotes,
	speakers,
	maxSeconds,
	fps,
	width,
	height,
	layout = LANDSCAPE_LAYOUT,
	translation = true,
	speech = null,
	music = null,
}: PlanRecapInput): {plan: Plan; dropped: Quote[]} => {
	const maxFrames = Math.floor(maxSeconds * fps);
	const transitionFrames = msToFrames({ms: TRANSITION_MS, fps});
	const entryFrames = msToFrames({ms: ENTRY_MS, fps});
	const planSpeaker = (id: string) => planSpeakerOf({speakers, id});
	const sections = sectionsWithSpeech(talk);
	const box = (b: ShapeLayout[keyof ShapeLayout]) => scaleTextBox({box: b, widthPx: width, heightPx: height});
	// Where the scenes draw: the title card's smaller lines are sized in its unit, and the plan carries it.
	const placed = placeRecapLayout({layout, widthPx: width, heightPx: height});
	const allTurns = talk.sections.flatMap((s) => s.turns);
	const turnsById = new Map(allTurns.map((t) => [t.id, t]));
	// Otter's `Unknown Speaker` and the like are no one to list on the title card or a section slide.
	const unnamed = new Set(talk.speakers.filter(isUnnamedSpeaker).map((s) => s.id));
	const named = talk.speakers.filter((s) => !unnamed.has(s.id)).map((s) => planSpeaker(s.id));

	const build = (chosen: readonly Quote[]): SceneDraft[] => {
		const drafts: SceneDraft[] = [titleDraft({talk, box: box(layout.titleBox), unitPx: placed.unitPx, fps, speakers: named})];
		// A section the selection found nothing quotable in (greetings only) gets no slide.
		const shown = sections.filter((section) => chosen.some((q) => q.sectionId === section.id));
		shown.forEach((section, index) => {
			drafts.push(
				sectionDraft({section, index, count: shown.length, box: box(layout.sectionTitleBox), fps, speakers: speakersOf({section, unnamed}).map(planSpeaker)}),
			);
			for (const quote of chosen.filter((q) => q.sectionId === section.id)) {
				const turn = turnsById.get(quote.turnId);
				drafts.push(
					...quoteDrafts({
						quote,
						section,
						index,
						turn,
						reaction: reactionAfter({turns: allTurns, turn, quote}),
						box: box(layout.quoteBox),
						fps,
						speaker: planSpeaker(quote.speakerId),
						translation,
						speech,
						talk,
					}),
				);
			}
		});
		drafts.push(outroDraft({talk, box: box(layout.outroTitleBox), fps}));
		return drafts;
	};

	// The selection budgets in reading time; cards split over several screens cost
	// transitions too. Drop quotes (latest of the section with the most) until it fits.
	let chosen = [...quotes];
	const dropped: Quote[] = [];
	let drafts = build(chosen);
	while (totalFrames({drafts, transitionFrames, entryFrames}) > maxFrames) {
		const victim = pickQuoteToDrop({quotes: chosen, sections});
		if (victim === undefined) {
			throw tooShort({talk, maxSeconds, sections: sections.length, neededFrames: totalFrames({drafts, transitionFrames, entryFrames}), fps});
		}
		chosen = chosen.filter((q) => q !== victim);
		dropped.push(victim);
		drafts = build(chosen);
	}

	const scenes = placeScenes({drafts, transitionFrames, entryFrames, fps});
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
		entryFrames,
		layout: placed,
		chapters,
		scenes,
		stills: scenes.flatMap((s) => s.stills),
		...planSound({
			media: speech?.media.src ?? null,
			music,
			spans: scenes.flatMap((s) => (s.type === 'quote' && s.audio !== undefined ? [s.audio] : [])),
			fps,
		}),
	};
	return {plan: PlanSchema.parse(plan), dropped};
};

/**
 * The shortest recap that holds the talk's title, a slide and one shortest quote card
 * for each of `sections` sections, and the outro: a `maxSeconds` below it is refused.
 */
export const checkRecapFits = ({talk, maxSeconds, fps}: {talk: Talk; maxSeconds: number; fps: number}): void => {
	const sections = sectionsWithSpeech(talk).length;
	const transitionFrames = msToFrames({ms: TRANSITION_MS, fps});
	const shortestQuoteFrames = msToFrames({ms: ENTRY_MS, fps}) + transitionFrames + msToFrames({ms: MIN_CARD_MS, fps});
	const quoteBudgetFrames = quoteBudgetSeconds({talk, maxSeconds, fps}) * fps;
	if (quoteBudgetFrames < sections * shortestQuoteFrames) {
		const maxFrames = Math.floor(maxSeconds * fps);
		throw tooShort({talk, maxSeconds, sections, neededFrames: maxFrames - quoteBudgetFrames + sections * shortestQuoteFrames, fps});
	}
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
}): UserError =>
	new UserError({
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
export const quoteBudgetSeconds = ({talk, maxSeconds, fps}: {talk: Talk; maxSeconds: number; fps: number}): number => {
	const transitionFrames = msToFrames({ms: TRANSITION_MS, fps});
	const entryFrames = msToFrames({ms: ENTRY_MS, fps});
	const sections = sectionsWithSpeech(talk).length;
	const fixedFrames =
		sceneFrames({readMs: TITLE_MS, fps, transitionFrames, entryFrames}) +
		sections * sceneFrames({readMs: SECTION_MS, fps, transitionFrames, entryFrames}) +
		sceneFrames({readMs: OUTRO_MS, fps, transitionFrames, entryFrames}) -
		(sections + 1) * transitionFrames;
	return Math.max(0, (Math.floor(maxSeconds * fps) - fixedFrames) / fps);
};

/** Frames of a scene that reads for `readMs`, with both transitions and the entry. */
const sceneFrames = ({readMs, fps, transitionFrames, entryFrames}: {readMs: number; fps: number; transitionFrames: number; entryFrames: number}): number =>
	2 * transitionFrames + entryFrames + msToFrames({ms: readMs, fps});

/** Who speaks in a section, in order of their first turn; a speaker the talk cannot name is not listed. */
const speakersOf = ({section, unnamed}: {section: Section; unnamed: ReadonlySet<string>}): string[] => {
	const ids: string[] = [];
	for (const t of section.turns) if (t.kind === 'speech') for (const id of t.speakerIds) if (!ids.includes(id) && !unnamed.has(id)) ids.push(id);
	return ids;
};

/** The title card's kicker (event · date) and subtitle: size in px of the 1080 reference, weight, lines at most; the kicker's letter spacing in em. */
const TITLE_KICKER = {sizePx: 30, weight: 700, lineHeight: 1.3, maxLines: 1, letterSpacingEm: 0.04} as const;
const TITLE_SUBTITLE = {sizePx: 36, weight: 400, lineHeight: 1.3, maxLines: 2, letterSpacingEm: 0} as const;

/**
 * A box for one of the title card's smaller lines, as wide as the title's: a long event
 * name or subtitle (up to 300 characters) is broken and ellipsized by the planner like
 * every other text, never left to run off the card. Letter spacing widens each character
 * by its share of the em; the box is narrowed by it so the measured lines still fit.
 */
const titleLineBox = ({box, unitPx, line}: {box: TextBox; unitPx: number; line: typeof TITLE_KICKER | typeof TITLE_SUBTITLE}): TextBox => {
	const sizePx = line.sizePx * unitPx;
	return {
		widthPx: box.widthPx / (1 + 2 * line.letterSpacingEm),
		heightPx: sizePx * line.lineHeight * line.maxLines,
		minFontSizePx: sizePx,
		maxFontSizePx: sizePx,
		lineHeight: line.lineHeight,
		weight: line.weight,
		maxLines: line.maxLines,
	};
};

const titleDraft = ({talk, box, unitPx, fps, speakers}: {talk: Talk; box: TextBox; unitPx: number; fps: number; speakers: PlanSpeaker[]}): SceneDraft => {
	const m = talk.metadata;
	const kicker = [m.event, m.date].filter((part) => part !== undefined && part !== '').join('  ·  ');
	return {
		id: 'title',
		type: 'title',
		chapterIndex: -1,
		holdFrames: msToFrames({ms: TITLE_MS, fps}),
		title: fitTextBlock({text: m.title, box, ellipsize: false}),
		...(m.subtitle === undefined || m.subtitle === ''
			? {}
			: {subtitle: fitTextBlock({text: m.subtitle, box: titleLineBox({box, unitPx, line: TITLE_SUBTITLE})})}),
		...(kicker === '' ? {} : {kicker: fitTextBlock({text: kicker, box: titleLineBox({box, unitPx, line: TITLE_KICKER})})}),
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
	box: TextBox;
	fps: number;
	speakers: PlanSpeaker[];
}): SceneDraft => ({
	id: `section-${section.id}`,
	type: 'section',
	chapterIndex: index,
	holdFrames: msToFrames({ms: SECTION_MS, fps}),
	sectionId: section.id,
	title: fitTextBlock({text: section.title, box, ellipsize: false}),
	number: index + 1,
	count,
	speakers,
});

/**
 * The reaction heard right after the quote, such as `[欢呼声]`: the sound heard where the
 * quote ends (`soundAfter`): within its turn right after its last word, or after the turn
 * when the quote runs to the turn's last words.
 */
export const reactionAfter = ({turns, turn, quote}: {turns: readonly Turn[]; turn: Turn | undefined; quote: Pick<Quote, 'end'>}): string | undefined => {
	if (!turn) return undefined;
	return soundAfter({turns, index: turns.indexOf(turn), end: quote.end})?.text;
};

const quoteDrafts = ({
	quote,
	section,
	index,
	turn,
	reaction,
	box,
	fps,
	speaker,
	translation,
	speech,
	talk,
}: {
	quote: Quote;
	section: Section;
	index: number;
	turn: Turn | undefined;
	/** The talk: a card shows the quote as `shownQuoteText` reads it there. */
	talk: Talk;
	/** The sound heard right after the quote (`reactionAfter`), shown under its last card. */
	reaction: string | undefined;
	box: TextBox;
	fps: number;
	speaker: PlanSpeaker;
	translation: boolean;
	speech: TalkSpeech | null;
}): SceneDraft[] => {
	// A translated quote leaves the bottom of its box to the translation of each card.
	const translated = translation && turn !== undefined && translationOfSpan({turn, start: quote.start, end: quote.end}) !== undefined;
	// A card holds what fits its box and what is read in one card's time.
	// Cut as shown (a capital where a marker was taken off); the scene's text is the quote's own, offset for offset.
	const {cards} = splitIntoCards({
		text: shownQuoteText({talk, text: quote.text}),
		maxReadingMs: MAX_CARD_READING_MS,
		...(translated ? boxAboveTranslation(box) : box),
	});
	const translationOf = (card: {start: number; end: number; fontSizePx: number}) => {
		const text = translated && turn ? translationOfSpan({turn, start: quote.start + card.start, end: quote.start + card.end}) : undefined;
		return text === undefined ? {} : {translation: fitTranslation({text, box, quoteFontSizePx: card.fontSizePx})};
	};
	return cards.map((card, c) => ({
		id: `quote-${quote.id}-${c + 1}`,
		type: 'quote' as const,
		chapterIndex: index,
		...cardTiming({speech, quote, card, fps}),
		quoteId: quote.id,
		turnId: quote.turnId,
		speakerId: speaker.id,
		speaker: speaker.name,
		...(speaker.role === undefined ? {} : {speakerRole: speaker.role}),
		speakerColor: speaker.color,
		sectionId: section.id,
		sectionTitle: section.title,
		text: quote.text.slice(card.start, card.end),
		body: {text: card.text, lines: card.lines, fontSizePx: card.fontSizePx, lineHeight: box.lineHeight, weight: box.weight},
		card: c + 1,
		cardCount: cards.length,
		...(reaction !== undefined && c === cards.length - 1 ? {reaction} : {}),
		...translationOf(card),
	}));
};

/**
 * A quote card's hold and the speech it plays: each card plays the words it shows (its
 * own range of the turn) and holds for them and a breath, or for its reading time.
 */
const cardTiming = ({
	speech,
	quote,
	card,
	fps,
}: {
	speech: TalkSpeech | null;
	quote: Quote;
	card: {text: string; start: number; end: number};
	fps: number;
}): {holdFrames: number; speech: SpeechSpan | null} => {
	const span = speech === null ? null : speechSpanOf({speech, turnId: quote.turnId, start: quote.start + card.start, end: quote.start + card.end});
	return {holdFrames: msToFrames({ms: cardHoldMs({text: card.text, speechMs: spanLengthMs(span)}), fps}), speech: span};
};

const outroDraft = ({talk, box, fps}: {talk: Talk; box: TextBox; fps: number}): SceneDraft => {
	const src = talk.metadata.source;
	return {
		id: 'outro',
		type: 'outro',
		chapterIndex: -1,
		holdFrames: msToFrames({ms: OUTRO_MS, fps}),
		title: fitTextBlock({text: talk.metadata.title, box}),
		...(src.author === undefined ? {} : {author: src.author}),
		...(src.outlet === undefined ? {} : {outlet: src.outlet}),
		...(src.url === undefined ? {} : {url: src.url}),
		...(src.publishedAt === undefined ? {} : {publishedAt: src.publishedAt}),
		madeWith: MADE_WITH,
	};
};

/**
 * Lays the drafts end to end. Scene i lasts `transitionIn + entry + hold + transitionOut`
 * and starts where the previous one's outgoing transition starts. Its contents enter
 * during the incoming transition (`entryEndFrame`); the still range runs from there to the
 * outgoing transition, the entry's own time included as reading time. A card with speech
 * plays it from the end of its incoming transition, when its contents are in place; its
 * still range is cut wherever the marked word changes.
 */
const placeScenes = ({
	drafts,
	transitionFrames,
	entryFrames,
	fps,
}: {
	drafts: SceneDraft[];
	transitionFrames: number;
	entryFrames: number;
	fps: number;
}): Scene[] => {
	let from = 0;
	return drafts.map((draft, i) => {
		const {holdFrames, speech, ...content} = draft;
		const transitionIn = i === 0 ? 0 : transitionFrames;
		const transitionOut = i === drafts.length - 1 ? 0 : transitionFrames;
		const durationInFrames = transitionIn + entryFrames + holdFrames + transitionOut;
		const settled = entryEndFrame({transitionInFrames: transitionIn, entryFrames});
		const hold: FrameRange = {from: from + settled, durationInFrames: durationInFrames - settled - transitionOut};
		const voice = speech === undefined || speech === null ? null : placeSpeech({span: speech, atFrame: from + transitionIn, fps});
		const scene = {
			...content,
			...(voice === null ? {} : {audio: voice.audio, marks: voice.marks}),
			from,
			durationInFrames,
			transitionInFrames: transitionIn,
			stills: voice === null ? [hold] : splitStills({stills: [hold], cuts: voice.marks.flatMap((m) => [m.fromFrame, m.toFrame])}),
		} as Scene;
		from += durationInFrames - transitionOut;
		return scene;
	});
};

const totalFrames = ({drafts, transitionFrames, entryFrames}: {drafts: SceneDraft[]; transitionFrames: number; entryFrames: number}): number =>
	drafts.reduce((sum, d, i) => sum + d.holdFrames + entryFrames + (i === 0 ? 0 : transitionFrames), 0);

/** The latest quote of the section holding the most quotes; none if each has one. */
const pickQuoteToDrop = ({quotes, sections}: {quotes: readonly Quote[]; sections: Section[]}): Quote | undefined => {
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
