import {isUnnamedSpeaker} from './unnamed-speaker';
import {InternalError, UserError} from '../errors';
import {detectTalkLanguage} from '../text/detect-language';
import {divideTalk} from './divide-talk';
import {endsSentence, isUnpunctuated} from './find-sentence-ends';
import {
	commaAtCjkCueEnds,
	groupCues,
	joinGroup,
	type Piece,
	type PieceGroup,
	punctuateByPauses,
	speakerKey,
	stickyChapters,
	unpunctuatedStretches,
} from './group-cues';
import {coHostsOf, inferSpeakerRoles} from './infer-speaker-roles';
import {assignSpeakerIds, nameSpeakers} from './name-speakers';
import {splitNonSpeech, WORD_CHAR_WITH_MARKS} from './non-speech';
import {normaliseLanguage} from './normalise-language';
import {placeInTime} from './place-in-time';
import {remapWords} from './remap-words';
import {type Chapter, orderChapters} from './read-chapters';
import {isChineseName, isPersonName} from './person-name';
import type {RawTranscript, RawTurn} from './raw-transcript';
import {chapterAt, lastEndOf, openingTitleFor, sectionByChapters} from './section-by-chapters';
import {checkSpeakerName, checkTime, checkTurnCount} from './talk-limits';
import {type Section, type Speaker, type SpeakerRole, type Talk, TalkSchema, type Turn} from './talk-schema';
import {titleFromFile} from './title-from-file';
import {partitionPoint} from '../text/partition-point';

/** Chapters from outside the transcript (a chapters file beside it), and the file they come from. */
export type ChaptersFile = {chapters: readonly Chapter[]; file: string};

/**
 * A transcript as a reader found it → the Talk. The one owner of every decision after
 * reading, the same for every format (see RawTranscript):
 *
 * 1. times: every time checked against MAX_TIME_MS (the line named); cues taken in time
 *    order, a cue that ends before it starts lasting no time;
 * 2. non-speech: sounds and directions cut out of the text as reactions (`splitNonSpeech`);
 * 3. speakers: a turn without a label is the last named speaker's; labels resolved to
 *    names and ids (`nameSpeakers`); a speaker is listed when they say something, in order
 *    of first speech; a sound goes to the speaker its source names, if they speak, else to
 *    the one heard before it;
 * 4. cues: sentences from pauses when the captions have no punctuation, a speaker's
 *    consecutive cues one turn (`groupCues`); turns: each kept, untimed ones placed in
 *    time between timed ones (`placeInTime`);
 * 5. sections: a chapters file's chapters, else the headings when they divide the turns,
 *    else the file's chapter list for a timed talk (`sectionByChapters`), else one opening
 *    section; a section's times are its chapter's, else its turns';
 * 6. roles (the file's, else the one who asks is the host), metadata (the title from the
 *    file name when the file has none, the language detected when it states none);
 * 7. a long talk still in one section divided into parts (`divideTalk`).
 */
