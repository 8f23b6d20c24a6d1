import type {Talk} from '../talk/talk-schema';
import {openAsSentence, smallNamesOf} from '../text/open-as-sentence';

/** Each talk's words written in small letters only at a sentence's start, read once per talk (a recap and each of its clips ask). */
const smallNamesByTalk = new WeakMap<Talk, ReadonlySet<string>>();

/**
 * A quote's text as its card shows it (`openAsSentence`): a first word in small letters
 * with a capital, unless the talk writes that word so (`smallNamesOf`: `npm`). The recap
 * and the clips show a quote the same way.
 */
export const shownQuoteText = ({talk, text}: {talk: Talk; text: string}): string => {
	let names = smallNamesByTalk.get(talk);
	if (names === undefined) {
		names = smallNamesOf(talk.sections.flatMap((s) => s.turns.filter((t) => t.kind === 'speech').map((t) => t.text)));
		smallNamesByTalk.set(talk, names);
	}
	return openAsSentence(text, names);
};
