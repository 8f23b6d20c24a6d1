/** A language tag as downloaders add it before the extension: `talk.en.vtt`, `talk.zh-Hans.srt`. */
const LANGUAGE_SUFFIX = /\.(?:[a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$/;
/** A video id as youtube-dl and yt-dlp add it: `My talk [dQw4w9WgXcQ]`. */
const VIDEO_ID = /\s*\[[A-Za-z0-9_-]{11}\]$/;

/**
 * A readable title from a transcript's file name, for files whose content names none:
 * `talks/my_podcast-ep12.final.srt` → `My podcast ep12 final`. The extension, a language
 * tag (`.en`) and a downloader's video id go; underscores, hyphens and dots between
 * words become spaces, so the title card wraps between words; an all-lower-case first
 * word is capitalised (`iPhone` stays).
 */
export const titleFromFileName = (file: string): string => {
	const base = file.split(/[\\/]/).pop() ?? file;
	let stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
	stem = stem.replace(LANGUAGE_SUFFIX, '').replace(VIDEO_ID, '');
	const words = stem
		.replace(/[_.]+/g, ' ')
		.replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
		.replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
		.replace(/(\p{N})-(?=\p{L})|(\p{L})-(?=\p{N})/gu, '$1$2 ')
		.replace(/\s+/g, ' ')
		.trim();
	if (words === '') return 'Talk';
	const first = words.split(' ')[0] ?? '';
	return first === first.toLowerCase() ? words.charAt(0).toUpperCase() + words.slice(1) : words;
};