export const assembleTalk = ({
	transcript,
	file,
	slug,
	chaptersFile,
}: {
	transcript: RawTranscript;
	file: string;
	slug: string;
	chaptersFile?: ChaptersFile;
}): {talk: Talk} => {
	const cues = transcript.units === 'cues';
	const raw = cues ? inTimeOrder(transcript.turns) : transcript.turns;
	checkTimes({transcript, raw, file, chaptersFile});

	const pieces = raw.flatMap((turn, from) => piecesOf({turn, from}));
	refuseEmpty({transcript, raw, pieces, file});

	// Speakers: a label holds until the next one (a cue holding only a label or a credit line names who speaks next); speech before the first label is the first labelled speaker's.
	let carried: string[] = [];
	const labelled = raw.map((turn) => {
		if (turn.labels.length > 0) carried = turn.labels;
		return carried;
	});
	// A chapters file that names who speaks when says it for every cue, where the transcript names a speaker only once.
	const speakerTrack =
		cues && chaptersFile !== undefined && isSpeakerTrack({chapters: chaptersFile.chapters, raw}) ? orderChapters(chaptersFile.chapters) : undefined;
	const carriedAt = speakerTrack === undefined ? labelled : labelsBySpeakerTrack({raw, chapters: speakerTrack, labelled});
	const firstLabels = pieces.map((p) => carriedAt[p.from] ?? []).find((l, i) => l.length > 0 && pieces[i]?.kind === 'speech') ?? [];
	const labelsOf = (p: Piece): string[] => {
		const labels = carriedAt[p.from] ?? [];
		return labels.length > 0 ? labels : firstLabels;
	};
	const stated = normaliseLanguage(transcript.metadata.language ?? '');
	const language = detectTalkLanguage({
		stated,
		sample: () =>
			pieces
				.filter((p) => p.kind === 'speech')
				.slice(0, 400)
				.map((p) => p.text)
				.join('\n'),
	});
	const allLabels: string[] = [];
	for (const turn of raw) for (const l of turn.labels) allLabels.push(l);
	const names = nameSpeakers({labels: allLabels, listed: transcript.listedSpeakers.map((s) => s.name), language});
	const namesOf = (labels: readonly string[]): string[] => (labels.length === 0 ? [names.nameOf(null)] : [...new Set(labels.map((l) => names.nameOf(l)))]);
	for (const p of pieces) p.speakers = namesOf(labelsOf(p));

	// Chapters by time: a chapters file's, else the transcript's list when its headings do not divide it.
	const headed = raw.filter((t, i) => i === 0 || t.heading !== undefined).length;
	const byTime = orderChapters(chaptersFile?.chapters ?? (headed <= 1 || cues ? transcript.chapters : []));

	// Turns.
	let groups: PieceGroup[];
	if (cues) {
		const speech = pieces.filter((p) => p.kind === 'speech').map((p) => p.text);
		if (transcript.punctuated !== true) {
			const chapterOf = (p: Piece): number => chapterAt({chapters: byTime, startMs: p.startMs ?? 0, endMs: p.endMs ?? 0});
			const wordEndsKnown = transcript.wordEndsKnown !== false;
			if (isUnpunctuated(speech.join(' '))) punctuateByPauses({pieces, chapterOf, wordEndsKnown, statedLanguage: stated});
			// Punctuated, but not all through: where it stopped, by pauses too.
			else
				for (const stretch of unpunctuatedStretches(pieces))
					punctuateByPauses({pieces: stretch.pieces, chapterOf, wordEndsKnown, statedLanguage: stated, opensSentence: stretch.opensSentence});
		}
		commaAtCjkCueEnds(pieces);
		// After punctuation: whether a sentence runs on past a chapter's start is known only then.
		groups = groupCues({pieces, chapterOf: stickyChapters({pieces, chapters: byTime})});
	} else {
		groups = joinContinuedTurns({pieces, raw});
	}
	// Every group is a turn: refused here when too many, before any work that grows faster than they do.
	checkTurnCount({count: groups.length, file});
	const built = buildTurns(groups);
	if (!cues && built.some(({turn}) => turn.startMs !== undefined)) {
		// The turns as written are placed; the sounds cut out of one take its time.
		const heads = built.filter((b) => b.head).map((b) => b.turn);
		placeInTime({turns: heads, breaksMs: transcript.breaksMs, durationMs: transcript.metadata.durationMs});
		let head: Turn | undefined;
		for (const b of built) {
			if (b.head) head = b.turn;
			else if (head?.startMs !== undefined && head.endMs !== undefined) Object.assign(b.turn, {startMs: head.startMs, endMs: head.endMs});
		}
	}

	// Speakers who say something, in order of first appearance; sounds go to whom their source names, if they speak, else to the speaker heard before.
	const speaks = new Set(built.flatMap(({group}) => (group.kind === 'speech' ? (group.pieces[0]?.speakers ?? []) : [])));
	const speaking: string[] = [];
	const seen = new Set<string>();
	for (const p of pieces) {
		for (const n of p.kind === 'speech' || p.labels.length > 0 ? p.speakers : []) {
			if (speaks.has(n) && !seen.has(n)) {
				seen.add(n);
				speaking.push(n);
			}
		}
	}
	const ids = assignSpeakerIds({names: speaking, numbers: names.numbers});
	const firstLine = new Map<string, number>();
	let heard: string[] = speaking.slice(0, 1);
	for (const {turn, group} of built) {
		const first = group.pieces[0] as Piece;
		const own = first.labels.length > 0 || group.kind === 'speech' ? first.speakers : [];
		const who = own.length > 0 && own.every((n) => speaks.has(n)) ? own : heard;
		if (group.kind === 'speech') heard = who;
		turn.speakerIds = who.map((n) => ids.get(n) ?? '');
		for (const n of who) if (!firstLine.has(n)) firstLine.set(n, turn.line);
	}
	for (const name of speaking) checkSpeakerName({name, file, line: firstLine.get(name) ?? 1});

	const turns = built.map((b) => b.turn);
	const sections = chaptersFile
		? sectionByChaptersFile({turns, chaptersFile, language})
		: byTime.length > 0 && turns.some((t) => t.startMs !== undefined)
			? sectionByChapters({turns, chapters: byTime, language})
			: sectionsByHeadings({built, raw, language});

	const speakerIds = speaking.map((n) => ids.get(n) ?? '');
	const roles = rolesOf({transcript, turns, speakerIds, names: speaking, idOf: (label) => ids.get(names.nameOf(label)) ?? ids.get(label)});
	const speakers: Speaker[] = speaking.map((name) => {
		const id = ids.get(name) ?? '';
		const role = roles.get(id);
		return role === undefined ? {id, name} : {id, name, role};
	});

	const talk = divideTalk({talk: {slug, metadata: metadataOf({transcript, file, language, turns}), speakers, sections}}).talk;
	const parsed = TalkSchema.safeParse(talk);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new InternalError({
			code: 'READ',
			problem: `the ${transcript.format} transcript made an invalid talk at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'invalid'}`,
		});
	}
	return {talk: parsed.data};
};

