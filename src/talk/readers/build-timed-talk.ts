import {detectLanguage} from '../../text/detect-language';
import {joinWrappedLines} from '../../text/join-wrapped-lines';
import {chapterIndexOf, divideByChapters} from '../divide-by-chapters';
import {inferSpeakerRoles} from '../infer-speaker-roles';
import {slugify} from '../slugify';
import {UserError, InternalError} from '../../errors';
import {type Speaker, type Talk, TalkSchema, type TranslationSpan, type Turn, type Word} from '../talk-schema';
import type {TimedChapter} from '../timed-chapter';
import {endsSentence, findSentenceEnds, isUnpunctuated, type PauseUnit} from './find-sentence-ends';
import {isNonSpeech, splitInlineNonSpeech} from './non-speech';
import {acceptedLabelNames, DIARIZATION_LABEL, readCreditLine, readSpeakerLabel} from './speaker-labels';
import {isBilingual, splitBilingualLines} from './split-bilingual';
import type {CueWord, TimedCue} from './timed-cue';
import {titleFromFile} from '../title-from-file';
import {openingTitleFor} from '../section-by-chapters';

/** A pause this long between two cues of one speaker starts a new paragraph (where a sentence ends). */
export const PARAGRAPH_PAUSE_MS = 2000;
/** A speaker's turn longer than this is cut at the next sentence end: a lecture is many turns, so it can be divided into parts. */
export const MAX_TURN_MS = 120_000;
/** Times past this are not a recording's (a typo in a timestamp, or hostile input). */
export const MAX_TIME_MS = 1000 * 3600 * 1000;

export type BuildTimedTalkInput = {
	cues: readonly TimedCue[];
	file: string;
	slug: string;
	/** The format's name for messages: `SubRip`, `WebVTT`, `Whisper JSON`. */
	format: string;
	/** From the file's own metadata; else a title is made from the file name. */
	title?: string;
	/** BCP 47, from the file (`Language: en`, Whisper's `language`); else detected. */
	language?: string;
	/** Chapters of the recording (a WebVTT chapters file): each becomes a section. */
	chapters?: readonly TimedChapter[];
	/** Look for `Name:` labels in the text (captions); false when the source names its speakers itself. */
	findLabels: boolean;
	/** False when the source gives word starts only (YouTube's word tags): pauses are then estimated. */
	wordEndsKnown?: boolean;
};

type Piece = {
	kind: 'speech' | 'reaction';
	/** A sound found inside a speech cue (`[laughs] yeah`): said after the turn it is part of. */
	inline: boolean;
	/** The speaker's name as the source gives it; null until known. */
	speaker: string | null;
	/** One line, whitespace-normalised. */
	text: string;
	translation?: string;
	words: CueWord[];
	startMs: number;
	endMs: number;
	line: number;
	/** `>>`: someone else speaks from here (a new paragraph, since we cannot say who). */
	changeMark: boolean;
};

/**
 * Timed cues (any subtitle or ASR format, already parsed) → a Talk:
 *
 * - speakers from the source (`<v Name>`, diarization labels) or from `Name:` labels on
 *   a cue's first line, a label holding until the next one; `SPEAKER_00` labels become
 *   `Speaker 1`, `Speaker 2`… in order of appearance (ids `speaker-1`…, renamable in the
 *   edits file); a talk that names nobody has one speaker, `Speaker 1`;
 * - sound cues (`[Music]`, `♪ … ♪`) become reaction turns, never speech or speakers;
 * - bilingual cues (a CJK line and a Latin one) keep the second language as the turn's
 *   translation, aligned cue by cue (`translationSpans`);
 * - text without punctuation (auto captions) is cut into sentences at its pauses;
 * - consecutive cues of one speaker make one turn (a new paragraph after a pause where a
 *   sentence ends; a new turn after MAX_TURN_MS, at a chapter start, a sound cue or
 *   another speaker), so a quote can span cues; word times carried to `Turn.words`;
 * - cues are taken in time order; every speech turn has `startMs`/`endMs`, non-decreasing.
 */
