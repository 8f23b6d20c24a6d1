/**
 * What is not speech, decided here for every format: sounds and stage directions inside
 * what someone says (`[laughs]`, `(applause)`, `[Music]`, `♪ lyrics ♪`, `[欢呼声]`), and
 * labels that stand where a speaker's name goes but name no one (`**Break**`, `Intro
 * music`, `广告`). Sounds are kept as reactions, apart from speech: never a quote, never a
 * speaker. Every pattern here is bounded (linear in the text).
 */

/**
 * Words that name a sound, music or a break rather than words said, as caption writers and
 * editors bracket them: `[laughs]`, `(chuckles)`, `[Music]`, `[crosstalk]`,
 * `[inaudible 00:12:03]`, `[BLANK_AUDIO]`. An aside holding one of them is a sound.
 */
const SOUND_WORDS =
	/\b(?:laugh\w*|chuckl\w*|giggl\w*|snicker\w*|applau\w*|clap\w*|cheer\w*|music|musik|musique|música|song|singing|sings|humming|crosstalk|cross-talk|cross talk|inaudible|unintelligible|indiscernible|silence|pause[sd]?|sigh\w*|cough\w*|groan\w*|gasp\w*|sniff\w*|noise|sound|audio|blank_audio|static|overlapping|beep\w*|bleep\w*|bell|ding|whistl\w*|snort\w*|scoff\w*|slam\w*|knock\w*|ring(?:s|ing)|break|intro|outro|transition|ad|ads|sponsor\w*|advert\w*|commercial|upbeat|off-mic|mic|foreign|speaking|speaks)\b/i;
/** The same in Chinese: `（笑）`, `[掌声]`, `（欢呼声）`, `【音乐】`, `（听不清）`. */
const HAN_SOUND_WORDS = /笑|掌声|鼓掌|欢呼|音乐|音樂|静音|歌声|叹气|咳嗽|听不清|聽不清|听不到|聽不到|无法辨识|無法辨識/;

/**
 * Sounds that are what a line drew from those who heard it: laughter, applause, cheers, a
 * gasp, a groan, a boo, a game show's win or fail sting (`[win alert]`), `（笑）`, `[掌声]`,
 * `[risas]`. Everything else cut out of speech — a transcriber's mark
 * (`[unintelligible 00:49:04.05]`, `[crosstalk]`, `[ph]`), music, a break, a cough, a door
 * — is kept as a sound and never shown as a reaction (`isReactionSound`).
 */
const REACTION =
	/\b(?:laugh\w*|chuckl\w*|giggl\w*|snicker\w*|cackl\w*|applau\w*|clap\w*|cheer\w*|gasp\w*|groan\w*|boo|boos|booing|whoop\w*|woo+|ovation|alert|risas?|aplausos?|rires?|lachen|gelächter|applaus)\b|笑|掌声|掌聲|鼓掌|欢呼|歡呼|喝彩|拍手/iu;

/**
 * A transcriber's mark for words that could not be made out (`[unintelligible 00:43:12.04]`,
 * `[inaudible]`, `[crosstalk]`, `[听不清]`): words are missing where it was cut.
 */
const GAP =
	/\b(?:unintelligible|inaudible|indiscernible|incomprehensible|indistinct|unclear|crosstalk|cross-talk|cross talk|garbled|audio cuts? out|audio drops?)\b|^[[(（【]\s*\?+\s*[\])）】]$|听不清|聽不清|听不到|聽不到|无法辨识|無法辨識|无法识别|無法識別/iu;

/** Whether a sound is a transcriber's mark for words missing there (`GAP`), not a sound heard. */
export const isGapMark = (text: string): boolean => GAP.test(text);

/** Whether a sound is what a line drew from those who heard it (`REACTION`): laughter or applause, not a mark, music or a break. */
export const isReactionSound = (text: string): boolean => REACTION.test(text);

const MUSIC_NOTE = /[♪♫♬🎵🎶]/u;
/**
 * What may be a sound, found in one pass so that sounds keep their order: sung lines
 * (`♪ … ♪`), an aside in square brackets (not a markdown link `[text](url)`: `[laughs]`,
 * `【掌声】`, `[Fanti]`), an aside in round brackets (`(chuckles)`, `（笑）`, `(and I mean it)`).
 */
