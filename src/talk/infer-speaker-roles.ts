import type {SpeakerRole, Turn} from './talk-schema';

/** A speaker whose speech turns end on a question at least this often asks for a living: the host. */
export const HOST_ASKING_SHARE = 1 / 3;

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
	const alone = turns.filter((t) => t.kind === 'speech' && t.speakerIds.length === 1);
	const asking = new Map<string, number>();
	for (const id of speakerIds) {
		const own = alone.filter((t) => t.speakerIds[0] === id);
		asking.set(id, own.length === 0 ? 0 : own.filter((t) => /[?？]\s*$/.test(t.text)).length / own.length);
	}
	let host: string | undefined;
	let best = HOST_ASKING_SHARE;
	for (const id of speakerIds) {
		const share = asking.get(id) ?? 0;
		if (share > best) {
			best = share;
			host = id;
		}
	}
	if (host !== undefined) return host;
	const opener = alone[0]?.speakerIds[0];
	const closer = alone[alone.length - 1]?.speakerIds[0];
	if (opener === undefined || !speakerIds.includes(opener)) return undefined;
	const mostAsking = Math.max(...[...asking.values()]);
	return opener === closer || (asking.get(opener) ?? 0) >= mostAsking ? opener : undefined;
};
