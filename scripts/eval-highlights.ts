/**
 * `npm run eval:highlights [-- PATH ...]`: how many of the passages a human editor marked
 * does the recap show? For each marks file (`*.marks.yaml`) in the folders or files
 * given — by default `data/eval/` and, when it exists, `data/eval/blind/` — load the talk
 * as the CLI does (with its edits file), plan the recap at the default 180 s, and compare
 * its quote cards with the marked passages.
 *
 *   quotes     quotes the recap shows
 *   on marked  of them, quotes that overlap a marked passage (precision)
 *   passages   marked passages found (a card overlapping one of the passage's spans) / all
 *   must       the same for the passages marked `must`
 *   avoided    quotes shown on a passage marked `avoid` (sponsor reads, logistics): should be 0
 *   incomplete quotes shown that are not a whole sentence by the engine's own fragment
 *              rule (`judgeCompleteness`): should be 0
 *   flagged    quotes shown that are the host's, a question or dense filler (should be 0)
 *
 * `--json` prints the numbers as JSON; `--verbose` lists hits, misses and every quote.
 */
import {readFile, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {parse} from 'yaml';
import {z} from 'zod';
import {judgeCompleteness} from '../src/highlights/judge-completeness';
import {QUOTABILITY_WEIGHTS, scoreQuotability} from '../src/highlights/score-quotability';
import {readTalkFile} from '../src/cli/read-talk-file';
import {DEFAULT_MAX_SECONDS} from '../src/plan/plan-recap';
import {planTalk} from '../src/plan/plan-talk';
import type {Talk} from '../src/talk/talk-schema';

const MarksSchema = z.strictObject({
	talk: z.string(),
	passages: z
		.array(z.strictObject({id: z.string(), must: z.boolean().optional(), avoid: z.boolean().optional(), texts: z.array(z.string().min(1)).min(1)}))
		.min(1),
});

type Span = {turnId: string; start: number; end: number};

const locate = ({talk, text, marksFile}: {talk: Talk; text: string; marksFile: string}): Span => {
	const found = talk.sections
		.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech' && t.text.includes(text))
		.map((t) => ({turnId: t.id, start: t.text.indexOf(text), end: t.text.indexOf(text) + text.length}));
	if (found.length !== 1) throw new Error(`${marksFile}: passage "${text.slice(0, 30)}" is in ${found.length} turns; it must be in exactly one`);
	return found[0] as Span;
};

const overlaps = (a: Span, b: Span) => a.turnId === b.turnId && a.start < b.end && b.start < a.end;

export const evaluate = async ({marksFile}: {marksFile: string}) => {
	const marks = MarksSchema.parse(parse(await readFile(marksFile, 'utf8')));
	const {talk} = await readTalkFile({file: marks.talk});
	const {recap: plan} = planTalk({talk, maxSeconds: DEFAULT_MAX_SECONDS});
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
		q.text += scene.text;
		quotes.set(scene.quoteId, q);
	}
	for (const q of quotes.values()) {
		const turn = turns.get(q.spans[0]?.turnId ?? '');
		const {parts} = scoreQuotability({text: q.text, sentences: [q.text], names});
		if (turn?.speakerIds.every((id) => hosts.has(id))) q.flagged.push('host');
		if (parts.question < 0) q.flagged.push('question');
		if (parts.filler < QUOTABILITY_WEIGHTS.fillerLight) q.flagged.push('filler');
	}
	const marked = marks.passages.map((p) => {
		const spans = p.texts.map((text) => locate({talk, text, marksFile}));
		const hitBy = [...quotes.entries()].filter(([, q]) => q.spans.some((s) => spans.some((m) => overlaps(s, m)))).map(([id]) => id);
		return {id: p.id, must: p.must === true, avoid: p.avoid === true, hitBy};
	});
	const passages = marked.filter((p) => !p.avoid);
	const avoided = marked.filter((p) => p.avoid).flatMap((p) => p.hitBy.map((id) => `${id} (${p.id})`));
	const shown = [...quotes.entries()];
	const hitting = shown.filter(([id]) => passages.some((p) => p.hitBy.includes(id)));
	const must = passages.filter((p) => p.must);
	return {
		talk: marks.talk,
		maxSeconds: DEFAULT_MAX_SECONDS,
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

/** The marks files under the paths given (folders are read one level deep), or under the default folders. */
const marksFiles = async (paths: string[]): Promise<string[]> => {
	const defaults = ['data/eval', 'data/eval/blind'];
	const roots = paths.length > 0 ? paths : defaults;
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

const main = async () => {
	const args = process.argv.slice(2);
	const results: Awaited<ReturnType<typeof evaluate>>[] = [];
	for (const f of await marksFiles(args.filter((a) => !a.startsWith('--')))) results.push(await evaluate({marksFile: f}));
	if (args.includes('--json')) {
		console.log(JSON.stringify(results, null, 2));
		return;
	}
	const pct = (a: number, b: number) => `${a}/${b} (${b === 0 ? 0 : Math.round((100 * a) / b)}%)`;
	for (const r of results) {
		console.log(`${r.talk}  @ ${r.maxSeconds} s (recap ${r.durationSeconds} s, ${r.quotes} quotes)`);
		console.log(`  quotes on marked ${pct(r.quotesOnMarked, r.quotes)}`);
		console.log(`  passages found   ${pct(r.passagesFound, r.passages)}`);
		console.log(`  must-have found  ${pct(r.mustFound, r.must)}`);
		console.log(`  on avoided       ${r.avoided.length === 0 ? 'none' : r.avoided.join('; ')}`);
		console.log(`  incomplete       ${r.incomplete.length === 0 ? 'none' : r.incomplete.join('; ')}`);
		console.log(`  flagged          ${r.flagged.length === 0 ? 'none' : r.flagged.join('; ')}`);
		if (args.includes('--verbose')) {
			console.log(`  missed           ${r.missed.join(', ') || 'none'}`);
			for (const q of r.shownQuotes) console.log(`  ${q}`);
		}
	}
	const sum = (k: 'quotes' | 'quotesOnMarked' | 'passagesFound' | 'passages' | 'mustFound' | 'must') => results.reduce((a, r) => a + r[k], 0);
	console.log(
		`all ${results.length} talks: quotes on marked ${pct(sum('quotesOnMarked'), sum('quotes'))}, passages ${pct(sum('passagesFound'), sum('passages'))}, must-haves ${pct(sum('mustFound'), sum('must'))}, on avoided ${results.reduce((a, r) => a + r.avoided.length, 0)}, incomplete ${results.reduce((a, r) => a + r.incomplete.length, 0)}`,
	);
};

await main().catch((error: unknown) => {
	console.error(`eval:highlights: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
});