/** At least this share of the captions' own speaker labels (in the titles' script), and of their cues, must agree with the track. */
const SPEAKER_TRACK_AGREEMENT = 0.8;

/**
 * Whether a chapters file names who speaks rather than what about (Able Player's demo: a
 * chapter per speaker's turn, "Michael Young", "Tracy Mitrano", …):
 * - at least three chapters, every title a label of the captions or a person's name
 *   (`isPersonName`: "Tracy Mitrano", not "Sponsor Break"; `isChineseName`: 唐鳳, not 问答环节);
 * - the captions' own labels written in the titles' script are, but for one in five
 *   (a typo: `<v Pablo Molinda>`), among the titles: captions that credit Ann Lee and Bo
 *   Chen are not spoken by "New York" and "Open Source";
 * - four in five of the cues fall within the chapters' times;
 * - and some title comes back after another's chapter: a talk comes back to a speaker,
 *   seldom to a topic.
 * Linear in the chapters and the cues.
 */
const isSpeakerTrack = ({chapters, raw}: {chapters: readonly Chapter[]; raw: readonly RawTurn[]}): boolean => {
	if (chapters.length < 3) return false;
	const ordered = orderChapters(chapters);
	const titles = ordered.map((c) => c.title.trim());
	const byTitle = new Set(titles.map((t) => t.toLowerCase()));
	const labels = new Set(raw.flatMap((t) => t.labels.map((l) => l.trim())));
	if (!titles.every((t) => labels.has(t) || isPersonName(t) || isChineseName(t))) return false;
	const han = (text: string) => /\p{sc=Han}/u.test(text);
	const sameScript = [...labels].filter((l) => han(l) === han(titles[0] ?? ''));
	if (sameScript.filter((l) => byTitle.has(l.toLowerCase())).length < SPEAKER_TRACK_AGREEMENT * sameScript.length) return false;
	const from = (ordered[0]?.startMs ?? 0) - SPEAKER_TRACK_SNAP_MS;
	const to = (ordered[ordered.length - 1]?.endMs ?? Number.POSITIVE_INFINITY) + SPEAKER_TRACK_SNAP_MS;
	const timed = raw.filter((t) => t.startMs !== undefined);
	if (timed.filter((t) => (t.startMs ?? 0) >= from && (t.startMs ?? 0) <= to).length < SPEAKER_TRACK_AGREEMENT * timed.length) return false;
	// Runs of one title count once; a title seen before, after another, comes back.
	const seen = new Set<string>();
	let previous: string | undefined;
	for (const t of titles) {
		if (t === previous) continue;
		if (seen.has(t)) return true;
		seen.add(t);
		previous = t;
	}
	return false;
};

