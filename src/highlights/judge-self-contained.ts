import {foldToSimplified} from '../text/fold-to-simplified';
import {type EnglishToken, isWordToken} from '../text/tag-english';

/**
 * Whether a quote opens on a reference to something outside it, which a card cannot show:
 * "That's why…", "This is really cool.", "He said…", "That's what…", 这就是… / 那也是… /
 * 他说… . A reference the quote itself resolves is fine: "He" in a quote that names the
 * person, "This approach fails because…" (a demonstrative with its noun reads as the
 * topic). "It's basically just lip service." keeps its "it": English opens half its
 * sentences on a dummy "it", and the rules leave that to the mild `pointer` part.
 */

/** What "that's" / "this is" point back with: a reason, a manner, an agreement. */
const BACK_POINTERS = new Set(['why', 'what', 'how', 'because', 'where', 'when', 'it', 'right', 'true', 'exactly', 'fair', 'correct']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
const PERSONS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'was', 'were', 'is', 'goes', 'went']);
/** Nouns too vague to name a topic ("that's a thing", "this is the stuff"). */
const VAGUE_NOUNS = new Set(['thing', 'things', 'stuff', 'one', 'part', 'lot', 'bit', 'point', 'case', 'idea', 'way', 'deal']);

/** English: by the first words of the span (`tagEnglish` tokens). */
export const opensOnReferenceEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): boolean => {
	const words = tokens.filter(isWordToken);
	const [first, second, third] = words;
	if (first === undefined) return false;
	const w1 = first.text.toLowerCase();
	const w2 = second?.text.toLowerCase() ?? '';
	const w3 = third?.text.toLowerCase() ?? '';
	if (DEMONSTRATIVES.has(w1) && first.pos !== 'DET') {
		// "That's why…", "That is what…", "This is exactly…".
		if (second?.pos === 'AUX' && BACK_POINTERS.has(w3)) return true;
		// "This is really cool.", "That was amazing.": a verdict on something the card does not show.
		if (second?.pos === 'AUX' || second?.pos === 'VERB') {
			const rest = words.slice(2);
			const topic = rest.some((t) => (t.pos === 'NOUN' && !VAGUE_NOUNS.has(t.text.toLowerCase())) || t.pos === 'PROPN' || t.pos === 'NUM');
			return !topic;
		}
	}
	if (PERSONS.has(w1)) {
		// "He said…", "She was like…", "They told us…" without the person named.
		const named = words.some((t) => t.pos === 'PROPN');
		if (!named && (SAYING.has(w2) || w2 === "'s")) return true;
		if (!named && (w1 === 'he' || w1 === 'she')) return true;
	}
	return false;
};

/**
 * A demonstrative standing as the subject and pointing back: 这就是… / 那也是… / 这就像… (emphatic
 * "that's exactly…"), 这是为什么… / 这是我的… ("that's why…", "that's my…"), or a short
 * verdict on it (这很酷。/ 那太棒了！). 这是一个巨大的变化… names its topic, and reads.
 */
const DEMONSTRATIVE_SUBJECT_ZH = [
	/^(?:这|那)(?:个|样|些)?(?:就是|也是|都是|正是|才是)/,
	// 这就… / 那个就…: "this (then)…". A bare 那就… is "then…", the consequence of what was
	// said, and reads on its own: 那就不是谁先跑到终点线，而是谁先踩到地雷。
	/^(?:这|那(?:个|样|些))就/,
	/^(?:这|那)(?:个|样|些)?是(?:为什么|因为|怎么|我的|我们的|你的|他的)/,
	/^(?:这|那)(?:个|样|些)?(?:很|太|非常|真的|真|确实|挺)[^，。！？,.!?]{0,6}[。！？!?]/,
];
/** A person pointed at, saying or thinking: 他说 / 她认为 / 他们觉得. */
const PERSON_SAYS_ZH = /^(?:他|她|他们|她们)(?:说|认为|觉得|讲|告诉|提到|表示)/;

/** Chinese: by the opening characters. */
export const opensOnReferenceChinese = ({text}: {text: string}): boolean => {
	const trimmed = foldToSimplified(text).trimStart();
	return DEMONSTRATIVE_SUBJECT_ZH.some((re) => re.test(trimmed)) || PERSON_SAYS_ZH.test(trimmed);
};
