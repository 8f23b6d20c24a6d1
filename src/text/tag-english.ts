import winkNLP, {type PartOfSpeech} from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One English token with its Universal Dependencies part of speech and where it is in the text tagged. */
export type EnglishToken = {text: string; pos: PartOfSpeech; start: number; end: number};

/** Whether a token is a word: not punctuation, a symbol or a space. */
export const isWordToken = (t: EnglishToken | undefined): t is EnglishToken => t !== undefined && t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE';

/** Punctuation that ends a sentence: a full stop, a question or exclamation mark, an ellipsis. */
export const SENTENCE_END_TOKEN = /^[.!?…]+$/;

/**
 * Whether the token at `i` ends a sentence: a full stop, question or exclamation mark or
 * an ellipsis, and not a dot inside a word — "caniuse.com", "Next.js", "sync.Pool",
 * "GoTime.FM": a full stop with a letter or a digit right after it. A question or
 * exclamation mark always ends one ("Why?Because…").
 */
export const endsSentenceAt = (tokens: readonly EnglishToken[], i: number): boolean => {
	const t = tokens[i];
	if (t === undefined || !SENTENCE_END_TOKEN.test(t.text)) return false;
	const next = tokens[i + 1];
	return !(t.text === '.' && next !== undefined && next.start === t.end && /^[\p{L}\d]/u.test(next.text));
};

/**
 * Texts longer than this are tagged in their last TAIL_CHARS only: a quote is at most a
 * few dozen words, and what is asked of a long run-on sentence (how it ends, whether a
 * clause near its end stands) lies in its tail. Bounds the time one hostile sentence costs.
 */
const MAX_TAGGED_CHARS = 2000;
const TAIL_CHARS = 600;

let engine: ReturnType<typeof winkNLP> | undefined;

/**
 * winkNLP with its English light web model (MIT; about 95 % part-of-speech accuracy on
 * the WSJ corpus, and 37 000 words a second here), made on first use: reading the model
 * takes about 0.2 s, which a talk without English text never pays. Only the tokenizer and
 * the tagger run (`pos`); sentence breaking, entities, negation and sentiment are off.
 * The model is bundled, nothing is fetched, and the same text always gets the same tags.
 */
const englishEngine = (): ReturnType<typeof winkNLP> => {
	engine ??= winkNLP(model, ['pos']);
	return engine;
};

/**
 * The words and punctuation of `text` with their parts of speech (`PRON`, `AUX`, `VERB`,
 * `ADP`, `DET`, `CCONJ`, `SCONJ`, …) and UTF-16 offsets into `text`. A text longer than
 * MAX_TAGGED_CHARS is tagged from its last TAIL_CHARS (cut at a space). Pure and
 * deterministic.
 */
export const tagEnglish = ({text}: {text: string}): {tokens: EnglishToken[]} => {
	let from = 0;
	if (text.length > MAX_TAGGED_CHARS) {
		const space = text.indexOf(' ', text.length - TAIL_CHARS);
		from = space === -1 ? text.length - TAIL_CHARS : space + 1;
	}
	const nlp = englishEngine();
	const doc = nlp.readDoc(text.slice(from));
	const values = doc.tokens().out() as string[];
	const tags = doc.tokens().out(nlp.its.pos) as PartOfSpeech[];
	const tokens: EnglishToken[] = [];
	let cursor = from;
	values.forEach((value, i) => {
		const at = text.indexOf(value, cursor);
		// A token the tokenizer rewrote (none in the light model's English) is left out rather than misplaced.
		if (at === -1 || at - cursor > 40) return;
		tokens.push({text: value, pos: tags[i] ?? 'X', start: at, end: at + value.length});
		cursor = at + value.length;
	});
	return {tokens};
};

/**
 * Past forms without -ed ("took", "made", "was"): a verb so written is finite ("When I
 * joined the company had twelve people.", "That took a while."). Not those that are also
 * the bare form ("put", "let", "cost"): "…you've gotta put your identity out there" has no
 * finite verb of its own.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
	(
		'had was were did made took came went got said knew thought found gave told became left felt brought began kept ' +
		'held stood ran won lost paid met sold built sent fell grew drew wrote spoke broke chose rose drove ate saw led ' +
		'meant spent bought caught taught understood struck threw blew showed shook woke wore tore bore forgot hid fed ' +
		'fought rode rang sang sank slept slid spun stole stuck swore swam swung'
	).split(' '),
);
