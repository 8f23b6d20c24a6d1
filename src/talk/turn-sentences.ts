import {segmentSentences} from '../text/segment-sentences';

/** One sentence of a turn: UTF-16 offsets into the turn's text, trimmed, and its paragraph (`\n`-separated, 0-based). */
export type TurnSentence = {start: number; end: number; paragraph: number};

/**
 * The sentences of a turn's text, in order: `segmentSentences` per paragraph, so no
 * sentence crosses a paragraph break; spans are trimmed of whitespace. The one
 * segmentation that quote candidates and quote ids share.
 */
export const turnSentences = ({text, locale}: {text: string; locale: string}): {sentences: TurnSentence[]} => {
	const sentences: TurnSentence[] = [];
	let offset = 0;
	text.split('\n').forEach((paragraph, index) => {
		for (const s of segmentSentences({text: paragraph, locale}).sentences) {
			sentences.push({start: offset + s.start, end: offset + s.end, paragraph: index});
		}
		offset += paragraph.length + 1;
	});
	return {sentences};
};
