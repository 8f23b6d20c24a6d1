import type {SpeakerRole, Turn} from './talk-schema';

/** A speaker whose speech turns end on a question at least this often asks for a living: the host. */
const HOST_ASKING_SHARE = 1 / 3;

/**
 * Who hosts a talk of several speakers, from what hosts do:
 * 1. the host the source names (`hostId`);
 * 2. else the one whose speech turns most often end on a question mark, when that is
 *    more than HOST_ASKING_SHARE of their turns;
 * 3. else the one who opens the talk ("Welcome to the show…", 歡迎回到博恩夜夜秀) when they
 *    also close it or ask at least as often as anyone else — a conversational show's host
 *    asks less than a third of the time but still leads it.
 * The others are guests. A talk with one speaker has a `speaker`.
 */
export const inferSpeakerRoles = ({
	turns,
	speakerIds,
	hostId,
}: {
	turns: readonly Turn[];
	speakerIds: readonly string[];
	hostId?: string;
}): Map<string, SpeakerRole> => {
	const roles = new Map<string, SpeakerRole>();
	if (speakerIds.length < 2) {
		for (const id of speakerIds) roles.set(id, 'speaker');
		return roles;
	}
	const host = hostId ?? inferHost({turns, speakerIds});
	for (const id of speakerIds) roles.set(id, id === host ? 'host' : 'guest');
	return roles;
};

const inferHost = ({turns, speakerIds}: {turns: readonly Turn[]; speakerIds: readonly string[]}): string | undefined => {
	// One pass: each speaker's turns said alone and how many end on a question.
	const tally = new Map<string, {turns: number; questions: number}>();
	let opener: string | undefined;
	let closer: string | undefined;
	for (const t of turns) {
		const [only, ...others] = t.speakerIds;
		if (t.kind !== 'speech' || only === undefined || others.length > 0) continue;
		const own = tally.get(only) ?? {turns: 0, questions: 0};
		own.turns++;
		if (/[?？]\s*$/.test(t.text)) own.questions++;
		tally.set(only, own);
		opener ??= only;
		closer = only;
	}
	const asking = (id: string) => {
		const own = tally.get(id);
		return own === undefined ? 0 : own.questions / own.turns;
	};
	let host: string | undefined;
	let best = HOST_ASKING_SHARE;
	let mostAsking = 0;
	for (const id of speakerIds) {
		mostAsking = Math.max(mostAsking, asking(id));
		if (asking(id) > best) {
			best = asking(id);
			host = id;
		}
	}
	if (host !== undefined || opener === undefined || !speakerIds.includes(opener)) return host;
	return opener === closer || asking(opener) >= mostAsking ? opener : undefined;
};
