import {opensOnSmallWord} from '../text/open-as-sentence';
import {leadingMarkerEnd} from './build-candidates';
import {formatQuoteId} from '../talk/quote-id';
import {UserError} from '../errors';
import type {Talk, Turn} from '../talk/talk-schema';
import type {Quote} from './quote-schema';
import {trailsOffText} from './judge-completeness';
import {rankCandidates, type ScoreFeatures, type ScoreWeights, scoreSpan, type ScoredCandidate, type ScoringContext} from './rank-candidates';
import {type QuoteLengthBounds, measureQuoteLength, quoteLengthBoundsFor} from './measure-quote-length';
import {QUOTABILITY_WEIGHTS} from './score-quotability';
import {SCORE_WEIGHTS} from './score-weights';

/** Two quotes whose content words overlap more than this (cosine) say the same thing. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;
/** MMR: how much similarity to an already chosen quote costs, in score points. */
const DIVERSITY_PENALTY = 0.8;
/**
 * Beyond each section's first quote, only moments at least this likely to be an
 * editor's pick (`markedProbability`) are worth time: more likely than not. A recap of a
 * talk with few such moments is shorter than its budget rather than padded.
 */
const MIN_FILL_PROBABILITY = 0.4;
/**
 * No line less likely than this to be an editor's pick is a quote, unless the edits file
 * pins it: about the rate at which editors mark any line (one candidate in five on the
 * evaluation talks), so a line below it is worse than a line picked at random. A section's
 * first quote needs it (below it the section gets none and a note says so), and so does
 * the fill to FILL_FLOOR: without it, a talk the model finds little in was padded with
 * chit-chat ("Yeah, we're already lined up for the next one.", "So it'd be easy to take
 * pictures.", on the Orbit FM and Oxide and Friends excerpts), while no quote changed on
 * the evaluation talks.
 */
export const MIN_COVERAGE_PROBABILITY = 0.2;
/**
 * A recap is filled to at least this share of its quote budget: when too few moments
 * pass MIN_FILL_PROBABILITY, the best remaining clean ones (complete, self-contained, no
 * question or dense filler, not a host's) at least MIN_COVERAGE_PROBABILITY likely fill
 * it, and a note says how many passed. A 45-minute panel asked for 3 minutes is not a
 * 45-second recap; a talk with few lines worth a card at all is a shorter one.
 */
export const FILL_FLOOR = 0.6;
/**
 * Before that floor, the rest of the budget goes to clean lines (not a host's) at least
 * this likely to be an editor's pick: the threshold of the fill leaves a recap of a
 * talk the model is unsure of at two thirds of its time (JS Party, 118 of 180 s), and
 * the next moments by the model's own ranking reach must-haves an editor marked (the
 * seed 7 → 8 of 14, JS Party 1 → 2 of 8, The Changelog 5 → 6 of 7) without an `avoid`
 * passage more. Lower, they do bring banter and greetings in.
 */
export const MIN_TOP_UP_PROBABILITY = 0.35;
/**
 * What a moment's time costs in the fill, in score points per doubling of its cost over
 * REFERENCE_COST_MS (one short card): the fitted weights favour longer spans (a longer
 * span touches a marked passage more often), and without this cost a recap shows ten
 * long moments where an editor would show sixteen and find more of the passages that
 * must be in it (the seed: 6 → 7 of 14 must-haves). At 1 point a doubling, a 17 s
 * moment needed 4.5 times the odds of being marked of a 6 s one to win over it; at 0.75
 * it needs 3.1 times, the eleven talks keep their must-haves and more of the quotes land
 * on a marked passage (92 of 188, against 92 of 194).
 */
