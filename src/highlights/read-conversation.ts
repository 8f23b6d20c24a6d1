import {saysWhatAHostSays} from '../talk/infer-speaker-roles';
import type {Talk, Turn} from '../talk/talk-schema';
import {soundAfter} from '../talk/sound-after';

/**
 * What the shape of the conversation says about a line, read from the Talk itself (not
 * from the roles the talk gives, which a transcript seldom states): who asks and who
 * answers, who holds the floor, where the show frames itself, and where the talk is a
 * quick exchange of remarks rather than someone explaining something.
 *
 * An editor quotes the people who carry a conversation — the guest who answers at
 * length — and leaves out the host's questions, the greetings at the start and the
 * goodbyes at the end, and the banter: runs of short turns, laughter, jokes that mean
 * nothing out of context.
 */
type SpeakerHabits = {
	/** Share of the speaker's speech turns that hold a question (？ / ?): a host asks. */
	asks: number;
	/**
	 * The speaker says the talk's first words, someone else speaks too, and they ask at
	 * least OPENER_ASKS of the share of questions the most asking speaker does: on a show,
	 * the host who opens it. A guest who speaks first because an edit cut the host's
	 * introduction (the seed's Brian Chesky: 谢谢，大家好。) is no host; a talk of one
	 * voice has none; and nor is a speaker another introduces or welcomes by name ("Today
	 * my guest is Ben Horowitz.", "Ben, thank you so much for being here"): a guest heard
	 * first, in a podcast's cold open of the guest's best lines. Nor does a show its
	 * co-hosts carry alone have one (`interviewersOf`).
	 */
	opensTalk: boolean;
	/**
	 * How long the speaker's turns are against the speaker who talks longest per turn:
	 * log₂ of the ratio of their mean turn lengths (0 for that speaker, −1 for half as long,
	 * at least −3). A guest explains at length; a host prompts.
	 */
	floor: number;
};

type TurnSetting = {
	/**
	 * How much the turns around this one say: log₂ of the mean length of the CONTEXT_TURNS
	 * speech turns before and after it against the talk's mean turn length, within ±2. Low
	 * in a quick exchange of remarks (banter), high in a run of long answers.
	 */
	exchange: number;
	/**
	 * The turn is among the first or last FRAME_SHARE of the talk's speech turns (at least
	 * FRAME_TURNS): greetings, introductions, goodbyes. A talk of fewer than 4 × FRAME_TURNS
	 * turns (an excerpt, a short statement) has no frame.
	 */
	framing: boolean;
	/** The turn answers: the speech turn before it is another speaker's and holds a question. */
	answers: boolean;
	/** Laughter right after the turn: a sound heard right after its last word (`soundAfter`: also `[laughs]` opening the next turn), or the next turn opening on 哈哈 or an uncut `[laughter]` (`hasLaughter`). */
	laughterAfter: boolean;
};

export type Conversation = {speakers: ReadonlyMap<string, SpeakerHabits>; turns: ReadonlyMap<string, TurnSetting>};

const CONTEXT_TURNS = 3;
const OPENER_ASKS = 0.5;
const FRAME_SHARE = 0.04;
const FRAME_TURNS = 3;
const MIN_FLOOR = -3;
const QUESTION = /[?？]/;
const LAUGHTER =
	/\[(?:laughter|laughs|laughing|chuckles)\]|\((?:laughter|laughs|laughing|chuckles)\)|[（(][^）)]{0,6}笑[^）)]{0,6}[）)]|[[【][^\]】]{0,6}笑[^\]】]{0,6}[\]】]|哈哈|\bhaha\b|\blol\b/i;

/** Whether `text` marks laughter: `[laughter]`, `(laughs)`, `(笑)`, `【笑】`, 哈哈, "haha": a joke, which seldom survives being cut out. */
export const hasLaughter = (text: string): boolean => LAUGHTER.test(text);

/**
 * The talk's hosts who host someone: every host when another speaks who is no host, none
 * in a show its co-hosts carry alone (Practical AI's Fully Connected episodes), where no
 * one's lines are prompts for a guest and no one opens the show for one.
 */
export const interviewersOf = ({talk}: {talk: Talk}): Set<string> =>
	new Set(isCoHostedAlone({talk}) ? [] : talk.speakers.filter((s) => s.role === 'host').map((s) => s.id));