/** A speaker's chapter starts at the cue that credits them when it is this close: a chapters file's times are rounder than the captions'. */
const SPEAKER_TRACK_SNAP_MS = 5000;
/** …among this many cues from the window's start: captions say a few words a second, and a hostile file's thousands of cues in one window cost no more. */
const SNAP_CUES = 64;

/**
 * Each cue's speaker by a chapters file that names who speaks (`isSpeakerTrack`):
 * - a cue the captions credit keeps its speaker, by the chapter name the credit goes
 *   with: its own, when it is a chapter's name, else the name of the chapter that starts
 *   nearest it, within SPEAKER_TRACK_SNAP_MS ("（特雷西米兰诺——…）" on Tracy Mitrano's
 *   first cue, `<v Pablo Molinda>` in Pablo Molina's chapter);
 * - any other cue is the speaker of the chapter its time falls in, a chapter starting at
 *   the cue that credits its speaker within SPEAKER_TRACK_SNAP_MS of its time (the
 *   captions' `<v Tracy Mitrano>` at 2:59.98, the chapter at 2:58.5, and the cue between
 *   still ends Pablo Molina's sentence), never before the chapter before it;
 * - a speaker is shown as the captions first credit them (特雷西米兰诺), else as the chapters name them;
 * - a cue without a time keeps the label it carries.
 */
const labelsBySpeakerTrack = ({
	raw,
	chapters,
	labelled,
}: {
	raw: readonly RawTurn[];
	chapters: readonly Chapter[];
	labelled: readonly string[][];
}): string[][] => {
	const titleByLower = new Map(chapters.map((c) => [c.title.trim().toLowerCase(), c.title.trim()]));
	const indexAt = (list: readonly Chapter[], startMs: number, endMs: number) => chapterAt({chapters: list, startMs, endMs});
	const key = (turn: RawTurn) => turn.labels.join('\n');
	// The chapter name each label goes with, and the label each chapter name is first credited by.
	const nameOfLabel = new Map<string, string>();
	const credited = new Map<string, string[]>();
	for (const turn of raw) {
		if (turn.labels.length === 0 || nameOfLabel.has(key(turn))) continue;
		let title = turn.labels.length === 1 ? titleByLower.get((turn.labels[0] ?? '').trim().toLowerCase()) : undefined;
		if (title === undefined && turn.startMs !== undefined) {
			const k = indexAt(chapters, turn.startMs, turn.startMs);
			const next = chapters[k + 1];
			const nearer =
				next !== undefined && next.startMs - turn.startMs <= SPEAKER_TRACK_SNAP_MS && next.startMs - turn.startMs < turn.startMs - (chapters[k]?.startMs ?? 0);
			title = (nearer ? next : chapters[k])?.title.trim();
		}
		if (title === undefined) continue;
		nameOfLabel.set(key(turn), title);
		// A label that is the chapter's name itself shows it as written, before a credit heard first.
		const isTitle = (labels: readonly string[]) => labels.length === 1 && titleByLower.get((labels[0] ?? '').trim().toLowerCase()) === title;
		const first = credited.get(title);
		if (first === undefined || (isTitle(turn.labels) && !isTitle(first))) credited.set(title, turn.labels);
	}
	let previousStart = Number.NEGATIVE_INFINITY;
	const snapped = chapters.map((c, k) => {
		const title = c.title.trim();
		// Never before the chapter before it, nor past the next one's start: the chapters stay in order.
		const from = Math.max(c.startMs - SPEAKER_TRACK_SNAP_MS, previousStart + 1);
		const to = Math.min(c.startMs + SPEAKER_TRACK_SNAP_MS, (chapters[k + 1]?.startMs ?? Number.POSITIVE_INFINITY) - 1);
		let startMs = Math.max(c.startMs, previousStart + 1);
		if (k > 0) {
			// The cues are in time order: the first at `from` found by halving, then at most SNAP_CUES of them.
			const lo = partitionPoint(raw.length, (i) => (raw[i]?.startMs ?? 0) < from);
			for (let i = lo; i < Math.min(raw.length, lo + SNAP_CUES); i++) {
				const t = raw[i] as RawTurn;
				if (t.startMs === undefined || t.startMs > to) break;
				if (nameOfLabel.get(key(t)) === title) {
					startMs = t.startMs;
					break;
				}
			}
		}
		previousStart = startMs;
		return {...c, startMs};
	});
	return raw.map((turn, i) => {
		const own = turn.labels.length > 0 ? nameOfLabel.get(key(turn)) : undefined;
		const title = own ?? (turn.startMs === undefined ? undefined : snapped[indexAt(snapped, turn.startMs, turn.endMs ?? turn.startMs)]?.title.trim());
		return title === undefined ? (labelled[i] ?? []) : (credited.get(title) ?? [title]);
	});
};