const TIME_COST = 0.75;
const REFERENCE_COST_MS = 8000;
/**
 * A turn's moment is its best span: the fill takes a span of a turn only when it scores
 * within this many points (log-odds) of the best span of that turn it could still take.
 * The time cost alone made the fill take a short lesser line of a turn whose best moment
 * is a longer span (the set-up of a story, a detail of an explanation), where an editor
 * marks the moment: on the eleven fitted talks, left out one at a time, 88 of 181
 * quotes landed on a marked passage and 50 of 88 must-haves were found; with this margin,
 * 87 of 168 and 52 of 88 (at 0.2: 83 of 154 and 49 of 88). Spans scored alike are not
 * affected: a long answer still gives up to MAX_QUOTES_PER_TURN of them.
 */
const TURN_MARGIN = 0.5;
/**
 * No turn gives more than this many quotes. A guest's long answer often holds several
 * lines an editor must have, and with two a turn the short weak lines the fill takes
 * first used the turn up (TABConf's translated panel: 2 → 4 of 11 must-haves at three).
 */
const MAX_QUOTES_PER_TURN = 3;
/**
 * Balance: while the recap is filled, a speaker's quotes stay within their share of the
 * talk's speech (by characters) of the quotes chosen so far, plus this many, so the recap
 * reflects who carried the show — not 17 of 17 quotes from one co-host. A speaker goes
 * beyond it only when no one else has a line left.
 */
const SPEAKER_SLACK = 2;
/** A speaker with at least this share of the speech gets a quote of their own when they have a clean one worth the time. */
export const MIN_VOICE_SHARE = 0.1;

/** How likely an editor is to mark a span, by the fitted model: the logistic of the weights' intercept plus the span's score. */
export const markedProbability = ({total, weights = SCORE_WEIGHTS}: {total: number; weights?: ScoreWeights}): number =>
	1 / (1 + Math.exp(-(weights.intercept + total)));

/**
 * The note of a recap filled beyond the quotes chosen before the fill (pins, a line per
 * section, a line per voice, lines at least MIN_FILL_PROBABILITY likely): how many those
 * are, how many fill it, to what share of its budget.
 */
export const fillNote = ({passed, more, usedMs, budgetMs}: {passed: number; more: number; usedMs: number; budgetMs: number}): string =>
	`${passed} ${passed === 1 ? 'quote' : 'quotes'} chosen before the fill (pins, a line per section and per voice, lines at least ${MIN_FILL_PROBABILITY} likely to be an editor's pick); ${more} more clean ${more === 1 ? 'one fills' : 'ones fill'} the recap to ${Math.round((usedMs / Math.max(1, budgetMs)) * 100)}% of its ${Math.round(budgetMs / 1000)} s quote budget`;

/** A chosen or possible quote with what selection knows of it. */
type Pick = ScoredCandidate & {pinned: boolean; costMs: number};

export type HighlightsResult = {
	quotes: Quote[];
	/** Every scored candidate, best first, with whether it was chosen. */
	ranked: (Pick & {chosen: boolean; dropped: boolean})[];
	/** Quote budget in ms and what the chosen quotes cost. */
	budgetMs: number;
	usedMs: number;
	/** Things the editor should know: a pin that did not fit, a section left without a quote. */
	notes: string[];
};

export type SelectHighlightsInput = {
	talk: Talk;
	/** Seconds of quote time to fill. */
	maxSeconds: number;
	/**
	 * What one quote costs of that time, in ms: told by the planner, which knows cards,
	 * transitions and entries, and, for a timed talk with its recording, how long the
	 * quote's span of the turn (`turnId`, `[start, end)`) takes to say.
	 */
	quoteCostMs: (quote: {text: string; turnId: string; start: number; end: number}) => number;
	/** The score weights (default: `SCORE_WEIGHTS`, fitted to the editors' marks); the fit's cross-validation passes its own. */
	weights?: ScoreWeights;
};

