import {isUnnamedSpeaker} from './unnamed-speaker';
import {isNumberedSpeaker} from './name-speakers';
import {isRoleLabel} from './person-name';
import {foldToSimplified} from '../text/fold-to-simplified';
import type {SpeakerRole, Turn} from './talk-schema';

/** A speaker whose speech turns end on a question at least this often asks for a living: the host… */
const HOST_ASKING_SHARE = 1 / 3;
/** …and take at least this share of the turns of the speaker who takes most: a meeting's participant who speaks once, with a question, is no host. */
const HOST_MIN_TURNS_SHARE = 1 / 2;
/** A meeting's chair opens it, takes the most turns and asks at least this often (handing over, moderating). */
const CHAIR_ASKING_SHARE = 1 / 5;
/** Rule 5: the opener leads unless someone asks clearly more often (one in seven against one in eight is noise: a co-hosted show). */
const OPENER_ASKING_MARGIN = 0.8;
/** What a meeting's chair says to open it, after a lobby's small talk: "let's get started", "we can just begin", "welcome everyone to the … call". */
const CHAIR_SAYS = [
	/\b(?:let'?s (?:just |go ahead and )?(?:get (?:it |this )?started|begin|jump (?:right )?in|dive (?:right )?in|kick (?:it|things|this) off)\b|we (?:can|could|should) (?:probably |just |go ahead and )?(?:get (?:it |this )?started|begin|kick (?:it|things|this) off)\b|we (?:can|could) (?:just )?start[.!,]|(?:we'll|i'll) kick (?:it|things|this) off\b|welcome,? (?:(?:everyone|everybody|all|folks),? )?to (?:the |our |this |today's )?(?:[\w'#-]+ ){0,4}(?:call|meeting|breakout|session|sync)\b)/i,
	/我们(?:现在)?(?:就)?(?:开始|正式开始)(?:吧|了)?[。，,]|会议(?:现在)?开始/,
];
/** The chair's opening words count in this first share of the speech turns (at least the first three). */
const CHAIR_OPENING_SHARE = 1 / 4;

/** What may follow a role's name: a number or a letter (`Host 2`, `學生 A`, `主持人A`), not a plural's `s`. */
const ROLE_SUFFIX = String.raw`(?:\s?\d{1,2}|\s[a-z]|(?<=\p{sc=Han})[a-z])?`;
/**
 * Speakers the transcript names by their role rather than their name: `主持人：`, `Host:`,
 * `Moderator:`, `司儀：`, `MC:`. A number or a letter may follow (`主持人A`, `Host 2`).
 */
const HOST_NAME = new RegExp(`^(?:host|co-?host|moderator|interviewer|mc|emcee|master of ceremonies|anchor|主持人|主持|司仪)${ROLE_SUFFIX}$`, 'iu');
/**
 * …and the audience's: a questioner from the floor, a student, a caller is never the host,
 * however often they ask (`提問者`, `Q7`, `學生 A`, `Audience member`). A bare `Q:` or `問：`
 * is an interview's interviewer, and may be; so may `Participant 1`, as tools that hide
 * names call everyone.
 */
const AUDIENCE_NAME = new RegExp(
	String.raw`^(?:q\s?\d{1,2}|questioner|audience(?: member)?|caller|listener|student|提问者|提问人|听众|观众|学生|现场青年)${ROLE_SUFFIX}$`,
	'iu',
);

const nameSays = (re: RegExp, name: string | undefined) => re.test(foldToSimplified((name ?? '').trim()));

/** The speaker the transcript names by the role (HOST_NAME); of several (a `司儀` and a `主持人`), the one with the most speech turns, the first named on a tie. */
const namedHost = ({turns, speakerIds, names}: {turns: readonly Turn[]; speakerIds: readonly string[]; names: readonly string[]}): string | undefined => {
	const named = speakerIds.filter((_, i) => nameSays(HOST_NAME, names[i]));
	if (named.length < 2) return named[0];
	const count = (id: string) => turns.filter((t) => t.kind === 'speech' && t.speakerIds.includes(id)).length;
	return named.reduce((best, id) => (count(id) > count(best) ? id : best));
};

/**
 * Who hosts a talk of several speakers, from what hosts do:
 * 1. the host the source names (`hostId`), or the speaker it names by the role
 *    (`主持人：`, `Host:`, `Moderator:`, `司儀：`, `MC:`; HOST_NAME);
 *    a speaker named as the audience (`提問者`, `Q7`, `Student A`) is never the host;
 * 2. else the one who opens the talk, takes the most speech turns and asks at least
 *    CHAIR_ASKING_SHARE of the time: a meeting's chair, who hands over and moderates
 *    while a participant asks for help (the Podman community's calls);
 * 3. else the one speaker who says what a host says — welcomes someone to the show,
 *    introduces "my guest", thanks a guest for being here (`HOST_SAYS`), 欢迎收听 — and
 *    no guest's thanks ("thanks for having me"): a podcast that opens on a cold open of
 *    its guest's best lines, or an excerpt that ends on the guest, is still hosted by the
 *    one who introduces the guest, and a listener whose one question the show answers
 *    ("This week's question comes from Gillian") is not; in the first quarter of the
 *    talk, a meeting's chair's opening ("let's get started", "welcome everyone to the …
 *    call", `CHAIR_SAYS`) counts too, when small talk in the lobby came first;
 * 4. else the one whose speech turns most often end on a question mark, when that is
 *    more than HOST_ASKING_SHARE of their turns and they take at least
 *    HOST_MIN_TURNS_SHARE of the turns the most talkative speaker takes;
 * 5. else the one who opens the talk ("Welcome to the show…", 歡迎回到博恩夜夜秀) when they
 *    also close it or ask at least OPENER_ASKING_MARGIN as often as anyone else — a
 *    conversational show's host asks less than a third of the time but still leads it.
 * The speakers the host calls their co-host (`coHostsOf`: "my co-host, Chris Benson")
 * host it too. The others are guests of a show; in a meeting its chair runs (its turns speak of the
 * meeting, its agenda, its screen, and no one of a show: `isMeeting`) or a talk no one
 * hosts, they are speakers. A talk with one speaker has a `speaker`.
 */
export const inferSpeakerRoles = ({
	turns,
	speakerIds,
	names = [],
	hostId,
}: {
	turns: readonly Turn[];
	speakerIds: readonly string[];
	/** The speakers' display names, in the order of `speakerIds`. */
	names?: readonly string[];
	hostId?: string;
}): Map<string, SpeakerRole> => {
	const roles = new Map<string, SpeakerRole>();
	if (speakerIds.length < 2) {
		for (const id of speakerIds) roles.set(id, 'speaker');
		return roles;
	}
	// The audience's questions do not make a host of them, nor of the one they ask: then the talk has none; nor is a voice no one can name (Otter's, Zoom's `Unknown Speaker`) shown as its host.
	const shownHost = (): string | undefined => {
		const inferred = inferHost({turns, speakerIds});
		const name = names[speakerIds.indexOf(inferred ?? '')];
		return inferred !== undefined && (nameSays(AUDIENCE_NAME, name) || (name !== undefined && isUnnamedSpeaker({name}))) ? undefined : inferred;
	};
	const host = hostId ?? namedHost({turns, speakerIds, names}) ?? shownHost();
	// A guest is someone's guest on a show: in a talk no one hosts, or a meeting its chair runs, the others are speakers; so is the audience, who asks from the floor (`Audience member:`, 提問者).
	const others = host === undefined || isMeeting(turns) ? 'speaker' : 'guest';
	const cohosts = host === undefined ? new Set<string>() : coHostsOf({turns, host, speakerIds, names});
	speakerIds.forEach((id, i) => {
		roles.set(id, id === host || cohosts.has(id) ? 'host' : nameSays(AUDIENCE_NAME, names[i]) ? 'speaker' : others);
	});
	return roles;
};

/**
 * What a host calls a co-host: "my co-host", "To my co-hosts", "my friend and co-host",
 * "our wonderful co-host", "my co host" (as Otter writes it), 我的搭档, 共同主持人 — not "my
 * old co-host" or "my former co-host", someone who no longer is.
 */
const CO_HOST =
	/\b(?:my|our)\s+(?:(?:wonderful|lovely|amazing|awesome|great|fantastic|fellow|trusty|trusted|good|dear|beloved|longtime|long-time|regular|usual|excellent|esteemed|illustrious|fabulous|favou?rite|friend|and|partner|in|crime)\s+){0,4}co[- ]?hosts?\b|我(?:们)?的搭档|共同主持人?/giu;
/** What may come between the word and the name after it: "my co-host, Chris", "my co-host is Chris", "my co-host, the one and only Dr. Chris Benson", 我的搭档：小李. */
const BEFORE_NAME =
	/^\s*[,:：，、—-]?\s*(?:is\s+|was\s+|是)?(?:the\s+(?:one\s+and\s+only|wonderful|lovely|amazing|great)\s+)?(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?/iu;
/** Between two co-hosts' names: "Natalie and Jerod", "Natalie, Jerod", 小李和小王. */
const BETWEEN_NAMES = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|[、和与跟])\s*/iu;
/** After a name said before the word, the word closes the phrase: "Chris, my co-host, …", "Thanks, Dan, my wonderful co-host." — not "Dan, my co-host and I…" nor "Wes, my co-host on Syntax". */
const CLOSES_PHRASE = /^\s*(?:[,.;:!?)—]|who\b|$)/u;
/** The host's first this many mentions of a co-host are read. */
const MAX_CO_HOST_MENTIONS = 100;

/**
 * The speakers a host calls their co-host (`CO_HOST`), in the host's own speech turns:
 * named right after the word ("I'm joined as always by my co-host, Chris Benson", "To my
 * co-hosts, Natalie and Jerod") or right before it, the word closing the phrase ("Thanks,
 * Chris, my co-host."). A name is a speaker's full name, or their first name when no other
 * speaker has it; a speaker the transcript names by a role (`isRoleLabel`: `Guest`, 嘉宾),
 * a number (`isNumberedSpeaker`: `Speaker 2`), as the audience or as no one (`Unknown
 * Speaker`) is no one's co-host. A show's co-host hosts
 * it too: they are no guest of it, and a show of two co-hosts has no guest at all
 * (Practical AI's Fully Connected episodes).
 */
export const coHostsOf = ({
	turns,
	host,
	speakerIds,
	names,
}: {
	turns: readonly Turn[];
	host: string;
	speakerIds: readonly string[];
	names: readonly string[];
}): Set<string> => {
	const full = speakerIds.map((_, i) => foldToSimplified((names[i] ?? '').trim()).toLowerCase());
	const firsts = full.map((n) => n.split(/\s+/)[0] ?? '');
	const candidates = speakerIds.flatMap((id, i) => {
		const name = full[i] ?? '';
		const raw = names[i] ?? '';
		if (id === host || name === '' || isRoleLabel(raw) || isNumberedSpeaker(raw) || nameSays(AUDIENCE_NAME, raw) || isUnnamedSpeaker({name: raw})) return [];
		const first = firsts[i] ?? '';
		const forms = [name, ...(first !== name && firsts.filter((f) => f === first).length === 1 ? [first] : [])].filter((f) => [...f].length >= 2);
		return [{id, forms}];
	});
	/** The speaker whose name `text` opens on, and where the name ends. */
	const opensOn = (text: string): {id: string; end: number} | undefined => {
		for (const {id, forms} of candidates)
			for (const form of forms)
				if (text.startsWith(form) && (/\p{sc=Han}/u.test(form) || !/^[\p{L}\p{N}]/u.test(text.slice(form.length)))) return {id, end: form.length};
		return undefined;
	};
	/** The speaker whose Latin name `text` closes on (a comma and an "and" after it allowed). */
	const closesOn = (text: string): string | undefined => {
		const trimmed = text.replace(/[\s,]*(?:and\s*)?$/u, '');
		for (const {id, forms} of candidates)
			for (const form of forms) if (trimmed.endsWith(form) && !/[\p{L}\p{N}]$/u.test(trimmed.slice(0, -form.length))) return id;
		return undefined;
	};
	const found = new Set<string>();
	let seen = 0;
	for (const t of turns) {
		if (t.kind !== 'speech' || t.speakerIds.length !== 1 || t.speakerIds[0] !== host) continue;
		const text = foldToSimplified(t.text).toLowerCase();
		for (const m of text.matchAll(CO_HOST)) {
			// A show names its co-hosts a few times; a hostile turn's thousands cost no more.
			if (++seen > MAX_CO_HOST_MENTIONS) return found;
			const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
			let rest = after.replace(BEFORE_NAME, '');
			// One name, or, after the plural, several.
			for (let named = opensOn(rest); named !== undefined; named = /hosts$/.test(m[0]) ? opensOn(rest) : undefined) {
				found.add(named.id);
				const next = rest.slice(named.end);
				const gap = BETWEEN_NAMES.exec(next);
				if (gap === null) break;
				rest = next.slice(gap[0].length);
			}
			if (CLOSES_PHRASE.test(after)) {
				const before = closesOn(text.slice(Math.max(0, m.index - 60), m.index));
				if (before !== undefined) found.add(before);
			}
		}
	}
	return found;
};

/**
 * What only a meeting says of itself, as it happens: this meeting, a screen shared,
 * someone on mute, its recording, who hears whom, action items. "The call", an agenda and
 * 会议 are what a conversation may be about.
 */
const MEETING_SAYS = [
	/\b(?:(?:this|today's) meeting\b|(?:the |our )?next (?:meeting|call) is\b|screen ?shar|(?:see|share) (?:my|your|the) screen\b|(?:we're|we are|is this|are we) (?:still )?(?:recording|transcribing)\b|(?:you're|you are|I was|I'm) (?:still )?(?:on )?mute(?:d)?\b|unmute\b|can (?:everyone|everybody|you all|y'all|you guys) hear me\b|take (?:it|this) offline\b|quick sync\b|action items?\b)/i,
	/(?:共享|分享)(?:一下)?(?:我的)?(?:屏幕|萤幕)|(?:开|打开)(?:一下)?麦|(?:你|您)(?:那边)?(?:还)?(?:是)?静音|本次会议|今天的(?:会议|周会|例会)|这次(?:会议|周会|例会)|会议纪要|(?:听|听得)(?:到|见)我(?:说话)?吗/,
];
/**
 * What a show or an interview says of itself: its listeners, this episode, its channel,
 * who joins the host (a podcast about meetings is still a show).
 */
const SHOW_SAYS = [
	/\b(?:podcast|(?:this|last|next|today's) episode|(?:our|the) listeners|listeners out there|(?:the|this|our) show\b|the channel\b|I'm joined (?:today |here )?by|thanks for taking the time)/i,
	/节目|听众朋友|本期|这一期|播客|今天(?:邀请|请)到|坐在我(?:对面|旁边)的是/,
];
/** At least this many speech turns say what a meeting says… */
const MEETING_TURNS = 2;

/** A meeting, not a show: its turns say so (MEETING_SAYS) at least MEETING_TURNS times, and no one says what a show, its host or its guest says (SHOW_SAYS, HOST_SAYS, GUEST_SAYS). */
const isMeeting = (turns: readonly Turn[]): boolean => {
	let meeting = 0;
	for (const t of turns) {
		if (t.kind !== 'speech') continue;
		const text = foldToSimplified(t.text);
		if (matches(HOST_SAYS, text) || matches(GUEST_SAYS, text) || matches(SHOW_SAYS, text)) return false;
		if (matches(MEETING_SAYS, text)) meeting++;
	}
	return meeting >= MEETING_TURNS;
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

/** Whether any of `patterns` matches `folded`, a text already folded to Simplified characters. */
const matches = (patterns: readonly RegExp[], folded: string): boolean => patterns.some((re) => re.test(folded));
/** Whether any of `patterns` matches `text`, folded once to Simplified characters (the Chinese patterns are written in them). */
const says = (patterns: readonly RegExp[], text: string): boolean => matches(patterns, foldToSimplified(text));

/** Whether `text` says what a host says: welcomes someone to the show, introduces "my guest", thanks a guest for being here (`HOST_SAYS`). */
export const saysWhatAHostSays = (text: string): boolean => says(HOST_SAYS, text);

/** The one speaker who says what a host says and never what a guest says (rule 3), or undefined. */
const introducer = ({turns, speakerIds}: {turns: readonly Turn[]; speakerIds: readonly string[]}): string | undefined => {
	const hosting = new Set<string>();
	const guesting = new Set<string>();
	let speech = 0;
	for (const t of turns) if (t.kind === 'speech') speech++;
	const opening = Math.max(3, CHAIR_OPENING_SHARE * speech);
	let seen = 0;
	for (const t of turns) {
		if (t.kind === 'speech') seen++;
		const [only, ...others] = t.speakerIds;
		if (t.kind !== 'speech' || only === undefined || others.length > 0 || !speakerIds.includes(only)) continue;
		if (saysWhatAHostSays(t.text) || (seen <= opening && says(CHAIR_SAYS, t.text))) hosting.add(only);
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
	let mostTurns = 0;
	for (const t of tally.values()) mostTurns = Math.max(mostTurns, t.turns);
	const openerTally = opener === undefined ? undefined : tally.get(opener);
	if (opener !== undefined && speakerIds.includes(opener) && openerTally?.turns === mostTurns && asking(opener) >= CHAIR_ASKING_SHARE) return opener;
	let host: string | undefined;
	let best = HOST_ASKING_SHARE;
	let mostAsking = 0;
	for (const id of speakerIds) {
		mostAsking = Math.max(mostAsking, asking(id));
		if (asking(id) > best && (tally.get(id)?.turns ?? 0) >= HOST_MIN_TURNS_SHARE * mostTurns) {
			best = asking(id);
			host = id;
		}
	}
	const introduces = introducer({turns, speakerIds});
	if (introduces !== undefined) return introduces;
	if (host !== undefined) return host;
	if (opener === undefined || !speakerIds.includes(opener)) return undefined;
	return opener === closer || asking(opener) >= OPENER_ASKING_MARGIN * mostAsking ? opener : undefined;
};
