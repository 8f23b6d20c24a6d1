import {foldToSimplified} from '../text/fold-to-simplified';
import {type EnglishToken, endsSentenceAt, IRREGULAR_PAST, isWordToken} from '../text/tag-english';

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
/**
 * A demonstrative and "be" before a stand-in for what it points at: "that's something…",
 * "this is one of the things…", "that was the kind of thing…", "those are exactly what…".
 */
const PLACEHOLDER =
	/^(?:that|this|these|those)(?:'s| is| was| are| were)(?: (?:really|just|actually|also|definitely|probably|still|totally|literally))? (?:something(?! of\b)|one thing|a thing|the (?:kind|sort|type)s? of (?:thing|stuff)s?|one of the (?:[\w-]+ ){0,3}(?:things|reasons|problems|parts|ways|ideas|lessons)|exactly (?:the kind of thing|what))\b/;
/** The back-pointers a second part of the sentence can answer: "That's why portals were so big, because search was so bad." */
const ANSWERED_POINTERS = new Set(['why', 'what', 'how', 'where']);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);
const PERSONS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'was', 'were', 'is', 'goes', 'went']);
/** The verb of a quotative "like": "they're like "…"", "she was like, …". */
const QUOTATIVE_BE = new Set(["'re", 'are', 'were', 'was', 'is', "'s"]);
/** Words a reported utterance opens with after "like,": "He was like, "Oh…"", "They're like, no way." */
const UTTERANCE_OPENERS = new Set([
	'oh',
	'yeah',
	'yes',
	'no',
	'what',
	'well',
	'hey',
	'okay',
	'ok',
	'wow',
	'wait',
	'dude',
	'man',
	'nope',
	'sure',
	'look',
	'listen',
	'i',
]);
/** A quotation mark as a token of its own. */
const QUOTE_MARK = /^["“”'‘’]$/;
/**
 * Whether the words at `at`, after a quotative "like", report someone's words: a quote
 * mark, or after a comma, colon or dash a quote mark, a capital or an interjection ("He was
 * like, "Tim…"", "She was like, Oh my God."). "They're like, super expensive." and
 * "They're like -- they're basically free." use "like" as a filler.
 */
const reportsSpeech = (tokens: readonly EnglishToken[], at: number): boolean => {
	const t = tokens[at];
	if (t === undefined) return false;
	if (QUOTE_MARK.test(t.text)) return true;
	if (!/^(?:[,:]|--?|—)$/.test(t.text)) return false;
	const next = tokens[at + 1];
	return next !== undefined && (QUOTE_MARK.test(next.text) || /^\p{Lu}/u.test(next.text) || UTTERANCE_OPENERS.has(next.text.toLowerCase()));
};
/** Nouns too vague to name a topic ("that's a thing", "this is the stuff", "that's a good one", "that's an open question"). */
const VAGUE_NOUNS = new Set([
	'thing',
	'things',
	'stuff',
	'one',
	'part',
	'lot',
	'bit',
	'point',
	'case',
	'idea',
	'way',
	'deal',
	'question',
	'problem',
	'issue',
	'example',
	'answer',
	'questions',
	'problems',
	'issues',
	'examples',
	'answers',
	'ones',
	'ideas',
	'points',
	'cases',
	'ways',
	'parts',
	'bits',
]);
/** Words a speaker opens a line with before its subject: "And that's…", "So this is…", "Yeah, that's…", "I mean, that's…". */
export const LEADING_MARKERS = new Set(['and', 'so', 'but', 'yeah', 'yes', 'well', 'oh', 'okay', 'ok', 'now', 'um', 'uh']);
/**
 * "As Paul just said", "like I mentioned", "as you pointed out" opening a line (its words in
 * lower case, contractions joined): said by someone in the talk, a pronoun, or by a name
 * with "just", "earlier" or "before". "As Einstein said, …", "As my dad said, …" and "Like
 * it says on the tin" quote someone outside it, and stand.
 */
const AS_SAID =
	/^(?:as|like|just like) ([\w'-]+(?: (?!just |already |also )[\w'-]+)?) (just |already |also |was |were |had |have |'ve |'d )?(?:said|says|mentioned|pointed out|put it|was saying|were saying|noted|alluded to|discussed)\b( (?:earlier|before|a (?:minute|moment|second) ago))?/;