/**
 * The recap's quotes: extractive spans of speech turns, chosen under `maxSeconds` of
 * quote time, each costing `quoteCostMs`:
 *
 * 1. the editor's pins (`talk.editorial.pins`), in file order, while they fit;
 * 2. one quote for every section that has none yet: among its lines without a question
 *    or dense filler at least MIN_COVERAGE_PROBABILITY likely to be an editor's pick
 *    (`markedProbability`), the best clean one (`isClean`) that leaves enough budget for
 *    the sections after it, else the best that fits; else none and a note;
 * 3. a line of each speaker who says at least MIN_VOICE_SHARE of the talk and has none
 *    yet: their best clean line at least MIN_FILL_PROBABILITY likely;
 * 4. the rest, clean lines at least MIN_FILL_PROBABILITY likely, by maximal marginal
 *    relevance (score − TIME_COST × log₂ of its cost against one short card − 0.8 ×
 *    similarity to the chosen), a turn's lines only within TURN_MARGIN of its best one
 *    still open, each section up to a quota
 *    proportional to its LexRank mass (longer, denser sections get more), then any
 *    section;
 * 5. the best remaining clean lines not said by a host at least MIN_TOP_UP_PROBABILITY
 *    likely, by the same MMR, up to the budget; when all those fill less than FILL_FLOOR
 *    of it, any such clean line at least MIN_COVERAGE_PROBABILITY likely up to the floor;
 *    a note says how many were chosen before it (steps 1–4);
 *
 * never two overlapping spans or near-duplicates, never a dropped line, at most three per
 * turn, and in steps 4 and 5 no speaker beyond their share of the speech while another has a
 * line left (SPEAKER_SLACK); a line taken with the short sentence after it that pays it off,
 * when that scores no worse and fits (`payoffOf`); two chosen spans of one turn with nothing between them shown
 * as one quote (`mergeNeighbours`); returned in talk order with their stable ids
 * (`formatQuoteId`: the turn and the sentences; an id names a span, not its place in a
 * selection, and a larger budget may show a line joined with its neighbour under the id of
 * the two). Also every scored candidate
 * with whether it was chosen, the budget used and notes for the editor. Pure and
 * deterministic.
 */
