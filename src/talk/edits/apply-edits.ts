import {LineCounter, isScalar, parseDocument, visit, type Document} from 'yaml';
import {normaliseLanguage} from '../normalise-language';
import {spanOfQuoteId, turnIdOfQuoteId} from '../quote-id';
import {readChapterList} from '../read-chapters';
import {saysAWord} from '../non-speech';
import {sectionByChapters} from '../section-by-chapters';
import {UserError} from '../../errors';
import {checkSpeakerName} from '../talk-limits';
import {TalkSchema, type Section, type Talk, type Turn} from '../talk-schema';
import {EditsSchema, type Edits, type QuoteEdit, type TurnEdit} from './edits-schema';
import {splitTurnTimes} from './split-turn-times';
import {partitionPoint} from '../../text/partition-point';

type Path = (string | number)[];

/** An edits file parsed and checked against its schema, with the line of every value in it. */
export type ParsedEdits = {edits: Edits; lineOf: (path: Path) => number; editsFile: string};

/**
 * Applies an edits file (YAML, or JSON, which is YAML too) to a talk: its chapters
 * (`applyEditsChapters`), then everything else (`applyParsedEdits`). `loadTalk` runs the
 * two apart, dividing a long talk between them.
 */
export const applyEdits = ({talk, editsText, editsFile}: {talk: Talk; editsText: string; editsFile: string}): {talk: Talk} => {
	const parsed = parseEdits({editsText, editsFile});
	return applyParsedEdits({talk: applyEditsChapters({talk, parsed}).talk, parsed});
};

/**
 * The edits file's `chapters` (a YouTube description's `00:00 Intro` lines, or
 * `{start, title}`) replace the talk's sections: turns go to the chapter their time
 * falls in. They need a timed transcript (`EDITS_TARGET` naming an untimed turn).
 */
export const applyEditsChapters = ({talk, parsed}: {talk: Talk; parsed: ParsedEdits}): {talk: Talk} => {
	const {edits, lineOf, editsFile} = parsed;
	if (edits.chapters === undefined) return {talk};
	const fail = (code: 'EDITS_PARSE' | 'EDITS_TARGET', line: number, problem: string): never => {
		throw new UserError({code, file: editsFile, line, problem});
	};
	const {chapters, problems} = readChapterList(edits.chapters);
	const block = typeof edits.chapters === 'string';
	const first = problems[0];
	if (first !== undefined) {
		fail('EDITS_PARSE', block ? lineOf(['chapters']) + 1 + first.index : lineOf(['chapters', first.index]), `chapters: ${first.problem}`);
	}
	if (chapters.length === 0) return {talk};
	const turns = talk.sections.flatMap((s) => s.turns);
	const untimed = turns.find((t) => t.kind === 'speech' && t.startMs === undefined);
	if (untimed !== undefined) {
		fail(
			'EDITS_TARGET',
			lineOf(['chapters']),
			`chapters need a timed transcript, but turn ${untimed.id} (line ${untimed.line} of the transcript) has no time; rename or drop sections instead`,
		);
	}
	return {talk: {...talk, sections: sectionByChapters({turns, chapters, language: talk.metadata.language})}};
};

/**
 * Applies everything but the chapters, in this order: metadata overrides, speakers
 * (name, role, colour), turn corrections in file order (reassign, split, exclude),
 * sections (rename, exclude), then pins and drops, which are checked against the
 * corrected turns and stored in `talk.editorial` for `selectHighlights`. Pure: returns
 * a new Talk.
 *
 * Errors: `EDITS_PARSE` for syntax and shape, `EDITS_TARGET` for an edit that points at
 * nothing (unknown turn, section or speaker, text not in the turn) or leaves no speech,
 * each with the line of the edits file it comes from.
 */
