import {joinWrappedLines} from '../text/join-wrapped-lines';
import {foldToSimplified} from '../text/fold-to-simplified';
import {captionsAreEnglish, countWords, endsSentence, findSentenceEnds, holdsSentenceEnd, type PauseUnit} from './find-sentence-ends';
import type {Chapter} from './read-chapters';
import type {RawWord} from './raw-transcript';
import type {SoundPlace} from './non-speech';
import {chapterAt} from './section-by-chapters';
import type {TranslationSpan, Word} from './talk-schema';
import {countCjkLetters} from '../text/classify-char';

/**
 * How timed cues become turns: sentences found from pauses in captions without
 * punctuation, a speaker's consecutive cues joined into one turn (paragraphs at pauses),
 * and a new turn at a chapter start. Used by `assembleTalk` for `cues` transcripts.
 */

/** A pause this long between two cues of one speaker starts a new paragraph (where a sentence ends). */
const PARAGRAPH_PAUSE_MS = 2000;
/** A speaker's turn longer than this is cut at the next sentence end: a lecture is many turns, so it can be divided into parts. */
const MAX_TURN_MS = 120_000;
/** A chapter that starts in the middle of a sentence starts after it, if that sentence ends within this long. */
const CHAPTER_SLACK_MS = 5000;

/** A raw turn's speech, or one of its sounds: what turns are made of. */
export type Piece = {
	kind: 'speech' | 'reaction';
	/** A sound from inside a speech turn or cue (`It was [laughs] funny`): it follows the turn it is part of. */
	inline: boolean;
	/** Of a sound from inside a turn or cue: where in its words it is heard (`splitNonSpeech`); in the words of the whole turn once cues are joined (`groupCues`). */
	heard?: SoundPlace;
	/** Of a sound heard within: where in the text (`Sound.at`); not kept when cues are joined. */
	at?: number;
	/**
	 * Of a sound from inside a cue: how many letters and digits of its cue's speech are said
	 * before it (`Sound.wordsBefore`; 0 before the first, all of them after the last). Cues
	 * are punctuated before they are joined, which moves offsets but adds no letter: this
	 * places the sound in the joined turn (`soundOffset`).
	 */
	wordsBefore?: number;
	/** Labels the source gives this piece itself (empty when it names no one here). */
	labels: string[];
	/** Who says it, by name: the labels resolved, or carried from the piece before (set by the assembler). */
	speakers: string[];
	/** One paragraph or more (`\n`), whitespace-normalised. */
	text: string;
	translation?: string;
	words: RawWord[];
	startMs?: number;
	endMs?: number;
	line: number;
	/** `>>`: someone else speaks from here (a new paragraph, since we cannot say who). */
	speakerChange: boolean;
	/** Index of the raw turn it comes from. */
	from: number;
};

/** A piece's speaker key: pieces of one speaker (or one group of speakers) have the same. */
export const speakerKey = (p: Piece): string => p.speakers.join('\u0000');

/**
 * Each cue's chapter, by its time (`chapterAt`); but a sentence that runs past a
 * chapter's start by less than CHAPTER_SLACK_MS stays whole in the chapter it began in
 * (chapter times are rounded, sentences are not).
 */
export const stickyChapters = ({pieces, chapters}: {pieces: readonly Piece[]; chapters: readonly Chapter[]}): ((p: Piece) => number) => {
	const of = new Map<Piece, number>();
	let previous: Piece | undefined;
	for (const p of pieces) {
		let index = chapterAt({chapters, startMs: p.startMs ?? 0, endMs: p.endMs ?? 0});
		if (p.kind === 'speech' && previous !== undefined) {
			const before = of.get(previous) ?? -1;
			const start = chapters[index]?.startMs ?? 0;
			if (index > before && speakerKey(previous) === speakerKey(p) && !endsSentence(previous.text) && (p.startMs ?? 0) < start + CHAPTER_SLACK_MS) {
				index = before;
			}
		}
		of.set(p, index);
		if (p.kind === 'speech') previous = p;
	}
	return (p) => of.get(p) ?? -1;
};

