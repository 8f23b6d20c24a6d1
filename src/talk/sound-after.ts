import {isReactionSound} from './non-speech';
import type {Turn} from './talk-schema';

/**
 * The reaction heard right after the speech turn at `index` of `turns` (a talk's turns in
 * order): the first sound after it that is heard after its last word (cut from its end,
 * or a sound cue of its own), else the first sound heard before the next speech turn's
 * first word (`[laughs] Yeah, …` answers the line before it). A sound heard between the
 * turn's words, or before them, is not after it; a transcriber's mark, music or a break
 * is no reaction (`isReactionSound`). Reads only the sounds around the turn.
 */
export const soundAfter = ({turns, index}: {turns: readonly Turn[]; index: number}): Turn | undefined => {
	const reaction = (t: Turn | undefined) => t !== undefined && isReactionSound(t.text);
	let i = index + 1;
	for (; i < turns.length && turns[i]?.kind === 'reaction'; i++) if (turns[i]?.heard === undefined && reaction(turns[i])) return turns[i];
	if (i >= turns.length) return undefined;
	for (let j = i + 1; j < turns.length && turns[j]?.kind === 'reaction'; j++) if (turns[j]?.heard === 'before' && reaction(turns[j])) return turns[j];
	return undefined;
};