/** Cues in time order (a stable sort: cues that start together keep their order), each lasting no less than nothing; whole ms. */
const inTimeOrder = (turns: readonly RawTurn[]): RawTurn[] =>
	turns
		.map((turn, i) => ({turn, i}))
		.sort((a, b) => (a.turn.startMs ?? 0) - (b.turn.startMs ?? 0) || a.i - b.i)
		.map(({turn}) => turn);

/** Every time the transcript gives, against 0 … MAX_TIME_MS, naming the line. */
const checkTimes = ({
	transcript,
	raw,
	file,
	chaptersFile,
}: {
	transcript: RawTranscript;
	raw: readonly RawTurn[];
	file: string;
	chaptersFile: ChaptersFile | undefined;
}): void => {
	const noun = transcript.units === 'cues' ? 'cue' : 'turn';
	for (const turn of raw) {
		const what = `the ${noun} at line ${turn.line}`;
		for (const ms of [turn.startMs, turn.endMs, turn.afterBreakMs]) if (ms !== undefined) checkTime({ms, file, line: turn.line, what});
		for (const w of turn.words ?? []) for (const ms of [w.startMs, w.endMs]) checkTime({ms, file, line: turn.line, what: `a word of ${what}`});
	}
	const chapters = [...transcript.chapters.map((c) => ({c, file})), ...(chaptersFile?.chapters ?? []).map((c) => ({c, file: chaptersFile?.file ?? file}))];
	for (const {c, file: from} of chapters) {
		for (const ms of [c.startMs, c.endMs]) {
			if (ms !== undefined) checkTime({ms, file: from, ...(c.line === undefined ? {} : {line: c.line}), what: `the chapter "${c.title.slice(0, 40)}"`});
		}
	}
};

/**
 * Speech is more than dashes and dots (`-`, `—`, `…`), a caption's mark of something not
 * heard, and more than the stops and commas a cut sound leaves (`[laughs]!`, `（笑）。`).
 * A lone `_` or `%` may be a key a lecture names, and stays.
 */
const NOTHING_HEARD = /^[\s\-‐–—.…·!?,;:。！？，、；：]*$/u;

/** A raw turn's speech and its sounds, in that order; none when it holds no text. */
const piecesOf = ({turn, from}: {turn: RawTurn; from: number}): Piece[] => {
	const {speech, reactions} = splitNonSpeech(turn.text);
	// A turn right after a timed break starts at the break, unless it has a time of its own.
	const from0 = turn.startMs ?? turn.afterBreakMs;
	const startMs = from0 === undefined ? undefined : Math.round(from0);
	const endMs = turn.endMs === undefined ? undefined : Math.max(startMs ?? 0, Math.round(turn.endMs));
	const base = {
		labels: turn.labels,
		speakers: [],
		line: turn.line,
		from,
		...(startMs === undefined ? {} : {startMs}),
		...(endMs === undefined ? {} : {endMs}),
	};
	const out: Piece[] = [];
	// A cue of punctuation only ("Pooja Ranjan: -", a Zoom call's; "…") says nothing: no turn of its own.
	const heard = !NOTHING_HEARD.test(speech);
	if (heard) {
		out.push({
			...base,
			kind: 'speech',
			inline: false,
			text: speech,
			words: remapWords({from: turn.text, words: turn.words ?? [], to: speech}),
			speakerChange: turn.speakerChange === true,
			...(turn.translation === undefined || turn.translation === '' ? {} : {translation: turn.translation}),
		});
	}
	// Sounds follow the speech they were cut from, each with where in it it was heard.
	for (const r of reactions)
		out.push({
			...base,
			kind: 'reaction',
			inline: speech !== '',
			...(heard ? {heard: r.heard} : {}),
			...(heard && r.at !== undefined ? {at: r.at} : {}),
			// Letters said before it in its cue: none before the first, all after the last.
			...(heard ? {wordsBefore: r.heard === 'before' ? 0 : (r.wordsBefore ?? Number.POSITIVE_INFINITY)} : {}),
			text: r.text,
			words: [],
			speakerChange: false,
		});
	return out;
};

