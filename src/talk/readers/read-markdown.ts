import {detectLanguage} from '../../text/detect-language';
import {joinWrappedLines} from '../../text/join-wrapped-lines';
import {METADATA_KEYS, type MetadataField} from '../metadata-keys';
import {slugify} from '../slugify';
import {TalkError} from '../talk-error';
import {TalkSchema, type Section, type Speaker, type SpeakerRole, type Talk, type Turn} from '../talk-schema';

/**
 * The markdown interview dialect: `# Title`, `key: value` front matter, `## Section`
 * headings, and turns opened by a bold speaker marker:
 *
 *     **Name:** text            **Name**: text          **Name** : text
 *     **A** 和 **B** : text     **A** and **B**: text   (text may start on the next line)
 *
 * Stage directions in square brackets (`[欢呼声]`, `[laughter]`) become reaction turns.
 * A top-level `# ` heading after the first turn ends the talk (what follows is the
 * publisher's, not the speakers'); one before the first turn only opens the body.
 */

const SPEAKER_JOINERS = ['和', '与', '及', '跟', '、', ',', '，', '&', 'and'];
const MAX_SPEAKER_NAME_LENGTH = 60;

/** A square-bracketed direction that is not a markdown link or image. */
const STAGE_DIRECTION = /[[【]([^\]】[【\n]{1,40})[\]】](?!\()/g;
/** Round-bracketed asides count as directions only when they name a reaction. */
const PAREN_REACTION = /[(（]((?:[^()（）\n]{0,8})(?:笑|掌声|鼓掌|欢呼|laugh|applause|cheer)(?:[^()（）\n]{0,8}))[)）]/gi;

const OPENING_SECTION_TITLE: Record<string, string> = {zh: '开场', en: 'Opening'};

type SpeakerMarker = {names: string[]; rest: string};

/** Recognises a line opening a turn; `null` if the line is not a speaker marker. */
export const readSpeakerMarker = ({line, file, lineNumber}: {line: string; file: string; lineNumber: number}): SpeakerMarker | null => {
	if (!line.startsWith('**')) return null;
	// `**Name:**` → `**Name**:` so that the colon always stands after the bold part.
	const normalised = line.replace(/^((?:\*\*[^*]*\*\*\s*\S{0,3}\s*)*?\*\*[^*]*?)\s*[:：]\s*\*\*/, '$1**:');
	const joiner = `(?:${SPEAKER_JOINERS.map((j) => j.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
	const marker = new RegExp(`^(\\*\\*[^*]*\\*\\*(?:\\s*${joiner}\\s*\\*\\*[^*]*\\*\\*)*)\\s*[:：]\\s*(.*)$`, 'i');
	const m = marker.exec(normalised);
	if (!m) return null;
	const names = [...(m[1] ?? '').matchAll(/\*\*([^*]*)\*\*/g)].map((n) => (n[1] ?? '').replace(/\s+/g, ' ').trim());
	if (names.some((n) => n === '')) {
		throw new TalkError({code: 'TALK_PARSE', file, line: lineNumber, problem: `speaker line "${line.slice(0, 40)}" has no name`});
	}
	if (names.some((n) => n.length > MAX_SPEAKER_NAME_LENGTH)) return null;
	return {names, rest: (m[2] ?? '').trim()};
};

type RawTurn = {names: string[]; line: number; paragraphs: string[][]};
type RawSection = {title: string | null; line?: number; turns: RawTurn[]};

const headingOf = (line: string, level: number): string | null => {
	const m = new RegExp(`^#{${level}}\\s+(.*?)\\s*#*\\s*$`).exec(line);
	if (!m || line.startsWith('#'.repeat(level + 1))) return null;
	return (m[1] ?? '').replace(/\*\*/g, '').trim();
};

const readMetadataLine = (line: string): {field: MetadataField; value: string} | null => {
	const m = /^([^:：]{1,24})[:：]\s*(.+)$/.exec(line);
	if (!m) return null;
	const field = METADATA_KEYS[(m[1] ?? '').trim().toLowerCase()];
	return field ? {field, value: (m[2] ?? '').trim()} : null;
};

/** Splits `text` into speech parts and stage directions, in order. */
const splitStageDirections = (text: string): {speech: string; reactions: string[]} => {
	const reactions: string[] = [];
	const cut = (whole: string) => {
		reactions.push(whole);
		return CUT;
	};
	const speech = text.replace(STAGE_DIRECTION, cut).replace(PAREN_REACTION, cut);
	return {speech: closeCuts(speech), reactions};
};

/** Marks where a direction was cut out, so only the spaces around cuts are tidied. */
const CUT = '\u0000';

/** Removes the cut marks and the space they leave: none at paragraph ends, none doubled. */
const closeCuts = (text: string): string =>
	text
		.split('\n')
		.map((p) =>
			p
				// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the cut mark (readTranscript refuses NUL in input).
				.replace(/ *\u0000+ */g, (m, offset: number, whole: string) => (offset === 0 || offset + m.length === whole.length ? '' : hasSpaceAround(m) ? ' ' : ''))
				.trim(),
		)
		.filter((p) => p !== '')
		.join('\n');

const hasSpaceAround = (m: string): boolean => m.startsWith(' ') && m.endsWith(' ');

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

/**
 * The host is the speaker who asks: the one whose speech turns most often end on a
 * question mark, when that is at least a third of their turns. Named hosts win.
 */
const inferRoles = ({turns, speakerIds, hostName}: {turns: Turn[]; speakerIds: string[]; hostName?: string}): Map<string, SpeakerRole> => {
	const roles = new Map<string, SpeakerRole>();
	if (speakerIds.length < 2) {
		for (const id of speakerIds) roles.set(id, 'speaker');
		return roles;
	}
	let host: string | undefined = hostName;
	if (host === undefined) {
		let best = 1 / 3;
		for (const id of speakerIds) {
			const own = turns.filter((t) => t.kind === 'speech' && t.speakerIds.length === 1 && t.speakerIds[0] === id);
			const asking = own.filter((t) => /[?？]\s*$/.test(t.text)).length;
			const share = own.length === 0 ? 0 : asking / own.length;
			if (share > best) {
				best = share;
				host = id;
			}
		}
	}
	for (const id of speakerIds) roles.set(id, id === host ? 'host' : 'guest');
	return roles;
};

export const readMarkdown = ({text, file, slug}: {text: string; file: string; slug: string}): {talk: Talk} => {
	const lines = text.split('\n');
	let title: string | null = null;
	const meta: Partial<Record<MetadataField, string>> = {};
	const sections: RawSection[] = [{title: null, turns: []}];
	let turn: RawTurn | null = null;
	let paragraph: string[] | null = null;
	let turnsSeen = 0;

	const closeParagraph = () => {
		paragraph = null;
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const lineNumber = i + 1;
		const h1 = headingOf(line, 1);
		if (h1 !== null) {
			if (title === null) {
				title = h1;
				continue;
			}
			if (turnsSeen > 0) break; // the talk is over: what follows is the publisher's
			continue; // an editorial heading such as `# 文本整理` that opens the body
		}
		const h2 = headingOf(line, 2);
		if (h2 !== null) {
			if (h2 === '') continue;
			sections.push({title: h2, line: lineNumber, turns: []});
			turn = null;
			closeParagraph();
			continue;
		}
		if (line === '') {
			closeParagraph();
			continue;
		}
		const marker = readSpeakerMarker({line, file, lineNumber});
		if (marker) {
			turn = {names: marker.names, line: lineNumber, paragraphs: []};
			sections[sections.length - 1]?.turns.push(turn);
			turnsSeen++;
			paragraph = null;
			if (marker.rest !== '') {
				paragraph = [marker.rest];
				turn.paragraphs.push(paragraph);
			}
			continue;
		}
		if (turn === null) {
			// Front matter and the editor's introduction before the first turn.
			const entry = turnsSeen === 0 ? readMetadataLine(line) : null;
			if (entry && meta[entry.field] === undefined) meta[entry.field] = entry.value;
			continue;
		}
		if (paragraph === null) {
			paragraph = [];
			turn.paragraphs.push(paragraph);
		}
		paragraph.push(line);
	}

	if (turnsSeen === 0) {
		throw new TalkError({
			code: 'TALK_PARSE',
			file,
			line: lines.length,
			problem: 'no speaker turns found (expected lines such as "**Name:** text")',
		});
	}

	// Speakers in order of first appearance.
	const speakerNames: string[] = [];
	for (const s of sections) for (const t of s.turns) for (const n of t.names) if (!speakerNames.includes(n)) speakerNames.push(n);
	const idOf = assignSpeakerIds(speakerNames);

	const turns: Turn[] = [];
	const builtSections: {raw: RawSection; turns: Turn[]}[] = [];
	let turnNumber = 0;
	for (const raw of sections) {
		const own: Turn[] = [];
		for (const t of raw.turns) {
			const joined = t.paragraphs
				.map((p) => joinWrappedLines({lines: p}))
				.filter((p) => p !== '')
				.join('\n');
			const {speech, reactions} = splitStageDirections(joined);
			const speakerIds = t.names.map((n) => idOf.get(n) ?? '');
			const push = (text: string, kind: Turn['kind']) => {
				turnNumber++;
				const built: Turn = {id: `t${String(turnNumber).padStart(3, '0')}`, speakerIds, text, kind, line: t.line};
				own.push(built);
				turns.push(built);
			};
			if (speech !== '') push(speech, 'speech');
			for (const r of reactions) push(r, 'reaction');
		}
		if (own.length > 0) builtSections.push({raw, turns: own});
	}

	if (!turns.some((t) => t.kind === 'speech')) {
		throw new TalkError({code: 'TALK_PARSE', file, line: sections[0]?.turns[0]?.line ?? 1, problem: 'the speaker turns hold no speech, only stage directions'});
	}

	const language = meta.language ?? detectLanguage({text: turns.map((t) => t.text).join('\n')});
	const hostId = meta.host === undefined ? undefined : idOf.get(meta.host.replace(/\*\*/g, '').trim());
	const speakerIds = speakerNames.map((n) => idOf.get(n) ?? '');
	const roles = inferRoles({turns, speakerIds, hostName: hostId});
	const speakers: Speaker[] = speakerNames.map((name) => {
		const id = idOf.get(name) ?? '';
		const role = roles.get(id);
		return role === undefined ? {id, name} : {id, name, role};
	});

	const builtTitle = title ?? slug;
	const out: Section[] = builtSections.map(({raw, turns: own}, index) => {
		const sectionTitle = raw.title ?? OPENING_SECTION_TITLE[language.slice(0, 2)] ?? OPENING_SECTION_TITLE.en ?? 'Opening';
		const section: Section = {id: `s${index + 1}`, title: sectionTitle, turns: own};
		if (raw.line !== undefined) section.line = raw.line;
		return section;
	});

	const source: Talk['metadata']['source'] = {};
	if (meta.author) source.author = meta.author;
	if (meta.outlet) source.outlet = meta.outlet;
	if (meta.url) source.url = meta.url;
	if (meta.publishedAt) source.publishedAt = meta.publishedAt;
	if (meta.place) source.place = meta.place;

	const metadata: Talk['metadata'] = {title: builtTitle, language, source};
	if (meta.subtitle) metadata.subtitle = meta.subtitle;
	if (meta.event) metadata.event = meta.event;
	if (meta.date) metadata.date = meta.date;

	return {talk: TalkSchema.parse({slug, metadata, speakers, sections: out})};
};
