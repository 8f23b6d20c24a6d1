import {rankCandidates} from '../../src/highlights/rank-candidates';
import type {Talk} from '../../src/talk/talk-schema';
import {makeTalk} from './make-talk';

/** The candidates of `talk`, looked up by their exact text: a text no candidate is throws. */
export const candidatesOf = (talk: Talk) => {
	const {candidates} = rankCandidates({talk});
	return (span: string) => {
		const found = candidates.find((c) => c.text === span);
		if (found === undefined) throw new Error(`no candidate "${span}"`);
		return found;
	};
};

/** The same for a talk of one turn, `text`, said by a guest. */
export const oneTurnCandidates = ({language, text}: {language: 'en' | 'zh'; text: string}) =>
	candidatesOf(makeTalk({language, sections: [{turns: [['guest-a', text]]}]}));
