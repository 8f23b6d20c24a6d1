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