/** A show of several speakers, every one of them a host: no guest. */
const isCoHostedAlone = ({talk}: {talk: Talk}): boolean => talk.speakers.length > 1 && talk.speakers.every((s) => s.role === 'host');

/** Whether someone else says what a host says in a turn that names the speaker (a first or last name of theirs, of two letters or more). */
const isIntroducedByAnother = ({speech, speakerId, talk}: {speech: readonly Turn[]; speakerId: string; talk: Talk}): boolean => {
	const name = talk.speakers.find((s) => s.id === speakerId)?.name ?? '';
	const parts = name
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w.length >= 2);
	if (parts.length === 0) return false;
	return speech.some((t) => {
		if (t.speakerIds.includes(speakerId)) return false;
		const words = new Set(t.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
		return parts.some((p) => words.has(p)) && saysWhatAHostSays(t.text);
	});
};

/**
 * Reads the talk's conversation once: each speaker's habits and each speech turn's
 * setting (see `SpeakerHabits`, `TurnSetting`). Linear in the talk's turns. Pure and
 * deterministic.
 */
export const readConversation = ({talk}: {talk: Talk}): Conversation => {
	const all = talk.sections.flatMap((s) => s.turns);
	const speech = all.filter((t) => t.kind === 'speech');
	const speakerOf = (t: Turn) => t.speakerIds[0] ?? '';

	const tally = new Map<string, {turns: number; questions: number; chars: number}>();
	for (const t of speech) {
		const own = tally.get(speakerOf(t)) ?? {turns: 0, questions: 0, chars: 0};
		own.turns++;
		own.chars += t.text.length;
		if (QUESTION.test(t.text)) own.questions++;
		tally.set(speakerOf(t), own);
	}
	let longest = 0;
	let mostAsking = 0;
	for (const s of tally.values()) {
		longest = Math.max(longest, s.chars / s.turns);
		mostAsking = Math.max(mostAsking, s.questions / s.turns);
	}
	const first = speech[0] === undefined ? undefined : speakerOf(speech[0]);
	const introducedFirst = first !== undefined && (isCoHostedAlone({talk}) || isIntroducedByAnother({speech, speakerId: first, talk}));
	const speakers = new Map<string, SpeakerHabits>();
	for (const [id, s] of tally) {
		speakers.set(id, {
			asks: s.questions / s.turns,
			opensTalk: id === first && !introducedFirst && tally.size > 1 && s.questions / s.turns >= mostAsking * OPENER_ASKS,
			floor: longest === 0 ? 0 : Math.max(MIN_FLOOR, Math.log2(s.chars / s.turns / longest)),
		});
	}

	const meanChars = speech.reduce((a, t) => a + t.text.length, 0) / Math.max(1, speech.length);
	// Prefix sums of turn lengths: the mean of any window of neighbours in O(1).
	const prefix = [0];
	for (const t of speech) prefix.push((prefix[prefix.length - 1] ?? 0) + t.text.length);
	const frame = Math.max(FRAME_TURNS, Math.ceil(speech.length * FRAME_SHARE));
	const laughAfter = new Set<string>();
	all.forEach((t, i) => {
		const next = all[i + 1];
		if (
			t.kind === 'speech' &&
			next !== undefined &&
			(soundAfter({turns: all, index: i}) !== undefined || (next.kind === 'speech' && hasLaughter(next.text.slice(0, 40))))
		)
			laughAfter.add(t.id);
	});
	const turns = new Map<string, TurnSetting>();
	speech.forEach((t, i) => {
		const from = Math.max(0, i - CONTEXT_TURNS);
		const to = Math.min(speech.length, i + CONTEXT_TURNS + 1);
		const count = to - from - 1;
		const around = count === 0 ? meanChars : ((prefix[to] ?? 0) - (prefix[from] ?? 0) - t.text.length) / count;
		const previous = speech[i - 1];
		turns.set(t.id, {
			exchange: Math.max(-2, Math.min(2, Math.log2(Math.max(1, around) / Math.max(1, meanChars)))),
			framing: speech.length >= 4 * FRAME_TURNS && (i < frame || i >= speech.length - frame),
			answers: previous !== undefined && speakerOf(previous) !== speakerOf(t) && QUESTION.test(previous.text),
			laughterAfter: laughAfter.has(t.id),
		});
	});
	return {speakers, turns};
};
