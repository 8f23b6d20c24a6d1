import {MONTHS_AND_WEEKDAYS} from '../text/calendar-words';
import {foldToSimplified} from '../text/fold-to-simplified';
import {STOP_WORDS_EN, STOP_WORDS_ZH} from '../text/stop-words';
import {type EnglishToken, tagEnglish} from '../text/tag-english';
import {tokenizeWords} from '../text/tokenize-words';

/** Characters of a turn's head and of its tail that are read: a title needs a fair sample, not every word of a huge turn. */
const TITLE_SAMPLE_CHARS = 3000;
/** Words in an English title phrase, at most. */
const MAX_TITLE_WORDS = 4;
/** The most distinctive words of a part whose phrases compete for its title. */
const TITLE_CANDIDATES = 5;
/** Characters in a Chinese title phrase, at most. */
const MAX_TITLE_CHARS_ZH = 10;

/**
 * Words that carry no topic though they are no stop words: talk-show verbs and adverbs,
 * courtesy, vague nouns. They never title a part.
 */
const GENERIC_TITLE_WORDS: ReadonlySet<string> = new Set([
	...(
		'actually basically literally exactly really pretty maybe probably perhaps definitely absolutely totally certainly ' +
		'guess want need make made take took look come came give gave put use used using work feel felt try tried let see saw ' +
		'tell told ask asked seem show start started end keep kept mean meant call called talk talked talking said saying ' +
		'people person guy guys folks stuff kind way ways time times thing things lot bit part point question questions answer ' +
		'yeah yes okay cool great good bad nice sure fine glad happy thank thanks welcome hello hey right wrong true back today ' +
		'because though although also even still already again always never ever often sometimes somewhere something someone ' +
		'anything everything nothing everyone anyone whatever whenever however first second last next new old big small ' +
		'different same better best worse worst able likely exist exists existing happen happened happens problem problems ' +
		'gonna wanna gotta kinda sorta ' +
		'fun day days week weeks month months year years morning evening night tonight tomorrow yesterday ' +
		'two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred thousand million billion half'
	).split(' '),
	...MONTHS_AND_WEEKDAYS,
]);

/** Chinese words that carry no topic though they are no stop words: greetings and courtesy (早安, 谢谢), the show's own words (嘉宾, 节目), vague nouns (问题, 东西, 时候). Matched on the Simplified fold. */
const GENERIC_TITLE_WORDS_ZH: ReadonlySet<string> = new Set(
	'早安 晚安 午安 你好 您好 大家好 谢谢 感谢 欢迎 再见 拜拜 嘉宾 来宾 主持人 节目 听众 观众 问题 东西 事情 时候 部分 方面 地方 情况 样子 意思 感觉 今天 明天 昨天 现在 以后 以前'.split(
		' ',
	),
);

