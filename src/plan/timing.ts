import {readingTimeMs} from '../text/reading-time';

/**
 * Every duration of the recap, in one place. Scene lengths are in ms and become frames
 * through `msToFrames` only.
 */

/** Title card: long enough to read a two-line title and three names (≈ 2 s) plus a beat. */
export const TITLE_MS = 4000;
/** Section slide: a number and a short title, read at a glance. */
export const SECTION_MS = 2500;
/** Outro: the source line and the "made with" line. */
export const OUTRO_MS = 4000;
/**
 * A cross-fade/slide between scenes; consecutive scenes overlap by this much. 0.4 s is
 * the short end of the usual 0.3–1 s dissolve: a cut softened, not a pause; every
 * frame of a transition is drawn, so it is also what a scene change costs to render.
 */
export const TRANSITION_MS = 400;
/**
 * Time to find a new card's first word before reading starts. Subtitle guides add a
 * similar lead-in: BBC Subtitle Guidelines (2.3, "Timing") and Netflix Timed Text Style
 * Guide keep a minimum of 5/6 s per event because the eye needs to land first.
 */
export const CARD_LEAD_MS = 700;
/** Shortest quote card: Netflix's minimum event of 5/6 s is for subtitles under moving
 * pictures; a full-screen card with a name label needs more, so 2.5 s. */
export const MIN_CARD_MS = 2500;
/** Longest quote card: beyond ~10 s a still card drags; the fitter splits longer text. */
const MAX_CARD_MS = 10_000;

/**
 * A scene's contents rise and fade in over this much (8 frames at 30 fps), or over its
 * incoming transition when that is longer: they rise while the scene fades or slides in,
 * so the frames of a transition are the frames of the entry, drawn once. The scene keeps
 * ENTRY_MS in its length after the transition, as still reading time.
 */
export const ENTRY_MS = 267;

/**
 * The scene-local frame where a scene's entry ends and its picture holds still: the end
 * of its incoming transition, or `entryFrames` for a scene without one (the first scene,
 * a clip). The planner starts the still range here and the video's entries are clamped
 * to end exactly here.
 */
export const entryEndFrame = ({transitionInFrames, entryFrames}: {transitionInFrames: number; entryFrames: number}): number =>
	Math.max(transitionInFrames, entryFrames);
/** One reveal step of a quote clip fades in over this much (9 frames at 30 fps). */
export const REVEAL_STEP_MS = 300;
/**
 * In a voiced clip, a reveal step fades in over this much (5 frames at 30 fps), ending
 * as its first word is said: the voice announces it, so a short fade reads as smooth,
 * and every frame of a fade is one the renderer draws.
 */
export const VOICED_REVEAL_STEP_MS = 167;
/** After a clip's last phrase has been read, the whole quote stays up this long (the share moment). */
export const CLIP_HOLD_MS = 1500;
/** A reveal step holds at least this much reading (≈ 11 Chinese characters or 4 English words); shorter phrases join the next. */
export const MIN_REVEAL_STEP_MS = 1200;

/** Frame rate of the recap and the clips unless told otherwise. */
export const DEFAULT_FPS = 30;
/** The recap's longest running time unless told otherwise (`--max-seconds`). */
export const DEFAULT_MAX_SECONDS = 180;
/** The recap's size unless told otherwise. */
export const DEFAULT_WIDTH = 1920;
export const DEFAULT_HEIGHT = 1080;

/** The one ms → frames conversion (rounded to the nearest frame). */
export const msToFrames = ({ms, fps}: {ms: number; fps: number}): number => Math.round((ms * fps) / 1000);

/** The one frames → ms conversion: when frame `frames` starts, in whole ms (rounded to the nearest). */
export const framesToMs = ({frames, fps}: {frames: number; fps: number}): number => Math.round((frames * 1000) / fps);

/** How long one quote card stays readable (excluding transitions and entry animation). */
export const cardReadingMs = ({text}: {text: string}): number => Math.min(MAX_CARD_MS, Math.max(MIN_CARD_MS, CARD_LEAD_MS + readingTimeMs({text})));