export const selectHighlights = ({talk, maxSeconds, quoteCostMs, weights}: SelectHighlightsInput): HighlightsResult => {
	const {candidates, context} = rankCandidates({talk, ...(weights === undefined ? {} : {weights})});
	const turns = new Map(talk.sections.flatMap((s) => s.turns.map((t) => [t.id, {turn: t, sectionId: s.id}] as const)));
	const drops = talk.editorial?.drops ?? [];
	const isDropped = (c: {turnId: string; start: number; end: number}) =>
		drops.some((d) => {
			if (d.turnId !== c.turnId) return false;
			if (d.text === undefined) return true;
			const turn = turns.get(d.turnId)?.turn;
			const at = turn?.text.indexOf(d.text) ?? -1;
			return at !== -1 && at < c.end && c.start < at + d.text.length;
		});
	const likely = (p: Pick) => markedProbability({total: p.score.total, weights: context.weights});
	const picks: Pick[] = candidates.map((c) => ({...c, pinned: false, costMs: quoteCostMs({text: c.text, turnId: c.turnId, start: c.start, end: c.end})}));
	const budgetMs = Math.max(0, maxSeconds * 1000);
	const chosen: Pick[] = [];
	const notes: string[] = [];
	let usedMs = 0;
	const take = (p: Pick) => {
		chosen.push(p);
		usedMs += p.costMs;
	};
	const bounds = quoteLengthBoundsFor({locale: talk.metadata.language});

	// 1. Pins.
	for (const pin of talk.editorial?.pins ?? []) {
		const p = resolvePin({pin, turns, picks, context, quoteCostMs});
		if (usedMs + p.costMs > budgetMs) {
			notes.push(`pin ${pin.turnId} "${p.text.slice(0, 30)}" does not fit the ${Math.round(budgetMs / 1000)} s quote budget`);
			continue;
		}
		if (chosen.some((q) => overlaps(q, p))) continue;
		take(p);
	}

	const sectionIds = talk.sections.map((s) => s.id).filter((id) => picks.some((p) => p.sectionId === id && !isDropped(p)));
	const quotas = sectionQuotas({picks, context, sectionIds, budgetMs});
	const shares = speakerShares({talk});
	/** Whether taking `p` keeps its speaker within their share of the quotes so far, plus one. */
	const withinShare = (p: Pick) =>
		chosen.filter((q) => q.speakerId === p.speakerId).length + 1 <= Math.ceil((shares.get(p.speakerId) ?? 0) * (chosen.length + 1)) + SPEAKER_SLACK;
	/** The highest similarity of `p` to a chosen quote: each pair is measured once, as quotes are chosen (every round of a fill asks it of every pick). */
	const mostSimilarSeen = new Map<Pick, {count: number; most: number}>();
	const mostSimilar = (p: Pick): number => {
		const seen = mostSimilarSeen.get(p) ?? {count: 0, most: 0};
		for (; seen.count < chosen.length; seen.count++) {
			const q = chosen[seen.count];
			if (q !== undefined) seen.most = Math.max(seen.most, similarity(q, p));
		}
		mostSimilarSeen.set(p, seen);
		return seen.most;
	};
	const allowed = (p: Pick) =>
		!isDropped(p) &&
		usedMs + p.costMs <= budgetMs &&
		!chosen.some((q) => overlaps(q, p)) &&
		mostSimilar(p) <= NEAR_DUPLICATE_SIMILARITY &&
		chosen.filter((q) => q.turnId === p.turnId).length < MAX_QUOTES_PER_TURN;
	// A line that stops one short sentence before its payoff is taken with it, when the two are allowed as the line is: "…But the Copilot extension wasn't." + "Now it is."
	const takeWithPayoff = (p: Pick) => {
		const q = payoffOf({p, picks, context, bounds});
		take(q !== undefined && allowed(q) ? q : p);
	};

	// 2. Coverage: every section with a candidate gets its best line.
	const minCostMs = picks.reduce((min, p) => Math.min(min, p.costMs), Number.POSITIVE_INFINITY);
	sectionIds.forEach((sectionId, i) => {
		if (chosen.some((q) => q.sectionId === sectionId)) return;
		const reserveMs = sectionIds.slice(i + 1).filter((id) => !chosen.some((q) => q.sectionId === id)).length * minCostMs;
		const own = picks.filter((p) => p.sectionId === sectionId && allowed(p) && !isDisqualified(p));
		const fits = (p: Pick) => usedMs + p.costMs + reserveMs <= budgetMs;
		const usable = own.filter((p) => likely(p) >= MIN_COVERAGE_PROBABILITY && p.features.question === 0 && p.features.filler <= LIGHT_FILLER);
		const best = usable.find((p) => isClean(p) && fits(p)) ?? usable.find(fits) ?? usable[0];
		if (best !== undefined) takeWithPayoff(best);
		else if (own.length === 0) notes.push(`section ${sectionId} gets no quote: nothing fits the ${Math.round(budgetMs / 1000)} s quote budget`);
		else
			notes.push(
				`section ${sectionId} gets no quote: its lines are questions, filler or less than ${MIN_COVERAGE_PROBABILITY} likely to be an editor's pick (best: "${own[0]?.text.slice(0, 30) ?? ''}")`,
			);
	});

	// 3. A voice for everyone who carried part of the show: their best clean line worth the time.
	const pool = picks.filter((p) => likely(p) >= MIN_FILL_PROBABILITY && isClean(p));
	for (const [speakerId, share] of shares) {
		if (share < MIN_VOICE_SHARE || chosen.some((q) => q.speakerId === speakerId)) continue;
		const best = pool.find((p) => p.speakerId === speakerId && p.features.role === 0 && allowed(p));
		if (best !== undefined) takeWithPayoff(best);
	}

	// 4. Fill by MMR within section quotas, then anywhere.
	const fill = ({from, respectQuota, untilMs}: {from: Pick[]; respectQuota: boolean; untilMs: number}) => {
		while (usedMs < untilMs) {
			// The best line of a speaker still within their share; a speaker beyond it only when no one else has a line left.
			let best: Pick | undefined;
			let bestGain = -Infinity;
			let bestOver: Pick | undefined;
			let bestOverGain = -Infinity;
			const open = from.filter(allowed);
			const turnBest = new Map<string, number>();
			for (const p of open) turnBest.set(p.turnId, Math.max(turnBest.get(p.turnId) ?? Number.NEGATIVE_INFINITY, p.score.total));
			for (const p of open) {
				if (p.score.total < (turnBest.get(p.turnId) ?? Number.NEGATIVE_INFINITY) - TURN_MARGIN) continue;
				if (respectQuota && chosen.filter((q) => q.sectionId === p.sectionId).length >= (quotas.get(p.sectionId) ?? 0)) continue;
				const gain = p.score.total - TIME_COST * Math.log2(Math.max(1, p.costMs) / REFERENCE_COST_MS) - DIVERSITY_PENALTY * mostSimilar(p);
				if (withinShare(p)) {
					if (gain > bestGain) {
						best = p;
						bestGain = gain;
					}
				} else if (gain > bestOverGain) {
					bestOver = p;
					bestOverGain = gain;
				}
			}
			const next = best ?? bestOver;
			if (next === undefined) return;
			takeWithPayoff(next);
		}
	};
	fill({from: pool, respectQuota: true, untilMs: budgetMs});
	fill({from: pool, respectQuota: false, untilMs: budgetMs});
	const passedSpans = [...chosen];

	// 5. The top-up and the floor: a recap of the length asked for, with the best remaining moments that pass the hard bars.
	const topUp = picks.filter((p) => isClean(p) && p.features.role === 0);
	fill({from: topUp.filter((p) => likely(p) >= MIN_TOP_UP_PROBABILITY), respectQuota: false, untilMs: budgetMs});
	const floorMs = FILL_FLOOR * budgetMs;
	if (usedMs < floorMs) fill({from: topUp.filter((p) => likely(p) >= MIN_COVERAGE_PROBABILITY), respectQuota: false, untilMs: floorMs});

	const order = new Map([...turns.keys()].map((id, i) => [id, i]));
	chosen.sort((a, b) => (order.get(a.turnId) ?? 0) - (order.get(b.turnId) ?? 0) || a.start - b.start);
	const shown = mergeNeighbours({chosen, picks, turns, context, bounds});
	// The note counts quotes as shown: a line joined with its neighbour is one, a passed one when either part passed.
	const passedShown = shown.filter((q) => passedSpans.some((p) => overlaps(p, q))).length;
	if (shown.length > passedShown) notes.push(fillNote({passed: passedShown, more: shown.length - passedShown, usedMs, budgetMs}));
	const quotes: Quote[] = shown.map((p) => ({
		id: p.id,
		turnId: p.turnId,
		speakerId: p.speakerId,
		sectionId: p.sectionId,
		...trimLeadingMarker(p),
		score: {total: p.score.total, parts: {...p.score.parts}},
		...(p.pinned ? {pinned: true} : {}),
	}));
	// Chosen: a span the selection took, or the candidate of the same span that shows two of them joined.
	const chosenSet = new Set([...chosen, ...shown]);
	const ranked = picks.map((p) => ({...p, chosen: chosenSet.has(p), dropped: isDropped(p)}));
	return {quotes, ranked, budgetMs, usedMs, notes};
};

