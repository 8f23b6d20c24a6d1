/**
 * Sound and music cues of captions: `[Music]`, `(applause)`, `[ music ]`, `♪ lyrics ♪`,
 * `[BLANK_AUDIO]`, `（笑）`. They are kept as reactions, apart from speech: never a
 * quote, never a speaker.
 */

/** Words that name a sound rather than a person, as caption writers bracket them. */
export const SOUND_WORDS =
	/^(?:music|musik|musique|música|音乐|音樂|applause|applauding|clapping|掌声|鼓掌|laughter|laughs?|laughing|chuckles?|chuckling|giggles?|笑声|笑|大笑|cheer(?:s|ing)?|欢呼声?|silence|静音|inaudible|unintelligible|crosstalk|cross talk|overlapping|background noise|noise|static|sighs?|coughs?|gasps?|groans?|whistl(?:es|ing)|sings?|singing|foreign|foreign language|speaking foreign language|no audio|blank_audio|blank audio|music playing|upbeat music|soft music|intro music|outro music|theme music|ad break|break|advertisement|sponsor(?:ed)?(?: message)?|pause|beep|bleep|bell|phone ring(?:s|ing)?|door (?:opens|closes|slams))$/i;

const MUSIC_NOTE = /[♪♫🎵🎶]/u;
const OPEN = '[(（【';
const CLOSE = '])）】';
const BRACKETED = /[[(（【]([^\])）】[(（【\n]{1,80})[\])）】]/g;

/** True when the whole text is a sound or music cue: one or more bracketed sounds and nothing else, or a line of lyrics between music notes. */
export const isNonSpeech = (text: string): boolean => {
	const t = text.trim();
	if (t === '') return false;
	if (MUSIC_NOTE.test(t[0] ?? '') || MUSIC_NOTE.test([...t].pop() ?? '')) return true;
	if (!OPEN.includes(t[0] ?? '') || !CLOSE.includes(t[t.length - 1] ?? '')) return false;
	return t.replace(BRACKETED, '').trim() === '';
};

/** True when a bracketed text names a sound: `music`, `Applause`, `upbeat music`, `laughs` (lower-case or a known sound word). */
export const isSoundLabel = (inner: string): boolean => {
	const t = inner.trim().replace(/\s+/g, ' ');
	if (SOUND_WORDS.test(t)) return true;
	// Caption writers write sounds in lower case (`[door slams]`) and names capitalised (`[Alba]`).
	return /^[\p{Ll}\d\s,.'’-]+$/u.test(t) && /\p{Ll}/u.test(t);
};

/**
 * Sounds inside speech: `[laughs] yeah` → speech `yeah` and the reaction `[laughs]`. Square
 * brackets always mark a direction; round ones only when they name a sound (an aside in
 * parentheses is speech). Lyrics between music notes are cut too.
 */
export const splitInlineNonSpeech = (text: string): {speech: string; reactions: string[]} => {
	const reactions: string[] = [];
	const speech = text
		.replace(/[♪♫🎵🎶][^♪♫🎵🎶\n]{0,200}[♪♫🎵🎶]/gu, (whole) => {
			reactions.push(whole);
			return ' ';
		})
		.replace(BRACKETED, (whole: string, inner: string) => {
			const square = whole.startsWith('[') || whole.startsWith('【');
			if (!square && !isSoundLabel(inner)) return whole;
			reactions.push(whole);
			return ' ';
		})
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.filter((line) => line !== '')
		.join('\n');
	return {speech, reactions};
};

/**
 * Labels that transcripts put where a speaker's name goes but that name no one:
 * `**Break**: \[32:01\]`, `**Music**`, `[Intro music]`, `**Ad**`, `**Sponsor**`, a song
 * title in quotes. Their lines are kept out of the speakers, the turns and the quotes.
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
	if (/[♪♫♬]/.test(label)) return true;
	// "Song Title" by Artist / 《歌名》: a song, not a person.
	if (/^["“《「].{1,80}["”》」](?: by .{1,60})?$/.test(label.trim())) return true;
	return /^(?:intro|outro|theme|background|closing|opening) (?:music|song|theme)\b/.test(l) || /^(?:ad|sponsor|commercial) (?:break|read|spot)\b/.test(l);
};