/**
 * Captions without punctuation (auto captions): sentence ends found from pauses
 * (findSentenceEnds) get a full stop (`。` after CJK) and the next sentence a capital; in
 * CJK captions a cue's end is a comma. A speaker change, a sound cue and a chapter start
 * always end a sentence. Edits the pieces' text and word offsets in place.
 */
export const punctuateByPauses = ({
	pieces,
	chapterOf,
	wordEndsKnown,
	statedLanguage = null,
	opensSentence = true,
}: {
	pieces: readonly Piece[];
	chapterOf: (p: Piece) => number;
	wordEndsKnown: boolean;
	/** The language the file states, if any (`findSentenceEnds`). */
	statedLanguage?: string | null;
	/** Whether the first piece opens a sentence (a capital): false for a stretch that goes on from the words before it. */
	opensSentence?: boolean;
}): void => {
	const units: Unit[] = [];
	const forced = new Set<number>();
	const gapless = cuesAreGapless(pieces);
	let previous: Piece | undefined;
	for (const piece of pieces) {
		if (piece.kind === 'reaction') {
			if (!piece.inline && units.length > 0) forced.add(units.length - 1);
			continue;
		}
		if (previous && units.length > 0 && (speakerKey(previous) !== speakerKey(piece) || piece.speakerChange || chapterOf(previous) !== chapterOf(piece))) {
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
			for (const u of estimateWords(piece, gapless)) units.push(u);
		}
		previous = piece;
	}
	const ends = findSentenceEnds({units, forcedBreaks: forced, statedLanguage});
	const edits = new Map<Piece, PunctuationEdit[]>();
	const add = (piece: Piece, edit: PunctuationEdit) => {
		const list = edits.get(piece);
		if (list === undefined) edits.set(piece, [edit]);
		else list.push(edit);
	};
	// English captions in small letters write the pronoun so too: `i'm here` → `I'm here` (each cue's text, below).
	const english = captionsAreEnglish({units, statedLanguage});
	units.forEach((u, i) => {
		if (i === 0 && opensSentence) add(u.piece, {at: u.start, kind: 'capital'});
		if (english && isPronounI({units, i})) add(u.piece, {at: u.start + u.text.indexOf('i'), kind: 'capital'});
		const wholeCue = u.cueEnd === true;
		const next = units[i + 1];
		// CJK captions without punctuation break lines at phrases: a cue's end is a comma.
		if (!ends.has(i) && wholeCue && next && CJK_END.test(u.piece.text) && CJK_START.test(next.text)) add(u.piece, {at: u.end, kind: 'comma'});
		if (!ends.has(i)) return;
		// A stop after the unit's last word (a cue-wide unit may end in a word the words list does not reach).
		add(u.piece, {at: wholeCue ? u.piece.text.length : u.end, kind: 'stop'});
		// After `。` a Latin word keeps its case (`bash 里…`): Chinese has no capitals to restore.
		if (next && !CJK_END.test(u.text)) add(next.piece, {at: next.start, kind: 'capital'});
	});
	for (const [piece, list] of edits) applyPunctuation(piece, list);
};

/** A stretch of cues without a sentence end is unpunctuated from this many words: the longest sentences people say run to about 60. */
const UNPUNCTUATED_STRETCH_WORDS = 80;

/**
 * The stretches of a punctuated file whose punctuation stopped: runs of speech cues with
 * no sentence end in any of them, of UNPUNCTUATED_STRETCH_WORDS or more (speech to text
 * that stops punctuating half-way through a long recording, as Whisper can). Each is
 * punctuated by its pauses (`punctuateByPauses`), the first cue opening a sentence when the
 * cue before it ended one. Sounds inside a stretch belong to it.
 */
export const unpunctuatedStretches = (pieces: readonly Piece[]): {pieces: Piece[]; opensSentence: boolean}[] => {
	const stretches: {pieces: Piece[]; opensSentence: boolean}[] = [];
	let run: Piece[] = [];
	let words = 0;
	let before: Piece | undefined;
	const close = () => {
		if (words >= UNPUNCTUATED_STRETCH_WORDS) stretches.push({pieces: run, opensSentence: before === undefined || endsSentence(before.text)});
		run = [];
		words = 0;
	};
	for (const piece of pieces) {
		if (piece.kind !== 'speech') {
			if (run.length > 0) run.push(piece);
			continue;
		}
		if (holdsSentenceEnd(piece.text)) {
			close();
			before = piece;
			continue;
		}
		run.push(piece);
		words += countWords(piece.text);
	}
	close();
	return stretches;
};