/** No text at all, or sounds only: one line saying what the file holds. */
const refuseEmpty = ({transcript, raw, pieces, file}: {transcript: RawTranscript; raw: readonly RawTurn[]; pieces: readonly Piece[]; file: string}): void => {
	const cues = transcript.units === 'cues';
	if (pieces.length === 0) {
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: raw[0]?.line ?? 1,
			problem: cues ? `looks like ${transcript.format}, but it has no cues with text` : 'the speaker turns hold no text',
		});
	}
	if (!pieces.some((p) => p.kind === 'speech')) {
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: pieces[0]?.line ?? 1,
			problem: cues
				? `looks like ${transcript.format}, but its cues hold no speech, only sounds such as "${pieces[0]?.text ?? ''}"`
				: 'the speaker turns hold no speech, only stage directions',
		});
	}
};

type Built = {turn: Turn; group: PieceGroup; head: boolean};

/**
 * Groups → turns, numbered `t001`, `t002`, … in order; `head`: the first turn made of a raw
 * turn (the sounds cut out of it follow it). A sound heard within joined cues is placed in
 * the turn's text by its cue's place in the join and the letters said before it in that
 * cue (`Piece.wordsBefore`).
 */
/**
 * A turn for each piece, except that a turn of the same speaker going on with the
 * sentence the one before left open (it ends on no stop, and this one opens in small
 * letters: `Ana: Hello there, welcome to` / `Ana: the show.`, a tool's line per caption)
 * is the same turn. Not across a heading, a break marker or a sound, nor more than
 * CONTINUED_TURN_GAP_MS apart, nor for an unnamed speaker.
 */
/** A turn that goes on with the sentence before it starts at most this long after the turn before ends… */
const CONTINUED_TURN_GAP_MS = 10_000;
/** …or, when the source gives starts only, after it starts. */
const CONTINUED_TURN_START_GAP_MS = 30_000;

/** Whether `next` is said soon enough after `previous` to go on with its sentence (true when the source gives no times). */
const saidSoonAfter = (previous: Piece, next: Piece): boolean => {
	if (next.startMs === undefined) return true;
	if (previous.endMs !== undefined && previous.endMs > (previous.startMs ?? -1)) return next.startMs - previous.endMs <= CONTINUED_TURN_GAP_MS;
	return previous.startMs === undefined || next.startMs - previous.startMs <= CONTINUED_TURN_START_GAP_MS;
};

const joinContinuedTurns = ({pieces, raw}: {pieces: readonly Piece[]; raw: readonly RawTurn[]}): PieceGroup[] => {
	const groups: PieceGroup[] = [];
	let previous: Piece | undefined;
	for (const p of pieces) {
		const last = groups[groups.length - 1];
		const opens = raw[p.from];
		const goesOn =
			last !== undefined &&
			previous !== undefined &&
			last.kind === 'speech' &&
			p.kind === 'speech' &&
			opens?.heading === undefined &&
			opens?.afterBreakMs === undefined &&
			speakerKey(p) === speakerKey(previous) &&
			// "Unknown Speaker" is anyone: two of its turns may be two people.
			!p.speakers.some((name) => isUnnamedSpeaker({name})) &&
			// Said a while apart (Otter's `Ana 0:12` and `Ana 25:00`): two turns, each at its time.
			saidSoonAfter(previous, p) &&
			!endsSentence(previous.text) &&
			/^[a-z]/.test(p.text);
		if (goesOn) last.pieces.push(p);
		else groups.push({kind: p.kind, pieces: [p], paragraphBefore: new Set<Piece>()});
		previous = p;
	}
	return groups;
};

