/**
 * The editors' marks of the evaluation talks (`*.marks.yaml`), read once for the
 * evaluation (`eval-highlights.ts`) and the fit of the score weights (`fit-score-weights.ts`):
 * the passages, where each of their texts is in the talk, and how a recap's quote cards
 * compare with them.
 */
import {readFile, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {parse} from 'yaml';
import {z} from 'zod';
import {judgeCompleteness} from '../src/highlights/judge-completeness';
import {QUOTABILITY_WEIGHTS, scoreQuotability} from '../src/highlights/score-quotability';
import type {Plan} from '../src/plan/plan-schema';
import type {Talk} from '../src/talk/talk-schema';

export const MarksSchema = z.strictObject({
	talk: z.string(),
	passages: z
		.array(z.strictObject({id: z.string(), must: z.boolean().optional(), avoid: z.boolean().optional(), texts: z.array(z.string().min(1)).min(1)}))
		.min(1),
});

export type Marks = z.infer<typeof MarksSchema>;
export type Span = {turnId: string; start: number; end: number};
export type MarkedPassage = {id: string; must: boolean; avoid: boolean; spans: Span[]};

export const readMarks = async ({marksFile}: {marksFile: string}): Promise<Marks> => MarksSchema.parse(parse(await readFile(marksFile, 'utf8')));

const locate = ({talk, text, marksFile}: {talk: Talk; text: string; marksFile: string}): Span => {
	const found = talk.sections
		.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech' && t.text.includes(text))
		.map((t) => ({turnId: t.id, start: t.text.indexOf(text), end: t.text.indexOf(text) + text.length}));
	if (found.length !== 1) throw new Error(`${marksFile}: passage "${text.slice(0, 30)}" is in ${found.length} turns; it must be in exactly one`);
	return found[0] as Span;
};

/** The marked passages with where each of their texts is in the talk (each must be in exactly one speech turn). */
export const locatePassages = ({talk, marks, marksFile}: {talk: Talk; marks: Marks; marksFile: string}): MarkedPassage[] =>
	marks.passages.map((p) => ({id: p.id, must: p.must === true, avoid: p.avoid === true, spans: p.texts.map((text) => locate({talk, text, marksFile}))}));

export const overlaps = (a: Span, b: Span) => a.turnId === b.turnId && a.start < b.end && b.start < a.end;

/** How the quote cards of `plan` compare with the marked passages. */
export const compareWithMarks = ({talk, plan, passages: marked}: {talk: Talk; plan: Plan; passages: MarkedPassage[]}) => {
	const turns = new Map(talk.sections.flatMap((s) => s.turns).map((t) => [t.id, t]));
	const hosts = new Set(talk.speakers.filter((s) => s.role === 'host').map((s) => s.id));
	const names = talk.speakers.flatMap((s) => [s.name, ...s.name.split(/\s+/)]);
	const quotes = new Map<string, {spans: Span[]; text: string; flagged: string[]}>();
	for (const scene of plan.scenes) {
		if (scene.type !== 'quote') continue;
		const turn = turns.get(scene.turnId);
		const start = turn?.text.indexOf(scene.text) ?? -1;
		if (start === -1) throw new Error(`quote card "${scene.text.slice(0, 30)}" is not in turn ${scene.turnId}`);
		const q = quotes.get(scene.quoteId) ?? {spans: [], text: '', flagged: []};
		q.spans.push({turnId: scene.turnId, start, end: start + scene.text.length});
		q.text = turn?.text.slice(q.spans[0]?.start ?? start, start + scene.text.length) ?? q.text + scene.text;
		quotes.set(scene.quoteId, q);
	}
	for (const q of quotes.values()) {
		const turn = turns.get(q.spans[0]?.turnId ?? '');
		const {parts} = scoreQuotability({text: q.text, sentences: [q.text], names});
		if (turn?.speakerIds.every((id) => hosts.has(id))) q.flagged.push('host');
		if (parts.question < 0) q.flagged.push('question');
		if (parts.filler < QUOTABILITY_WEIGHTS.fillerLight) q.flagged.push('filler');
	}
	const hits = marked.map((p) => ({
		...p,
		hitBy: [...quotes.entries()].filter(([, q]) => q.spans.some((s) => p.spans.some((m) => overlaps(s, m)))).map(([id]) => id),
	}));
	const passages = hits.filter((p) => !p.avoid);
	const avoided = hits.filter((p) => p.avoid).flatMap((p) => p.hitBy.map((id) => `${id} (${p.id})`));
	const shown = [...quotes.entries()];
	const hitting = shown.filter(([id]) => passages.some((p) => p.hitBy.includes(id)));
	const must = passages.filter((p) => p.must);
	return {
		durationSeconds: Math.round((plan.durationInFrames / plan.fps) * 10) / 10,
		quotes: shown.length,
		passagesFound: passages.filter((p) => p.hitBy.length > 0).length,
		passages: passages.length,
		mustFound: must.filter((p) => p.hitBy.length > 0).length,
		must: must.length,
		quotesOnMarked: hitting.length,
		avoided,
		incomplete: shown
			.filter(([, q]) => judgeCompleteness({text: q.text, locale: talk.metadata.language}) !== null)
			.map(([id, q]) => `${id} ${q.text.slice(0, 60)}`),
		flagged: shown.filter(([, q]) => q.flagged.length > 0).map(([id, q]) => `${id} (${q.flagged.join(', ')})`),
		missed: passages.filter((p) => p.hitBy.length === 0).map((p) => `${p.id}${p.must ? ' (must)' : ''}`),
		unmarked: shown.filter(([id]) => !hitting.some(([h]) => h === id)).map(([id, q]) => `${id} ${q.text.slice(0, 40)}`),
		shownQuotes: shown.map(([id, q]) => `${hitting.some(([h]) => h === id) ? '+' : ' '} ${id} ${q.text}`),
	};
};

/** The folders the evaluation reads by default: the development talks and the held-out ones, when they are there. */
export const DEFAULT_MARKS_FOLDERS = ['data/eval', 'data/eval/blind'];

/** The marks files under the paths given (folders are read one level deep), or under the default folders. */
export const findMarksFiles = async (paths: string[]): Promise<string[]> => {
	const roots = paths.length > 0 ? paths : DEFAULT_MARKS_FOLDERS;
	const files: string[] = [];
	for (const root of roots) {
		const info = await stat(root).catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT' && paths.length === 0) return null;
			throw new Error(`${root}: ${error.message}`);
		});
		if (info === null) continue;
		if (info.isDirectory())
			files.push(
				...(await readdir(root))
					.filter((f) => f.endsWith('.marks.yaml'))
					.sort()
					.map((f) => path.join(root, f)),
			);
		else files.push(root);
	}
	if (files.length === 0) throw new Error(`no marks files (*.marks.yaml) in ${roots.join(', ')}`);
	return files;
};