/**
 * A chosen quote as shown: without the discourse markers its first sentence opens with
 * ("And so we built…", "Yeah, so, this…", 所以我们…), as an editor cuts a quote, when
 * what is left opens on a capital, a CJK letter or a word in small letters only, which
 * the card shows with a capital (`openAsSentence`: "We built…", "This…"). The selection
 * weighed the span as said; the quote keeps its id. A pinned quote is as pinned.
 */
export const trimLeadingMarker = (p: {text: string; start: number; end: number; pinned: boolean}): {text: string; start: number; end: number} => {
	const at = p.pinned ? 0 : leadingMarkerEnd(p.text);
	const said = {text: p.text, start: p.start, end: p.end};
	const marker = p.text.slice(0, at);
	const rest = p.text.slice(at);
	if (at === 0 || rest.trim() === '' || (/^[a-z]/.test(rest) && !opensOnSmallWord(rest))) return said;
	// A hedge is no marker on a card: what follows is what it qualifies ("kind of a big deal").
	if (HEDGE.test(marker)) return said;
	return {text: rest, start: p.start + at, end: p.end};
};

/** A hedge taken for a marker: what follows it is what it qualifies. */
const HEDGE = /\b(?:kind|sort) of\s*$/i;
/** A moment of two chosen spans is at most this many times a quote's longest (`QuoteLengthBounds.max`): four cards. */
const MAX_MERGED_LENGTH = 2;

