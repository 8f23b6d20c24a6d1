import {UserError} from '../../errors';
import type {Chapter} from '../read-chapters';
import {normaliseText} from './normalise-text';
import {looksLikeWebVtt, readWebVttCues} from './read-webvtt';

/**
 * A WebVTT chapters file (`<track kind="chapters">`, as podcast and video players use):
 * one cue per chapter, its text the title. Read with the same parser as transcripts;
 * chapters in time order, each ending where its cue ends.
 */
export const readWebVttChapters = ({text, file}: {text: string; file: string}): {chapters: Chapter[]} => {
	const normalised = normaliseText(text);
	if (!looksLikeWebVtt(normalised)) {
		throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: 'a chapters file must be WebVTT (start with "WEBVTT"), one cue per chapter'});
	}
	const {cues} = readWebVttCues({text: normalised, file});
	if (cues.length === 0) throw new UserError({code: 'TALK_PARSE', file, line: 1, problem: 'the chapters file has no chapters (no cue with a title)'});
	const chapters = cues
		.map((c) => ({title: c.text.replace(/\s*\n\s*/g, ' '), startMs: c.startMs, endMs: Math.max(c.startMs, c.endMs)}))
		.sort((a, b) => a.startMs - b.startMs);
	return {chapters};
};