export const applyParsedEdits = ({talk, parsed}: {talk: Talk; parsed: ParsedEdits}): {talk: Talk} => {
	const {edits, lineOf, editsFile} = parsed;
	const fail = (path: Path, problem: string): never => {
		throw new UserError({code: 'EDITS_TARGET', file: editsFile, line: lineOf(path), problem});
	};
	const out: Talk = structuredClone(talk);

	// Metadata.
	for (const key of ['title', 'subtitle', 'event', 'date'] as const) {
		const value = edits.metadata?.[key];
		if (value !== undefined) out.metadata[key] = value;
	}
	const language = edits.metadata?.language;
	if (language !== undefined) {
		const tag = normaliseLanguage(language);
		if (tag === null) {
			throw new UserError({
				code: 'EDITS_PARSE',
				file: editsFile,
				line: lineOf(['metadata', 'language']),
				problem: `metadata.language: "${clip(language)}" is not a language tag such as zh, en or en-GB`,
			});
		}
		out.metadata.language = tag;
	}

	// Speakers, found by id or by name in a Map: a name such as `constructor` finds nothing it should not.
	const byId = new Map(out.speakers.map((sp) => [sp.id, sp]));
	const byName = new Map(out.speakers.map((sp) => [sp.name, sp]));
	const speakerId = (ref: string, path: Path): string => {
		const s = byId.get(ref) ?? byName.get(ref);
		if (s === undefined) return fail(path, `speaker "${clip(ref)}" is not in the talk (speakers: ${out.speakers.map((sp) => sp.id).join(', ')})`);
		return s.id;
	};
	edits.speakers?.forEach((e, i) => {
		const s = byId.get(speakerId(e.speaker, ['speakers', i, 'speaker']));
		if (s === undefined) return;
		if (e.name !== undefined) {
			checkSpeakerName({name: e.name, file: editsFile, line: lineOf(['speakers', i, 'name']), code: 'EDITS_PARSE'});
			s.name = e.name;
		}
		if (e.role !== undefined) s.role = e.role;
		if (e.color !== undefined) s.color = e.color;
	});
	// Turns, in file order.
	const findTurn = (id: string, path: Path): {section: Section; index: number; turn: Turn} => {
		for (const section of out.sections) {
			const index = section.turns.findIndex((t) => t.id === id);
			const turn = section.turns[index];
			if (turn !== undefined) return {section, index, turn};
		}
		const all = out.sections.flatMap((s) => s.turns.map((t) => t.id));
		return fail(
			path,
			`turn "${id}" is not in the talk (turns ${all[0] ?? ''}…${all[all.length - 1] ?? ''}${all.some((t) => t.includes('-')) ? ' and split parts' : ''})`,
		);
	};
	edits.turns?.forEach((e, i) => {
		applyTurnEdit({edit: e, path: ['turns', i], findTurn, speakerId, fail, talk: out});
	});

	// Sections.
	edits.sections?.forEach((e, i) => {
		const section = out.sections.find((s) => s.id === e.section);
		if (section === undefined) {
			fail(['sections', i, 'section'], `section "${e.section}" is not in the talk (sections: ${out.sections.map((s) => s.id).join(', ')})`);
			return;
		}
		if (e.title !== undefined) section.title = e.title;
		if (e.exclude) out.sections = out.sections.filter((s) => s !== section);
	});
	if (out.sections.length === 0) fail(['sections'], 'every section is excluded; a talk needs at least one');
	if (!out.sections.some((sec) => sec.turns.some((t) => t.kind === 'speech'))) {
		const lastSection = edits.sections?.findLastIndex((e) => e.exclude === true) ?? -1;
		const lastTurn = edits.turns?.findLastIndex((e) => e.exclude === true) ?? -1;
		fail(
			lastSection !== -1 ? ['sections', lastSection] : lastTurn !== -1 ? ['turns', lastTurn] : ['turns'],
			'these edits exclude every speech turn; a talk needs at least one',
		);
	}

	// Pins and drops.
	const checkQuote = (e: QuoteEdit, path: Path): {turnId: string; text?: string} => {
		const key = e.quote === undefined ? 'turn' : 'quote';
		const turnId = e.quote === undefined ? (e.turn ?? '') : (turnIdOfQuoteId(e.quote) ?? '');
		const {turn} = findTurn(turnId, [...path, key]);
		if (turn.kind !== 'speech') fail([...path, key], `turn "${turnId}" is a stage direction (${turn.text}), not speech`);
		if (e.quote !== undefined) {
			try {
				return {turnId, text: spanOfQuoteId({id: e.quote, turn, locale: out.metadata.language}).text};
			} catch (error) {
				return fail([...path, 'quote'], error instanceof UserError ? error.problem : String(error));
			}
		}
		if (e.text !== undefined && !turn.text.includes(e.text)) fail([...path, 'text'], `text "${clip(e.text)}" is not in turn ${turnId} ("${clip(turn.text)}")`);
		return e.text === undefined ? {turnId} : {turnId, text: e.text};
	};
	const pins = edits.pins?.map((e, i) => checkQuote(e, ['pins', i])) ?? [];
	const drops = edits.drops?.map((e, i) => checkQuote(e, ['drops', i])) ?? [];
	if (pins.length > 0 || drops.length > 0 || out.editorial !== undefined) {
		out.editorial = {
			pins: [...(out.editorial?.pins ?? []), ...pins],
			drops: [...(out.editorial?.drops ?? []), ...drops],
		};
	}

	// Every value was checked above: a schema failure here is a bug in talkreel, not the user's mistake.
	return {talk: TalkSchema.parse(out)};
};

