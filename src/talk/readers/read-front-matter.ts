import {LineCounter, parseDocument} from 'yaml';
import {UserError} from '../../errors';
import {parseTimestamp} from '../parse-timestamp';
import {type Chapter, readChapterList} from '../read-chapters';
import type {RawMetadata} from '../raw-transcript';
import {MAX_FRONT_MATTER_LINES, MAX_SPEAKER_NAME_CHARS} from '../talk-limits';
import type {SpeakerRole} from '../talk-schema';

/**
 * What a transcript's YAML front matter says about the talk, under the names sites use:
 * the raw transcript's metadata (`media`: the recording, from `media`, `audio`,
 * `enclosure` or a `url` to an audio file; `durationMs` from `length` or `duration`),
 * the speakers it lists (full names, in order, with the role the key gave them: `host`,
 * `guests`), and its chapters.
 */
export type FrontMatter = RawMetadata & {
	speakers: {name: string; role?: SpeakerRole}[];
	chapters: Chapter[];
	/** What the user should hear about: front matter YAML refused and read line by line instead (one line each). */
	warnings: string[];
};

/**
 * The lines of a front matter block: from a first line `---` to the next `---` (or `...`),
 * however far (a long block is refused by readFrontMatter, not read as turns).
 */
export const findFrontMatter = (lines: readonly string[]): {end: number} | null => {
	if (lines[0]?.trim() !== '---') return null;
	for (let i = 1; i < lines.length; i++) {
		const l = lines[i]?.trimEnd();
		if (l === '---' || l === '...') return {end: i};
	}
	return null;
};

const AUDIO_FILE = /\.(?:mp3|m4a|aac|wav|ogg|oga|opus|flac|webm|mp4)(?:[?#][^\s]{0,500})?$/i;

/** `key: value` at the start of a line, as a front matter writer means it (at most 40 characters of key). */
const KEY_LINE = /^([A-Za-z_][\w-]{0,40})[ \t]*:(?:[ \t]+(.*))?$/;
/** `- item` under a key. */
const LIST_ITEM = /^[ \t]*-[ \t]+(.*)$/;

/** A value without the quotes around it (a closing quote may be missing: the reason YAML refused it). */
const unquote = (v: string): string => {
	const t = v.trim();
	const q = t[0];
	if (q !== '"' && q !== "'") return t;
	return t.slice(1, t.length > 1 && t.endsWith(q) ? -1 : undefined);
};

/**
 * Front matter that YAML refuses but its writer meant plainly — a quoted description
 * whose next lines are not indented, tabs, an unquoted value with a colon — read line by
 * line: each `key: value` at the start of a line, the lines after it that are not keys
 * its continuation (or its `- items`). Only the keys readFrontMatter knows matter.
 */
const readKeysLineByLine = (lines: readonly string[]): Record<string, unknown> => {
	const out: Record<string, unknown> = {};
	let key: string | null = null;
	let text: string[] = [];
	let items: string[] = [];
	const close = () => {
		if (key !== null && !Object.hasOwn(out, key)) out[key] = items.length > 0 && text.join('').trim() === '' ? items : unquote(text.join(' '));
		text = [];
		items = [];
	};
	for (const line of lines) {
		if (line.trimStart().startsWith('#')) continue;
		const m = KEY_LINE.exec(line);
		if (m?.[1] !== undefined) {
			close();
			key = m[1];
			text = [m[2] ?? ''];
			continue;
		}
		const item = LIST_ITEM.exec(line);
		if (item?.[1] !== undefined && text.join('').trim() === '') items.push(unquote(item[1]));
		else text.push(line.trim());
	}
	close();
	return out;
};

/**
 * Reads the YAML between the `---` lines (`lines[1 … end-1]`); unknown keys are ignored,
 * since every site adds its own (`transcript_by`, `aliases`, `categories`, …). Front
 * matter YAML refuses is read line by line for its keys (readKeysLineByLine), with a
 * warning naming the line YAML refused; only a block that is not keys and values at all
 * is the user's error (`TALK_PARSE`).
 */
export const readFrontMatter = ({lines, end, file}: {lines: readonly string[]; end: number; file: string}): FrontMatter => {
	if (end - 1 > MAX_FRONT_MATTER_LINES) {
		throw new UserError({
			code: 'TALK_LIMIT',
			file,
			line: 1,
			problem: `the front matter is ${end - 1} lines long (closed at line ${end + 1}); talkreel reads at most ${MAX_FRONT_MATTER_LINES}`,
		});
	}
	const yamlLines = lines.slice(1, end);
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlLines.join('\n'), {lineCounter, prettyErrors: false, uniqueKeys: false});
	const warnings: string[] = [];
	let value: unknown;
	const error = doc.errors[0];
	try {
		if (error !== undefined) throw error;
		value = doc.toJS({maxAliasCount: 100});
	} catch (e) {
		const line = error === undefined ? 2 : 1 + lineCounter.linePos(error.pos[0]).line;
		const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
		value = readKeysLineByLine(yamlLines);
		if (Object.keys(value as object).length === 0) {
			throw new UserError({code: 'TALK_PARSE', file, line, problem: `front matter is not valid YAML: ${reason}`});
		}
		warnings.push(`${file}:${line}: front matter is not valid YAML (${reason.slice(0, 120)}); its keys were read line by line`);
	}
	if (value === null || value === undefined) return {speakers: [], chapters: [], warnings, source: {}};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new UserError({code: 'TALK_PARSE', file, line: 2, problem: 'front matter must be YAML keys and values (title: …, speakers: …)'});
	}
	const keys = new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.toLowerCase().replace(/[-\s]/g, '_'), v]));
	const get = (...names: string[]): unknown => {
		for (const n of names) if (keys.has(n)) return keys.get(n);
		return undefined;
	};
	const fm: FrontMatter = {speakers: [], chapters: [], warnings, source: {}};
	const set = <K extends 'title' | 'subtitle' | 'event' | 'episode' | 'language' | 'cover'>(key: K, v: unknown) => {
		const s = scalarText(v);
		if (s !== undefined) fm[key] = s;
	};
	set('title', get('title', 'episode_title', 'name'));
	set('subtitle', get('subtitle'));
	set('event', get('event', 'conference'));
	set('episode', get('episode', 'episode_number', 'number', 'ep'));
	set('language', get('language', 'lang', 'locale'));
	set('cover', get('cover', 'image', 'artwork', 'thumbnail', 'cover_image'));
	const date = dateText(get('date', 'pub_date', 'pubdate', 'published', 'published_at', 'release_date', 'recorded'));
	if (date !== undefined) fm.date = date;
	const tags = textList(get('tags', 'keywords', 'topics'));
	if (tags.length > 0) fm.tags = tags;
	const url = scalarText(get('url', 'link', 'permalink', 'source', 'youtube_url', 'video'));
	const media = scalarText(get('media', 'audio', 'audio_url', 'mp3', 'enclosure')) ?? enclosureUrl(get('enclosure'));
	if (media !== undefined) fm.media = media;
	else if (url !== undefined && AUDIO_FILE.test(url)) fm.media = url;
	if (url !== undefined && fm.media !== url) fm.source.url = url;
	const author = scalarText(get('author', 'authors', 'by'));
	if (author !== undefined) fm.source.author = author;
	const outlet = scalarText(get('podcast', 'show', 'publisher', 'outlet', 'series'));
	if (outlet !== undefined) fm.source.outlet = outlet;
	const duration = scalarText(get('length', 'duration'));
	const durationMs = duration === undefined ? undefined : durationToMs(duration);
	if (durationMs !== undefined) fm.durationMs = durationMs;

	const addSpeakers = (v: unknown, role?: SpeakerRole) => {
		for (const entry of speakerEntries(v)) {
			const key = entry.name.toLowerCase();
			const known = fm.speakers.find((s) => s.name.toLowerCase() === key);
			const r = role ?? entry.role;
			if (known) {
				if (r !== undefined && known.role === undefined) known.role = r;
				continue;
			}
			fm.speakers.push(r === undefined ? {name: entry.name} : {name: entry.name, role: r});
		}
	};
	addSpeakers(get('host', 'hosts', 'moderator', 'moderators'), 'host');
	addSpeakers(get('guest', 'guests'), 'guest');
	addSpeakers(get('speakers', 'participants', 'people', 'cast'));

	const chapterValue = get('chapters', 'timestamps');
	if (chapterValue !== undefined) fm.chapters = readChapterList(chapterValue).chapters;
	return fm;
};