const ASIDE = /[♪♫♬🎵🎶][^♪♫♬🎵🎶\n]{0,200}[♪♫♬🎵🎶]|[[【]([^\][【】\n]{1,80})[\]】](?!\()|[(（]([^()（）\n]{1,40})[)）]/gu;

const isHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/**
 * Is the aside `inner` (the text between the brackets) a sound or stage direction, or
 * words of the speech? The one rule, for every format:
 *
 * - square brackets (`[…]`, `【…】`) mark a direction when they hold Chinese (`[欢呼声]`),
 *   a sound word (`[Music]`, `[laughs]`, `[inaudible 00:12:03]`), or a short aside in
 *   lower case (`[door slams]`, `[both talk at once]`); a capitalised name or term is the
 *   editor's insertion and stays speech (`Giulia [Fanti]`, `[Bitcoin Core]`);
 * - round brackets (`(…)`, `（…）`) are speech (`(and I mean it)`) unless they name a
 *   sound: `(chuckles)`, `(applause)`, `（笑）`.
 */
export const isSoundAside = ({inner, square}: {inner: string; square: boolean}): boolean => {
	const t = inner.replace(/\s+/g, ' ').trim();
	if (t === '') return false;
	if (square) return isHan(t) || SOUND_WORDS.test(t) || (!/\p{Lu}/u.test(t) && t.split(' ').length <= 5);
	return isHan(t) ? HAN_SOUND_WORDS.test(t) && [...t].length <= 12 : SOUND_WORDS.test(t) && t.split(' ').length <= 5;
};

/** Marks where a sound was cut out, so that only the spaces around cuts are tidied. */
const CUT = '\u0000';

/** Where a sound is heard in the words said: before the first, between two, or after the last. */
export type SoundPlace = 'before' | 'within' | 'after';

/**
 * A sound cut out of speech, and where in it (`splitNonSpeech`); of one heard within, `at`:
 * the offset in the speech right after the last letter or digit said before it, and
 * `wordsBefore`: how many letters and digits are said before it (which punctuation added
 * to the speech later does not change).
 */
export type Sound = {text: string; heard: SoundPlace; at?: number; wordsBefore?: number};

/** Letters and digits: the words a sound is heard before, between or after (punctuation beside a sound does not move it). */
const WORD_CHAR = /[\p{L}\p{N}]/gu;
/** A letter or digit with the marks that go with it (a decomposed "é", a Devanagari vowel sign): where it ends is where a sound after it is heard. */
export const WORD_CHAR_WITH_MARKS = /[\p{L}\p{N}]\p{M}*/gu;
const wordCharsIn = (text: string): number => text.match(WORD_CHAR)?.length ?? 0;
/** Whether `text` holds a word (a letter or digit), not only spaces and punctuation: what lies between a line's end and a sound heard right after it. */
export const saysAWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Speech → the words said and the sounds in it, in order: `I met Giulia [Fanti] there
 * (chuckles) and [door slams] we left.` → speech `I met Giulia [Fanti] there and we left.`,
 * sounds `(chuckles)` and `[door slams]`, both heard `within` it; `[laughs] Yeah.` is heard
 * `before` the speech and `That's it. [applause]` `after` it. Text that opens or closes
 * with a music note is sung, a sound as a whole (`♪ When the night has come`). Paragraphs
 * (`\n`) are kept; the spaces a cut leaves are closed (none at a paragraph's ends, none
 * doubled, none before the punctuation that followed the sound).
 */
export const splitNonSpeech = (text: string): {speech: string; reactions: Sound[]} => {
	const whole = text.replace(/\s+/g, ' ').trim();
	if (whole !== '' && (MUSIC_NOTE.test(String.fromCodePoint(whole.codePointAt(0) ?? 0)) || MUSIC_NOTE.test(lastChar(whole)))) {
		return {speech: '', reactions: [{text: whole, heard: 'after'}]};
	}
	// Each cut sound with the count of letters and digits of the speech before it.
	const cuts: {text: string; wordsBefore: number}[] = [];
	let wordsBefore = 0;
	let scanned = 0;
	const speech = text.replace(ASIDE, (found: string, square: string | undefined, round: string | undefined, offset: number) => {
		wordsBefore += wordCharsIn(text.slice(scanned, offset));
		scanned = offset + found.length;
		const sound = (square === undefined && round === undefined) || isSoundAside({inner: square ?? round ?? '', square: square !== undefined});
		if (!sound) {
			wordsBefore += wordCharsIn(found);
			return found;
		}
		cuts.push({text: found.replace(/\s+/g, ' ').trim(), wordsBefore});
		return CUT;
	});
	const words = wordsBefore + wordCharsIn(text.slice(scanned));
	const said = closeCuts(speech);
	// Where each word character ends in the speech: tidying the cuts moves spaces only, so the n-th letter or digit is the n-th of the speech.
	const ends: number[] = [];
	if (cuts.some((c) => c.wordsBefore > 0 && c.wordsBefore < words)) for (const m of said.matchAll(WORD_CHAR_WITH_MARKS)) ends.push(m.index + m[0].length);
	const reactions = cuts.map(({text: t, wordsBefore: n}): Sound => {
		if (n === 0) return {text: t, heard: 'before'};
		if (n === words) return {text: t, heard: 'after'};
		const at = ends[n - 1];
		return at === undefined ? {text: t, heard: 'within', wordsBefore: n} : {text: t, heard: 'within', at, wordsBefore: n};
	});
	return {speech: said, reactions};
};

/** The last character (code point) of a text. */
const lastChar = (text: string): string => [...text.slice(-2)].pop() ?? '';

const OPENING_BRACKETS = new Set([...'[【(（']);
const CLOSING_BRACKETS = new Set([...']】)）']);

/**
 * Brackets left empty around a cut sound go with it: `[[laughs]] hi` and `((laughs)) ok`
 * are `hi` and `ok`, not `[] hi` and `() ok`. Only brackets that enclose nothing but the
 * cut (and a space) on both sides; `(see [laughs])` keeps its round brackets. One pass.
 */
const dropEmptyBrackets = (p: string): string => {
	if (!p.includes(CUT)) return p;
	let out = '';
	let from = 0;
	for (let at = p.indexOf(CUT); at !== -1; at = p.indexOf(CUT, at + 1)) {
		let left = at;
		if (p[left - 1] === ' ') left--;
		let opened = left;
		while (opened > from && OPENING_BRACKETS.has(p[opened - 1] ?? '')) opened--;
		// A run of cuts in one pair of brackets goes as one: `[[laughs] [applause]] hi`.
		while (p[at + 1] === CUT || (p[at + 1] === ' ' && p[at + 2] === CUT)) at += p[at + 1] === CUT ? 1 : 2;
		let right = at + 1;
		if (p[right] === ' ') right++;
		let closed = right;
		while (closed < p.length && CLOSING_BRACKETS.has(p[closed] ?? '')) closed++;
		if (opened === left || closed === right) continue;
		out += `${p.slice(from, opened)}${CUT}`;
		from = closed;
		at = closed - 1;
	}
	return out + p.slice(from);
};

/** Removes the cut marks and the space they leave: none at paragraph ends, none doubled (runs of spaces collapsed first, so the patterns stay linear). */
const closeCuts = (text: string): string =>
	text
		.split('\n')
		.map((p) =>
			dropEmptyBrackets(p)
				.replace(/[ \t]{2,}/g, ' ')
				// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the cut mark (readTranscript refuses NUL in input).
				.replace(/\u0000(?: ?\u0000)+/g, CUT)
				// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
				.replace(/ ?\u0000 ?/g, (m: string, offset: number, all: string) =>
					offset === 0 || offset + m.length === all.length ? '' : m.startsWith(' ') && m.endsWith(' ') ? ' ' : '',
				)
				.trim(),
		)
		.filter((p) => p !== '')
		.join('\n');

/**
 * Labels that transcripts put where a speaker's name goes but that name no one:
 * `**Break**: \[32:01\]`, `**Music**`, `[Intro music]`, `**Ad**`, `**Sponsor**`, a song
 * title in quotes. Whole labels only, since many of these words are also names (`Bell`,
 * `Ding`): the lines they open are kept out of the speakers, the turns and the quotes.
 */
const NON_SPEECH_LABELS: ReadonlySet<string> = new Set([
	'music',
	'intro',
	'outro',
	'intro music',
	'outro music',
	'theme',
	'theme music',
	'theme song',
	'music playing',
	'song',
	'jingle',
	'sting',
	'stinger',
	'bumper',
	'interlude',
	'transition',
	'break',
	'ad',
	'ads',
	'ad break',
	'ad read',
	'advert',
	'advertisement',
	'commercial',
	'commercial break',
	'midroll',
	'mid-roll',
	'preroll',
	'pre-roll',
	'sponsor',
	'sponsors',
	'sponsor break',
	'sponsor read',
	'promo',
	'applause',
	'laughter',
	'silence',
	'pause',
	'crosstalk',
	'inaudible',
	'sound effect',
	'sfx',
	'note',
	"editor's note",
	'editor’s note',
	'transcript',
	'音乐',
	'背景音乐',
	'片头',
	'片尾',
	'片头曲',
	'片尾曲',
	'主题曲',
	'广告',
	'插播',
	'口播',
	'赞助',
	'间奏',
	'转场',
	'掌声',
	'笑声',
	'编者按',
	'注',
]);

/** True for a label that names no speaker (see NON_SPEECH_LABELS), or a song: `♪`, or a title in quotes. */
export const isNonSpeechLabel = (label: string): boolean => {
	const l = label
		.replace(/[[\]()（）【】*_:：]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
	if (l === '') return false;
	if (NON_SPEECH_LABELS.has(l)) return true;
	if (MUSIC_NOTE.test(label)) return true;
	// "Song Title" by Artist / 《歌名》: a song, not a person.
	if (/^["“《「].{1,80}["”》」](?: by .{1,60})?$/.test(label.trim())) return true;
	return /^(?:intro|outro|theme|background|closing|opening) (?:music|song|theme)\b/.test(l) || /^(?:ad|sponsor|commercial) (?:break|read|spot)\b/.test(l);
};
