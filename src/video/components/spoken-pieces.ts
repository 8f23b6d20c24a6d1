import {InternalError} from '../../errors';
import type {SpokenMark} from '../../plan/plan-schema';

/** A run of a drawn line: its text, where it starts in the block's text, and the mark it lies in (−1: none). */
export type SpokenPiece = {text: string; start: number; mark: number};

/** Where each drawn line starts in `text` (lines are substrings of it, in order: the line breaker drops only spaces). */
export const lineStarts = ({text, lines}: {text: string; lines: readonly string[]}): number[] => {
	let cursor = 0;
	return lines.map((line) => {
		const start = text.indexOf(line, cursor);
		if (start < 0) throw new InternalError({code: 'PLAN', problem: `line "${line}" is not in the text after offset ${cursor}`});
		cursor = start + line.length;
		return start;
	});
};

/**
 * A line (starting at `start` of the text) cut at every mark's edges, each piece knowing
 * its mark. Every word is a piece of its own on every frame, so marking one only changes
 * its colour: the line is laid out the same whether a word is marked or not.
 */
export const cutAtMarks = ({line, start, marks}: {line: string; start: number; marks: readonly SpokenMark[]}): SpokenPiece[] => {
	const end = start + line.length;
	const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]).filter((c) => c > start && c < end))].sort((a, b) => a - b);
	const edges = [start, ...cuts, end];
	return edges.slice(1).map((to, i) => {
		const from = edges[i]!;
		return {text: line.slice(from - start, to - start), start: from, mark: marks.findIndex((m) => m.start <= from && to <= m.end)};
	});
};

/** The mark of the word being said at absolute `frame`; −1 when none is. */
export const markAt = ({marks, frame}: {marks: readonly SpokenMark[]; frame: number}): number =>
	marks.findIndex((m) => m.fromFrame <= frame && frame < m.toFrame);