/**
 * Chinese captions that punctuate their sentences but not the cue ends inside one
 * (`本课程旨在带您了解` / `关于 Hugging Face 生态系统的一切` / `包括如何使用…`): a cue ends
 * where a phrase does, and joined with nothing the phrases ran together
 * (「…生态系统的一切包括如何使用…」). A cue that ends on a CJK letter, followed by a cue of
 * the same speaker that opens on one, ends with `，`, unless a cue ends inside a phrase
 * (「…深度学习的」 / 「一些基础知识」, 「选择一个」 / 「您最熟悉的版本」). Edits the pieces'
 * text in place (at its end: no word's offset moves).
 */
export const commaAtCjkCueEnds = (pieces: readonly Piece[]): void => {
	// The next cue said, past sounds from inside cues; a sound cue of its own ends the turn.
	const spoken = pieces.filter((p) => p.kind === 'speech' || !p.inline);
	spoken.forEach((piece, i) => {
		const next = spoken[i + 1];
		if (piece.kind !== 'speech' || next === undefined || next.kind !== 'speech' || next.speakerChange || speakerKey(next) !== speakerKey(piece)) return;
		// Cues cut from word times at a length, not where a phrase ends (深远 | 影响), and Japanese, whose phrases a 、 or nothing joins.
		if (piece.words.length > 0 || KANA.test(piece.text) || KANA.test(next.text)) return;
		if (!CJK_END.test(piece.text) || !CJK_START.test(next.text)) return;
		// Not inside a phrase: after a word that leads into the next (的, 一个, 会先, 我们) or before one that closes the last (的, 了, 们).
		const last = foldToSimplified(piece.text.slice(-2));
		if (LEADS_ON_ZH.test(last) || LEADS_ON_WORD_ZH.test(last) || CLOSES_BEFORE_ZH.test(foldToSimplified(next.text.slice(0, 1)))) return;
		piece.text = `${piece.text}，`;
	});
};

const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** A last character that leads into what follows: a particle, a measure word, a preposition, an adverb or auxiliary, a pronoun. */
const LEADS_ON_ZH = /[的地得之个种位些次先会要能可在把被对给和与跟同从向往让使将是就都也还很最更太这那每该您你我他她它们其]$/u;
/**
 * A last word that leads into what follows and never ends a clause: a preposition (关于,
 * 通过, 为了), a conjunction (如果, 因为, 以及), a verb that cannot go without its object
 * (包括, 成为, 来自, 变成), and 然后 or 就是, which open what comes next (…然后 | 再运行).
 * Not a verb that may end a clause at a cue's end (使用, 分享, 可以, 希望: 为了方便大家使用，
 * 我们…; 这样做当然也可以，不过…).
 */
const LEADS_ON_WORD_ZH =
	/(?:关于|对于|基于|由于|通过|根据|按照|针对|作为|为了|随着|除了|包括|成为|来自|变成|以及|或者|而且|并且|如果|因为|虽然|即使|只要|只有|不管|无论|就是|然后)$/u;
/** A first character that closes what came before: a particle or a plural. */
const CLOSES_BEFORE_ZH = /^[的地得了着过们吗呢吧啊呀嘛]/u;

type Unit = PauseUnit & {piece: Piece; start: number; end: number};
/** A gap between cues this long is a pause the source records… */
const RECORDED_GAP_MS = 200;
/** …and cues with fewer such gaps than this share of theirs are a gapless stream (YouTube's automatic captions as SubRip: each cue ends where the next starts). */
const GAPPED_SHARE = 0.1;

/**
 * Whether the cues' times say nothing of pauses: fewer than GAPPED_SHARE of the gaps
 * between one speech cue and the next are RECORDED_GAP_MS or longer. Their cue ends are
 * where a line filled up, not where the speaker paused.
 */