export const buildTimedTalk = (input: BuildTimedTalkInput): {talk: Talk} => {
	const {file, format} = input;
	const cues = orderCues({cues: input.cues, file});
	if (cues.length === 0) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: `looks like ${format}, but it has no cues with text`});

	const pieces = cutIntoPieces({cues, findLabels: input.findLabels});
	if (!pieces.some((p) => p.kind === 'speech')) {
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: cues[0]?.line ?? 1,
			problem: `looks like ${format}, but its cues hold no speech, only sounds such as "${pieces[0]?.text ?? ''}"`,
		});
	}
	// Speech before the first label is the first labelled speaker's (a host's intro before the label).
	const firstNamed = pieces.find((p) => p.kind === 'speech' && p.speaker !== null)?.speaker ?? null;
	for (const p of pieces) if (p.speaker === null) p.speaker = firstNamed;
	const chapters = [...(input.chapters ?? [])].sort((a, b) => a.startMs - b.startMs);
	const chapterAt = (p: Piece): number => chapterIndexOf({chapters, startMs: p.startMs, endMs: p.endMs});

	const speechText = pieces
		.filter((p) => p.kind === 'speech')
		.map((p) => p.text)
		.join(' ');
	if (isUnpunctuated(speechText)) punctuateByPauses({pieces, chapterAt, wordEndsKnown: input.wordEndsKnown !== false});

	const language = input.language ?? detectLanguage({text: speechText});
	const names = nameSpeakers({pieces, language});
	const raw = groupIntoTurns({pieces, chapterAt: stickyChapters({pieces, chapters, chapterAt})});
	const turns = buildTurns({raw, names});
	const speakers = listSpeakers({turns, names});
	const opening = openingTitleFor(language);
	const metadata: Talk['metadata'] = {title: input.title?.trim() || titleFromFile(file), language, source: {}};
	let talk: Talk = {slug: input.slug, metadata, speakers, sections: [{id: 's1', title: opening, turns}]};
	if (chapters.length > 0) talk = divideByChapters({talk, chapters, chaptersFile: file}).talk;
	const parsed = TalkSchema.safeParse(talk);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new InternalError({
			code: 'READ',
			problem: `${format} reader built an invalid talk at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? 'invalid'}`,
		});
	}
	return {talk: parsed.data};
};

/** Valid, whole-ms times in time order (a stable sort: cues that start together keep their order). */
const orderCues = ({cues, file}: {cues: readonly TimedCue[]; file: string}): TimedCue[] => {
	const out: TimedCue[] = [];
	for (const cue of cues) {
		for (const ms of [cue.startMs, cue.endMs]) {
			if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIME_MS) {
				throw new UserError({code: 'TALK_PARSE', file, line: cue.line, problem: `the cue at line ${cue.line} has a time out of range (${ms} ms)`});
			}
		}
		if (cue.text.trim() === '') continue;
		const startMs = Math.round(cue.startMs);
		// A cue that ends before it starts (a typo) lasts no time at all.
		const endMs = Math.max(startMs, Math.round(cue.endMs));
		out.push({...cue, startMs, endMs});
	}
	return out
		.map((cue, i) => ({cue, i}))
		.sort((a, b) => a.cue.startMs - b.cue.startMs || a.i - b.i)
		.map(({cue}) => cue);
};

/** Each cue as speech and sound pieces, with its speaker label and translation taken out. */
const cutIntoPieces = ({cues, findLabels}: {cues: readonly TimedCue[]; findLabels: boolean}): Piece[] => {
	const bilingual = isBilingual(cues.map((c) => c.text));
	const labels = cues.map((c) => (findLabels && c.speaker === undefined ? readSpeakerLabel(c.text.split('\n')[0] ?? '') : null));
	const accepted = acceptedLabelNames(labels);
	const pieces: Piece[] = [];
	let speaker: string | null = null;
	cues.forEach((cue, i) => {
		let lines = cue.text.split('\n');
		let changeMark = false;
		const label = labels[i];
		if (label && (label.name === null || accepted.has(label.name))) {
			lines = [label.rest, ...lines.slice(1)].filter((l) => l.trim() !== '');
			if (label.name === null) changeMark = true;
			else speaker = label.name;
		}
		// A credit line (`（Name——title）`) names who speaks from here on.
		if (findLabels) {
			const credit = lines.map(readCreditLine).find((name) => name !== null);
			if (credit) {
				speaker = credit;
				lines = lines.filter((l) => readCreditLine(l) === null);
			}
		}
		if (cue.speaker !== undefined) speaker = cue.speaker;
		let translation: string | undefined;
		if (bilingual) {
			const split = splitBilingualLines(lines);
			if (split) {
				lines = split.main;
				translation = joinWrappedLines({lines: split.translation}) || undefined;
			}
		}
		const text = joinWrappedLines({lines});
		if (text === '') return;
		const base = {speaker, startMs: cue.startMs, endMs: cue.endMs, line: cue.line, changeMark};
		if (isNonSpeech(text)) {
			pieces.push({...base, kind: 'reaction', inline: false, text, words: []});
			return;
		}
		const {speech, reactions} = splitInlineNonSpeech(text);
		if (speech !== '') {
			const words = bilingual ? [] : remapWords({from: cue.text, words: cue.words ?? [], to: speech});
			pieces.push({...base, kind: 'speech', inline: false, text: speech, words, ...(translation === undefined ? {} : {translation})});
		}
		for (const r of reactions) pieces.push({...base, kind: 'reaction', inline: speech !== '', text: r, words: [], changeMark: false});
	});
	return pieces;
};

