/**
 * The marks that end a sentence, close it and go on with it: one set each, read by the
 * sentence segmenter (`segment-sentences`), by the cut of a long text into chunks
 * (`segment-in-chunks`, which the segmenter calls, so they live here and not there) and by
 * card splitting.
 */

/**
 * Characters that always end a sentence, on top of what ICU finds. ICU (UAX #29) does
 * not end sentences at ；or … and we want both; ！？ and half-width !? are listed so a
 * sentence end never depends on the locale. Half-width `.` is left to ICU, which knows
 * decimals (3.5), domains (Node.js) and lower-case continuations.
 */
export const SENTENCE_TERMINATORS: ReadonlySet<string> = new Set(['。', '！', '？', '；', '…', '．', '!', '?', '｡']);

/** Closing quotes and brackets that stay with the sentence they follow (`“好。”` is one sentence). */
export const SENTENCE_CLOSERS: ReadonlySet<string> = new Set([
	'”',
	'’',
	'"',
	"'",
	'）',
	')',
	']',
	'}',
	'」',
	'』',
	'》',
	'〉',
	'】',
	'〕',
	'〗',
	'］',
	'｝',
	'»',
	'›',
]);

/** Marks after which a sentence goes on (UAX #29's SContinue): commas and colons. A dash is not one here: in captions it opens the next speaker's line (`- Really? - No.`). */
export const SENTENCE_CONTINUERS: ReadonlySet<string> = new Set([',', '，', '、', '､', ':', '：', '︐', '︑', '︓', '﹐', '﹑', '﹕']);
