import type {Quote} from '../highlights/quote-schema';
import {type HighlightsResult, selectHighlights} from '../highlights/select-highlights';
import {UserError} from '../errors';
import type {Talk} from '../talk/talk-schema';
import type {ShapeLayout} from './layout';
import type {Plan} from './plan-schema';
import {DROPPED_TO_FIT, checkRecapFits, planRecap, quoteBudgetSeconds} from './plan-recap';
import {DEFAULT_FPS, DEFAULT_HEIGHT, DEFAULT_MAX_SECONDS, DEFAULT_WIDTH, quoteCostMs, voicedQuoteCostMs} from './timing';
import {type MediaRef, type TalkSpeech, buildTalkSpeech, spanLengthMs, speechSpanOf} from './plan-speech';
import {buildPlanSpeakers} from './plan-speakers';
import {groupSectionsToFit} from './group-sections';

export type PlanTalkOptions = {
	talk: Talk;
	maxSeconds?: number;
	fps?: number;
	width?: number;
	height?: number;
	/** Colour overrides by speaker id (Studio's props panel). */
	speakerColors?: Record<string, string>;
	layout?: ShapeLayout;
	/** Show a bilingual talk's translation under its quotes, in the recap and its clips (default true). */
	translation?: boolean;
	/** The talk's recording: the timed turns' quotes play their words from it (null or absent: silent). */
	media?: MediaRef | null;
	/** A music bed under the recap and the clips (`--music`), by its name under public/. */
	music?: {src: string} | null;
};

/** A quote the recap shows: its stable `id` (`t012s3`), and `number`, its place among the recap's quotes (1, 2, …) for people. */
export type PlannedQuote = Quote & {number: number};

/** Everything a command needs of a talk, planned once. */
export type TalkPlan = {
	maxSeconds: number;
	fps: number;
	/** Seconds the quotes could fill once the title, section slides and outro have theirs. */
	quoteBudgetSeconds: number;
	/** The quotes the recap shows, in talk order. */
	quotes: PlannedQuote[];
	/** Quotes selection chose that the recap left out, and why. */
	dropped: {quote: Quote; reason: string}[];
	/** Every candidate quote, best first, with its score parts and whether it was chosen (`talkreel highlights --all`). */
	candidates: HighlightsResult['ranked'];
	/** What the editor should know: sections grouped to fit, a pin that did not fit, a section without a quote. */
	notes: string[];
	/** The note saying which sections were grouped to fit `maxSeconds` (`groupSectionsToFit`); empty when all fit. */
	groupingNotes: string[];
	recap: Plan;
	/** The speaker colours the plan used, after overrides (clips use the same). */
	speakerColors: Record<string, string>;
	/** Whether quotes show their translation (clips follow the recap). */
	translation: boolean;
	/** The talk's timed speech in its recording (null: silent), and the music bed's file; clips play the same. */
	speech: TalkSpeech | null;
	music: {src: string} | null;
};

/** What a recap may be planned at: a frame from a thumbnail to 8K, up to 120 frames a second, up to ten minutes long (selection time grows with the number of quotes). */
export const PLAN_LIMITS = {minSide: 64, maxSide: 7680, minFps: 1, maxFps: 120, maxMaxSeconds: 600} as const;

/**
 * The frame options of a plan, checked before anything is planned: a value out of range
 * is the user's mistake (`ARGS`, one line), not a failure deep in the layout.
 */
const checkPlanOptions = ({maxSeconds, fps, width, height}: {maxSeconds: number; fps: number; width: number; height: number}): void => {
	const L = PLAN_LIMITS;
	const bad = (flag: string, value: number, rule: string) => new UserError({code: 'ARGS', problem: `${flag} ${value}: ${rule}`});
	if (!Number.isFinite(maxSeconds) || maxSeconds <= 0 || maxSeconds > L.maxMaxSeconds)
		throw bad('--max-seconds', maxSeconds, `a recap is more than 0 and at most ${L.maxMaxSeconds} seconds long`);
	if (!Number.isInteger(fps) || fps < L.minFps || fps > L.maxFps)
		throw bad('--fps', fps, `a whole number of frames per second from ${L.minFps} to ${L.maxFps}`);
	for (const [flag, value] of [
		['--width', width],
		['--height', height],
	] as const) {
		if (!Number.isInteger(value) || value < L.minSide || value > L.maxSide)
			throw bad(flag, value, `a whole number of pixels from ${L.minSide} to ${L.maxSide}`);
	}
};

/**
 * The one planning entry: selection runs once, under the time the recap leaves for
 * quotes (each quote costing `quoteCostMs`), then the recap is planned from the chosen
 * quotes. `talkreel highlights`, `plan`, `render`, `clips`, the scripts and Studio all
 * plan through here; clips take their quotes from the result (`planClip`). A
 * `maxSeconds` too short for the talk is the user's mistake (`ARGS`), found here, in
 * Node, before anything is rendered.
 */
export const planTalk = ({
	talk: givenTalk,
	maxSeconds = DEFAULT_MAX_SECONDS,
	fps = DEFAULT_FPS,
	width = DEFAULT_WIDTH,
	height = DEFAULT_HEIGHT,
	speakerColors = {},
	layout,
	translation = true,
	media = null,
	music = null,
}: PlanTalkOptions): TalkPlan => {
	checkPlanOptions({maxSeconds, fps, width, height});
	// More chapters than the recap has slides for: the least substantial are grouped with a neighbour.
	const {talk, notes: groupingNotes} = groupSectionsToFit({talk: givenTalk, maxSeconds, fps});
	checkRecapFits({talk, maxSeconds, fps});
	const budget = quoteBudgetSeconds({talk, maxSeconds, fps});
	const speech = media === null ? null : buildTalkSpeech({talk, media});
	// A quote the recording says costs its speech and a breath, when that is longer than its reading.
	const costMs = (quote: {text: string; turnId: string; start: number; end: number}): number =>
		speech === null ? quoteCostMs(quote) : voicedQuoteCostMs({text: quote.text, speechMs: spanLengthMs(speechSpanOf({speech, ...quote}))});
	const selection = selectHighlights({talk, maxSeconds: budget, quoteCostMs: costMs});
	const speakers = buildPlanSpeakers({speakers: talk.speakers, overrides: speakerColors});
	const {plan, dropped} = planRecap({
		talk,
		quotes: selection.quotes,
		speakers,
		maxSeconds,
		fps,
		width,
		height,
		translation,
		...(layout === undefined ? {} : {layout}),
		speech,
		music,
	});
	const left = new Set(dropped);
	const quotes = selection.quotes.filter((q) => !left.has(q)).map((q, i) => ({...q, number: i + 1}));
	return {
		maxSeconds,
		fps,
		quoteBudgetSeconds: budget,
		quotes,
		dropped: dropped.map((quote) => ({quote, reason: DROPPED_TO_FIT})),
		candidates: selection.ranked,
		notes: [...groupingNotes, ...selection.notes],
		groupingNotes,
		recap: plan,
		speakerColors: Object.fromEntries([...speakers].map(([id, s]) => [id, s.color])),
		translation,
		speech,
		music,
	};
};
