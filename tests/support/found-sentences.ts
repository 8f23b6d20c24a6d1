import {type TalkSentence, buildCandidates} from '../../src/highlights/build-candidates';
import type {Talk} from '../../src/talk/talk-schema';
import {makeTalk} from './make-talk';

/** The sentences of a small English talk of one section that `find` picks (by their indexes), as text. */
export const sentencesFoundBy = ({
	turns,
	speakers,
	find,
}: {
	turns: [string, string][];
	speakers: string[];
	find: (input: {sentences: readonly TalkSentence[]; talk: Talk}) => Set<number>;
}): string[] => {
	const talk = makeTalk({language: 'en', speakers, sections: [{turns}]});
	const {sentences} = buildCandidates({talk});
	const found = find({sentences, talk});
	return sentences.filter((s) => found.has(s.index)).map((s) => s.text);
};