const buildTurns = (groups: readonly PieceGroup[]): Built[] => {
	const out: Built[] = [];
	let lastFrom = -1;
	/** The last speech turn's cues, in order, with where each starts in the turn's text. */
	let cues: {piece: Piece; offset: number}[] = [];
	const wordEnds = new Map<Piece, number[]>();
	groups.forEach((group, index) => {
		const first = group.pieces[0] as Piece;
		const {text, words, translation, translationSpans, startMs, endMs, offsets} = joinGroup(group);
		if (group.kind === 'speech') cues = group.pieces.map((piece, i) => ({piece, offset: offsets[i] ?? 0}));
		const turn: Turn = {id: `t${String(index + 1).padStart(3, '0')}`, speakerIds: [], text, kind: group.kind, line: first.line};
		if (startMs !== undefined) turn.startMs = startMs;
		if (endMs !== undefined) turn.endMs = endMs;
		if (words.length > 0) turn.words = words;
		if (translation !== '') {
			turn.translation = translation;
			turn.translationSpans = translationSpans;
		}
		if (group.kind === 'reaction' && (first.heard === 'before' || first.heard === 'within')) {
			turn.heard = first.heard;
			const at = first.heard === 'within' ? (first.at ?? placeInJoin({cues, from: first.from, wordsBefore: first.wordsBefore ?? 0, wordEnds})) : undefined;
			if (at !== undefined) turn.at = at;
		}
		out.push({turn, group, head: first.from !== lastFrom});
		lastFrom = first.from;
	});
	return out;
};

/**
 * Where in a joined turn a sound from the cue of raw turn `from` is heard: right after the
 * last letter or digit said before it — in its own cue when it has said some (`wordsBefore`),
 * else at the end of the cue before (a sound opening a cue, or a cue of a sound and
 * punctuation only, `- [inaudible]`, which is no cue of the turn). Found by a binary search
 * among the turn's cues, in order.
 */
const placeInJoin = ({
	cues,
	from,
	wordsBefore,
	wordEnds,
}: {
	cues: readonly {piece: Piece; offset: number}[];
	from: number;
	wordsBefore: number;
	wordEnds: Map<Piece, number[]>;
}): number | undefined => {
	// The last cue starting at or before the sound; none when the first starts after it.
	const lo = partitionPoint(cues.length, (i) => (cues[i]?.piece.from ?? 0) <= from) - 1;
	const own = cues[lo];
	if (own === undefined) return undefined;
	const saidInOwn = own.piece.from === from && wordsBefore > 0;
	const cue = saidInOwn ? own : own.piece.from === from ? cues[lo - 1] : own;
	if (cue === undefined) return own.offset;
	return cue.offset + soundOffset({piece: cue.piece, wordsBefore: saidInOwn ? wordsBefore : Number.POSITIVE_INFINITY, wordEnds});
};

/**
 * Where in a cue's text a sound is heard that `wordsBefore` of its letters and digits are
 * said before: right after the last of them (0: the cue's start; more than it has: right
 * after its last). Each cue's letters are found once (`wordEnds`), however many sounds it holds.
 */
const soundOffset = ({piece, wordsBefore, wordEnds}: {piece: Piece; wordsBefore: number; wordEnds: Map<Piece, number[]>}): number => {
	if (wordsBefore <= 0) return 0;
	let ends = wordEnds.get(piece);
	if (ends === undefined) {
		ends = Array.from(piece.text.matchAll(WORD_CHAR_WITH_MARKS), (m) => m.index + m[0].length);
		wordEnds.set(piece, ends);
	}
	return ends[Math.min(wordsBefore, ends.length) - 1] ?? 0;
};

