import {detectLanguage} from '../../text/detect-language';
import {joinWrappedLines} from '../../text/join-wrapped-lines';
import {normaliseLanguage} from '../normalise-language';
import {openingTitleFor, sectionByChapters} from '../section-by-chapters';
import {slugify} from '../slugify';
import {estimateSpeakingMs} from '../speaking-time';
import {cleanName, stripControls} from '../strip-controls';
import {UserError} from '../../errors';
import {MAX_TURNS} from '../talk-limits';
import {type Section, type Speaker, type SpeakerRole, type Talk, TalkSchema, type Turn} from '../talk-schema';
import {titleFromFile} from '../title-from-file';
import {stripInlineMarkup, takeTimeMarkers, unescapeMarkdown} from './clean-inline-text';
import type {RawTurn, ScannedTranscript} from './scan-transcript';
import {inferSpeakerRoles} from '../infer-speaker-roles';

/**
 * A scanned transcript → the Talk: the same rules for every line-based format.
 *
 * - Text: hard-wrapped lines joined, markdown escapes, links, tags, entities and
 *   emphasis taken out, time markers (`[00:01:00]`) removed — one opening a turn gives
 *   the turn its time — and stage directions (`[laughter]`, `(笑声)`, `♪ … ♪`) cut out
 *   as reaction turns.
 * - Speakers: labels resolved to full names (front matter `speakers`, a label declared
 *   as `Shaun Apps（SA）`, initials, a unique first or last name), diarization labels
 *   `SPEAKER_04` shown as `Speaker 5`; a format that names no speaker gets `Speaker 1`.
 * - Times, when the source has any: every turn gets `startMs` (a turn without one is
 *   placed between its timed neighbours in proportion to its text, before the first
 *   time at speaking pace, right after a timed break marker at the break) and `endMs`
 *   (the next turn's start, a break's start, or its own estimated speaking time at the
 *   end), never decreasing.
 * - Sections: headings and chapter lines; else a chapter list (show notes, front
 *   matter) applied by time; else one opening section (`loadTalk` divides a long one).
 * - Title: the front matter's, else the first `# ` heading, else one made from the file name.
 */
