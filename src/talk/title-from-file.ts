/** What follows a talk's name in a file name and is not part of it: the format, a language, "transcript". */
const EXTENSION = /\.(?:md|markdown|txt|text|srt|vtt|json|ya?ml|html?|ass|ssa|sub|sbv|lrc|tsv|ttml|xml|docx)$/i;
const LANGUAGE_SUFFIX = /\.(?:[a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$/;
const NAMES = (['language', 'script', 'region'] as const).map((type) => new Intl.DisplayNames(['en'], {type, fallback: 'none'}));
/** Whether `code` names a language, a script or a region (`en`, `Hans`, `BR`). */
const names = (code: string, types: number[]): boolean =>
	types.some((t) => {
		try {
			const form = t === 2 ? code.toUpperCase() : t === 1 ? code.charAt(0).toUpperCase() + code.slice(1).toLowerCase() : code.toLowerCase();
			return NAMES[t]?.of(form) !== undefined;
		} catch {
			return false;
		}
	});
/**
 * A tag of a language (`en`, `zh-Hans`, `pt_BR`, a bilingual `zh-en`), not words that look
 * like one (`node.js-tips`, `.js`, `intro.to-rust`): a language, then maybe a script, a
 * region or a second language.
 */
const isLanguageTag = (tag: string): boolean => {
	const [language = '', more] = tag.split(/[-_]/);
	return names(language, [0]) && (more === undefined || names(more, [0, 1, 2]));
};
const TRANSCRIPT_SUFFIX = /[\s_.-]+(?:transcript|transcription)$/i;
/** A video id as youtube-dl and yt-dlp add it: `My talk [dQw4w9WgXcQ]`. */
const VIDEO_ID = /\s*\[[A-Za-z0-9_-]{11}\]$/;

/**
 * A readable title from a file name, for a talk whose file names none: `Cool Talk.md` →
 * `Cool Talk`; `js-party-313.md` → `Js party 313`; `are_corporate_chains_back.en.vtt` →
 * `Are corporate chains back`; `my_podcast-ep12.final.srt` → `My podcast ep12 final`. A
 * language tag (`.en`), a downloader's video id (`[dQw4w9WgXcQ]`) and "transcript" go.
 * Underscores, and hyphens and dots between words, become spaces (between digits they
 * stay: `2024-06`, `v2.0`), so a title card never breaks a slug mid-word; an all-lower-case
 * first word is capitalised (`iPhone` stays). With the talk's turns, its words are cased as
 * the talk writes them (`caseAsSpoken`): `practical-ai-189.md` → `Practical AI 189`.
 */
export const titleFromFile = (file: string, spoken?: readonly {kind: string; text: string}[]): string => {
	const title = titleOfName(file);
	if (spoken === undefined) return title;
	// The opening of the talk's speech, up to MAX_CASING_CHARS: where a show says its own name.
	const parts: string[] = [];
	let length = 0;
	for (const turn of spoken) {
		if (length >= MAX_CASING_CHARS) break;
		if (turn.kind !== 'speech') continue;
		parts.push(turn.text.slice(0, MAX_CASING_CHARS - length));
		length += turn.text.length + 1;
	}
	return caseAsSpoken({title, text: parts.join('\n')});
};

const titleOfName = (file: string): string => {
	let name = (file.split(/[\\/]/).pop() ?? file).replace(EXTENSION, '');
	const language = LANGUAGE_SUFFIX.exec(name);
	if (language !== null && language.index > 0 && isLanguageTag(language[0].slice(1))) name = name.slice(0, language.index);
	if (name.replace(VIDEO_ID, '') !== '') name = name.replace(VIDEO_ID, '');
	const stripped = name.replace(TRANSCRIPT_SUFFIX, '');
	if (stripped.trim() !== '') name = stripped;
	const slugLike = !/\s/.test(name);
	let title = name.replace(/_+/g, ' ');
	if (slugLike) title = title.replace(/(?<!\d)[-.]+|[-.]+(?!\d)/g, ' ');
	title = title.replace(/\s+/g, ' ').trim();
	if (title === '') return 'Untitled talk';
	const first = title.split(' ')[0] ?? '';
	return slugLike && first === first.toLowerCase() ? title.charAt(0).toUpperCase() + title.slice(1) : title;
};

/** How much of the talk's text is read for how it writes the title's words: enough for every mention a show makes of its own name. */
const MAX_CASING_CHARS = 400_000;
/** Runs of title words looked up as one phrase: up to a show's name ("JS Party", "Practical AI", "The Changelog & Friends"). */
const MAX_PHRASE_WORDS = 4;
/** At most this many words of a title are re-cased (a file name is rarely longer; the phrases looked up grow with it). */
const MAX_TITLE_WORDS = 16;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word of a title made from a file name that the talk's text may case: lower-case letters, maybe with digits (`ai`, `js`, `gpt4`). */
const isLowerWord = (word: string): boolean => /^[a-z][a-z0-9]*$/.test(word);

/**
 * The forms a phrase of `words` takes in `text` (case-insensitive, whole words), counted;
 * `midSentence`: only where no sentence opens on it (a capital there says nothing of the word).
 */
const formsIn = ({words, text, midSentence}: {words: readonly string[]; text: string; midSentence: boolean}): Map<string, number> => {
	const forms = new Map<string, number>();
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[ \\t]+')}(?![\\p{L}\\p{N}])`, 'giu');
	for (const m of text.matchAll(pattern)) {
		if (midSentence && /(?:^|[.!?。！？:："“\n]\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
		const form = m[0].replace(/[ \t]+/g, ' ');
		forms.set(form, (forms.get(form) ?? 0) + 1);
	}
	return forms;
};

/** The most frequent of `forms` (the first seen on a tie) and its share of them. */
const mostFrequent = (forms: Map<string, number>): {form: string; share: number} | undefined => {
	let best: string | undefined;
	let count = 0;
	let total = 0;
	for (const [form, n] of forms) {
		total += n;
		if (n > count) {
			best = form;
			count = n;
		}
	}
	return best === undefined ? undefined : {form: best, share: count / total};
};

/**
 * A title made from a file name, cased as the talk writes its words:
 * `practical-ai-189.md` is "Practical ai 189" by its name alone, and "Practical AI 189"
 * when the talk says "Practical AI". A run of two or more lower-case words of the title
 * takes the form the text gives that phrase most often, when that form has a capital; a
 * word alone takes its most frequent form inside sentences when more than half of them
 * have it (`ai` → `AI`; not `work` → `Work` for a sentence that opens on it, nor `apple`
 * → `Apple` when the talk mostly eats them). Words the file name cases (`iPhone`) stay.
 */
export const caseAsSpoken = ({title, text}: {title: string; text: string}): string => {
	const words = title.split(' ');
	if (words.length > MAX_TITLE_WORDS || text === '' || isMostlyUpperCase(text)) return title;
	const out = [...words];
	for (let i = 0; i < words.length; ) {
		let taken = 0;
		for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2 && taken === 0; n--) {
			const phrase = words.slice(i, i + n);
			if (!phrase.every((w, k) => isLowerWord(w.toLowerCase()) && (isLowerWord(w) || (i + k === 0 && w === capitalise(w.toLowerCase()))))) continue;
			const best = mostFrequent(formsIn({words: phrase.map((w) => w.toLowerCase()), text, midSentence: true}));
			if (best === undefined || best.form === best.form.toLowerCase()) continue;
			out.splice(i, n, ...best.form.split(' '));
			taken = n;
		}
		if (taken === 0) {
			const word = words[i] ?? '';
			const lower = word.toLowerCase();
			// A letter alone ("a", "b") is no word the talk cases.
			if (lower.length >= 2 && isLowerWord(lower) && (isLowerWord(word) || (i === 0 && word === capitalise(lower)))) {
				const best = mostFrequent(formsIn({words: [lower], text, midSentence: true}));
				if (best !== undefined && best.share > 0.5 && best.form !== lower) out[i] = best.form;
			}
			taken = 1;
		}
		i += taken;
	}
	const cased = out.join(' ');
	// A title that opens on a capital still does ("Ai agents" → "AI agents"), unless the talk writes its first word otherwise ("iPhone review").
	const first = out[0] ?? '';
	// Capitals past the first letter ("iPhone", "AI") are the talk's own casing; "the" from "the Changelog" is not.
	const recased = first !== words[0] && first !== first.toLowerCase() && first !== capitalise(first.toLowerCase());
	return /^\p{Lu}/u.test(title) && !recased ? capitalise(cased) : cased;
};

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Captions in capitals (old broadcast subtitles) say nothing of how a word is cased: more capitals than small letters among the first 10 000 letters. */
const isMostlyUpperCase = (text: string): boolean => {
	let upper = 0;
	let lower = 0;
	for (const m of text.slice(0, 20_000).matchAll(/\p{Lu}|\p{Ll}/gu)) {
		if (/\p{Lu}/u.test(m[0])) upper++;
		else lower++;
		if (upper + lower >= 10_000) break;
	}
	return upper > lower;
};
