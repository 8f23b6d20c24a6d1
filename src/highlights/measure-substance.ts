import {foldToSimplified} from '../text/fold-to-simplified';
import {segmentInChunks} from '../text/segment-in-chunks';
import {type EnglishToken, isWordToken} from '../text/tag-english';
import {tokenizeWords} from '../text/tokenize-words';

/**
 * How much a span says: the share of its words that carry content (nouns, names, verbs,
 * adjectives, numbers — not pronouns, auxiliaries, particles and the verbs of chit-chat),
 * whether it names something (a proper noun other than the people on stage) and whether
 * it has a number with what it counts ("$15 billion", "30%", "two weeks", "10000 条通道").
 * Chit-chat ("Yeah, I mean, that's what I was thinking too.") has a low share.
 */
export type Substance = {contentShare: number; names: boolean; counts: boolean};

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Content-tagged words of chit-chat: they say nothing by themselves. */
const LIGHT_WORDS = new Set([
	'think',
	'know',
	'mean',
	'say',
	'said',
	'go',
	'going',
	'gonna',
	'get',
	'got',
	'like',
	'want',
	'guess',
	'thing',
	'things',
	'stuff',
	'lot',
	'bit',
	'kind',
	'sort',
	'way',
	'guys',
	'yeah',
	'okay',
	'right',
	'sure',
	'good',
	'great',
	'cool',
	'nice',
	'really',
]);
const UNITS =
	/^(?:%|percent|billion|million|thousand|hundred|trillion|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|x|dollars?|people|users?|\p{L}{3,})$/iu;

/** English, from `tagEnglish` tokens; `names` are the words of the speakers' names (lower case), not a topic. */
export const measureSubstanceEnglish = ({tokens, names}: {tokens: readonly EnglishToken[]; names: ReadonlySet<string>}): Substance => {
	const words = tokens.filter(isWordToken);
	if (words.length === 0) return {contentShare: 0, names: false, counts: false};
	const content = words.filter((t) => CONTENT_POS.has(t.pos) && !LIGHT_WORDS.has(t.text.toLowerCase())).length;
	const named = words.some((t, i) => t.pos === 'PROPN' && i > 0 && !names.has(t.text.toLowerCase()));
	const counts = tokens.some((t, i) => (t.pos === 'NUM' || /^\$?\d/.test(t.text)) && UNITS.test(tokens[i + 1]?.text ?? ''));
	return {contentShare: content / words.length, names: named, counts};
};

/** A number (digits or Chinese numerals) followed by a measure or a noun: 30%、两周、10000 条、15 亿美元. */
const COUNT_ZH = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万亿]+)\s*(?:%|％|个|条|年|月|周|天|倍|次|亿|万|人|美元|块|元|小时|分钟|秒|笔|种)/;
const NAMED_ZH = /[A-Z][A-Za-z0-9]+/;

/** Chinese: content words (`tokenizeWords`, stop words out) against all words (`Intl.Segmenter`). */
export const measureSubstanceChinese = ({text: raw, locale, names}: {text: string; locale: string; names: ReadonlySet<string>}): Substance => {
	const text = foldToSimplified(raw);
	let all = 0;
	for (const s of segmentInChunks({text, locale, granularity: 'word'})) if (s.isWordLike) all++;
	if (all === 0) return {contentShare: 0, names: false, counts: false};
	const {words, surfaces} = tokenizeWords({text, locale});
	const named = surfaces.some((s) => NAMED_ZH.test(s) && !names.has(s.toLowerCase()));
	return {contentShare: words.length / all, names: named, counts: COUNT_ZH.test(text)};
};
