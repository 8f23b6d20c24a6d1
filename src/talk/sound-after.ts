import {isReactionSound, saysAWord} from './non-speech';
import type {Turn} from './talk-schema';

/** A sound heard within a turn is right after a line that ends this close to it, with no word between (`."` and spaces). */
const NEAR_CHARS = 16;

/**
 * The reaction heard right after the speech turn at `index` of `turns` (a talk's turns in
 * order), or right after its text up to `end` when given (a quote that ends there): a
 * sound heard within the turn where that text ends (`at`, no word between); when the
 * text runs to the turn's last words, the first sound heard after them (cut from its end,
 * or a sound cue of its own), else the first heard before the next speech turn's first
 * word (`[laughs] Yeah, …` answers the line before it). A transcriber's mark, music or a
 * break is no reaction (`isReactionSound`). Reads only the sounds around the turn.
 */
export const soundAfter = ({turns, index, end}: {turns: readonly Turn[]; index: number; end?: number}): Turn | undefined => {
	const turn = turns[index];
	if (turn === undefined) return undefined;
	const reaction = (t: Turn | undefined): t is Turn => t !== undefined && isReactionSound(t.text);
	const toEnd = end === undefined || !saysAWord(turn.text.slice(end));
	const rightAfter = (at: number): boolean =>
		end !== undefined && Math.abs(at - end) <= NEAR_CHARS && !saysAWord(turn.text.slice(Math.min(at, end), Math.max(at, end)));
	let i = index + 1;
	for (; i < turns.length && turns[i]?.kind === 'reaction'; i++) {
		const sound = turns[i];
		if (!reaction(sound)) continue;
		if (sound.heard === 'within' && sound.at !== undefined && rightAfter(sound.at)) return sound;
		if (sound.heard === undefined && toEnd) return sound;
	}
	if (!toEnd || i >= turns.length) return undefined;
	for (let j = i + 1; j < turns.length && turns[j]?.kind === 'reaction'; j++) if (turns[j]?.heard === 'before' && reaction(turns[j])) return turns[j];
	return undefined;
};