export const buildTalk = ({scan, file, slug}: {scan: ScannedTranscript; file: string; slug: string}): {talk: Talk} => {
	const fm = scan.frontMatter;
	if (scan.turnCount === 0) throw noTurns({scan, file});

	// Speakers, in order of first appearance, under their full names.
	const labels: string[] = [];
	for (const s of scan.sections) for (const t of s.turns) for (const n of t.names) if (!labels.includes(n)) labels.push(n);
	const fullNames = resolveSpeakerNames({labels, listed: fm?.speakers.map((s) => s.name) ?? []});
	const nameOf = (label: string): string => cleanName(fullNames.get(label) ?? label);
	const unnamed = 'Speaker 1';
	const speakerNames: string[] = [];
	for (const s of scan.sections) {
		for (const t of s.turns) {
			const names = t.names.length === 0 ? [unnamed] : t.names.map(nameOf);
			for (const n of names) {
				checkName({name: n, file, line: t.line});
				if (!speakerNames.includes(n)) speakerNames.push(n);
			}
		}
	}
	const idOf = assignSpeakerIds(speakerNames);

	// Turns.
	const built: {turn: Turn; section: number; raw: RawTurn; reactions: Turn[]}[] = [];
	let turnNumber = 0;
	const nextId = () => {
		if (turnNumber >= MAX_TURNS) {
			throw new UserError({
				code: 'TALK_LIMIT',
				file,
				problem: `the talk has more than ${MAX_TURNS} turns (with its stage directions); talkreel reads at most ${MAX_TURNS}`,
			});
		}
		return `t${String(++turnNumber).padStart(3, '0')}`;
	};
	scan.sections.forEach((raw, sectionIndex) => {
		for (const t of raw.turns) {
			const {speech, reactions, leadingMs} = readTurnText(t.paragraphs);
			const speakerIds = (t.names.length === 0 ? [unnamed] : t.names.map(nameOf)).map((n) => idOf.get(n) ?? '');
			const startMs = t.startMs ?? leadingMs ?? t.afterBreakMs;
			const own: Turn[] = [];
			if (speech !== '') own.push({id: nextId(), speakerIds, text: speech, kind: 'speech', line: t.line});
			for (const r of reactions) own.push({id: nextId(), speakerIds, text: r, kind: 'reaction', line: t.line});
			const head = own[0];
			if (head === undefined) continue;
			if (startMs !== undefined) head.startMs = startMs;
			built.push({turn: head, section: sectionIndex, raw: t, reactions: own.slice(1)});
		}
	});
	if (!built.some((b) => b.turn.kind === 'speech')) {
		const firstTurn = scan.sections.flatMap((s) => s.turns)[0];
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line: built[0]?.turn.line ?? firstTurn?.line ?? 1,
			problem: built.length > 0 ? 'the speaker turns hold no speech, only stage directions' : 'the speaker turns hold no text',
		});
	}

	const language =
		normaliseLanguage(fm?.language ?? scan.meta.get('language') ?? '') ??
		detectLanguage({
			text: built
				.slice(0, 400)
				.map((b) => b.turn.text)
				.join('\n'),
		});

	// Times.
	const timed = built.some((b) => b.turn.startMs !== undefined);
	if (timed) placeInTime({turns: built.map((b) => b.turn), breaksMs: scan.breaksMs, durationMs: fm?.durationMs});
	for (const b of built) {
		for (const r of b.reactions) {
			if (b.turn.startMs !== undefined) r.startMs = b.turn.startMs;
			if (b.turn.endMs !== undefined) r.endMs = b.turn.endMs;
		}
	}

	// Sections.
	const allTurns = built.flatMap((b) => [b.turn, ...b.reactions]);
	// A chapter list (show notes, front matter) sections a timed talk whose turns all sit in one section (none, or one `## Transcript`).
	const inOneSection = scan.sections.filter((s) => s.turns.length > 0).length <= 1;
	let sections: Section[];
	if (inOneSection && timed && scan.chapters.length > 0) {
		sections = sectionByChapters({turns: allTurns, chapters: scan.chapters, language});
	} else {
		sections = [];
		scan.sections.forEach((raw, index) => {
			const own = built.filter((b) => b.section === index).flatMap((b) => [b.turn, ...b.reactions]);
			if (own.length === 0) return;
			const section: Section = {id: `s${sections.length + 1}`, title: raw.title ?? openingTitleFor(language), turns: own};
			if (raw.line !== undefined) section.line = raw.line;
			const startMs = raw.startMs ?? own[0]?.startMs;
			if (startMs !== undefined) section.startMs = startMs;
			if (raw.endMs !== undefined) section.endMs = raw.endMs;
			sections.push(section);
		});
		sections.forEach((s, i) => {
			if (s.endMs !== undefined || s.startMs === undefined) return;
			const next = sections[i + 1]?.startMs;
			const end = next ?? s.turns.reduce<number | undefined>((e, t) => (t.endMs === undefined ? e : Math.max(e ?? 0, t.endMs)), undefined);
			if (end !== undefined && end >= s.startMs) s.endMs = end;
		});
	}

	// Roles: the front matter's, a `Host:` line, else the one who asks.
	const speakerIds = speakerNames.map((n) => idOf.get(n) ?? '');
	const listedRoles = new Map<string, SpeakerRole>();
	for (const s of fm?.speakers ?? []) {
		const id = idOf.get(nameOf(s.name)) ?? idOf.get(s.name);
		if (id !== undefined && s.role !== undefined) listedRoles.set(id, s.role);
	}
	const hostLine = scan.meta.get('host');
	const hostId = hostLine === undefined ? undefined : idOf.get(nameOf(hostLine.replace(/\*\*/g, '').trim()));
	if (hostId !== undefined) listedRoles.set(hostId, 'host');
	const roles = listedRoles.size > 0 ? completeRoles({speakerIds, listed: listedRoles}) : inferSpeakerRoles({turns: allTurns, speakerIds});
	const speakers: Speaker[] = speakerNames.map((name) => {
		const id = idOf.get(name) ?? '';
		const role = roles.get(id);
		return role === undefined ? {id, name} : {id, name, role};
	});

	// Metadata.
	const title = fm?.title ?? scan.heading ?? titleFromFile(file);
	const metadata: Talk['metadata'] = {title, language, source: {}};
	const source = metadata.source;
	const author = fm?.source.author ?? scan.meta.get('author');
	if (author) source.author = author;
	const outlet = fm?.source.outlet ?? scan.meta.get('outlet');
	if (outlet) source.outlet = outlet;
	const url = fm?.source.url ?? scan.meta.get('url');
	if (url) source.url = url;
	const publishedAt = scan.meta.get('publishedAt');
	if (publishedAt) source.publishedAt = publishedAt;
	const place = scan.meta.get('place');
	if (place) source.place = place;
	const subtitle = fm?.subtitle ?? scan.meta.get('subtitle');
	if (subtitle) metadata.subtitle = subtitle;
	const event = fm?.event ?? scan.meta.get('event');
	if (event) metadata.event = event;
	const date = fm?.date ?? scan.meta.get('date');
	if (date) metadata.date = date;
	if (fm?.episode) metadata.episode = fm.episode;
	if (fm?.tags && fm.tags.length > 0) metadata.tags = fm.tags;
	if (fm?.media) metadata.media = fm.media;
	if (fm?.cover) metadata.cover = fm.cover;

	return {talk: TalkSchema.parse({slug, metadata, speakers, sections})};
};

