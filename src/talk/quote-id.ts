import {UserError} from '../errors';
import type {Turn} from './talk-schema';
import {type TurnSentence, turnSentences} from './turn-sentences';
import {partitionPoint} from '../text/partition-point';

/**
 * Stable quote ids: where a quote is in the talk, not where it falls in a selection.
 * `<turn>s<first>[-<last>][p<from>][e<to>]`: the turn's id, the 1-based numbers of the
 * first and last sentence the span touches (`turnSentences`), and, only when the span
 * does not start or end on those sentences' edges, its offsets into them. So
 * `t012s3` is sentence 3 of turn t012, `t012s3-4` sentences 3 and 4, `t012s3p4` sentence
 * 3 from its 5th character on (a leading `是的，` left out), `t017-2s1` the first
 * sentence of the part split off turn t017. The same passage keeps its id whatever the
 * budget and whatever other turns are edited.
 */
export const formatQuoteId = ({turnId, sentences, start, end}: {turnId: string; sentences: readonly TurnSentence[]; start: number; end: number}): string => {
	// The first sentence ending after `start`, by bisection: a turn of thousands of sentences is asked once per candidate.
	const after = partitionPoint(sentences.length, (i) => sentences[i]!.end <= start);
	const first = after < sentences.length ? after : -1;
	let last = first;
	while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last += 1;
	const a = sentences[first];
	const b = sentences[last];
	if (a === undefined || b === undefined) return `${turnId}c${start}-${end}`;
	const from = start > a.start ? `p${start - a.start}` : '';
	const to = end < b.end ? `e${end - b.start}` : '';
	return `${turnId}s${first + 1}${last > first ? `-${last + 1}` : ''}${from}${to}`;
};

/** The form of a quote id: turn, then sentences (with offsets) or, for a span found no other way, characters. */
export const QUOTE_ID = /^(t\d+(?:-\d+)?)(?:s(\d+)(?:-(\d+))?(?:p(\d+))?(?:e(\d+))?|c(\d+)-(\d+))$/;

/** True for a string of the quote-id form (`t012s3`, `t012s3-4p2`); it may still name nothing. */
export const isQuoteId = (id: string): boolean => QUOTE_ID.test(id);

/** The turn a quote id names (`t017-2s1` → `t017-2`); null when `id` is not of the form. */
export const turnIdOfQuoteId = (id: string): string | null => QUOTE_ID.exec(id)?.[1] ?? null;

/** The span of `turn` a quote id names: its text and offsets; a UserError when the id names nothing in the turn. */
export const spanOfQuoteId = ({id, turn, locale}: {id: string; turn: Turn; locale: string}): {start: number; end: number; text: string} => {
	const m = QUOTE_ID.exec(id);
	const fail = (problem: string): never => {
		throw new UserError({code: 'ARGS', problem: `quote "${id}": ${problem}`});
	};
	if (m === null || m[1] !== turn.id) return fail(`not a quote of turn ${turn.id}`);
	let start: number;
	let end: number;
	if (m[6] !== undefined) {
		start = Number(m[6]);
		end = Number(m[7]);
	} else {
		const {sentences} = turnSentences({text: turn.text, locale});
		const first = Number(m[2]) - 1;
		const last = m[3] === undefined ? first : Number(m[3]) - 1;
		const a = sentences[first];
		const b = sentences[last];
		if (a === undefined || b === undefined || last < first) return fail(`turn ${turn.id} has ${sentences.length} sentences`);
		start = a.start + (m[4] === undefined ? 0 : Number(m[4]));
		end = m[5] === undefined ? b.end : b.start + Number(m[5]);
	}
	if (!(start >= 0 && end > start && end <= turn.text.length)) return fail(`its span ${start}–${end} is not in turn ${turn.id}`);
	return {start, end, text: turn.text.slice(start, end)};
};
