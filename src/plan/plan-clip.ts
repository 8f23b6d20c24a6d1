import {UserError, InternalError} from '../errors';
import type {Talk} from '../talk/talk-schema';
import {translationOfSpan} from '../talk/translation-of-span';
import {detectLanguage} from '../text/detect-language';
import {ELLIPSIS, type TextBox, fitText} from '../text/fit-text';
import {fitTextBlock} from './fit-text-block';
import {boxAboveTranslation, fitTranslation} from './fit-translation';
import {measureTextWidth} from '../text/measure-text-width';
import {readingTimeMs} from '../text/reading-time';
import {segmentSentences} from '../text/segment-sentences';
import {splitClauses, splitIntoCards} from '../text/split-into-cards';
import {shownQuoteText} from './shown-quote-text';
import {type Clip, ClipSchema, type RevealPiece, type RevealStep} from './clip-schema';
import {planWaveform} from './clip-waveform';
import {CLIP_KICKER, CLIP_LAYOUTS, type ClipLayout, type ClipShape, QUOTE_MARK_ABOVE_EM, SPEAKER_LABEL_LINE_HEIGHT, scaleTextBox} from './layout';
import {splitStills} from './list-distinct-frames';
import type {FrameRange, SpokenMark, TextBlock} from './plan-schema';
import {planSound} from './plan-sound';
import {audioFrames, placeSpeech, speechSpanOf} from './plan-speech';
import {buildPlanSpeakers, planSpeakerOf} from './plan-speakers';
import type {PlannedQuote, TalkPlan} from './plan-talk';
import {CARD_LEAD_MS, CLIP_HOLD_MS, MIN_REVEAL_STEP_MS, REVEAL_STEP_MS, VOICED_REVEAL_STEP_MS, cardReadingMs, msToFrames} from './timing';

/** At most this many reveal steps: a long quote reveals in bigger pieces rather than more of them. */
export const MAX_REVEAL_STEPS = 6;

export type PlanClipInput = {
	talk: Talk;
	/** The talk planned once (`planTalk`): its quotes, frame rate and speaker colours, and what it plays (its speech, a music bed). */
	talkPlan: Pick<TalkPlan, 'quotes' | 'fps' | 'speakerColors'> & Partial<Pick<TalkPlan, 'speech' | 'music' | 'translation'>>;
	/** A quote id of the recap (`t012s3`); null → the first. */
	quoteId: string | null;
	shape: ClipShape;
	/** Cover art for the header, as a name under public/ (null or absent: none). */
	cover?: string | null;
};

/**
 * Talk + planned quotes + quote id + shape → Clip: one quote laid out for the shape's
 * boxes and timed. No selection here: the quote is one the recap shows.
 *
 * - Text: the quote fitted into the shape's quote box (fitText: largest size that fits,
 *   balanced lines). If it overflows even at the smallest size, the clip shows the
 *   quote's first card (splitIntoCards with the same box: whole sentences, else clauses)
 *   followed by `…`, and says `truncated: true`.
 * - Reveal: the shown text in phrases (sentences cut at clause punctuation, as the cards
 *   are), joined into at most MAX_REVEAL_STEPS steps of at least MIN_REVEAL_STEP_MS of
 *   reading. Step 0 is on screen from the first frame, with the header and the speaker
 *   label: a clip opens on its quote, not on an empty frame, since a feed shows a
 *   video's first frame before it plays. Step k starts when the reading time of the
 *   steps before it has passed.
 * - Translation (bilingual talks, unless `talkPlan.translation` is false): the shown text's
 *   translation under it, in smaller type, in the bottom of the quote box (fitTranslation).
 * - Duration: `cardReadingMs(text)` (the recap's one reading-time rule) + CLIP_HOLD_MS.
 * - Stills: from the end of each step's fade to the start of the next, and from the end
 *   of the last fade to the end of the clip.
 *
 * With the talk's recording (`talkPlan.speech`) and a timed turn, the clip is an
 * audiogram: it plays the span of the recording that says the shown text from frame 0,
 * lasts at least that long before its hold, brings each reveal step in as its first word
 * is said, and marks the word being said; its level band's bars are laid out over the
 * span, and its stage ends above the band, the quote fitted to what is left (`clipStage`).
 * The stills are cut wherever a mark or a bar changes; the bars change where the marks
 * do when they can (`planWaveform`). A cover, when given, sits at the
 * header's right end and the header's text is fitted beside it.
 */