/**
 * Word offsets carried from one text to another that holds the same words (tags, labels or
 * sounds cut out, lines joined): each word is looked for after the previous one; a word
 * no longer there is dropped.
 */
export const remapWords = ({from, words, to}: {from: string; words: readonly CueWord[]; to: string}): CueWord[] => {
	const out: CueWord[] = [];
	let cursor = 0;
	for (const w of words) {
		const text = from.slice(w.start, w.end).trim();
		if (text === '') continue;
		const at = to.indexOf(text, cursor);
		if (at === -1) continue;
		out.push({...w, start: at, end: at + text.length, endMs: Math.max(w.startMs, w.endMs)});
		cursor = at + text.length;
	}
	return out;
};

/**
 * Auto captions: sentence ends found from pauses (findSentenceEnds) get a full stop (`。`
 * after CJK) and the next sentence a capital. A speaker change, a sound cue and a chapter
 * start always end a sentence.
 */
const punctuateByPauses = ({pieces, chapterAt, wordEndsKnown}: {pieces: Piece[]; chapterAt: (p: Piece) => number; wordEndsKnown: boolean}): void => {
	type Unit = PauseUnit & {piece: Piece; start: number; end: number};
	const units: Unit[] = [];
	const forced = new Set<number>();
	let previous: Piece | undefined;
	for (const piece of pieces) {
		if (piece.kind === 'reaction') {
			if (!piece.inline && units.length > 0) forced.add(units.length - 1);
			continue;
		}
		if (previous && units.length > 0 && (previous.speaker !== piece.speaker || piece.changeMark || chapterAt(previous) !== chapterAt(piece))) {
			forced.add(units.length - 1);
		}
		const covered = piece.words.length > 0 && piece.text.slice(0, piece.words[0]?.start).trim() === '';
		if (covered) {
			for (const w of piece.words) {
				units.push({
					piece,
					start: w.start,
					end: w.end,
					text: piece.text.slice(w.start, w.end),
					startMs: w.startMs,
					endMs: w.endMs,
					endKnown: wordEndsKnown,
					...(w.startEstimated ? {startEstimated: true} : {}),
				});
			}
		} else {
			units.push({piece, start: 0, end: piece.text.length, text: piece.text, startMs: piece.startMs, endMs: piece.endMs, endKnown: true});
		}
		previous = piece;
	}
	const ends = findSentenceEnds({units, forcedBreaks: forced});
	// Edits per piece, applied from the end so that earlier offsets stay true.
	type Edit = {at: number; kind: 'stop' | 'comma' | 'capital'};
	const edits = new Map<Piece, Edit[]>();
	const add = (piece: Piece, edit: Edit) => edits.set(piece, [...(edits.get(piece) ?? []), edit]);
	const cjkEnd = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
	const cjkStart = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
	units.forEach((u, i) => {
		if (i === 0) add(u.piece, {at: u.start, kind: 'capital'});
		const wholeCue = u.start === 0 && u.end === u.piece.text.length;
		const next = units[i + 1];
		// CJK captions without punctuation break lines at phrases: a cue's end is a comma.
		if (!ends.has(i) && wholeCue && next && cjkEnd.test(u.piece.text) && cjkStart.test(next.text)) add(u.piece, {at: u.end, kind: 'comma'});
		if (!ends.has(i)) return;
		// A stop after the unit's last word (a cue-wide unit may end in a word the words list does not reach).
		add(u.piece, {at: wholeCue ? u.piece.text.length : u.end, kind: 'stop'});
		if (next) add(next.piece, {at: next.start, kind: 'capital'});
	});
	for (const [piece, list] of edits) {
		for (const edit of [...list].sort((a, b) => b.at - a.at || (a.kind === 'stop' ? -1 : 1))) {
			if (edit.kind === 'capital') {
				const ch = piece.text.charAt(edit.at);
				const upper = ch.toUpperCase();
				if (upper.length === ch.length) piece.text = piece.text.slice(0, edit.at) + upper + piece.text.slice(edit.at + ch.length);
				continue;
			}
			const before = piece.text.slice(0, edit.at);
			if (endsSentence(before) || (edit.kind === 'comma' && /[\p{P}]$/u.test(before))) continue;
			const trimmed = edit.kind === 'comma' ? before : before.replace(/[,，;；:：]$/u, '');
			const stop = edit.kind === 'comma' ? '，' : cjkEnd.test(trimmed) ? '。' : '.';
			piece.text = trimmed + stop + piece.text.slice(edit.at);
			const shift = trimmed.length + stop.length - before.length;
			piece.words = piece.words.map((w) => (w.start >= edit.at ? {...w, start: w.start + shift, end: w.end + shift} : w));
		}
	}
};