/** The most reading one card holds: a longer quote goes on several cards (`splitIntoCards` with `maxReadingMs`), so that each is read in its time. */
export const MAX_CARD_READING_MS = MAX_CARD_MS - CARD_LEAD_MS;

/** How many cards a quote that reads for `readingMs` takes, at the least (the box may ask for more). */
const quoteCardCount = ({readingMs}: {readingMs: number}): number => Math.max(1, Math.ceil(readingMs / MAX_CARD_READING_MS));

/**
 * What one quote costs of the recap's time, in ms: for each of its cards (a quote read
 * for longer than MAX_CARD_READING_MS takes several, its reading shared evenly), the
 * card's reading time, the transition into it (consecutive scenes overlap by one) and
 * its entry. Selection fills its budget with this estimate; the planner then checks the
 * real cards, so it only has to be close and never optimistic for a one-card quote.
 */
export const quoteCostMs = ({text}: {text: string}): number => {
	const readingMs = readingTimeMs({text});
	const cards = quoteCardCount({readingMs});
	return cards * (Math.min(MAX_CARD_MS, Math.max(MIN_CARD_MS, CARD_LEAD_MS + readingMs / cards)) + TRANSITION_MS + ENTRY_MS);
};

/**
 * Sound. A quote card plays the speaker saying it: the span of the recording from just
 * before its first word to just after its last. The lead keeps the first consonant and
 * breath that word times (and subtitle cues, which are timed for the eye) tend to cut;
 * the tail keeps the last word's decay. Each is halved when the turn's previous or next
 * word is nearer, so a span does not take in its neighbours' words.
 */
export const SPEECH_LEAD_MS = 150;
export const SPEECH_TAIL_MS = 300;
/** Linear fades at a span's edges, inside the lead and tail, so no span starts or stops with a click. */
export const SPEECH_FADE_IN_MS = 40;
export const SPEECH_FADE_OUT_MS = 150;
/**
 * The shortest time words stay marked as being said, on a recap's card and in a clip
 * alike: shorter words are marked with the words after them, so a mark holds two or
 * three words (`the last thirty`, `我们现在`). A voiced quote is listened to, not read
 * against its voice; a mark moving word by word is hard to follow, and every change of
 * mark is a frame the renderer draws (an hour-long episode's recap draws 494 frames at
 * 800 ms where it drew 669 at 400 ms; its 33 clips of the day drew 1057 where they drew 1733).
 */
export const MIN_MARK_MS = 800;
/** A voiced card stays up this long after its speech ends, before its outgoing transition: a breath between voices. */
export const BREATH_MS = 500;

/**
 * How long a quote card holds after its entry: its reading time, or, when it plays
 * `speechMs` of the recording (which starts with the entry), long enough for the speech
 * and a breath after it, whichever is longer.
 */
export const cardHoldMs = ({text, speechMs}: {text: string; speechMs: number | null}): number =>
	speechMs === null ? cardReadingMs({text}) : Math.max(cardReadingMs({text}), speechMs + BREATH_MS - ENTRY_MS);

/** `quoteCostMs` of a quote whose cards play `speechMs` of the recording between them (null: silent cards). */
export const voicedQuoteCostMs = ({text, speechMs}: {text: string; speechMs: number | null}): number => {
	if (speechMs === null) return quoteCostMs({text});
	const readingMs = readingTimeMs({text});
	const cards = quoteCardCount({readingMs});
	const readMs = Math.min(MAX_CARD_MS, Math.max(MIN_CARD_MS, CARD_LEAD_MS + readingMs / cards));
	return cards * (Math.max(readMs, speechMs / cards + BREATH_MS - ENTRY_MS) + TRANSITION_MS + ENTRY_MS);
};
/** The music bed (`--music`) fades in at the start and out at the end, and ramps into and out of each dip under speech over this much. */
export const MUSIC_FADE_IN_MS = 1000;
export const MUSIC_FADE_OUT_MS = 2000;
export const MUSIC_DUCK_RAMP_MS = 400;