export const planClip = ({talk, talkPlan, quoteId, shape, cover = null}: PlanClipInput): {clip: Clip} => {
	const {fps} = talkPlan;
	const layout = CLIP_LAYOUTS[shape];
	const quote = findQuote({talk, quotes: talkPlan.quotes, quoteId});
	const section = talk.sections.find((s) => s.id === quote.sectionId);
	if (!section) throw new InternalError({code: 'PLAN', problem: `quote ${quote.id} names section "${quote.sectionId}", which the talk does not have`});
	// The recap's chapters: the sections with a quote, in talk order.
	const shownSections = talk.sections.filter((s) => talkPlan.quotes.some((q) => q.sectionId === s.id)).map((s) => s.id);

	const speakers = buildPlanSpeakers({speakers: talk.speakers, overrides: talkPlan.speakerColors});
	const speaker = planSpeakerOf({speakers, id: quote.speakerId});
	const box = (b: typeof layout.quoteBox) => scaleTextBox({box: b, widthPx: layout.widthPx, heightPx: layout.heightPx});

	const speech = talkPlan.speech ?? null;
	// A quote the recording says is an audiogram: its stage ends above the level band, and the text is fitted there.
	const stage = clipStage({layout, voiced: speech !== null && speechSpanOf({speech, turnId: quote.turnId, start: quote.start, end: quote.end}) !== null});
	const quoteBox = stageQuoteBox({layout, stage});
	// A translated quote leaves the bottom of its box to the translation of what is shown.
	const turn = section.turns.find((t) => t.id === quote.turnId);
	const translated = (talkPlan.translation ?? true) && turn !== undefined && translationOfSpan({turn, start: quote.start, end: quote.end}) !== undefined;
	// As the recap's card shows it (`shownQuoteText`): a capital where a marker was taken off, every offset the quote's own.
	const {text, truncated, body, spoken} = fitQuote({
		text: shownQuoteText({talk, text: quote.text}),
		box: translated ? boxAboveTranslation(quoteBox) : quoteBox,
	});
	const translationText = translated && turn ? translationOfSpan({turn, start: quote.start + spoken.start, end: quote.start + spoken.end}) : undefined;
	const locale = detectLanguage({text});
	const {steps: stepTexts} = groupPhrases({text, phrases: splitPhrases({text, locale}).phrases});

	const stepFrames = msToFrames({ms: REVEAL_STEP_MS, fps});
	// The shown text's words, said from frame 0 (the voice starts with the clip).
	const span = speech === null ? null : speechSpanOf({speech, turnId: quote.turnId, start: quote.start + spoken.start, end: quote.start + spoken.end});
	const voice = span === null ? null : placeSpeech({span, atFrame: 0, fps});
	const voiceFrames = voice === null ? 0 : audioFrames({audio: voice.audio, fps}).durationInFrames;
	// Read, or heard to the end: whichever is longer.
	const readingFrames = Math.max(1, msToFrames({ms: cardReadingMs({text}), fps}), voiceFrames);
	const holdFrames = msToFrames({ms: CLIP_HOLD_MS, fps});
	const durationInFrames = readingFrames + holdFrames;
	const leadFrames = Math.min(readingFrames, msToFrames({ms: CARD_LEAD_MS, fps}));
	const silentSteps = timeSteps({steps: stepTexts, stepFrames, readingFrames, leadFrames});
	const steps =
		voice === null ? silentSteps : voicedSteps({steps: stepTexts, silentSteps, marks: voice.marks, stepFrames: msToFrames({ms: VOICED_REVEAL_STEP_MS, fps})});
	const marks = voice?.marks ?? [];
	// The picture's changes without the level band; the band then changes on those frames where it can.
	const stills = splitStills({stills: stillsOf({steps, durationInFrames}), cuts: marks.flatMap((m) => [m.fromFrame, m.toFrame])});
	const waveform = voice === null ? null : planWaveform({audio: voice.audio, layout, fps, stills});

	// The header's text gives way to the cover at its right end.
	const coverWidthPx = cover === null ? 0 : layout.coverSizePx + layout.kickerSizePx;
	const kickerBox: TextBox = {
		widthPx: layout.columnWidthPx - coverWidthPx - kickerNumberWidthPx({sizePx: layout.kickerSizePx}),
		heightPx: layout.kickerSizePx * CLIP_KICKER.lineHeight,
		minFontSizePx: layout.kickerSizePx,
		maxFontSizePx: layout.kickerSizePx,
		lineHeight: CLIP_KICKER.lineHeight,
		weight: CLIP_KICKER.weight,
		maxLines: 1,
	};
	const clip: Clip = {
		talkSlug: talk.slug,
		language: talk.metadata.language,
		quoteId: quote.id,
		quoteNumber: quote.number,
		turnId: quote.turnId,
		shape,
		fps,
		width: layout.widthPx,
		height: layout.heightPx,
		durationInFrames,
		layout,
		stage,
		speaker,
		sectionId: section.id,
		sectionTitle: fitTextBlock({text: section.title, box: kickerBox}),
		sectionNumber: Math.max(1, shownSections.indexOf(section.id) + 1),
		sectionCount: Math.max(1, shownSections.length),
		talkTitle: fitTextBlock({text: talk.metadata.title, box: {...box(layout.talkTitleBox), widthPx: box(layout.talkTitleBox).widthPx - coverWidthPx}}),
		attribution: attributionOf({talk, box: box(layout.attributionBox)}),
		quoteText: quote.text,
		text,
		truncated,
		body,
		...(translationText === undefined ? {} : {translation: fitTranslation({text: translationText, box: quoteBox, quoteFontSizePx: body.fontSizePx})}),
		revealLines: cutLinesBySteps({text, lines: body.lines, steps: stepTexts}),
		steps,
		readingFrames,
		holdFrames,
		stills: splitStills({stills, cuts: waveform?.playedFrom ?? []}),
		...planSound({media: speech === null ? null : speech.media.src, music: talkPlan.music ?? null, spans: voice === null ? [] : [voice.audio], fps}),
		audio: voice?.audio ?? null,
		marks,
		waveform,
		cover,
	};
	return {clip: ClipSchema.parse(clip)};
};