const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, ' ');

const applyTurnEdit = ({
	edit,
	path,
	findTurn,
	speakerId,
	fail,
	talk,
}: {
	edit: TurnEdit;
	path: Path;
	findTurn: (id: string, path: Path) => {section: Section; index: number; turn: Turn};
	speakerId: (ref: string, path: Path) => string;
	fail: (path: Path, problem: string) => never;
	talk: Talk;
}): void => {
	const {section, index, turn} = findTurn(edit.turn, [...path, 'turn']);
	if (edit.exclude) {
		// The sounds heard in an excluded speech turn and right after it go with it: they answer what was cut. One heard before its first word answered the turn before, and stays, heard after that turn.
		const end = turn.kind === 'speech' ? afterSounds(section, index) : index + 1;
		const answers = section.turns
			.slice(index + 1, end)
			.filter((t) => t.heard === 'before')
			.map(({heard: _heard, ...t}) => t);
		section.turns.splice(index, end - index, ...answers);
		return;
	}
	if (edit.speaker !== undefined) turn.speakerIds = [speakerId(edit.speaker, [...path, 'speaker'])];
	if (edit.split === undefined) return;
	if (turn.kind !== 'speech') fail([...path, 'turn'], `turn "${turn.id}" is a stage direction (${turn.text}); only speech can be split`);
	const cuts: {at: number; speakerId: string}[] = [];
	let from = 0;
	edit.split.forEach((point, j) => {
		const at = turn.text.indexOf(point.at, from === 0 ? 0 : from + 1);
		if (at === -1) {
			fail([...path, 'split', j, 'at'], `text "${clip(point.at)}" is not in turn ${turn.id}${j > 0 ? ' after the previous cut' : ''} ("${clip(turn.text)}")`);
		}
		if (turn.text.slice(0, at).trim() === '' || turn.text.slice(from, at).trim() === '') {
			fail([...path, 'split', j, 'at'], `cutting turn ${turn.id} at "${clip(point.at)}" leaves an empty part; reassign the turn with \`speaker\` instead`);
		}
		cuts.push({at, speakerId: speakerId(point.speaker, [...path, 'split', j, 'speaker'])});
		from = at;
	});
	const root = turn.id.replace(/-\d+$/, '');
	const taken = new Set(talk.sections.flatMap((s) => s.turns.map((t) => t.id)));
	let suffix = 2;
	const nextId = () => {
		while (taken.has(`${root}-${suffix}`)) suffix++;
		const id = `${root}-${suffix}`;
		taken.add(id);
		return id;
	};
	const parts: Turn[] = [];
	const bounds = [0, ...cuts.map((c) => c.at), turn.text.length];
	// A timed turn's parts keep their times (and words), so they still play.
	const times = splitTurnTimes({turn, bounds});
	for (let k = 0; k < bounds.length - 1; k++) {
		const text = tidy(turn.text.slice(bounds[k], bounds[k + 1]));
		const part: Turn = {
			id: k === 0 ? turn.id : nextId(),
			speakerIds: k === 0 ? turn.speakerIds : [cuts[k - 1]?.speakerId ?? ''],
			text,
			kind: 'speech',
			line: turn.line,
		};
		parts.push({...part, ...times[k]});
	}
	const end = afterSounds(section, index);
	const sounds = section.turns.slice(index + 1, end);
	// Each sound follows the part it was heard in: one heard before the turn's first word, its first part; one heard within it where the text says, the part holding that place (heard after it when the part ends there); else the last.
	const after: Turn[][] = parts.map(() => []);
	const last = after.length - 1;
	// Where a place in the turn is in its part's tidied text, each part's paragraphs found once.
	const partOffsets = bounds.slice(0, -1).map((b, k) => offsetsInTidy(turn.text.slice(b, bounds[k + 1])));
	for (const sound of sounds) {
		if (sound.heard === 'before') {
			after[0]?.push(sound);
			continue;
		}
		const {at, ...rest} = sound;
		if (sound.heard !== 'within' || at === undefined) {
			after[last]?.push(rest);
			continue;
		}
		const k = Math.max(0, bounds.findIndex((b, i) => i > 0 && at <= b) - 1);
		const endsPart = k < last && !saysAWord(turn.text.slice(at, bounds[k + 1]));
		if (endsPart) {
			const {heard: _heard, ...heardAfter} = rest;
			after[k]?.push(heardAfter);
		} else after[k]?.push({...rest, at: partOffsets[k]?.(at - (bounds[k] ?? 0)) ?? 0});
	}
	section.turns.splice(index, end - index, ...parts.flatMap((part, k) => [part, ...(after[k] ?? [])]));
};