/** `no speaker turns found`, pointing at the first line where a turn was expected, and saying what the file holds instead. */
const noTurns = ({scan, file}: {scan: ScannedTranscript; file: string}): UserError => {
	const line = scan.firstTextLine ?? scan.lineCount;
	const notes =
		scan.chapters.length > 0
			? `: the file has a chapter list (${scan.chapters.length} chapters) but no transcript`
			: scan.firstTextLine !== null
				? `: line ${scan.firstTextLine} is text without a speaker label`
				: '';
	return new UserError({
		code: 'TALK_PARSE',
		file,
		line,
		problem: `no speaker turns found${notes} (expected turns such as "**Name:** text", "Name: 00:01:02", "[00:01:02] **Name:** text"; see the README's formats table)`,
	});
};

/** Square-bracketed directions that are not markdown links or images. */
const STAGE_DIRECTION = /[[【]([^\]】[【\n]{1,40})[\]】](?!\()/g;
/** Round-bracketed asides count as directions only when they name a reaction. */
const PAREN_REACTION = /[(（]((?:[^()（）\n]{0,8})(?:笑|掌声|鼓掌|欢呼|laugh|applause|cheer|music|音乐)(?:[^()（）\n]{0,8}))[)）]/gi;
/** Sung lines: `♪ … ♪`. */
const LYRICS = /[♪♫♬][^♪♫♬\n]{0,200}[♪♫♬]/g;
/** Words of stage directions in English transcripts: `[laughs]`, `[Music]`, `[crosstalk]`, `[inaudible 00:12:03]`. */
const DIRECTION_WORDS =
	/\b(?:laugh\w*|chuckl\w*|giggl\w*|applau\w*|clap\w*|cheer\w*|music|song|singing|sings|crosstalk|cross-talk|inaudible|unintelligible|indiscernible|silence|pause[sd]?|sigh\w*|cough\w*|groan\w*|gasp\w*|noise|sound|audio|break|intro|outro|overlapping|static|beep\w*|bell|ding|whistl\w*|snort\w*|scoff\w*|transition|ad|sponsor|advert\w*|commercial|upbeat|off-mic|mic)\b/i;

/**
 * Is `[inner]` a stage direction (cut out as a reaction) or an editor's insertion in the
 * speech (`Giulia [Fanti]`, kept)? Chinese directions (`[欢呼声]`) and the words of English
 * ones (`[Music]`, `[laughs]`) are directions; so is any short all-lower-case aside
 * (`[both talk at once]`). A capitalised name or term is the editor's clarification.
 */
const isStageDirection = (inner: string): boolean =>
	/\p{Script=Han}/u.test(inner) || DIRECTION_WORDS.test(inner) || (!/[A-Z]/.test(inner) && inner.trim().split(/\s+/).length <= 5);

/** Marks where a direction was cut out, so only the spaces around cuts are tidied. */
const CUT = '\u0000';

/**
 * A turn's paragraphs → its speech (paragraphs joined by `\n`), its stage directions, and
 * the time of a marker that opens it.
 */
export const readTurnText = (paragraphs: readonly string[][]): {speech: string; reactions: string[]; leadingMs: number | null} => {
	const joined = paragraphs
		.map((p) => joinWrappedLines({lines: p.map(stripControls)}))
		.filter((p) => p !== '')
		.join('\n');
	const {text, leadingMs} = takeTimeMarkers(unescapeMarkdown(joined));
	const plain = stripInlineMarkup(text);
	const reactions: string[] = [];
	const cut = (whole: string) => {
		reactions.push(whole.replace(/\s+/g, ' ').trim());
		return CUT;
	};
	const speech = plain
		.replace(LYRICS, cut)
		.replace(STAGE_DIRECTION, (whole: string, inner: string) => (isStageDirection(inner) ? cut(whole) : whole))
		.replace(PAREN_REACTION, cut);
	return {speech: closeCuts(speech), reactions, leadingMs};
};

/** Removes the cut marks and the space they leave: none at paragraph ends, none doubled (runs of spaces collapsed first, so the patterns stay linear). */
const closeCuts = (text: string): string =>
	text
		.split('\n')
		.map((p) =>
			p
				.replace(/ {2,}/g, ' ')
				// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the cut mark (readTranscript refuses NUL in input).
				.replace(/\u0000(?: ?\u0000)+/g, CUT)
				// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
				.replace(/ ?\u0000 ?/g, (m: string, offset: number, whole: string) =>
					offset === 0 || offset + m.length === whole.length ? '' : m.startsWith(' ') && m.endsWith(' ') ? ' ' : '',
				)
				.trim(),
		)
		.filter((p) => p !== '')
		.join('\n');

const MAX_SPEAKER_NAME_LENGTH = 60;

const checkName = ({name, file, line}: {name: string; file: string; line: number}): void => {
	if (name.trim() === '') throw new UserError({code: 'TALK_PARSE', file, line, problem: 'a speaker label has no name'});
	if (name.length > MAX_SPEAKER_NAME_LENGTH) {
		throw new UserError({
			code: 'TALK_PARSE',
			file,
			line,
			problem: `speaker name "${name.slice(0, 40)}…" is ${name.length} characters long; a name is at most ${MAX_SPEAKER_NAME_LENGTH} (is this bold text rather than a speaker?)`,
		});
	}
};

const assignSpeakerIds = (names: string[]): Map<string, string> => {
	const ids = new Map<string, string>();
	const used = new Set<string>();
	names.forEach((name, index) => {
		const base = slugify(name) || `speaker-${index + 1}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		ids.set(name, id);
	});
	return ids;
};

/** `Shaun Apps（SA）`, `Shaun Apps (SA)`: a full name declaring the short label used after it. */
const DECLARED_ALIAS = /^(.{1,50}?)\s?[(（]([^()（）]{1,12})[)）]$/;
/** Diarization labels: `SPEAKER_04`, `SPEAKER 4`. */
const DIARIZATION = /^SPEAKER[_ ](\d{1,3})$/;

const initialsOf = (name: string): string =>
	name
		.split(/[\s.-]+/)
		.filter((w) => w !== '')
		.map((w) => w[0] ?? '')
		.join('')
		.toUpperCase();

/**
 * Labels as the transcript writes them → full names: a label declaring its short form
 * (`Shaun Apps（SA）` → `Shaun Apps`, and `SA` → `Shaun Apps`), a name listed in the
 * front matter by exact name, initials (`AP` → `Andrew Poelstra`) or a first or last
 * name that only one listed or declared name has (`Ana` → `Ana Lima`), and diarization
 * labels (`SPEAKER_04` → `Speaker 5`, counting from 1). Other labels stay as written.
 */
export const resolveSpeakerNames = ({labels, listed}: {labels: readonly string[]; listed: readonly string[]}): Map<string, string> => {
	const out = new Map<string, string>();
	const aliases = new Map<string, string>();
	const full: string[] = [...listed];
	for (const label of labels) {
		const m = DECLARED_ALIAS.exec(label.trim());
		if (!m) continue;
		const name = (m[1] ?? '').trim();
		const short = (m[2] ?? '').trim();
		const listedName = listed.find((l) => l.toLowerCase() === name.toLowerCase()) ?? name;
		out.set(label, listedName);
		aliases.set(short.toLowerCase(), listedName);
		if (!full.includes(listedName)) full.push(listedName);
	}
	for (const label of labels) {
		if (out.has(label)) continue;
		const l = label.trim();
		const key = l.toLowerCase();
		const d = DIARIZATION.exec(l);
		if (d) {
			out.set(label, `Speaker ${Number(d[1]) + 1}`);
			continue;
		}
		const exact = full.find((n) => n.toLowerCase() === key);
		if (exact !== undefined) {
			out.set(label, exact);
			continue;
		}
		const alias = aliases.get(key);
		if (alias !== undefined) {
			out.set(label, alias);
			continue;
		}
		const multiWord = full.filter((n) => /\s/.test(n));
		const byInitials = /^[A-Z]{2,4}$/.test(l) ? multiWord.filter((n) => initialsOf(n) === l) : [];
		if (byInitials.length === 1 && byInitials[0] !== undefined) {
			out.set(label, byInitials[0]);
			continue;
		}
		if (!/\s/.test(l)) {
			const byPart = multiWord.filter((n) => n.toLowerCase().split(/\s+/).includes(key));
			if (byPart.length === 1 && byPart[0] !== undefined) {
				out.set(label, byPart[0]);
				continue;
			}
		}
		out.set(label, l.replace(/\s+/g, ' '));
	}
	return out;
};

/**
 * Gives every turn a time: turns the source left untimed are placed between their timed
 * neighbours in proportion to their speaking time; a time that goes back is held at the
 * one before; each turn ends where the next starts (or at a break before that), the
 * last after its speaking time (within the recording's length when known).
 */
const placeInTime = ({turns, breaksMs, durationMs}: {turns: Turn[]; breaksMs: readonly number[]; durationMs: number | undefined}): void => {
	const weights = turns.map((t) => estimateSpeakingMs(t.text));
	let last = 0;
	for (const t of turns) {
		if (t.startMs === undefined) continue;
		t.startMs = Math.max(last, t.startMs);
		last = t.startMs;
	}
	let i = 0;
	while (i < turns.length) {
		if (turns[i]?.startMs !== undefined) {
			i++;
			continue;
		}
		// A run of untimed turns [i, j): spread between the timed turn before it (or 0) and the one after (or at speaking pace).
		let j = i;
		while (j < turns.length && turns[j]?.startMs === undefined) j++;
		const runMs = weights.slice(i, j).reduce((a, b) => a + b, 0);
		const to = turns[j]?.startMs;
		// Before the first time: from 0 when the speech before it could fill much of that time (a whole
		// episode); else at speaking pace back from it (an excerpt that starts mid-episode).
		const from = i > 0 ? (turns[i - 1]?.startMs ?? 0) : to !== undefined && runMs < 0.4 * to ? to - runMs : 0;
		let offset = i > 0 ? (weights[i - 1] ?? 0) : 0;
		const total = offset + runMs;
		for (let k = i; k < j; k++) {
			const turn = turns[k] as Turn;
			turn.startMs = Math.round(to === undefined ? from + offset : from + ((to - from) * offset) / Math.max(1, total));
			offset += weights[k] ?? 0;
		}
		i = j;
	}
	const breaks = [...breaksMs].sort((a, b) => a - b);
	let b = 0;
	turns.forEach((turn, k) => {
		const start = turn.startMs ?? 0;
		const nextStart = turns[k + 1]?.startMs;
		while (b < breaks.length && (breaks[b] ?? 0) <= start) b++;
		const candidate = breaks[b];
		const breakAt = candidate !== undefined && (nextStart === undefined || candidate < nextStart) ? candidate : undefined;
		let end = breakAt ?? nextStart ?? start + (weights[k] ?? 1000);
		if (nextStart === undefined && breakAt === undefined && durationMs !== undefined && durationMs > start) end = Math.min(end, durationMs);
		turn.endMs = Math.max(start, Math.round(end));
	});
};

/** Roles the source names; the others are guests when someone hosts, else speakers. */
const completeRoles = ({speakerIds, listed}: {speakerIds: string[]; listed: Map<string, SpeakerRole>}): Map<string, SpeakerRole> => {
	const hosted = [...listed.values()].includes('host');
	return new Map(speakerIds.map((id) => [id, listed.get(id) ?? (hosted ? 'guest' : 'speaker')]));
};
