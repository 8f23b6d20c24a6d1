import type {SpeakerRole, Turn} from './talk-schema';

/**
 * The host is the speaker who asks: the one whose speech turns most often end on a
 * question mark, when that is at least a third of their turns; the others are guests.
 * A host the source names (`hostId`) wins. A talk with one speaker has a `speaker`.
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
	let host: string | undefined = hostId;
	let best = 1 / 3;
	for (const id of host === undefined ? speakerIds : []) {
		const own = turns.filter((t) => t.kind === 'speech' && t.speakerIds.length === 1 && t.speakerIds[0] === id);
		const asking = own.filter((t) => /[?？]\s*$/.test(t.text)).length;
		const share = own.length === 0 ? 0 : asking / own.length;
		if (share > best) {
			best = share;
			host = id;
		}
	}
	for (const id of speakerIds) roles.set(id, id === host ? 'host' : 'guest');
	return roles;
};
