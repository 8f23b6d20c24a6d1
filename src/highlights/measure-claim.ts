import {foldToSimplified} from '../text/fold-to-simplified';
import {type EnglishToken, endsSentenceAt, isWordToken} from '../text/tag-english';

/**
 * The two shapes of a line editors keep from a conversation, whatever its topic:
 * - `advice`: a lesson told to the listener — an imperative ("Set budgets on your
 *   things.", "Do not have your Lambdas write to…", "Just document every step.") or a
 *   rule ("You should always blame systems…", "the lesson is…", 你就不要…, 一定要…);
 * - `maxim`: a short general claim whose subject is a thing, not a person ("Principles are
 *   absolutes.", "Rigor can become paralyzing.", "Bitcoin is the first money that can be
 *   programmed.", 寬頻是人權。, 智商是最沒有用的一個東西。).
 */
export type Claim = {advice: boolean; maxim: boolean};

/** Words a spoken imperative may follow: "So just document…", "And always…", "Please don't…". */
const LEAD_INS = new Set([
	'so',
	'and',
	'but',
	'just',
	'please',
	'always',
	'never',
	'then',
	'now',
	'also',
	'really',
	'definitely',
	'basically',
	'yeah',
	'well',
	'okay',
]);
/** Imperatives that are chat, not advice: "Let me…", "Look,", "Thank you", "Say…", "Imagine…" (imagery has its own rule). */
const CHAT_VERBS = new Set([
	'let',
	'look',
	'thank',
	'thanks',
	'say',
	'see',
	'imagine',
	'wait',
	'hold',
	'go',
	'come',
	'listen',
	'mind',
	'guess',
	'welcome',
	'hang',
	'excuse',
	'tell',
]);
const RULE_EN =
	/\b(?:word of advice|my advice|the lesson|lessons? learned|the takeaway|the moral|rule of thumb|you (?:should|shouldn't|must|have to|need to|never|always)|we (?:should|must|need to|have to)|never ever|don't ever)\b/i;
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'there', 'what', 'who', 'which']);
const MAXIM_MAX_WORDS = 16;
const MAXIM_MAX_CHARS_ZH = 24;

/** English, sentence by sentence (`sentences`: the span's tokens cut at sentence ends). */
export const measureClaimEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): Claim => {
	let advice = false;
	let maxim = false;
	for (const sentence of splitSentences(tokens)) {
		const words = sentence.filter(isWordToken);
		const text = words.map((t) => t.text).join(' ');
		if (RULE_EN.test(text)) advice = true;
		let i = 0;
		while (i < words.length - 1 && LEAD_INS.has(words[i]?.text.toLowerCase() ?? '')) i++;
		const head = words[i];
		const next = words[i + 1];
		const question = sentence.some((t) => t.text === '?');
		if (!question && head !== undefined && next !== undefined) {
			const lower = head.text.toLowerCase();
			// "Do not have…", "Don't deploy…", "Never…" handled by the lead-ins; a bare verb first: "Set budgets…".
			const negated = (lower === 'do' || lower === "don't") && (next.text.toLowerCase() === 'not' || next.text.toLowerCase() === "n't" || next.pos === 'VERB');
			const bare = head.pos === 'VERB' && !/(?:ing|ed|s)$/i.test(head.text) && !CHAT_VERBS.has(lower) && next.pos !== 'PUNCT';
			if (negated || bare) advice = true;
		}
		if (!question && words.length >= 3 && words.length <= MAXIM_MAX_WORDS && sentence.at(-1)?.text !== '?') {
			let j = i;
			while (j < words.length && (words[j]?.pos === 'DET' || words[j]?.pos === 'ADJ')) j++;
			const subject = words[j];
			const verb = words.slice(j + 1, j + 4).find((t) => t.pos === 'AUX' || t.pos === 'VERB');
			if (subject !== undefined && (subject.pos === 'NOUN' || subject.pos === 'PROPN') && !PRONOUNS.has(subject.text.toLowerCase()) && verb !== undefined)
				maxim = true;
		}
	}
	return {advice, maxim};
};

/** The tokens by sentence, at the ends `endsSentenceAt` reads (not a dot inside "Next.js"). */
const splitSentences = (tokens: readonly EnglishToken[]): EnglishToken[][] => {
	const out: EnglishToken[][] = [[]];
	tokens.forEach((t, i) => {
		(out[out.length - 1] as EnglishToken[]).push(t);
		if (endsSentenceAt(tokens, i)) out.push([]);
	});
	return out.filter((s) => s.length > 0);
};

/** A rule or an instruction to the listener: 不要 / 别 / 千万 / 一定要 / 应该 / 必须 / 记得 (Simplified, after folding). */
const ADVICE_ZH = /不要|别(?![人的])|千万|一定要|应该|必须|记得|最好(?:是|要)?(?:不要|先)|教训|建议你|你就(?:要|不要|先)/;
/** A short sentence stating what a thing is: …是… / …才是… / …就是…, not opening on a person or a pointer. */
const COPULA_ZH = /是/;
const PERSON_OPENING_ZH = /^(?:我|你|他|她|它|这|那|对|嗯|就|所以|但|然后|因为|如果|比如|好比)/;
const SENTENCE_ZH = /[^。！？!?；;]+[。！？!?；;]?/g;

/** Chinese, by its sentences (Traditional folded to Simplified). */
export const measureClaimChinese = ({text}: {text: string}): Claim => {
	const folded = foldToSimplified(text);
	let maxim = false;
	for (const m of folded.matchAll(SENTENCE_ZH)) {
		const sentence = m[0].trim();
		if (sentence.length < 4 || sentence.length > MAXIM_MAX_CHARS_ZH || /[？?]/.test(sentence)) continue;
		if (COPULA_ZH.test(sentence) && !PERSON_OPENING_ZH.test(sentence)) maxim = true;
	}
	return {advice: ADVICE_ZH.test(folded), maxim};
};