/**
 * The block a clip's speaker label and quote are centred in: from `stageTopPx` to
 * `stageBottomPx`, or, in a voiced clip, to `speakerGapPx` above its level band.
 */
const clipStage = ({layout, voiced}: {layout: ClipLayout; voiced: boolean}): Clip['stage'] => ({
	topPx: layout.stageTopPx,
	heightPx: (voiced ? layout.waveform.topPx - layout.speakerGapPx : layout.stageBottomPx) - layout.stageTopPx,
});

/**
 * The quote's box in px: the layout's, no taller than the stage leaves once the speaker
 * label, the gap to it and an opening mark placed above the quote have theirs, so the
 * text fitted to it is inside the stage as drawn.
 */
const stageQuoteBox = ({layout, stage}: {layout: ClipLayout; stage: Clip['stage']}): TextBox => {
	const box = scaleTextBox({box: layout.quoteBox, widthPx: layout.widthPx, heightPx: layout.heightPx});
	const markPx = layout.quoteMarkPlacement === 'above' ? layout.quoteMarkSizePx * QUOTE_MARK_ABOVE_EM : 0;
	const roomPx = stage.heightPx - layout.speakerSizePx * SPEAKER_LABEL_LINE_HEIGHT - layout.speakerGapPx - markPx;
	return {...box, heightPx: Math.min(box.heightPx, roomPx)};
};

/**
 * Reveal steps that follow the voice: each step after the first fades in so it is fully
 * shown as its first word is said (never before the step before it has faded in); a
 * step whose words the recording does not say keeps its reading-time start.
 */
const voicedSteps = ({
	steps,
	silentSteps,
	marks,
	stepFrames,
}: {
	steps: StepSpan[];
	silentSteps: RevealStep[];
	marks: SpokenMark[];
	stepFrames: number;
}): RevealStep[] => {
	let lastFrom = -Infinity;
	return silentSteps.map((silent, k) => {
		if (k === 0) {
			lastFrom = silent.fromFrame;
			return silent;
		}
		const step = steps[k]!;
		// The mark holding the step's first word (a mark may hold short words on both sides of its start).
		const said = marks.find((m) => m.end > step.start && m.start < step.end);
		const ideal = said === undefined ? silent.fromFrame : said.fromFrame - stepFrames;
		const fromFrame = Math.max(ideal, lastFrom + stepFrames + 1);
		lastFrom = fromFrame;
		return {...silent, fromFrame, durationInFrames: stepFrames};
	});
};