const SAYERS = new Set(['i', 'you', 'we', 'he', 'she', 'they']);
const saidEarlier = (line: string): boolean => {
	const m = AS_SAID.exec(line);
	if (m === null) return false;
	return SAYERS.has(m[1] ?? '') || m[2] === 'just ' || m[2] === 'already ' || m[3] !== undefined;
};
/**
 * The other speaker's words pointed at in the line's first sentence, wherever in it:
 * "…this jury-rigging, as you're mentioning.", "maybe just a comment on what you said",
 * "To your point, …", "the grid you just mentioned". A "you" that is anyone stays:
 * "Nobody cares about what you said; they care about what you did.", "Do as you said you
 * would." (In the evaluation talks' candidates, 26 lines say so, and editors marked none.)
 */
const POINTS_BACK =
	/\b(?:(?:as|like) you(?:'re| are|'ve| have)? (?:just |already )?(?:mentioning|mentioned|said|saying|pointed out|put it)(?= ?[,.;:!?—-]| ?$)|(?:^|[,;:] )to your point(?= ?,)|(?:comment|point|question|add|back|going back|come back|coming back) (?:on|to) what you (?:just )?(?:said|mentioned)|(?:what|that|which|the \w+) you just (?:said|mentioned|brought up))\b/;

/** Sayings that open on a pointer and stand alone. */
const SAYINGS = new Set([
	"that's what friends are for",
	'this is what democracy looks like',
	"this is why we can't have nice things",
	'that was then this is now',
]);
/** Where a sentence's second part starts: a colon, a dash, a semicolon, ", is", ", because" ("--" is a spoken restart, not one). */
const SECOND_PART = new Set([':', ';', '-', '–', '—']);
const POINTING_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'he', 'she', 'they']);

/**
 * Whether the words after `from` say, in a second part of the same sentence, what a "that's
 * why / what / how" points at: "This is how it works: you pay once, and you own it
 * forever." The second part needs four words and a verb, and no pointer of its own ("…,
 * because it's so energetic.", "…, because of that.").
 */