/** Sections by the transcript's headings: each heading opens one, turns before the first are the opening section. */
const sectionsByHeadings = ({built, raw, language}: {built: readonly Built[]; raw: readonly RawTurn[]; language: string}): Section[] => {
	const sectionOf: number[] = [];
	const headings: (RawTurn['heading'] | undefined)[] = [raw[0]?.heading];
	raw.forEach((turn, i) => {
		if (i > 0 && turn.heading !== undefined) headings.push(turn.heading);
		sectionOf.push(headings.length - 1);
	});
	const sections: Section[] = [];
	let current = -1;
	for (const {turn, group} of built) {
		const at = sectionOf[group.pieces[0]?.from ?? 0] ?? 0;
		if (at !== current || sections.length === 0) {
			current = at;
			const heading = headings[at];
			const section: Section = {id: `s${sections.length + 1}`, title: heading?.title ?? openingTitleFor(language), turns: []};
			if (heading?.line !== undefined) section.line = heading.line;
			const startMs = heading?.startMs ?? turn.startMs;
			if (startMs !== undefined) section.startMs = startMs;
			if (heading?.endMs !== undefined) section.endMs = heading.endMs;
			sections.push(section);
		}
		sections[sections.length - 1]?.turns.push(turn);
	}
	sections.forEach((s, i) => {
		if (s.endMs !== undefined || s.startMs === undefined) return;
		const end = sections[i + 1]?.startMs ?? lastEndOf(s.turns);
		if (end !== undefined && end >= s.startMs) s.endMs = end;
	});
	return sections;
};

/** Sections by a chapters file's chapters (`sectionByChapters`): the transcript must be timed. */
export const sectionByChaptersFile = ({turns, chaptersFile, language}: {turns: readonly Turn[]; chaptersFile: ChaptersFile; language: string}): Section[] => {
	if (!turns.some((t) => t.startMs !== undefined)) {
		throw new UserError({code: 'TALK_PARSE', file: chaptersFile.file, problem: 'a chapters file needs a transcript with times, and this one has none'});
	}
	return sectionByChapters({turns, chapters: chaptersFile.chapters, language});
};

/** Roles the file names (its listed speakers, a `Host:` line; the others are guests when someone hosts, else speakers); when it names no host, the host the talk shows (`inferSpeakerRoles`) unless the file calls them a guest; a file that names no one, all inferred. */
const rolesOf = ({
	transcript,
	turns,
	speakerIds,
	names,
	idOf,
}: {
	transcript: RawTranscript;
	turns: readonly Turn[];
	speakerIds: readonly string[];
	names: readonly string[];
	idOf: (label: string) => string | undefined;
}): Map<string, SpeakerRole> => {
	const listed = new Map<string, SpeakerRole>();
	for (const s of transcript.listedSpeakers) {
		const id = idOf(s.name);
		if (id !== undefined && s.role !== undefined) listed.set(id, s.role);
	}
	const hostId = transcript.hostLabel === undefined ? undefined : idOf(transcript.hostLabel);
	if (hostId !== undefined) listed.set(hostId, 'host');
	if (listed.size === 0) return inferSpeakerRoles({turns, speakerIds, names});
	// A file that names its guests only (`guest: Adam Fishman`, as Lenny's Podcast's do) still has a host, and their co-hosts: the ones the talk shows, unless the file names them guests.
	if (![...listed.values()].includes('host')) {
		for (const [id, role] of inferSpeakerRoles({turns, speakerIds, names})) if (role === 'host' && listed.get(id) === undefined) listed.set(id, 'host');
	}
	// …and the co-hosts a host it names calls so ("host: Daniel Whitenack", "…my co-host, Chris Benson").
	for (const [id, role] of [...listed]) {
		if (role !== 'host') continue;
		for (const co of coHostsOf({turns, host: id, speakerIds, names})) if (listed.get(co) === undefined) listed.set(co, 'host');
	}
	const hosted = [...listed.values()].includes('host');
	return new Map(speakerIds.map((id) => [id, listed.get(id) ?? (hosted ? 'guest' : 'speaker')]));
};

/** The talk's metadata from the file's: a title made from the file name when it has none, cased as the talk writes its words. */
const metadataOf = ({
	transcript,
	file,
	language,
	turns,
}: {
	transcript: RawTranscript;
	file: string;
	language: string;
	turns: readonly Turn[];
}): Talk['metadata'] => {
	const m = transcript.metadata;
	const metadata: Talk['metadata'] = {title: m.title?.trim() || titleFromFile(file, turns), language, source: {}};
	for (const key of ['author', 'outlet', 'url', 'publishedAt', 'place'] as const) {
		const value = m.source[key];
		if (value) metadata.source[key] = value;
	}
	for (const key of ['subtitle', 'event', 'date', 'episode', 'media', 'cover'] as const) {
		const value = m[key];
		if (value) metadata[key] = value;
	}
	if (m.tags !== undefined && m.tags.length > 0) metadata.tags = m.tags;
	return metadata;
};
