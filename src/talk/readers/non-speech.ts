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
