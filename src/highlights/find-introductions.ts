import {saysWhatAHostSays} from '../talk/infer-speaker-roles';
import type {TalkSentence} from './build-candidates';

/** An introduction runs at most this many sentences from the line that opens it. */
const INTRODUCTION_SENTENCES = 12;
const QUESTION = /[?？]/;

/**
 * A host introducing the show and its guest: from a sentence that says what a host says
 * (`saysWhatAHostSays`: "Today my guest is Ben Horowitz.", "In this episode, you'll hear
 * from Vic…", 欢迎收听…) through the rest of that speaker's stretch of turns (turns of theirs
 * with no one else's between), at most INTRODUCTION_SENTENCES, up to the first question
 * (which opens the conversation). The guest's résumé, the plan of the episode, the thanks:
 * the talk framing itself, never a quote. Only in a talk of several speakers: a talk of
 * one voice has no guest to introduce, and its opening may be its point.
 *
 * Returns indexes into `sentences`.
 */
export const findIntroductions = ({sentences}: {sentences: readonly TalkSentence[]}): Set<number> => {
	const found = new Set<number>();
	if (new Set(sentences.map((s) => s.speakerId)).size < 2) return found;
	let speaker: string | undefined;
	let left = 0;
	for (const s of sentences) {
		if (s.speakerId !== speaker) {
			speaker = s.speakerId;
			left = 0;
		}
		if (QUESTION.test(s.text)) {
			left = 0;
			continue;
		}
		if (saysWhatAHostSays(s.text)) left = INTRODUCTION_SENTENCES;
		if (left > 0) {
			found.add(s.index);
			left--;
		}
	}
	return found;
};