/**
 * Two chosen spans of one turn with only spaces between them (not a paragraph break) are
 * one moment, shown as one quote (`t029s6-9`, not `t029s6-8` and `t029s9`): an editor does
 * not cut a passage in two with a card of its own each. Up to MAX_MERGED_LENGTH times a
 * quote's longest. The quote is the candidate of the joined span when there is one, with
 * its own score; else the better of the two, stretched over both. A pinned span stays as it
 * was pinned. `chosen` is in talk order.
 */
const mergeNeighbours = ({
	chosen,
	picks,
	turns,
	context,
	bounds,
}: {
	chosen: Pick[];
	picks: Pick[];
	turns: Map<string, {turn: Turn; sectionId: string}>;
	context: ScoringContext;
	bounds: QuoteLengthBounds;
}): Pick[] => {
	const out: Pick[] = [];
	for (const p of chosen) {
		const last = out[out.length - 1];
		const text = turns.get(p.turnId)?.turn.text;
		const apart =
			last === undefined ||
			text === undefined ||
			last.turnId !== p.turnId ||
			last.pinned ||
			p.pinned ||
			!/^[ \t]*$/.test(text.slice(last.end, p.start)) ||
			measureQuoteLength({text: text.slice(last.start, p.end), bounds}) > MAX_MERGED_LENGTH * bounds.max;
		if (apart) {
			out.push(p);
			continue;
		}
		const same = picks.find((c) => c.turnId === p.turnId && c.start === last.start && c.end === p.end);
		if (same !== undefined) {
			out[out.length - 1] = same;
			continue;
		}
		const better = p.score.total > last.score.total ? p : last;
		const own = context.turnSentences.get(p.turnId) ?? [];
		out[out.length - 1] = {
			...better,
			id: formatQuoteId({turnId: p.turnId, sentences: own, start: last.start, end: p.end}),
			start: last.start,
			end: p.end,
			text: text.slice(last.start, p.end),
			sentenceIndexes: [...last.sentenceIndexes, ...p.sentenceIndexes],
			costMs: last.costMs + p.costMs,
		};
	}
	return out;
};