/** A contraction's tail ("he's", "they'll", "I'm"). */
const CONTRACTION = /['’](?:s|re|ll|ve|d|m)$/i;

/**
 * Nouns that point at what is said rather than say it: fine in a phrase ("Code examples",
 * "Hot topic", "Security aspect"), never a title alone ("Idea", "Topic", "Sorts").
 */
const VAGUE_ALONE: ReadonlySet<string> = new Set(
	'topic topics sort sorts idea ideas example examples aspect aspects piece pieces reason reasons choice choices issue issues'.split(' '),
);

/**
 * Lower-case words that judge, rank or count ("Right solution", "Big fan", "Few years"):
 * never a part's topic, and never the first word of a title ("Best practices", "big
 * data", "second brain" and "New York" are names of things).
 */
const JUDGING_WORDS: ReadonlySet<string> = new Set(
	(
		'right wrong good great bad nice cool few couple first last next different same better worse whole other ' +
		'possible certain particular specific actual real main entire overall various several many much more most less own additional extra'
	).split(' '),
);
/** Words that name a word, never the first word of a title ("the term emotional intelligence"); "word vectors" is a topic. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['term', 'word']);

const sample = (text: string): string =>
	text.length <= 2 * TITLE_SAMPLE_CHARS ? text : `${text.slice(0, TITLE_SAMPLE_CHARS)}\n${text.slice(text.length - TITLE_SAMPLE_CHARS)}`;

type Term = {key: string; tf: number; turns: Set<number>; forms: Map<string, number>; first: number};

/**
 * A title for each part of a talk, as a person would write it: a short phrase from the
 * part's own words, not a list of keywords. The part's most distinctive word (said often
 * in it, in at least two turns, rarely in the other parts; not a speaker's name, a number
 * or a generic word) is found by tf × idf over the parts; the title is the phrase around
 * it the part says most: in English the noun phrase it heads or modifies (by the parts of
 * speech of `tagEnglish`: "Silent payments", "the Lightning Network" → "Lightning
 * Network"), in Chinese the word with the content word most often beside it
 * (`递归型限制条款`). Names keep the case they are written in; only a lower-case first
 * letter is raised. A part with no such word gets "" (the caller shows its time range
 * or number). Pure and deterministic.
 */
export const titleSections = ({
	parts,
	names,
	locale,
	tokens,
}: {
	parts: string[][];
	names: string[];
	locale: string;
	/** Each turn's words as the caller already segmented them (of the same sample of its text), so a long talk is segmented once. */
	tokens?: readonly (readonly {words: readonly string[]; surfaces: readonly string[]}[])[];
}): {titles: string[]} => {
	const zh = locale.startsWith('zh') || locale.startsWith('ja');
	const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
	// Asked once per distinct word: a long part says the same words thousands of times.
	const known = new Map<string, boolean>();
	const usable = (w: string): boolean => {
		let answer = known.get(w);
		if (answer === undefined) {
			answer = isTitleWord(w);
			known.set(w, answer);
		}
		return answer;
	};
	const isTitleWord = (w: string) =>
		!nameWords.has(w) &&
		isContentZh(w) &&
		// A negated verb or adverb of two characters (不懂, 没有, 不会) is no topic; 不動產 is.
		!/^[不没沒].$/u.test(w) &&
		!GENERIC_TITLE_WORDS.has(w) &&
		!JUDGING_WORDS.has(w) &&
		// "Term" titled a part where a guest defined one; "word vectors" is a topic.
		!/^terms?$/.test(w) &&
		// A pronoun or a function word with its contraction ("he's", "they'll") is no topic either.
		!STOP_WORDS_EN.has(w.replace(CONTRACTION, '').replace(/n['’]t$/, '')) &&
		!/\d/.test(w) &&
		!/^[a-z]{3,}ly$/.test(w) &&
		([...w].length >= 2 || /[a-z]{3,}/.test(w));
	const texts = parts.map((turns) => turns.map(sample));
	const counts = texts.map((turns, part) => {
		const terms = new Map<string, Term>();
		turns.forEach((text, turn) => {
			const {words, surfaces} = tokens?.[part]?.[turn] ?? tokenizeWords({text, locale});
			words.forEach((w, i) => {
				if (!usable(w)) return;
				const key = stem(w);
				const t = terms.get(key) ?? {key, tf: 0, turns: new Set<number>(), forms: new Map<string, number>(), first: terms.size};
				t.tf++;
				t.turns.add(turn);
				const surface = surfaces[i] ?? w;
				t.forms.set(surface, (t.forms.get(surface) ?? 0) + 1);
				terms.set(key, t);
			});
		});
		return terms;
	});
	const df = new Map<string, number>();
	for (const terms of counts) for (const key of terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
	const used = new Set<string>();
	const titles = counts.map((terms, i) => {
		const ranked = [...terms.values()]
			.filter((t) => t.tf >= 2 && t.turns.size >= 2)
			.map((t) => ({t, score: t.tf * Math.log((parts.length + 1) / (df.get(t.key) ?? 1))}))
			.sort((a, b) => b.score - a.score || b.t.tf - a.t.tf || a.t.first - b.t.first)
			.slice(0, TITLE_CANDIDATES);
		// Each of the most distinctive words proposes its phrase; a phrase of several words said more than once outweighs a lone word, and no two parts share a title.
		let best: {title: string; score: number} | undefined;
		for (const {t, score} of ranked) {
			const forms = new Set(t.forms.keys());
			const found = zh ? phraseZh({texts: texts[i] ?? [], forms, locale}) : phraseEn({texts: texts[i] ?? [], forms});
			const title = zh ? trimTitleZh(found?.phrase ?? mostFrequent(t.forms) ?? t.key) : (found?.phrase ?? mostFrequent(t.forms) ?? t.key);
			if ([...title].length < 2 || VAGUE_ALONE.has(title.toLowerCase())) continue;
			const words = zh ? Math.max(1, Math.round([...title].length / 2)) : title.split(/\s+/).length;
			const weight = score * (found !== undefined && found.count >= 2 ? 1 + 0.5 * Math.min(words - 1, 2) : 1);
			if (used.has(sameTitle(title))) continue;
			if (best === undefined || weight > best.score) best = {title, score: weight};
		}
		if (best === undefined) return '';
		used.add(sameTitle(best.title));
		// A first word written with a capital or a digit after its first letter keeps its case ("iPhone camera", "x86-64 processors", "eBPF programs").
		return /^\S+?[\p{Lu}\d]/u.test(best.title.split(/\s/)[0] ?? '') ? best.title : best.title.charAt(0).toUpperCase() + best.title.slice(1);
	});
	return {titles};
};

/** A title as two parts may not share it: in lower case, its last word without a plural's -s ("Domains" and "Domain" are one title). */
const sameTitle = (title: string): string => title.toLowerCase().replace(/\S+$/, stem);

/** A word's plural as its singular ("models" → "model"), for words of four letters and more before the s. */
const stem = (w: string): string => (/^[a-z]{4,}s$/.test(w) ? w.slice(0, -1) : w);

/** A Chinese word of function characters only (我們 / 也不 / 就是): no topic, never a title. Matched on the Simplified fold. */
const FUNCTION_ONLY_ZH =
	/^[的了是在和与及或也就都而但还又再很太更最不没別别我你您他她它们咱这那哪每某个些种样其此之所以因为如果然后并且吗呢吧啊呀哦嗯嘛啦吧么什怎谁有要会能可得地着过对把被给让从到向跟比说讲想觉看做去来上下里中前后当用]+$/;
/** What a Chinese title phrase may not open with: a demonstrative with its measure word, a pronoun (這本書裡面 → 书里面 …). */
/** Measure words (台, 本, 个): after a demonstrative they go with it (這台車 → 車); alone they are no topic. */
const MEASURE_WORDS_ZH = '个些种样位台本只条件次家部场段篇句辆张把间座首份双对';
const LEADING_ZH = new RegExp(`^(?:(?:这|那|哪|每|某)[${MEASURE_WORDS_ZH}]?|(?:我们|你们|他们|她们|它们|咱们|大家|我|你|他|她|它)的?)`);
/** What it may not close with: a place word or particle (…里面 / …的 / …了). */
const TRAILING_ZH = /(?:里面|里头|里|上面|下面|中间|之中|的|了|吗|呢|吧|啊)$/;

/**
 * A Chinese phrase as a title: without the demonstrative, pronoun, place word or particle
 * at its edges, which make a fragment of a sentence (這台車 → 车, 这本书里面 → 书). Matched on
 * the Simplified fold, cut on the original (the fold keeps offsets). What is left may be too
 * short to title anything: the caller then tries the next word, or shows the time range.
 */
export const trimTitleZh = (phrase: string): string => {
	const folded = foldToSimplified(phrase);
	const start = folded.match(LEADING_ZH)?.[0].length ?? 0;
	const end = folded.length - (folded.slice(start).match(TRAILING_ZH)?.[0].length ?? 0);
	return phrase.slice(start, Math.max(start, end));
};

const mostFrequent = (counts: ReadonlyMap<string, number>): string | undefined => topOf(counts)?.phrase;

const topOf = (counts: ReadonlyMap<string, number>): {phrase: string; count: number} | undefined => {
	const [phrase, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
	return phrase === undefined || count === undefined ? undefined : {phrase, count};
};

/** A word and its repetitions right after it ("tags tags"), whatever their case. */
const REPEATED_WORD = /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}'’-]+)(?:\s+\1)+(?![\p{L}\p{N}'’-])/giu;

/** At most this many sentences around the title word are tagged: enough to see its phrases, bounded for a huge part. */
const MAX_TAGGED_SENTENCES = 40;

/**
 * The English noun phrase around the title word that the part says most: the word with
 * the adjectives, nouns and names next to it (no determiner, at most MAX_TITLE_WORDS),
 * as written, so names keep their capitals; an empty phrase when the word is never a
 * noun (a verb or an adjective alone titles nothing: "Coming", "Excited") or is said
 * only inside a hyphenated word.
 */
const phraseEn = ({texts, forms}: {texts: string[]; forms: ReadonlySet<string>}): {phrase: string; count: number} | undefined => {
	const phrases = new Map<string, number>();
	let tagged = 0;
	// Whether the word was read as a noun anywhere; whether it was said as a word of its own at all.
	let nominal = false;
	let partOnly = false;
	let wholeWord = false;
	// How often the word is said as a verb, and otherwise.
	let verbal = 0;
	let nouns = 0;
	for (const text of texts) {
		// Each sentence is split off only while more may be tagged: a long part stops reading early.
		if (tagged >= MAX_TAGGED_SENTENCES) break;
		for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
			if (tagged >= MAX_TAGGED_SENTENCES) break;
			if (![...forms].some((f) => sentence.includes(f))) continue;
			tagged++;
			const tokens = joinCompounds(tagEnglish({text: sentence}).tokens);
			tokens.forEach((t, k) => {
				if (!forms.has(t.text)) {
					// The word said only as a piece of a hyphenated one ("open" of "open-source") titles nothing alone.
					if (t.text.split(HYPHEN).some((part) => forms.has(part))) partOnly = true;
					return;
				}
				wholeWord = true;
				// A pronoun with its contraction is no part of a name, whatever the tagger reads ("the people I'm building it for": "I'm" as a name).
				const inPhrase = (x: EnglishToken | undefined) =>
					x !== undefined && (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ') && !CONTRACTION.test(x.text);

				if (!inPhrase(t) && t.pos !== 'VERB') return;
				if (t.pos === 'NOUN' || t.pos === 'PROPN') nominal = true;
				if (t.pos === 'VERB') verbal++;
				else nouns++;
				let from = k;
				while (from > 0 && inPhrase(tokens[from - 1]) && k - from + 1 < MAX_TITLE_WORDS) from--;
				// A word that judges or counts, written in lower case, opens no title: "Right solution", "Big fan", "Few years", "Great emotional intelligence" say that of the part's topic.
				while (from < k && (JUDGING_WORDS.has(tokens[from]?.text ?? '') || NAMING_WORDS.has(tokens[from]?.text ?? ''))) from++;
				let to = k;
				while (to + 1 < tokens.length && (tokens[to + 1]?.pos === 'NOUN' || tokens[to + 1]?.pos === 'PROPN') && to - from + 1 < MAX_TITLE_WORDS) to++;
				// A phrase ends on its noun: "privacy research", not "privacy".
				while (to > k && tokens[to]?.pos === 'ADJ') to--;
				if (tokens[to]?.pos === 'ADJ' || tokens[to]?.pos === 'VERB') return;
				const last = tokens[to];
				// A tagger reads a sentence's last word with its full stop as an abbreviation ("coming in." as inches): no noun, no title.
				if (last === undefined || /^[a-z]+\.$/.test(last.text)) return;
				// The phrase, and without the hyphenated words that open it: "GPU-based terminal emulator" says "terminal emulator" too, as it did before such a word was read whole.
				for (let f = from; f <= k && (f === from || HYPHEN.test(tokens[f - 1]?.text ?? '')); f++) {
					const first = tokens[f];
					if (first === undefined) continue;
					// A word said twice in a row is a stutter, said once in a title ("XML tags tags" → "XML tags"); a name stays ("Bora Bora").
					// A letter's full stop that ends the sentence is the sentence's ("We raised a Series A.").
					const end = /^\p{Lu}\.$/u.test(last.text) ? last.end - 1 : last.end;
					const phrase = sentence
						.slice(first.start, end)
						.replace(REPEATED_WORD, (run: string, word: string) => (/^\p{Lu}/u.test(word) && !/\s\p{Ll}/u.test(run) ? run : word));
					if (/\s{2,}|[,;:]/.test(phrase)) continue;
					phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
				}
			});
		}
	}
	// The longest of the phrases said most, so "Lightning Network" wins over "Lightning" said as often.
	const top = topOf(phrases);
	if (top === undefined) return (wholeWord && !nominal) || (partOnly && !wholeWord) ? {phrase: '', count: 0} : undefined;
	const longer = [...phrases.entries()].filter(([p, n]) => n >= Math.max(2, top.count * 0.5) && p.includes(top.phrase) && p.length > top.phrase.length);
	const [phrase, count] = longer.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [top.phrase, top.count];
	// A word said mostly as a verb titles nothing alone ("breaks all your customers", "took a break" → not "Break").
	if (!/\s/.test(phrase) && verbal > nouns) return {phrase: '', count: 0};
	return {phrase, count};
};

/**
 * Whether a hyphenated word reads as a modifier: an adjective in it ("latency-sensitive"),
 * an adverb opening it ("well-known ports"), or a noun or a verb form at its end with no
 * noun or pronoun before it ("Open-source software", "a real-time feed", "self-driving
 * cars"). After one ("people side-eye solutions architects") it is the verb the tagger
 * took for two nouns, and stays out of a title.
 */
const modifies = (parts: readonly EnglishToken[], before: EnglishToken | undefined): boolean => {
	const last = parts[parts.length - 1];
	// An adjective in it, or an adverb that opens it ("well-known", "hand-picked" by its participle).
	if (parts.some((t) => t.pos === 'ADJ') || parts[0]?.pos === 'ADV') return true;
	const nominal = last !== undefined && /^(?:NOUN|PROPN|VERB)$/.test(last.pos);
	return nominal && !/^(?:NOUN|PROPN|PRON)$/.test(before?.pos ?? '');
};

/** The hyphen that joins a compound word, ASCII or Unicode's (U+2010). */
const HYPHEN = /[-‐]/;
const isHyphen = (t: EnglishToken | undefined): boolean => t !== undefined && t.text.length === 1 && HYPHEN.test(t.text);

/**
 * The tagger's tokens with each hyphenated word as one ("open-source", "side-eye"), so a
 * title neither starts nor ends inside one ("people side-eye solutions architects" was
 * titled "Eye solutions architects", "open-source software" "Source software").
 */
const joinCompounds = (tokens: readonly EnglishToken[]): EnglishToken[] => {
	const out: EnglishToken[] = [];
	let parts: EnglishToken[] = [];
	const flush = () => {
		const [first] = parts;
		const last = parts[parts.length - 1];
		if (first !== undefined && last !== undefined)
			out.push(
				parts.length === 1
					? first
					: {text: parts.map((t) => t.text).join(''), pos: modifies(parts, out[out.length - 1]) ? 'ADJ' : 'X', start: first.start, end: last.end},
			);
		parts = [];
	};
	tokens.forEach((t, i) => {
		const previous = tokens[i - 1];
		const glued = previous !== undefined && previous.end === t.start;
		// A hyphen glued to the words on both sides joins them.
		const joins = glued && (isHyphen(t) ? tokens[i + 1]?.start === t.end : isHyphen(previous) && parts.length > 1);
		if (!joins) flush();
		parts.push(t);
	});
	flush();
	return out;
};

/** Whether a word a segmenter cut is a content word: not a stop word, not function characters only, no greeting (matched on the Simplified fold). */
const isContentZh = (surface: string): boolean => {
	const folded = foldToSimplified(surface);
	return !STOP_WORDS_ZH.has(folded) && !FUNCTION_ONLY_ZH.test(folded) && !GENERIC_TITLE_WORDS_ZH.has(folded) && !MEASURE_WORD_ZH.test(folded);
};
/** A measure word alone: 這台車 may be cut 這 / 台 / 車, and 台車 is no topic. */
const MEASURE_WORD_ZH = new RegExp(`^[${MEASURE_WORDS_ZH}]$`);

/**
 * The Chinese phrase: the title word with the content words written right against it
 * (a segmenter cuts 递归型限制条款 into 递 / 归 / 型 / 限制 / 条款), the longest such run
 * the part says at least twice, within MAX_TITLE_CHARS_ZH.
 */
const phraseZh = ({texts, forms, locale}: {texts: string[]; forms: ReadonlySet<string>; locale: string}): {phrase: string; count: number} | undefined => {
	const phrases = new Map<string, number>();
	for (const text of texts) {
		const {surfaces, offsets} = tokenizeWords({text, locale});
		surfaces.forEach((surface, i) => {
			if (!forms.has(surface)) return;
			// Written against each other, or a Latin word one space from a Chinese one, as Chinese text writes it (生成式 AI).
			const joined = (k: number) => {
				const gap = (offsets[k + 1] ?? 0) - (offsets[k] ?? 0) - (surfaces[k]?.length ?? 0);
				return gap === 0 || (gap === 1 && text[(offsets[k + 1] ?? 0) - 1] === ' ' && /[A-Za-z]/.test(`${surfaces[k]}${surfaces[k + 1]}`));
			};
			let from = i;
			while (from > 0 && joined(from - 1) && (offsets[i] ?? 0) + surface.length - (offsets[from - 1] ?? 0) <= MAX_TITLE_CHARS_ZH) from--;
			let to = i;
			while (to + 1 < surfaces.length && joined(to) && (offsets[to + 1] ?? 0) + (surfaces[to + 1]?.length ?? 0) - (offsets[from] ?? 0) <= MAX_TITLE_CHARS_ZH)
				to++;
			const seen = new Set<string>();
			// A phrase neither opens nor closes on a function word: "Uber已經" (Uber already) is a piece of a sentence. It may open on a demonstrative, which `trimTitleZh` cuts with its measure word (這台車 → 車, when the segmenter cut 這 / 台車).
			const content = surfaces.slice(from, to + 1).map((w, k) => from + k === i || isContentZh(w));
			for (let a = from; a <= i; a++) {
				if (!content[a - from] && !LEADING_ZH.test(foldToSimplified(surfaces[a] ?? ''))) continue;
				for (let b = i; b <= to; b++) {
					if (!content[b - from]) continue;
					const phrase = text.slice(offsets[a] ?? 0, (offsets[b] ?? 0) + (surfaces[b]?.length ?? 0));
					if (seen.has(phrase)) continue;
					seen.add(phrase);
					phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
				}
			}
		});
	}
	const top = topOf(new Map([...phrases].filter(([p]) => forms.has(p))));
	if (top === undefined) return undefined;
	const longer = [...phrases.entries()].filter(([p, n]) => n >= Math.max(2, top.count * 0.5) && p.length > top.phrase.length);
	const [phrase, count] = longer.sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [top.phrase, top.count];
	return {phrase, count};
};