/** Width of the kicker's two-digit section number and the gap after it, in px. */
const kickerNumberWidthPx = ({sizePx}: {sizePx: number}): number =>
	measureTextWidth({text: '00', fontSizePx: sizePx, weight: CLIP_KICKER.weight}) + sizePx * CLIP_KICKER.numberGapEm;

const findQuote = ({talk, quotes, quoteId}: {talk: Talk; quotes: readonly PlannedQuote[]; quoteId: string | null}): PlannedQuote => {
	const quote = quoteId === null ? quotes[0] : quotes.find((q) => q.id === quoteId);
	if (quote) return quote;
	const known = quotes.length === 0 ? 'none' : quotes.map((q) => q.id).join(', ');
	throw new UserError({
		code: 'ARGS',
		problem:
			quoteId === null
				? `"${talk.metadata.title}" has no highlights to make a clip of`
				: `no quote "${quoteId}" in the recap of "${talk.metadata.title}" (its quotes: ${known})`,
	});
};

/**
 * The quote as large as it fits; else its first card with `…` (or without, if the mark
 * itself would not fit). `spoken`: the range of the quote's text that is shown.
 */
const fitQuote = ({text, box}: {text: string; box: TextBox}): {text: string; truncated: boolean; body: TextBlock; spoken: Span} => {
	const block = (t: string, fitted: {lines: string[]; fontSizePx: number}): TextBlock => ({
		text: t,
		lines: fitted.lines,
		fontSizePx: fitted.fontSizePx,
		lineHeight: box.lineHeight,
		weight: box.weight,
	});
	const whole = fitText({text, ...box});
	const all = {start: 0, end: text.length};
	if (whole.fits) return {text, truncated: false, body: block(text, whole), spoken: all};
	const first = splitIntoCards({text, ...box}).cards[0];
	if (!first) return {text, truncated: false, body: block(text, whole), spoken: all};
	const withMark = `${first.text}${ELLIPSIS}`;
	const marked = fitText({text: withMark, ...box});
	const spoken = {start: first.start, end: first.end};
	if (marked.fits) return {text: withMark, truncated: true, body: block(withMark, marked), spoken};
	return {text: first.text, truncated: true, body: block(first.text, first), spoken};
};

type Span = {start: number; end: number};

/**
 * The text as phrases (UTF-16 spans that cover it in order): sentences
 * (segmentSentences), each cut after its clause punctuation; a run such as `——` or `，”`
 * stays with the phrase it ends.
 */
export const splitPhrases = ({text, locale}: {text: string; locale: string}): {phrases: Span[]} => {
	const phrases = segmentSentences({text, locale}).sentences.flatMap((sentence) => splitClauses({text, span: sentence}).clauses);
	// Make the spans cover the text: whitespace between phrases goes with the phrase before it.
	return {
		phrases: phrases.map((p, i) => ({start: i === 0 ? 0 : p.start, end: phrases[i + 1]?.start ?? text.length})),
	};
};

type StepSpan = Span & {text: string; readMs: number};

/**
 * Phrases joined into reveal steps: each step reads for at least MIN_REVEAL_STEP_MS (and
 * at least 1/MAX_REVEAL_STEPS of the whole), so a short `我认为，` never flashes alone.
 * A short tail joins the step before it.
 */
const groupPhrases = ({text, phrases}: {text: string; phrases: Span[]}): {steps: StepSpan[]} => {
	const step = (span: Span): StepSpan => {
		const stepText = text.slice(span.start, span.end);
		return {start: span.start, end: span.end, text: stepText.trim(), readMs: readingTimeMs({text: stepText})};
	};
	if (phrases.length === 0) return {steps: []};
	const total = readingTimeMs({text});
	const target = Math.max(MIN_REVEAL_STEP_MS, total / MAX_REVEAL_STEPS);
	const steps: StepSpan[] = [];
	let current: Span | undefined;
	for (const phrase of phrases) {
		current = current === undefined ? {...phrase} : {start: current.start, end: phrase.end};
		if (step(current).readMs >= target) {
			steps.push(step(current));
			current = undefined;
		}
	}
	if (current !== undefined) {
		const last = steps[steps.length - 1];
		if (last !== undefined && step(current).readMs < target / 2) steps[steps.length - 1] = step({start: last.start, end: current.end});
		else steps.push(step(current));
	}
	while (steps.length > MAX_REVEAL_STEPS) {
		// Each step reads ≥ total / MAX_REVEAL_STEPS, so this is rare (rounding): join the shortest neighbours.
		let best = 0;
		for (let i = 1; i < steps.length - 1; i++) if (steps[i]!.readMs + steps[i + 1]!.readMs < steps[best]!.readMs + steps[best + 1]!.readMs) best = i;
		steps.splice(best, 2, step({start: steps[best]!.start, end: steps[best + 1]!.end}));
	}
	return {steps};
};