/** Display names by source name: diarization labels as `Speaker 1`, `Speaker 2`… in order of appearance; a talk naming nobody gets `Speaker 1`. */
const nameSpeakers = ({pieces, language}: {pieces: Piece[]; language: string}): {nameOf: (source: string | null) => string; generic: Set<string>} => {
	const speaking = pieces.filter((p) => p.kind === 'speech');
	const firstNamed = speaking.find((p) => p.speaker !== null)?.speaker ?? null;
	const word = language.startsWith('zh') ? '发言人' : 'Speaker';
	const generic = new Set<string>();
	const numbered = new Map<string, string>();
	let n = 0;
	const nameOf = (source: string | null): string => {
		const s = source ?? firstNamed;
		if (s === null) {
			const name = `${word} 1`;
			generic.add(name);
			return name;
		}
		if (!DIARIZATION_LABEL.test(s)) return s;
		let name = numbered.get(s);
		if (name === undefined) {
			n += 1;
			name = `${word} ${n}`;
			numbered.set(s, name);
			generic.add(name);
		}
		return name;
	};
	// Number diarization labels in order of speech, before sounds can take a number.
	for (const p of speaking) nameOf(p.speaker);
	return {nameOf, generic};
};

/** A chapter that starts in the middle of a sentence starts after it, if that sentence ends within this long. */
const CHAPTER_SLACK_MS = 5000;

/**
 * Each piece's chapter, by its time; but a sentence that runs past a chapter's start by
 * less than CHAPTER_SLACK_MS stays whole in the chapter it began in (chapter times are
 * rounded, sentences are not).
 */
const stickyChapters = ({
	pieces,
	chapters,
	chapterAt,
}: {
	pieces: readonly Piece[];
	chapters: readonly TimedChapter[];
	chapterAt: (p: Piece) => number;
}): ((p: Piece) => number) => {
	const of = new Map<Piece, number>();
	let previous: Piece | undefined;
	for (const p of pieces) {
		let index = chapterAt(p);
		if (p.kind === 'speech' && previous !== undefined) {
			const before = of.get(previous) ?? 0;
			const start = chapters[index]?.startMs ?? 0;
			if (index > before && previous.speaker === p.speaker && !endsSentence(previous.text) && p.startMs < start + CHAPTER_SLACK_MS) index = before;
		}
		of.set(p, index);
		if (p.kind === 'speech') previous = p;
	}
	return (p) => of.get(p) ?? chapterAt(p);
};

type RawTurn = {kind: 'speech' | 'reaction'; pieces: Piece[]; paragraphBefore: Set<Piece>; chapter: number};

/** Consecutive speech pieces of one speaker → one turn; sounds stand alone (inline ones after their turn). */
const groupIntoTurns = ({pieces, chapterAt}: {pieces: readonly Piece[]; chapterAt: (p: Piece) => number}): RawTurn[] => {
	const out: RawTurn[] = [];
	let current: RawTurn | null = null;
	let pending: RawTurn[] = [];
	const close = () => {
		if (current) out.push(current);
		out.push(...pending);
		current = null;
		pending = [];
	};
	for (const p of pieces) {
		if (p.kind === 'reaction') {
			const turn: RawTurn = {kind: 'reaction', pieces: [p], paragraphBefore: new Set(), chapter: chapterAt(p)};
			if (p.inline && current) pending.push(turn);
			else {
				close();
				out.push(turn);
			}
			continue;
		}
		const cur: RawTurn | null = current;
		const last = cur?.pieces[cur.pieces.length - 1];
		const first = cur?.pieces[0];
		const sentenceDone = last !== undefined && endsSentence(last.text);
		const tooLong = first !== undefined && last !== undefined && last.endMs - first.startMs >= MAX_TURN_MS && sentenceDone;
		if (cur === null || last === undefined || last.speaker !== p.speaker || cur.chapter !== chapterAt(p) || tooLong) {
			close();
			current = {kind: 'speech', pieces: [p], paragraphBefore: new Set(), chapter: chapterAt(p)};
			continue;
		}
		if (p.changeMark || (sentenceDone && p.startMs - last.endMs >= PARAGRAPH_PAUSE_MS)) cur.paragraphBefore.add(p);
		cur.pieces.push(p);
	}
	close();
	return out;
};