/** Where the sounds cut out of the turn at `index` end: the index after the sound turns that follow it. */
const afterSounds = (section: Section, index: number): number => {
	let end = index + 1;
	while (section.turns[end]?.kind === 'reaction') end++;
	return end;
};

/** The paragraphs `tidy` keeps of `raw`: where each, trimmed, is in `raw`, and where it starts in the tidied text. */
const keptParagraphs = (raw: string): {start: number; end: number; at: number}[] => {
	const kept: {start: number; end: number; at: number}[] = [];
	let pos = 0;
	let at = 0;
	for (const p of raw.split('\n')) {
		const trimmed = p.trim();
		if (trimmed !== '') {
			if (kept.length > 0) at += 1;
			const start = pos + p.length - p.trimStart().length;
			kept.push({start, end: start + trimmed.length, at});
			at += trimmed.length;
		}
		pos += p.length + 1;
	}
	return kept;
};

/**
 * Where each offset of `raw` is in `tidy(raw)`: its paragraphs found once, then a search
 * among them for each offset asked (an offset in spaces a paragraph's trim takes goes to the
 * nearest end of what is kept).
 */
const offsetsInTidy = (raw: string): ((offset: number) => number) => {
	const kept = keptParagraphs(raw);
	return (offset) => {
		// The last paragraph starting at or before the offset, else the first.
		const p = kept[Math.max(0, partitionPoint(kept.length, (i) => (kept[i]?.start ?? 0) <= offset) - 1)];
		return p === undefined ? 0 : p.at + Math.min(Math.max(0, offset - p.start), p.end - p.start);
	};
};

/** Trims a part and the whitespace around its paragraph breaks. */
const tidy = (text: string): string =>
	keptParagraphs(text)
		.map((p) => text.slice(p.start, p.end))
		.join('\n');