/**
 * Start frames of the steps. Step 0 is shown from frame 0, at once (no frames of fade).
 * Step k starts after the lead-in and the reading time of steps 0…k−1, as a share of the
 * clip's reading frames (weights: each step's `readingTimeMs`, at least 1).
 */
const timeSteps = ({
	steps,
	stepFrames,
	readingFrames,
	leadFrames,
}: {
	steps: StepSpan[];
	stepFrames: number;
	readingFrames: number;
	leadFrames: number;
}): RevealStep[] => {
	const weights = steps.map((s) => Math.max(1, s.readMs));
	const total = weights.reduce((a, b) => a + b, 0);
	let before = 0;
	let lastFrom = -Infinity;
	return steps.map((s, k) => {
		if (k === 0) {
			before += weights[k]!;
			lastFrom = 0;
			return {text: s.text, fromFrame: 0, durationInFrames: 0};
		}
		const ideal = leadFrames + Math.round(((readingFrames - leadFrames) * before) / total);
		// Never start a step before the previous one has finished fading in (a still frame between).
		const fromFrame = Math.max(ideal, lastFrom + stepFrames + 1);
		before += weights[k]!;
		lastFrom = fromFrame;
		return {text: s.text, fromFrame, durationInFrames: stepFrames};
	});
};

/** The still ranges: after each fade until the next step starts, and after the last until the end. */
const stillsOf = ({steps, durationInFrames}: {steps: RevealStep[]; durationInFrames: number}): FrameRange[] => {
	const stills: FrameRange[] = [];
	steps.forEach((step, k) => {
		const from = step.fromFrame + step.durationInFrames;
		const end = steps[k + 1]?.fromFrame ?? durationInFrames;
		if (end > from) stills.push({from, durationInFrames: end - from});
	});
	return stills;
};

/** Each drawn line cut where the step changes. Lines are substrings of `text`, in order (breakLines drops only spaces). */
const cutLinesBySteps = ({text, lines, steps}: {text: string; lines: string[]; steps: Span[]}): RevealPiece[][] => {
	const stepAt = (offset: number) =>
		Math.max(
			0,
			steps.findIndex((s) => offset >= s.start && offset < s.end),
		);
	let cursor = 0;
	return lines.map((line) => {
		const start = text.indexOf(line, cursor);
		if (start < 0) throw new InternalError({code: 'PLAN', problem: `line "${line}" is not in the quote's text after offset ${cursor}`});
		cursor = start + line.length;
		const pieces: RevealPiece[] = [];
		for (let i = 0; i < line.length; ) {
			const step = stepAt(start + i);
			let j = i + 1;
			while (j < line.length && stepAt(start + j) === step) j++;
			pieces.push({text: line.slice(i, j), step});
			i = j;
		}
		return pieces;
	});
};

/** `http://mp.weixin.qq.com/s?…` → `mp.weixin.qq.com`. */
const hostOf = (url: string): string => {
	try {
		return new URL(url).host.replace(/^www\./, '');
	} catch {
		return url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0] ?? '';
	}
};

/** Event · date · author (or outlet) · source host, on one line; null when the talk names none of them. */
const attributionOf = ({talk, box}: {talk: Talk; box: TextBox}): TextBlock | null => {
	const m = talk.metadata;
	const date = m.date ?? m.source.publishedAt?.slice(0, 10);
	const parts = [m.event, date, m.source.author ?? m.source.outlet, m.source.url === undefined ? undefined : hostOf(m.source.url)].filter(
		(p): p is string => p !== undefined && p.trim() !== '',
	);
	if (parts.length === 0) return null;
	return fitTextBlock({text: parts.join('  ·  '), box});
};
