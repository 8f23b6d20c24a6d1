import type {Talk} from '../talk/talk-schema';
import type {AudioSpan, SpokenMark} from './plan-schema';
import {type TimedUnit, speechOfRange, timeTurnSpeech} from './time-speech';
import {MIN_MARK_MS, SPEECH_FADE_IN_MS, SPEECH_FADE_OUT_MS, SPEECH_LEAD_MS, SPEECH_TAIL_MS, msToFrames} from './timing';

/** The recording a plan plays, as the planner is told of it. */
export type MediaRef = {
	/** What the plan calls it: a name under public/, as `staticFile` takes it. */
	src: string;
	/** Its length in ms when known (the CLI probes it): no span runs past it. */
	durationMs: number | null;
};

/** A talk's timed speech: when each spoken unit of each timed turn is said in `media`. */
export type TalkSpeech = {media: MediaRef; turns: ReadonlyMap<string, readonly TimedUnit[]>};

/** Every timed turn of the talk, timed once (`timeTurnSpeech`); untimed turns are left out and their quotes are silent. */
export const buildTalkSpeech = ({talk, media}: {talk: Talk; media: MediaRef}): TalkSpeech => {
	const turns = new Map<string, readonly TimedUnit[]>();
	for (const section of talk.sections) {
		for (const turn of section.turns) {
			if (turn.kind !== 'speech') continue;
			const timed = timeTurnSpeech({turn});
			if (timed !== null) turns.set(turn.id, timed.units);
		}
	}
	return {media, turns};
};

/** A word of a speech span: offsets into the text range it says, and when it starts and ends, in ms from the span's start. */
type SpeechWord = {start: number; end: number; atMs: number; untilMs: number};

/** The span of the recording that says a range of a turn's text, before it is placed in a video. */
export type SpeechSpan = {fromMs: number; toMs: number; fadeInMs: number; fadeOutMs: number; words: SpeechWord[]};

/**
 * The span of the recording that says `[start, end)` of turn `turnId`: from
 * SPEECH_LEAD_MS before its first word to SPEECH_TAIL_MS after its last (each at most
 * half the silence to the turn's word before or after, and inside the recording), with
 * fades inside it; its words timed from the span's start. Null when the turn is untimed
 * or the range holds no spoken word.
 */
export const speechSpanOf = ({speech, turnId, start, end}: {speech: TalkSpeech; turnId: string; start: number; end: number}): SpeechSpan | null => {
	const units = speech.turns.get(turnId);
	if (units === undefined) return null;
	const said = speechOfRange({units, start, end});
	if (said === null) return null;
	const lastMs = speech.media.durationMs ?? Number.POSITIVE_INFINITY;
	const fromMs = Math.max(0, Math.round(said.startMs - Math.min(SPEECH_LEAD_MS, said.gapBeforeMs / 2)));
	const toMs = Math.min(lastMs, Math.round(said.endMs + Math.min(SPEECH_TAIL_MS, said.gapAfterMs / 2)));
	if (toMs <= fromMs) return null;
	const lengthMs = toMs - fromMs;
	return {
		fromMs,
		toMs,
		fadeInMs: Math.min(SPEECH_FADE_IN_MS, Math.floor(lengthMs / 2)),
		fadeOutMs: Math.min(SPEECH_FADE_OUT_MS, Math.floor(lengthMs / 2)),
		words: said.units.map((u) => ({start: u.start - start, end: u.end - start, atMs: u.startMs - fromMs, untilMs: u.endMs - fromMs})),
	};
};

/** How long a span plays, in ms; null for none. */
export const spanLengthMs = (span: SpeechSpan | null): number | null => (span === null ? null : span.toMs - span.fromMs);

/**
 * A speech span placed in a video at frame `atFrame`: the audio span the renderers play,
 * and the marks that follow the voice word by word. A word is marked from the frame it
 * starts until the next mark starts (the last until it ends). A word said in less than
 * MIN_MARK_MS is marked together with the words after it until the mark has lasted that
 * long (`of the way`, `我们现在`): the eye cannot follow a faster change, and every change
 * is a frame the renderer draws. `textOffset` is where the span's text range starts in the
 * shown text, so marks index the text drawn.
 */
export const placeSpeech = ({
	span,
	atFrame,
	fps,
	textOffset = 0,
}: {
	span: SpeechSpan;
	atFrame: number;
	fps: number;
	textOffset?: number;
}): {audio: AudioSpan; marks: SpokenMark[]} => {
	const frameOf = (ms: number) => atFrame + msToFrames({ms, fps});
	const minFrames = Math.max(1, msToFrames({ms: MIN_MARK_MS, fps}));
	const marks: SpokenMark[] = [];
	const words = span.words;
	for (let i = 0; i < words.length; ) {
		const fromFrame = frameOf(words[i]!.atMs);
		// Take words until the next one starts at least minFrames later (or none is left).
		let j = i;
		while (j + 1 < words.length && frameOf(words[j + 1]!.atMs) - fromFrame < minFrames) j++;
		const next = words[j + 1];
		const toFrame = next === undefined ? Math.max(fromFrame + 1, frameOf(words[j]!.untilMs)) : frameOf(next.atMs);
		const last = marks[marks.length - 1];
		if (next === undefined && last !== undefined && toFrame - fromFrame < minFrames) {
			// A short tail joins the mark before it.
			marks[marks.length - 1] = {...last, end: words[j]!.end + textOffset, toFrame};
		} else {
			marks.push({start: words[i]!.start + textOffset, end: words[j]!.end + textOffset, fromFrame, toFrame});
		}
		i = j + 1;
	}
	return {audio: {fromMs: span.fromMs, toMs: span.toMs, atFrame, fadeInMs: span.fadeInMs, fadeOutMs: span.fadeOutMs}, marks};
};

/** The frames an audio span is heard in: `[atFrame, atFrame + its length)`, rounded up to whole frames. */
export const audioFrames = ({audio, fps}: {audio: AudioSpan; fps: number}): {from: number; durationInFrames: number} => ({
	from: audio.atFrame,
	durationInFrames: Math.max(1, Math.ceil(((audio.toMs - audio.fromMs) * fps) / 1000)),
});
