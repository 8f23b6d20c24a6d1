import {foldToSimplified} from '../text/fold-to-simplified';
import type {SpeakerRole, Turn} from './talk-schema';

/** A speaker whose speech turns end on a question at least this often asks for a living: the host. */
const HOST_ASKING_SHARE = 1 / 3;

/**
 * Who hosts a talk of several speakers, from what hosts do:
 * 1. the host the source names (`hostId`);
 * 2. else the one whose speech turns most often end on a question mark, when that is
 *    more than HOST_ASKING_SHARE of their turns;
 * 3. else the one speaker who says what a host says — welcomes someone to the show,
 *    introduces "my guest", thanks a guest for being here (`HOST_SAYS`), 欢迎收听 — and
 *    no guest's thanks ("thanks for having me"): a podcast that opens on a cold open of
 *    its guest's best lines, or an excerpt that ends on the guest, is still hosted by the
 *    one who introduces the guest;
 * 4. else the one who opens the talk ("Welcome to the show…", 歡迎回到博恩夜夜秀) when they
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

/** What a host says of the show and its guest. */
const HOST_SAYS = [
	/\b(?:welcome (?:back )?to (?:the |our |this )?(?:[\w']+ ){0,3}(?:show|podcast|episode|program|programme)|(?:today|tonight|this week)?,? ?my guests? (?:today |tonight |this week )?(?:is|are)\b|my guests? (?:today|tonight|this week)\b|i'?m your host|joining me (?:today|tonight|now|this week|here)|(?:thank you|thanks) (?:so much |very much )?for (?:being here|joining (?:us|me)|coming on|being on the (?:show|podcast))|with that,? i bring you|please welcome|(?:in|on) (?:this|today's) (?:episode|show),? you'll hear from|here with me (?:today |now )?(?:is|are)\b)/i,
	/欢迎(?:收听|收看|来到|回到)|我是(?:本期|今天的)?(?:节目)?主持人|今天的(?:嘉宾|来宾)|我们(?:今天)?(?:请到|邀请到)了?/,
];
/** What a guest says of being on the show. */
const GUEST_SAYS = [
	/\b(?:thanks?|thank you)(?: so much| very much)? for having (?:me|us)\b|\b(?:great|good|glad|happy|excited) to be (?:here|on the (?:show|podcast))\b/i,
	/谢谢(?:你的)?邀请|感谢(?:你的)?邀请|很高兴来到/,
];

const says = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(foldToSimplified(text)));

/** Whether `text` says what a host says: welcomes someone to the show, introduces "my guest", thanks a guest for being here (`HOST_SAYS`). */
export const saysWhatAHostSays = (text: string): boolean => says(HOST_SAYS, text);

/** The one speaker who says what a host says and never what a guest says (rule 3), or undefined. */
const introducer = ({turns, speakerIds}: {turns: readonly Turn[]; speakerIds: readonly string[]}): string | undefined => {
	const hosting = new Set<string>();
	const guesting = new Set<string>();
	for (const t of turns) {
		const [only, ...others] = t.speakerIds;
		if (t.kind !== 'speech' || only === undefined || others.length > 0 || !speakerIds.includes(only)) continue;
		if (saysWhatAHostSays(t.text)) hosting.add(only);
		if (says(GUEST_SAYS, t.text)) guesting.add(only);
	}
	const candidates = [...hosting].filter((id) => !guesting.has(id));
	return candidates.length === 1 ? candidates[0] : undefined;
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
	if (host !== undefined) return host;
	const introduces = introducer({turns, speakerIds});
	if (introduces !== undefined) return introduces;
	if (opener === undefined || !speakerIds.includes(opener)) return undefined;
	return opener === closer || asking(opener) >= mostAsking ? opener : undefined;
};