const cuesAreGapless = (pieces: readonly Piece[]): boolean => {
	let gaps = 0;
	let recorded = 0;
	let previous: Piece | undefined;
	for (const p of pieces) {
		if (p.kind !== 'speech' || p.startMs === undefined) continue;
		if (previous?.endMs !== undefined) {
			gaps++;
			if (p.startMs - previous.endMs >= RECORDED_GAP_MS) recorded++;
		}
		previous = p;
	}
	return gaps > 0 && recorded < GAPPED_SHARE * gaps;
};
/** A cue with more words than this holds more than one sentence of speech. */
const LONG_CUE_WORDS = 30;

/** A word: CJK text two characters at a time (as sentence lengths count it), other text by spaces. */
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,2}|[^\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

/**
 * The words of a cue whose source gives no word times, each given a share of the cue's
 * time by its length in characters: a cue of minutes (auto captions cut only at long
 * silences) can then end a sentence inside it. The last word ends where the cue does, so
 * the silence before the next cue stays what the source says; the other words of a long
 * cue are `estimated` (no pause is known after them).
 */
const estimateWords = (piece: Piece, gapless: boolean): Unit[] => {
	const startMs = piece.startMs ?? 0;
	const endMs = Math.max(startMs, piece.endMs ?? startMs);
	const found = [...piece.text.matchAll(WORD)].map((m) => ({start: m.index, end: m.index + m[0].length}));
	if (found.length === 0) return [{piece, start: 0, end: piece.text.length, text: piece.text, startMs, endMs, endKnown: true, cueEnd: true}];
	// Only a cue too long for one sentence is cut where no pause says so, unless no cue end says anything of pauses either.
	const long = gapless || found.length > LONG_CUE_WORDS;
	const total = found.reduce((sum, w) => sum + (w.end - w.start + 1), 0);
	let chars = 0;
	return found.map((w, i) => {
		const at = startMs + Math.round(((endMs - startMs) * chars) / total);
		chars += w.end - w.start + 1;
		const last = i === found.length - 1;
		const end = last ? endMs : startMs + Math.round(((endMs - startMs) * chars) / total);
		return {
			piece,
			start: w.start,
			end: last ? piece.text.length : w.end,
			text: piece.text.slice(w.start, w.end),
			startMs: at,
			endMs: end,
			endKnown: true,
			...(last ? {cueEnd: true} : long ? {estimated: true} : {}),
		};
	});
};

type PunctuationEdit = {at: number; kind: 'stop' | 'comma' | 'capital'};
/** The English pronoun in small letters, alone or contracted (`i`, `i'm`, `i’ve`, `i'll`, `i'd`), as a caption's word. */
const PRONOUN_I = /^i(?:['’](?:m|ve|ll|d))?$/;
/** Words around a loop's or a formula's `i`: `for i in range`, `print i times two`, `let i equal`. */
const CODE_BEFORE_I = new Set(['for', 'let', 'var', 'int', 'print', 'index', 'variable', 'letter', 'each']);
const CODE_AFTER_I = new Set(['in', 'equals', 'equal', 'times', 'plus', 'minus', 'from', '=', '+', '-', '/o', 'o']);

/** Whether caption word `i` is the English pronoun: its word alone, not in a Chinese cue, and not a loop's or a formula's letter. */
const isPronounI = ({units, i}: {units: readonly Unit[]; i: number}): boolean => {
	const u = units[i];
	if (u === undefined || !PRONOUN_I.test(u.text.trim()) || /\p{Script=Han}/u.test(u.piece.text)) return false;
	const word = (k: number) => units[k]?.text.trim().toLowerCase() ?? '';
	return u.text.trim() !== 'i' || !(CODE_BEFORE_I.has(word(i - 1)) || CODE_AFTER_I.has(word(i + 1)));
};
const CJK_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
/**
 * Whether a sentence ending after `text` takes 。: it ends on a CJK letter, or its last
 * words are more CJK than Latin (`那边的那位是PA` and `…『扳机』` end on a Latin word or a
 * bracket inside Chinese).
 */
const readsAsCjk = (text: string): boolean => CJK_END.test(text) || countCjkLetters(text) > (text.match(/\p{sc=Latin}/gu)?.length ?? 0);
const CJK_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * A piece's punctuation edits (offsets into its text as it is), applied in one pass over
 * the text and one over its words, so that a cue of a million characters and thousands
 * of sentences costs no more than reading it: a capital on the letter at `at`; a full
 * stop (`。` after CJK; a comma or semicolon before it dropped) or a comma at `at`,
 * unless a sentence already ends there.
 */
const applyPunctuation = (piece: Piece, list: readonly PunctuationEdit[]): void => {
	const text = piece.text;
	const parts: string[] = [];
	/** Where the text moves by how much, at or after an offset (in order). */
	const shifts: {at: number; by: number}[] = [];
	let cursor = 0;
	for (const edit of [...list].sort((a, b) => a.at - b.at || (a.kind === 'capital' ? 1 : -1))) {
		if (edit.at < cursor) continue;
		if (edit.kind === 'capital') {
			const ch = text.charAt(edit.at);
			const upper = ch.toUpperCase();
			if (upper.length !== ch.length || upper === ch) continue;
			parts.push(text.slice(cursor, edit.at), upper);
			cursor = edit.at + ch.length;
			continue;
		}
		// What comes before, as far as a sentence end or a comma can be seen (the text has single spaces).
		const before = text.slice(Math.max(0, edit.at - 64), edit.at);
		if (endsSentence(before) || (edit.kind === 'comma' && /[\p{P}]$/u.test(before))) continue;
		const dropped = edit.kind === 'stop' && /[,，;；:：]$/u.test(before) ? 1 : 0;
		const stop = edit.kind === 'comma' ? '，' : readsAsCjk(before.slice(0, before.length - dropped)) ? '。' : '.';
		parts.push(text.slice(cursor, edit.at - dropped), stop);
		cursor = edit.at;
		shifts.push({at: edit.at, by: stop.length - dropped});
	}
	if (parts.length === 0) return;
	parts.push(text.slice(cursor));
	piece.text = parts.join('');
	if (shifts.length === 0) return;
	let k = 0;
	let shift = 0;
	piece.words = piece.words.map((w) => {
		while (k < shifts.length && (shifts[k]?.at ?? 0) <= w.start) shift += shifts[k++]?.by ?? 0;
		return shift === 0 ? w : {...w, start: w.start + shift, end: w.end + shift};
	});
};

/** Pieces that make one turn; `paragraphBefore`: pieces that open a new paragraph of it. */
export type PieceGroup = {kind: 'speech' | 'reaction'; pieces: Piece[]; paragraphBefore: Set<Piece>};

/**
 * Consecutive speech cues of one speaker → one turn (a new paragraph after a pause of
 * PARAGRAPH_PAUSE_MS where a sentence ends, or at `>>`; a new turn at another speaker, a
 * chapter start, a sound cue, or after MAX_TURN_MS at a sentence end); a sound cue stands
 * alone, a sound from inside a cue follows the turn it is part of.
 */
export const groupCues = ({pieces, chapterOf}: {pieces: readonly Piece[]; chapterOf: (p: Piece) => number}): PieceGroup[] => {
	const out: PieceGroup[] = [];
	let current: (PieceGroup & {chapter: number}) | null = null;
	let pending: PieceGroup[] = [];
	const close = () => {
		if (current) {
			out.push(current);
			// Where in the joined turn each of its cues' sounds is heard: before its first word, after its last, else within.
			const first = current.pieces[0] as Piece;
			const last = current.pieces[current.pieces.length - 1] as Piece;
			for (const group of pending) {
				const sound = group.pieces[0] as Piece;
				sound.heard =
					sound.from > last.from || (sound.from === last.from && sound.heard === 'after')
						? 'after'
						: sound.from === first.from && sound.heard === 'before'
							? 'before'
							: 'within';
				// Cues are punctuated and joined after their sounds are cut: an offset into one cue's text says nothing of the turn's, its letters before the sound (`wordsBefore`) do.
				delete sound.at;
			}
		}
		for (const group of pending) out.push(group);
		current = null;
		pending = [];
	};
	for (const p of pieces) {
		if (p.kind === 'reaction') {
			const group: PieceGroup = {kind: 'reaction', pieces: [p], paragraphBefore: new Set()};
			if (p.inline && current) pending.push(group);
			else {
				close();
				out.push(group);
			}
			continue;
		}
		const cur: (PieceGroup & {chapter: number}) | null = current;
		const last = cur?.pieces[cur.pieces.length - 1];
		const first = cur?.pieces[0];
		const sentenceDone = last !== undefined && endsSentence(last.text);
		const tooLong = first !== undefined && last !== undefined && (last.endMs ?? 0) - (first.startMs ?? 0) >= MAX_TURN_MS && sentenceDone;
		if (cur === null || last === undefined || speakerKey(last) !== speakerKey(p) || cur.chapter !== chapterOf(p) || tooLong) {
			close();
			current = {kind: 'speech', pieces: [p], paragraphBefore: new Set(), chapter: chapterOf(p)};
			continue;
		}
		if (p.speakerChange || (sentenceDone && (p.startMs ?? 0) - (last.endMs ?? 0) >= PARAGRAPH_PAUSE_MS)) cur.paragraphBefore.add(p);
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

/**
 * A group's pieces joined into one turn's text (`\n` between paragraphs, a space or
 * nothing between cues by the script), with its word times (clamped to the turn's time),
 * its translation aligned piece by piece (`translationSpans`), and its time: from the
 * earliest start to the latest end of its pieces and words, and where each piece starts
 * in the text (`offsets`). Loops, no spread: a turn may hold 100 000 cues.
 */
export const joinGroup = (
	group: PieceGroup,
): {text: string; words: Word[]; translation: string; translationSpans: TranslationSpan[]; startMs?: number; endMs?: number; offsets: number[]} => {
	// Parts joined once at the end, with the length and the last characters kept apart: slicing a string built by `+=` would copy it whole at every cue.
	const text = new TextJoiner();
	const translation = new TextJoiner();
	const words: Word[] = [];
	const spans: TranslationSpan[] = [];
	let startMs: number | undefined;
	let endMs: number | undefined;
	const extend = (ms: number | undefined) => {
		if (ms !== undefined && (endMs === undefined || ms > endMs)) endMs = ms;
	};
	const offsets: number[] = [];
	for (const p of group.pieces) {
		const offset = text.append(p.text, group.paragraphBefore.has(p) ? '\n' : undefined);
		offsets.push(offset);
		for (const w of p.words) {
			words.push({start: offset + w.start, end: offset + w.end, startMs: w.startMs, endMs: w.endMs});
			extend(w.endMs);
		}
		if (p.translation !== undefined) {
			const tOffset = translation.append(p.translation);
			spans.push({start: offset, end: offset + p.text.length, translationStart: tOffset, translationEnd: translation.length});
		}
		if (p.startMs !== undefined && (startMs === undefined || p.startMs < startMs)) startMs = p.startMs;
		extend(p.endMs);
	}
	if (startMs !== undefined && endMs !== undefined && endMs < startMs) endMs = startMs;
	const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
	const lo = startMs ?? 0;
	const hi = endMs ?? Number.POSITIVE_INFINITY;
	const clamped = words.map((w) => {
		const s = clamp(w.startMs, lo, hi);
		return {...w, startMs: s, endMs: clamp(w.endMs, s, hi)};
	});
	return {
		text: text.toString(),
		words: clamped,
		translation: translation.toString(),
		translationSpans: spans,
		...(startMs === undefined ? {} : {startMs}),
		...(endMs === undefined ? {} : {endMs}),
		offsets,
	};
};

/** Text joined from parts by `separatorBetween` (or a given separator), in linear time. */
class TextJoiner {
	private readonly parts: string[] = [];
	/** The last few characters, which decide the separator. */
	private tail = '';
	length = 0;

	/** Appends `part` (after `separator`, else the script's), returning where it starts. */
	append(part: string, separator?: string): number {
		const sep = this.length === 0 ? '' : (separator ?? separatorBetween(this.tail, part));
		this.parts.push(sep, part);
		this.length += sep.length + part.length;
		this.tail = (this.tail + sep + part).slice(-8);
		return this.length - part.length;
	}

	toString(): string {
		return this.parts.join('');
	}
}