/**
 * Parses and validates; `lineOf(path)` is the 1-based line of a value in the file. Line
 * ends may be LF, CRLF or CR alone (a CR-only file is read as lines, not as one comment);
 * a byte-order mark is skipped. YAML errors, aliases to nothing and alias bombs are
 * `EDITS_PARSE` with their line.
 */
export const parseEdits = ({editsText, editsFile}: {editsText: string; editsFile: string}): ParsedEdits => {
	const text = editsText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lineCounter = new LineCounter();
	// Unique keys are checked below, in one pass: the parser's own check compares every key with every other (100 000 keys: 92 s).
	const doc: Document.Parsed = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: false});
	const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
	const syntax = doc.errors[0] ?? repeatedKey(doc);
	if (syntax !== undefined) {
		throw new UserError({
			code: 'EDITS_PARSE',
			file: editsFile,
			line: lineAt(syntax.pos[0]),
			problem: `not valid YAML or JSON: ${syntax.message.split('\n')[0] ?? ''}`,
		});
	}
	const lineOf = (path: Path): number => {
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true) as {range?: [number, number, number]} | undefined;
			if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
		}
		return 1;
	};
	let value: unknown;
	try {
		value = doc.toJS({maxAliasCount: 100}) ?? {};
	} catch (e) {
		// An alias to an anchor never set (`*foo`), or so many aliases that the file would expand without bound.
		const message = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
		const alias = /: ([^\s:]{1,100})$/.exec(message)?.[1];
		const at = alias === undefined ? firstAliasOffset(doc) : text.indexOf(`*${alias}`);
		throw new UserError({code: 'EDITS_PARSE', file: editsFile, line: at === -1 ? 1 : lineAt(at), problem: `not valid YAML: ${message}`});
	}
	const parsed = EditsSchema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
		const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
		const at = keys.length > 0 ? (keyLine({doc, path, key: keys[0] ?? '', lineAt}) ?? lineOf(path)) : lineOf(path);
		const where = path.length === 0 ? '' : `${path.join('.')}: `;
		const got = path.length === 0 ? undefined : doc.getIn(path);
		const quoted = got === undefined || typeof got === 'object' ? '' : ` (got "${clip(String(got))}")`;
		throw new UserError({code: 'EDITS_PARSE', file: editsFile, line: at, problem: `${where}${issue?.message ?? 'invalid'}${quoted}`});
	}
	return {edits: parsed.data, lineOf, editsFile};
};

/** The first key a mapping of the document repeats, as the parser's own check would report it; undefined when none does. */
const repeatedKey = (doc: Document.Parsed): {message: string; pos: [number, number]} | undefined => {
	let found: {message: string; pos: [number, number]} | undefined;
	visit(doc, {
		Map(_key, map) {
			const seen = new Set<unknown>();
			for (const item of map.items) {
				const key = isScalar(item.key) ? item.key.value : item.key;
				if (seen.has(key)) {
					const range = isScalar(item.key) ? item.key.range : undefined;
					found = {message: 'Map keys must be unique', pos: [range?.[0] ?? 0, range?.[1] ?? 0]};
					return visit.BREAK;
				}
				seen.add(key);
			}
			return undefined;
		},
	});
	return found;
};

/** Where the first alias (`*name`) of a document is; -1 when it has none. */
const firstAliasOffset = (doc: Document.Parsed): number => {
	let at = -1;
	visit(doc, {
		Alias(_key, node) {
			at = node.range?.[0] ?? -1;
			return visit.BREAK;
		},
	});
	return at;
};

/** Line of an unknown key, to point at the typo itself. */
const keyLine = ({doc, path, key, lineAt}: {doc: Document.Parsed; path: Path; key: string; lineAt: (offset: number) => number}): number | undefined => {
	const map = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as {items?: {key?: {value?: unknown; range?: [number, number, number]}}[]} | null;
	const item = map?.items?.find((it) => it.key?.value === key);
	return item?.key?.range ? lineAt(item.key.range[0]) : undefined;
};