/** A short sentence that takes back what came before it: "Just kidding.", "Not really.", 开玩笑的。 */
const RETRACTION =
	/^\s*(?:(?:i'?m |just )?(?:kidding|joking)\b|not really\b|no,? not really\b|scratch that\b|开玩笑(?:的|啦|而已)?|開玩笑(?:的|啦|而已)?|说笑的|說笑的)/iu;

/**
 * The candidate that is `p` and the sentence after it, when that sentence is in the same
 * paragraph, shorter than a quote may be (`bounds.min`), neither trailing off, asking,
 * filler, a teaser, a false start nor a retraction, and the candidate is clean and scores
 * no worse: the turn a set-up comes to ("Visual Studio Code is open source. But the
 * Copilot extension wasn't." + "Now it is."; "That corresponds to a frequency of 193
 * terahertz." + "That's a lot of bandwidth."). A pinned span stays as pinned.
 */
export const payoffOf = <P extends ScoredCandidate & {pinned?: boolean}>({
	p,
	picks,
	context,
	bounds,
}: {
	p: P;
	picks: readonly P[];
	context: ScoringContext;
	bounds: QuoteLengthBounds;
}): P | undefined => {
	const last = context.sentences[p.sentenceIndexes[p.sentenceIndexes.length - 1] ?? -1];
	const next = last === undefined ? undefined : context.sentences[last.index + 1];
	if (p.pinned || last === undefined || next === undefined || p.end !== last.end) return undefined;
	if (next.turnId !== p.turnId || next.paragraph !== last.paragraph || measureQuoteLength({text: next.text, bounds}) >= bounds.min) return undefined;
	// A sentence that trails off ("There's some hand-waving in between..."), asks, fills, teases or takes it back pays nothing off; nor does one the show's business or a question rules out (`isClean`).
	if (trailsOffText(next.text) || /[-—–][\s"”’」』)）]*$|[?？]/u.test(next.text) || RETRACTION.test(next.text)) return undefined;
	if (context.isFillerSentence(next.index) || context.isTeaserSentence(next.index) || context.isFalseStartSentence(next.index)) return undefined;
	const q = picks.find((c) => c.turnId === p.turnId && c.start === p.start && c.end === next.end);
	return q !== undefined && isClean(q) && q.score.total >= p.score.total ? q : undefined;
};

/** Never a quote, whatever the budget: a sponsor read, the show's logistics, a fragment or an incomplete sentence, an opening reference the quote leaves unresolved, words no one can be named for, or a span padded with a sentence that says nothing. */
const DISQUALIFYING_PARTS = ['promo', 'logistics', 'fragment', 'incomplete', 'reference', 'attribution', 'padding'] as const;

export const isDisqualified = (p: {score: {parts: Record<string, number>}}): boolean => DISQUALIFYING_PARTS.some((k) => (p.score.parts[k] ?? 0) !== 0);

/** One filler in a line of words, as a feature (`ScoreFeatures.filler`): more is dense. */
export const LIGHT_FILLER = QUOTABILITY_WEIGHTS.fillerLight / QUOTABILITY_WEIGHTS.fillerEach;

/**
 * No question, dense filler, restart, stage direction, vocative or cut-off ending, and
 * nothing disqualifying. An opening conjunction (所以… / 但是… / "But…") is a cost the
 * fitted weights set, not a bar: spoken Chinese opens most sentences with 所以 or 但是, and
 * editors mark such lines as readily as any.
 */
export const isClean = (p: {features: ScoreFeatures; score: {parts: Record<string, number>}}): boolean =>
	(['question', 'disfluency', 'direction', 'address', 'ending'] as const).every((k) => p.features[k] === 0) &&
	p.features.filler <= LIGHT_FILLER &&
	!isDisqualified(p);

const overlaps = (a: Pick, b: Pick): boolean => a.turnId === b.turnId && a.start < b.end && b.start < a.end;

/** Each span's word set, built once per words array (a span is compared with every chosen quote). */
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const wordSetOf = (words: readonly string[]): ReadonlySet<string> => {
	let set = wordSets.get(words);
	if (set === undefined) {
		set = new Set(words);
		wordSets.set(words, set);
	}
	return set;
};

/** Cosine similarity of two spans' content-word sets. */
export const similarity = (a: {words: string[]}, b: {words: string[]}): number => {
	const x = wordSetOf(a.words);
	const y = wordSetOf(b.words);
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared / Math.sqrt(x.size * y.size);
};

/** Each speaker's share of the talk's speech, by characters of the speech turns they say alone, in the order they first speak. */
export const speakerShares = ({talk}: {talk: Talk}): Map<string, number> => {
	const chars = new Map<string, number>();
	let total = 0;
	for (const section of talk.sections) {
		for (const turn of section.turns) {
			const [only, ...others] = turn.speakerIds;
			if (turn.kind !== 'speech' || only === undefined || others.length > 0) continue;
			chars.set(only, (chars.get(only) ?? 0) + turn.text.length);
			total += turn.text.length;
		}
	}
	return new Map([...chars].map(([id, n]) => [id, total === 0 ? 0 : n / total]));
};

/**
 * How many quotes each section may take before others get a second look: its share of
 * the talk's LexRank mass (sum of its sentences' talk-level centrality, so longer and
 * denser sections weigh more) of the number of average quotes the budget holds,
 * at least one, by largest remainder.
 */
const sectionQuotas = ({
	picks,
	context,
	sectionIds,
	budgetMs,
}: {
	picks: Pick[];
	context: ScoringContext;
	sectionIds: string[];
	budgetMs: number;
}): Map<string, number> => {
	const mass = new Map(sectionIds.map((id) => [id, 0]));
	context.sentences.forEach((s) => {
		if (mass.has(s.sectionId)) mass.set(s.sectionId, (mass.get(s.sectionId) ?? 0) + (context.talkCentrality[s.index] ?? 0));
	});
	const total = [...mass.values()].reduce((a, b) => a + b, 0);
	const top = [...picks].slice(0, Math.max(1, Math.ceil(picks.length / 4)));
	const meanCost = top.reduce((a, p) => a + p.costMs, 0) / Math.max(1, top.length);
	const slots = Math.max(sectionIds.length, Math.floor(budgetMs / Math.max(1, meanCost)));
	const raw = sectionIds.map((id) => ({id, exact: total === 0 ? slots / sectionIds.length : ((mass.get(id) ?? 0) / total) * slots}));
	const quotas = new Map(raw.map((r) => [r.id, Math.max(1, Math.floor(r.exact))]));
	let left = slots - [...quotas.values()].reduce((a, b) => a + b, 0);
	const byRemainder = [...raw].sort(
		(a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || sectionIds.indexOf(a.id) - sectionIds.indexOf(b.id),
	);
	for (const r of byRemainder) {
		if (left <= 0) break;
		quotas.set(r.id, (quotas.get(r.id) ?? 0) + 1);
		left--;
	}
	return quotas;
};

/** An editor's pin → the span it names: its text, or the turn's best candidate. */
const resolvePin = ({
	pin,
	turns,
	picks,
	context,
	quoteCostMs,
}: {
	pin: {turnId: string; text?: string | undefined};
	turns: Map<string, {turn: Turn; sectionId: string}>;
	picks: Pick[];
	context: ScoringContext;
	quoteCostMs: SelectHighlightsInput['quoteCostMs'];
}): Pick => {
	const found = turns.get(pin.turnId);
	if (found === undefined) throw new UserError({code: 'EDITS_TARGET', problem: `pinned turn "${pin.turnId}" is not in the talk`});
	const {turn, sectionId} = found;
	if (pin.text === undefined) {
		const best = picks.find((p) => p.turnId === turn.id);
		if (best === undefined)
			throw new UserError({code: 'EDITS_TARGET', problem: `pinned turn "${pin.turnId}" has no sentence that fits a quote card; pin its text instead`});
		return {...best, pinned: true};
	}
	const start = turn.text.indexOf(pin.text);
	if (start === -1) throw new UserError({code: 'EDITS_TARGET', problem: `pinned text "${pin.text.slice(0, 40)}" is not in turn ${pin.turnId}`});
	const end = start + pin.text.length;
	const exact = picks.find((p) => p.turnId === turn.id && p.start === start && p.end === end);
	if (exact !== undefined) return {...exact, pinned: true};
	const turnOwn = context.turnSentences.get(turn.id) ?? [];
	const sentenceIndexes = turnOwn.filter((s) => s.start < end && start < s.end).map((s) => s.index);
	const scored = scoreSpan({context, turnId: turn.id, sectionId, speakerIds: turn.speakerIds, text: pin.text, sentenceIndexes, start});
	return {
		id: formatQuoteId({turnId: turn.id, sentences: turnOwn, start, end}),
		turnId: turn.id,
		speakerId: turn.speakerIds[0] ?? '',
		sectionId,
		start,
		end,
		text: pin.text,
		sentenceIndexes,
		length: 0,
		cut: 'sentences',
		order: -1,
		...scored,
		pinned: true,
		costMs: quoteCostMs({text: pin.text, turnId: turn.id, start, end}),
	};
};
