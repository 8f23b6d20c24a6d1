/** What follows a talk's name in a file name and is not part of it: the format, a language, "transcript". */
const EXTENSION = /\.(?:md|markdown|txt|text|srt|vtt|json|ya?ml|html?|ass|ssa|sub|sbv|lrc|tsv|ttml|xml|docx)$/i;
const LANGUAGE_SUFFIX = /\.(?:[a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$/;
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
 * first word is capitalised (`iPhone` stays).
 */
export const titleFromFile = (file: string): string => {
	let name = (file.split(/[\\/]/).pop() ?? file).replace(EXTENSION, '');
	if (LANGUAGE_SUFFIX.test(name) && name.replace(LANGUAGE_SUFFIX, '') !== '') name = name.replace(LANGUAGE_SUFFIX, '');
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