/** `''` between CJK characters, `' '` between Latin words: the rule that joins wrapped lines (joinWrappedLines). */
const separatorBetween = (before: string, after: string): string => {
	if (before === '' || after === '') return '';
	const tail = before.slice(-8);
	const head = after.slice(0, 8);
	return joinWrappedLines({lines: [tail, head]}).length > tail.trim().length + head.trim().length ? ' ' : '';
};

const buildTurns = ({raw, names}: {raw: RawTurn[]; names: ReturnType<typeof nameSpeakers>}): (Turn & {speakerName: string})[] => {
	const turns: (Turn & {speakerName: string})[] = [];
	let lastSpeaker: string | null = null;
	raw.forEach((r, index) => {
		let text = '';
		let translation = '';
		const words: Word[] = [];
		const spans: TranslationSpan[] = [];
		for (const p of r.pieces) {
			const sep = text === '' ? '' : r.paragraphBefore.has(p) ? '\n' : separatorBetween(text, p.text);
			const offset = text.length + sep.length;
			text += sep + p.text;
			for (const w of p.words) words.push({start: offset + w.start, end: offset + w.end, startMs: w.startMs, endMs: w.endMs});
			if (p.translation !== undefined) {
				const tsep = translation === '' ? '' : separatorBetween(translation, p.translation);
				const tOffset = translation.length + tsep.length;
				translation += tsep + p.translation;
				spans.push({start: offset, end: offset + p.text.length, translationStart: tOffset, translationEnd: translation.length});
			}
		}
		const startMs = Math.min(...r.pieces.map((p) => p.startMs));
		const endMs = Math.max(startMs, ...r.pieces.map((p) => p.endMs), ...words.map((w) => w.endMs));
		const source = r.pieces[0]?.speaker ?? null;
		// A sound belongs to no one: it is filed under the speaker heard before it (after: the first).
		const speakerName = r.kind === 'speech' ? names.nameOf(source) : (lastSpeaker ?? names.nameOf(source));
		if (r.kind === 'speech') lastSpeaker = speakerName;
		const id = `t${String(index + 1).padStart(3, '0')}`;
		const turn: Turn & {speakerName: string} = {
			id,
			speakerIds: [],
			speakerName,
			text,
			kind: r.kind,
			startMs,
			endMs,
			line: r.pieces[0]?.line ?? 1,
		};
		if (words.length > 0)
			turn.words = words.map((w) => ({...w, startMs: clamp(w.startMs, startMs, endMs), endMs: clamp(w.endMs, clamp(w.startMs, startMs, endMs), endMs)}));
		if (translation !== '') {
			turn.translation = translation;
			turn.translationSpans = spans;
		}
		turns.push(turn);
	});
	return turns;
};

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Speakers who say something, in order of appearance, with ids and roles; sounds filed under a silent speaker move to the nearest one who speaks. */
const listSpeakers = ({turns, names}: {turns: (Turn & {speakerName: string})[]; names: ReturnType<typeof nameSpeakers>}): Speaker[] => {
	const order: string[] = [];
	for (const t of turns) if (t.kind === 'speech' && !order.includes(t.speakerName)) order.push(t.speakerName);
	const ids = new Map<string, string>();
	const used = new Set<string>();
	order.forEach((name, i) => {
		const base = (names.generic.has(name) ? `speaker-${name.split(' ').pop()}` : slugify(name)) || `speaker-${i + 1}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		ids.set(name, id);
	});
	let last = order[0] ?? '';
	for (const t of turns) {
		if (!ids.has(t.speakerName)) t.speakerName = last;
		last = t.speakerName;
		t.speakerIds = [ids.get(t.speakerName) ?? ''];
	}
	const roles = inferSpeakerRoles({turns, speakerIds: [...ids.values()]});
	for (const t of turns) delete (t as Partial<typeof t>).speakerName;
	return order.map((name) => {
		const id = ids.get(name) ?? '';
		const role = roles.get(id);
		return role === undefined ? {id, name} : {id, name, role};
	});
};
