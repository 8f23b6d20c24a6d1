import {slugify} from '../talk/slugify';

/** Longest speaker part of a clip file name; a longer slug is cut at a hyphen. */
const MAX_SPEAKER_SLUG_CHARS = 32;
/** Longest quote-id part (stable ids such as `t012s3` or `t017-2s3-4p12`; anything longer came from somewhere odd). */
const MAX_ID_SLUG_CHARS = 32;

const cut = (slug: string, max: number): string => {
	if (slug.length <= max) return slug;
	const head = slug.slice(0, max);
	const hyphen = head.lastIndexOf('-');
	return (hyphen > 0 ? head.slice(0, hyphen) : head).replace(/-+$/, '');
};

/** ASCII kebab-case of the first candidate that has any Latin letter or digit, else the fallback. */
const safePart = ({candidates, fallback, max}: {candidates: (string | undefined)[]; fallback: string; max: number}): string => {
	for (const candidate of candidates) {
		const slug = cut(slugify(candidate ?? ''), max);
		if (slug !== '') return slug;
	}
	return fallback;
};

/**
 * The base name of a clip's files: `<id>-<speaker>-<shape>`, e.g. `t012s3-sam-altman-square`.
 * Every part is ASCII kebab-case (`[a-z0-9-]`, via slugify: `Zoë` → `zoe`), so the name
 * has no path separator, dot, space or control character whatever the talk says. The
 * speaker part is the name's slug, else the speaker id's (a Chinese name → `speaker-2`),
 * else `speaker`; the id part falls back to `quote`. Same inputs, same name.
 */
export const clipBaseName = ({quoteId, speakerName, speakerId, shape}: {quoteId: string; speakerName: string; speakerId?: string; shape: string}): string => {
	const id = safePart({candidates: [quoteId], fallback: 'quote', max: MAX_ID_SLUG_CHARS});
	const speaker = safePart({candidates: [speakerName, speakerId], fallback: 'speaker', max: MAX_SPEAKER_SLUG_CHARS});
	const shapePart = safePart({candidates: [shape], fallback: 'clip', max: MAX_ID_SLUG_CHARS});
	return `${id}-${speaker}-${shapePart}`;
};

/** The clip's video and share-card file names: `t012s3-sam-altman-square.mp4` and `.png`. */
export const clipFileNames = (input: {quoteId: string; speakerName: string; speakerId?: string; shape: string}): {video: string; card: string} => {
	const base = clipBaseName(input);
	return {video: `${base}.mp4`, card: `${base}.png`};
};