const MAX_VALUE = 500;

/** A string, number or date value as trimmed text; undefined for anything else or an empty string. */
const scalarText = (v: unknown): string | undefined => {
	if (typeof v === 'string') {
		const t = v.replace(/\s+/g, ' ').trim();
		return t === '' ? undefined : t.slice(0, MAX_VALUE);
	}
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
	return undefined;
};

/** A date as written; a number is a Unix time (in ms when it is that large) → `YYYY-MM-DD`. */
const dateText = (v: unknown): string | undefined => {
	if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
		const ms = v > 1e11 ? v : v * 1000;
		const d = new Date(ms);
		return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
	}
	return scalarText(v);
};

const textList = (v: unknown): string[] => {
	const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，、]/) : [];
	const out: string[] = [];
	for (const item of items) {
		const t = scalarText(item);
		if (t !== undefined && !out.includes(t)) out.push(t);
	}
	return out;
};

const enclosureUrl = (v: unknown): string | undefined =>
	v !== null && typeof v === 'object' && !Array.isArray(v) ? scalarText((v as Record<string, unknown>).url) : undefined;

const ROLE_NAMES: ReadonlyMap<string, SpeakerRole> = new Map([
	['host', 'host'],
	['moderator', 'host'],
	['interviewer', 'host'],
	['guest', 'guest'],
	['speaker', 'speaker'],
]);

/** `speakers`: names, a comma-separated string, or `{name, role}` objects. */
const speakerEntries = (v: unknown): {name: string; role?: SpeakerRole}[] => {
	const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，、;]| and | & /) : v === undefined || v === null ? [] : [v];
	const out: {name: string; role?: SpeakerRole}[] = [];
	for (const item of items) {
		if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
			const o = item as Record<string, unknown>;
			const name = scalarText(o.name);
			const role = ROLE_NAMES.get(String(scalarText(o.role) ?? '').toLowerCase());
			if (name !== undefined && name.length <= MAX_SPEAKER_NAME_CHARS) out.push(role === undefined ? {name} : {name, role});
			continue;
		}
		const name = scalarText(item);
		if (name !== undefined && name.length <= MAX_SPEAKER_NAME_CHARS) out.push({name});
	}
	return out;
};

/** `00:28:59`, `28:59` (parseTimestamp), or `1739` (seconds) → ms. */
const durationToMs = (text: string): number | undefined => (/^\d{1,6}$/.test(text) ? Number(text) * 1000 : (parseTimestamp(text) ?? undefined));