const answersItself = (tokens: readonly EnglishToken[], from: number): boolean => {
	for (let i = from; i < tokens.length; i++) {
		const t = tokens[i] as EnglishToken;
		// The sentence ends: what comes after is another one's ("That's why we left. Rents were too high, because…").
		if (endsSentenceAt(tokens, i)) return false;
		const next = tokens[i + 1];
		let rest: number;
		const prev = tokens[i - 1];
		// A dash between words, not inside one ("shout-outs") nor doubled ("--").
		const spaced = t.text !== '-' || ((prev === undefined || prev.end < t.start) && (next === undefined || t.end < next.start));
		if (SECOND_PART.has(t.text) && spaced && next?.text !== '-' && prev?.text !== '-') rest = i + 1;
		else if (t.text === ',' && (next?.text.toLowerCase() === 'is' || next?.text.toLowerCase() === 'because')) rest = i + 2;
		else continue;
		const end = tokens.findIndex((_, j) => j >= rest && endsSentenceAt(tokens, j));
		const words = tokens.slice(rest, end === -1 ? undefined : end).filter(isWordToken);
		const opener = words[0]?.text.toLowerCase() ?? '';
		const ofPointer = opener === 'of' && POINTING_SUBJECTS.has(words[1]?.text.toLowerCase() ?? '');
		return words.length >= 4 && !POINTING_SUBJECTS.has(opener.replace(/'s$/, '')) && !ofPointer && words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
	}
	return false;
};

/** Adjectives that judge ("a great story", "a huge difference", "the main reason"), unlike those that classify ("a solar panel", "an open source project"). */
const EVALUATIVE = new Set(
	(
		'good great bad nice cool fine real true fair important interesting amazing awesome incredible terrible awful horrible brilliant ' +
		'beautiful wonderful fantastic excellent perfect huge big small little tiny massive major minor key main whole different same ' +
		'unique complex simple easy hard tough difficult brave bold strong weak valid better worse first last final favorite favourite ' +
		'pleasant sweet lovely funny weird strange crazy wild insane obvious clear classic common rare typical natural'
	).split(' '),
);
/** Words of a tag after a comma that a tagger may read as nouns: "…, right?", "…, man.", "…, mate!". */
const TAG_WORDS = new Set(['right', 'man', 'mate', 'dude', 'guys', 'folks', 'everyone', 'everybody', 'too', 'though', 'yeah', 'okay', 'ok', 'huh', 'eh']);
/** Possessive determiners: "Those are our principles." points back at them. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
/**
 * Whether the words after "that is" / "those are" are all a noun phrase that only judges
 * or claims what came before: a possessive and its noun ("Those are our principles.",
 * "That's my take."), or an article with an adjective that judges before its one noun
 * (EVALUATIVE, a superlative after "the", or any after an adverb: "That is such an
 * important construct.", "That's a really interesting take.", "That is the strictest
 * definition."). A noun phrase that says more names its topic ("That is the main problem
 * with PWAs on iOS."); one that only classifies is `namesOnlyAKind`'s.
 */
const namesOnlyAVerdict = (tokens: readonly EnglishToken[], words: readonly EnglishToken[]): boolean => {
	// A tag of a few words after a comma is not part of the noun phrase ("That's a good feeling, right?", "…, too."); a noun, a name or a number after it is ("That's our biggest customer, Walmart.").
	const comma = tokens.find((t) => t.text === ',' && t.start > (words[0]?.start ?? 0));
	const after = comma === undefined ? [] : words.filter((t) => t.start > comma.start);
	const tagged = comma !== undefined && after.length <= 3 && !after.some((t) => /^(?:NOUN|PROPN|NUM)$/.test(t.pos) && !TAG_WORDS.has(t.text.toLowerCase()));
	const rest = tagged ? words.filter((t) => t.start < comma.start) : words;
	let i = rest[0]?.text.toLowerCase() === 'such' ? 1 : 0;
	const det = rest[i]?.text.toLowerCase() ?? '';
	const owned = POSSESSIVES.has(det);
	if (!owned && !/^(?:a|an|the)$/.test(det)) return false;
	i++;
	let judged = false;
	for (; rest[i]?.pos === 'ADV' || rest[i]?.pos === 'ADJ'; i++) {
		const w = rest[i]?.text.toLowerCase() ?? '';
		judged ||= rest[i]?.pos === 'ADV' || EVALUATIVE.has(w) || (det === 'the' && /est$/.test(w));
	}
	const nouns = rest.slice(i);
	// An adjective before two nouns is part of a name ("a real estate company", "a big data company"): it classifies.
	return nouns.every((t) => t.pos === 'NOUN') && (owned ? nouns.length > 0 && nouns.length <= 2 : judged && nouns.length === 1);
};

/** At most this many nouns, a noun phrase after "that is" only names a kind. */
const MAX_KIND_NOUNS = 3;
/**
 * Whether the words after "that is" / "those are" only say what kind of thing it is: an
 * article or none, adjectives and adverbs, and a few nouns, negated or not, and nothing more ("And
 * those are not comparable types.", Go Time #267; "This is a solar panel.", "That's a real
 * estate company."). What it is stays outside the card. A preposition, a verb, a name or
 * a number says more: "That is the main problem with PWAs on iOS.", "That's a business
 * model that pays.", "That was a Next.js thing."
 */
const namesOnlyAKind = (words: readonly EnglishToken[]): boolean => {
	let i = /^(?:not|n't|never)$/.test(words[0]?.text.toLowerCase() ?? '') ? 1 : 0;
	if (/^(?:a|an|the)$/i.test(words[i]?.text ?? '')) i++;
	// A word written with a capital or a digit is a name the tagger missed ("Next.js" is "Next", ".", "js").
	const plain = (t: EnglishToken) => /^[a-z'’-]+$/.test(t.text);
	while ((words[i]?.pos === 'ADV' || words[i]?.pos === 'ADJ') && plain(words[i] as EnglishToken)) i++;
	const nouns = words.slice(i);
	return nouns.length > 0 && nouns.length <= MAX_KIND_NOUNS && nouns.every((t) => t.pos === 'NOUN' && plain(t));
};

/**
 * Whether `verb` can be the verb of `subject`: after "this" or "that" a present form in -s
 * (not a noun's -ss, -us or -is: "this process", "this focus") or a past form ("That
 * means…", "That took…"); a bare form is the noun the tagger missed ("And so this redesign
 * was…", "this chat UI"). After "these" or "those" any form.
 */
const agreesWithSingular = (subject: string, verb: string): boolean =>
	!(subject === 'this' || subject === 'that') ||
	(/(?:s|ed)$/i.test(verb) && !/(?:ss|us|is)$/i.test(verb)) ||
	IRREGULAR_PAST.has(verb.toLowerCase()) ||
	PAST_AS_BARE.has(verb.toLowerCase());
/** Past forms written as the bare form: after "this" or "that" they can only be past ("That cost us a fortune."). */
const PAST_AS_BARE = new Set(['put', 'set', 'cost', 'hit', 'let', 'cut', 'read', 'fit', 'quit', 'beat', 'hurt', 'bit']);
/** Prepositions right after the "verb" that make it a noun the tagger misread: "That set of tools…", "This focus on speed…", "This cut in funding…". */
const NOUN_BEFORE = new Set(['of', 'on', 'in', 'for']);

/** Of `words` (a span's words from its subject on), those of the sentence they open: up to the first token of `tokens` that ends a sentence (`endsSentenceAt`). */
const sentenceOf = (tokens: readonly EnglishToken[], words: readonly EnglishToken[]): readonly EnglishToken[] => {
	const from = words[0]?.start ?? 0;
	const stop = tokens.find((t, i) => t.start >= from && endsSentenceAt(tokens, i));
	return stop === undefined ? words : words.filter((t) => t.start < stop.start);
};

/** Tokens as one line the patterns read: lower case, straight apostrophes, contractions joined (`you 've` → `you've`). */
const lineOf = (tokens: readonly EnglishToken[]): string =>
	tokens
		.map((t) => t.text.toLowerCase().replace(/’/g, "'"))
		.join(' ')
		.replace(/ (?='s|n't|'re|'ve|'ll|'d|'m)/g, '');

/** English: by the first words of the span (`tagEnglish` tokens), after the markers it opens with. */
export const opensOnReferenceEnglish = ({tokens}: {tokens: readonly EnglishToken[]}): boolean => {
	const all = tokens.filter(isWordToken);
	let skip = 0;
	for (;;) {
		const w = all[skip]?.text.toLowerCase() ?? '';
		if (LEADING_MARKERS.has(w)) skip++;
		else if (w === 'i' && all[skip + 1]?.text.toLowerCase() === 'mean') skip += 2;
		else break;
	}
	const words = all.slice(skip);
	const [first, second, third] = words;
	if (first === undefined) return false;
	const w1 = first.text.toLowerCase();
	const w2 = second?.text.toLowerCase() ?? '';
	const w3 = third?.text.toLowerCase() ?? '';
	const line = lineOf(words);
	if (SAYINGS.has(line)) return false;
	// "As Paul just said, …", "Like I mentioned earlier, …": a point made earlier in the talk, which the card does not show.
	if (saidEarlier(line)) return true;
	// "…, as you're mentioning.": an answer to the other speaker's words, in its first sentence.
	const opening = tokens.indexOf(first);
	const stop = tokens.findIndex((_, i) => i >= opening && endsSentenceAt(tokens, i));
	if (POINTS_BACK.test(lineOf(tokens.slice(opening, stop === -1 ? undefined : stop + 1)))) return true;
	const verb = second?.pos === 'AUX' || second?.pos === 'VERB';
	// "These are…" tags "these" a determiner; before a verb it stands as the subject.
	if (DEMONSTRATIVES.has(w1) && (first.pos !== 'DET' || verb)) {
		// "That's why…", "That is what…", "This is exactly…", unless the sentence says it: "That's (exactly) why portals were so big, because search was so bad."
		if (second?.pos === 'AUX' && BACK_POINTERS.has(w3)) {
			const pointer = w3 === 'exactly' && ANSWERED_POINTERS.has(words[3]?.text.toLowerCase() ?? '') ? words[3] : third;
			return !(ANSWERED_POINTERS.has(pointer?.text.toLowerCase() ?? '') && answersItself(tokens, tokens.indexOf(pointer as EnglishToken) + 1));
		}
		// "That means…", "This changes everything.", "That took a while.": what something the card does not show does.
		// One adverb may come between: "That just means…", "This really changed everything."
		const [act, after] = second?.pos === 'ADV' && third?.pos === 'VERB' ? [third, words[3]] : [second, third];
		if (act?.pos === 'VERB' && first.pos === 'PRON' && agreesWithSingular(w1, act.text.toLowerCase()) && !NOUN_BEFORE.has(after?.text.toLowerCase() ?? ''))
			return true;
		// "That's something that benefits everyone using npm.", "That's one of the things people underestimate…": it describes what the card does not show and never names it, unless a second part does ("This is something every founder should know: ship early.").
		if (second?.pos === 'AUX' && PLACEHOLDER.test(line)) {
			const sentence = sentenceOf(tokens, words);
			const ahead = (w1 === 'this' || w1 === 'these') && sentence.length < words.length;
			// After a colon, two words may say it: "That's one of the lessons of 2008: leverage kills."
			const end = tokens.indexOf(sentence[sentence.length - 1] as EnglishToken);
			const colon = tokens.findIndex((t, i) => i > tokens.indexOf(second) && i <= end && t.text === ':');
			const namedAfterColon = colon !== -1 && tokens.slice(colon + 1, end + 1).filter(isWordToken).length >= 2;
			if (!ahead && !namedAfterColon && !answersItself(tokens, tokens.indexOf(second) + 1)) return true;
		}
		// "This is really cool.", "That was amazing.": a verdict on something the card does not show.
		if (verb) {
			// The topic must be in the same sentence: "That was amazing. Rust made it safe." still opens on a verdict.
			const rest = sentenceOf(tokens, words).slice(2);
			// "This is my advice. Ship early…" points ahead, at the sentence after it.
			const ahead = (w1 === 'this' || w1 === 'these') && rest.length < words.length - 2;
			if (second?.pos === 'AUX' && !ahead && (namesOnlyAVerdict(tokens, rest) || namesOnlyAKind(rest))) return true;
			const topic = rest.some(
				(t) => (t.pos === 'NOUN' && !VAGUE_NOUNS.has(t.text.toLowerCase())) || t.pos === 'PROPN' || (t.pos === 'NUM' && t.text.toLowerCase() !== 'one'),
			);
			return !topic;
		}
	}
	// "Which is why…", "Which was awesome.": the rest of someone's sentence.
	if (w1 === 'which' && verb) return true;
	if (PERSONS.has(w1)) {
		// "He who hesitates is lost.", and "They say…" said of everyone: no one in particular.
		if (w2 === 'who' || w2 === 'that') return false;
		if (w1 === 'they' && (w2 === 'say' || w2 === 'always') && !tokens.some((t) => t.pos === 'PUNCT' && QUOTE_MARK.test(t.text))) return false;
		// "They're like "July 27th, 2022."", "He was like, …": someone's words reported, whatever the words name.
		if (QUOTATIVE_BE.has(w2) && w3 === 'like' && reportsSpeech(tokens, tokens.indexOf(third as EnglishToken) + 1)) return true;
		// "He said…", "She was like…", "They told us…" without the person named.
		// A name (Tim, O'Brien, AUDREY), not an acronym: "They were quite large inputs, and they ate the CPU." names no one.
		const named = words.some((t) => t.pos === 'PROPN' && /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}|\p{Lu}{3})/u.test(t.text));
		if (!named && (SAYING.has(w2) || w2 === "'s")) return true;
		if (!named && (w1 === 'he' || w1 === 'she')) return true;
	}
	return false;
};

/** Whose view 这是…的 names: 这是我的观点 / 这是您的。 */
const OWNER_ZH = '(?:我|我们|你|你们|妳|妳们|您|他|她|他们|她们)的';
/**
 * A demonstrative standing as the subject and pointing back: 这就是… / 那也是… / 这就像… (emphatic
 * "that's exactly…"), 这是为什么… / 这是我的观点 ("that's why…", "that's my view"), or a
 * short verdict on it (这很酷。/ 那太棒了！/ 这个不错喔！/ 这样就可以了。). 这是一个巨大的变化…
 * and 这是我们的时代。 name their topic, and read.
 */
const DEMONSTRATIVE_SUBJECT_ZH = [
	/^(?:这|那)(?:个|样|些)?(?:就是|也是|都是|正是|才是)/,
	// 这就… / 这样就… / 那个就…: "this (then)…". A bare 那就… is "then…", the consequence of what
	// was said, and reads on its own: 那就不是谁先跑到终点线，而是谁先踩到地雷。
	/^(?:这(?:个|样|些)?|那(?:个|样|些))就/,
	new RegExp(`^(?:这|那)(?:个|样|些)?是(?:为什么|因为|怎么|${OWNER_ZH}(?:观点|看法|意思|部分|想法|重点|建议|错|理解|感觉|回答|答案|[。！？!?]?[」』”)）]*$))`),
	/^(?:这|那)(?:个|样|些)?(?:很|太|非常|真的|真|确实|挺|蛮|满|还满|还蛮|超|好|不错)[^，。！？,.!?]{0,6}[。！？!?]/,
	// After 是 only an adverb of two characters or more, or 很: 这是太阳能板。 and 这是真相。 name their topic.
	/^(?:这|那)(?:个|样|些)?是(?:很|非常|真的|确实|挺|蛮|满|还满|还蛮|不错)[^，。！？,.!?]{0,6}[。！？!?]/,
];
/** A person pointed at: 他… or 她… alone, as English "He…" with no name; a group only saying or thinking: 他们觉得 / 她们也说过. */
const PERSON_ZH = /^(?:他|她)(?!们)|^(?:他们|她们)(?:也|都|还|就|一直|常常|曾经|一定)?(?:会)?(?:说|认为|觉得|讲|告诉|提到|表示)/;
/**
 * A point made earlier in the talk: 如 Shaun 所说，… / 就像刚才说的 / 正如我之前提到过的. A bare 如
 * only before a space, a Latin name or a pronoun (如果, 如今, 如何 are other words), and a
 * saying or a sage quoted (就像老话说的, 正如孔子所说) is no one in the talk.
 */
const AS_SAID_ZH =
	/^(?:就像|正如|如同|如(?=\s|[A-Za-z]|我|你|您|他|她|大家|刚才|刚刚|前面|之前))(?!\s?(?:老话|俗话|古话|古人|俗语|谚语|孔子|老子|孟子|庄子))\s?[^，。！？,]{0,14}?(?:所说|说的|讲的|所讲|提到的|提到过的|说过的|讲过的|所提到的|所言)/;
/**
 * What was just said in the talk, pointed at in the line's first clause: 我刚刚讲到 Cofacts，…
 * / 你刚刚讲到那些平台 / 之前您有提过的 / 像你说的，. Later in the line, 像我刚刚那个例子 only
 * leans on it, and editors mark such lines as readily as any; 刚刚提出的预算 ("just
 * proposed") and 一旦你提到钱 ("once you mention money") point at nothing said.
 */
const POINTS_BACK_ZH =
	/^[^，,。！？!?；;]*?(?:(?:刚刚|刚才|刚)(?:所|有)?(?:讲|说)(?:到|的|过)|(?:刚刚|刚才|刚)提到|(?:您|你)(?:之前|前面|刚刚|刚才)有?提(?:过|到)|(?:您|你)有?提(?:过|到)的|^像(?:你|您)(?:刚刚|刚才)?(?:说|讲)的)/;

/** Words a speaker opens a line with before the pointer: 所以这就是…, 那这个就是…, 其实这是因为…. */
const LEADING_MARKERS_ZH = /^(?:(?:所以|那么?|其实|但是?|可是|然后|而且)[，,\s]*|(?:对|嗯|好)[，,]\s*)+(?=这|那|他|她)/;
/** Quote marks and brackets around the line: 「这就是我的观点。」. */
const OPENING_MARKS_ZH = /^[\s「『“"（(]+/;
/** A colon early on says what the demonstrative points at, in six characters of the same sentence: 这就是我的建议：每天读一点书。 */
const ANSWERED_ZH = /^[^：:。！？]{1,12}[：:][^\p{Script=Han}。！？]*(?:\p{Script=Han}[^\p{Script=Han}。！？]*){6}/u;

/** Chinese: by the opening characters, after the markers it opens with. */
export const opensOnReferenceChinese = ({text}: {text: string}): boolean => {
	const trimmed = foldToSimplified(text).trimStart().replace(OPENING_MARKS_ZH, '').replace(LEADING_MARKERS_ZH, '');
	if (PERSON_ZH.test(trimmed) || AS_SAID_ZH.test(trimmed) || POINTS_BACK_ZH.test(trimmed)) return true;
	return !ANSWERED_ZH.test(trimmed) && DEMONSTRATIVE_SUBJECT_ZH.some((re) => re.test(trimmed));
};
