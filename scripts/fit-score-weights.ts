/**
 * `npx tsx scripts/fit-score-weights.ts [--write] [--lambda N] [PATH ...]`: fits the
 * weights of the highlight score's features (`ScoreFeatures`) to the passages editors
 * marked in the evaluation talks (`*.marks.yaml`; by default `data/eval/` and
 * `data/eval/blind/`), and reports how well they generalise.
 *
 * The model is a logistic regression: the odds that an editor marked a candidate (it
 * overlaps a passage marked `must` or fine) are `intercept + Σ weight × feature`. Every
 * candidate the engine would consider (nothing ruling it out) is a row; each talk weighs
 * the same in the fit whatever its length, a `must` passage twice a fine one and an
 * `avoid` passage three times a plain line, so that the recap learns what editors cut as
 * well as what they keep. It is fitted by Newton's method with an L2 penalty (`--lambda`,
 * on the weights, not the intercept) for a fixed number of steps: deterministic, no
 * randomness, the same marks give the same weights.
 *
 * Cross-validation, leave one talk out: for each talk, the weights are fitted on the
 * others and the talk's recap is planned with them; the table gives, per talk, the
 * ranking's AUC on its candidates and the recap's figures (quotes on a marked passage,
 * must-haves found, quotes on an `avoid` passage). Those figures say what to expect on a
 * talk the weights have not seen; the figures of `npm run eval:highlights` with the
 * weights fitted on every talk do not.
 *
 * `--write` writes the weights fitted on every talk to `src/highlights/score-weights.ts`.
 */
import {writeFile} from 'node:fs/promises';
import {readTalkFile} from '../src/cli/read-talk-file';
import {FEATURE_NAMES, type ScoreWeights, rankCandidates} from '../src/highlights/rank-candidates';
import {isDisqualified, selectHighlights} from '../src/highlights/select-highlights';
import {buildPlanSpeakers} from '../src/plan/plan-speakers';
import {planRecap, quoteBudgetSeconds} from '../src/plan/plan-recap';
import {DEFAULT_FPS, DEFAULT_HEIGHT, DEFAULT_MAX_SECONDS, DEFAULT_WIDTH, quoteCostMs} from '../src/plan/timing';
import type {Talk} from '../src/talk/talk-schema';
import {type MarkedPassage, compareWithMarks, findMarksFiles, locatePassages, overlaps, readMarks} from './highlight-marks';

export const DEFAULT_LAMBDA = 0.3;
export const NEWTON_STEPS = 30;
const MUST_WEIGHT = 2;
const AVOID_WEIGHT = 3;

type Row = {x: number[]; y: number; w: number};
type TalkData = {file: string; talk: Talk; passages: MarkedPassage[]; rows: Row[]};

const readTalks = async (files: string[]): Promise<TalkData[]> => {
	const talks: TalkData[] = [];
	for (const file of files) {
		const marks = await readMarks({marksFile: file});
		const {talk} = await readTalkFile({file: marks.talk});
		const passages = locatePassages({talk, marks, marksFile: file});
		const {candidates} = rankCandidates({talk});
		const raw = candidates
			.filter((c) => !isDisqualified(c))
			.map((c) => {
				const hit = passages.filter((p) => p.spans.some((s) => overlaps(s, c)));
				const marked = hit.some((p) => !p.avoid);
				const weight = hit.some((p) => p.avoid) ? AVOID_WEIGHT : hit.some((p) => p.must) ? MUST_WEIGHT : 1;
				return {x: FEATURE_NAMES.map((k) => c.features[k]), y: marked ? 1 : 0, w: weight};
			});
		// Each talk weighs the same: its rows' weights sum to 1.
		const total = raw.reduce((a, r) => a + r.w, 0);
		talks.push({file, talk, passages, rows: raw.map((r) => ({...r, w: r.w / total}))});
	}
	return talks;
};

/** Solves `a·x = b` (a small dense system) by Gaussian elimination with partial pivoting. */
const solve = (a: number[][], b: number[]): number[] => {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i] ?? 0]);
	for (let c = 0; c < n; c++) {
		let pivot = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
		[m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
		const p = m[c]?.[c] ?? 0;
		if (Math.abs(p) < 1e-12) continue;
		for (let r = 0; r < n; r++) {
			if (r === c) continue;
			const f = (m[r]?.[c] ?? 0) / p;
			if (f === 0) continue;
			for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
		}
	}
	return m.map((row, i) => {
		const p = row[i] ?? 0;
		return Math.abs(p) < 1e-12 ? 0 : (row[n] ?? 0) / p;
	});
};

/** Weighted L2-penalised logistic regression by Newton's method: [weights…, intercept]. */
export const fitLogistic = ({rows, lambda}: {rows: Row[]; lambda: number}): number[] => {
	const d = FEATURE_NAMES.length;
	let beta = new Array<number>(d + 1).fill(0);
	for (let step = 0; step < NEWTON_STEPS; step++) {
		const grad = new Array<number>(d + 1).fill(0);
		const hess = Array.from({length: d + 1}, () => new Array<number>(d + 1).fill(0));
		for (const r of rows) {
			const x = [...r.x, 1];
			let z = 0;
			for (let j = 0; j <= d; j++) z += (beta[j] ?? 0) * (x[j] ?? 0);
			const p = 1 / (1 + Math.exp(-z));
			const g = r.w * (p - r.y);
			const h = r.w * p * (1 - p);
			for (let j = 0; j <= d; j++) {
				const xj = x[j] ?? 0;
				if (xj === 0) continue;
				grad[j] = (grad[j] ?? 0) + g * xj;
				const row = hess[j] as number[];
				for (let k = 0; k <= d; k++) row[k] = (row[k] ?? 0) + h * xj * (x[k] ?? 0);
			}
		}
		for (let j = 0; j < d; j++) {
			grad[j] = (grad[j] ?? 0) + lambda * (beta[j] ?? 0);
			(hess[j] as number[])[j] = (hess[j]?.[j] ?? 0) + lambda;
		}
		const delta = solve(hess, grad);
		beta = beta.map((b, j) => b - (delta[j] ?? 0));
	}
	return beta;
};

const toWeights = (beta: number[]): ScoreWeights => ({
	intercept: Math.round((beta[FEATURE_NAMES.length] ?? 0) * 1000) / 1000,
	weights: Object.fromEntries(FEATURE_NAMES.map((k, j) => [k, Math.round((beta[j] ?? 0) * 1000) / 1000 + 0])) as ScoreWeights['weights'],
});

/** Area under the ROC curve of `scores` for the rows' labels (ties count half). */
const auc = ({rows, scores}: {rows: Row[]; scores: number[]}): number => {
	const order = rows.map((r, i) => ({y: r.y, s: scores[i] ?? 0})).sort((a, b) => a.s - b.s);
	let rankSum = 0;
	let positives = 0;
	for (let i = 0; i < order.length; ) {
		let j = i;
		while (j < order.length && order[j]?.s === order[i]?.s) j++;
		const rank = (i + j + 1) / 2;
		for (let k = i; k < j; k++)
			if (order[k]?.y === 1) {
				rankSum += rank;
				positives++;
			}
		i = j;
	}
	const negatives = order.length - positives;
	return positives === 0 || negatives === 0 ? 0.5 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
};

/** The recap of `talk` planned as `planTalk` plans a silent one, with `weights`. */
const planWith = ({talk, weights}: {talk: Talk; weights: ScoreWeights}) => {
	const fps = DEFAULT_FPS;
	const budget = quoteBudgetSeconds({talk, maxSeconds: DEFAULT_MAX_SECONDS, fps});
	const selection = selectHighlights({talk, maxSeconds: budget, quoteCostMs, weights});
	return planRecap({
		talk,
		quotes: selection.quotes,
		speakers: buildPlanSpeakers({speakers: talk.speakers}),
		maxSeconds: DEFAULT_MAX_SECONDS,
		fps,
		width: DEFAULT_WIDTH,
		height: DEFAULT_HEIGHT,
	}).plan;
};

const name = (file: string) => file.replace(/^.*\//, '').replace(/\.marks\.yaml$/, '');

const crossValidate = ({talks, lambda}: {talks: TalkData[]; lambda: number}) =>
	talks.map((held) => {
		const beta = fitLogistic({rows: talks.filter((t) => t !== held).flatMap((t) => t.rows), lambda});
		const weights = toWeights(beta);
		const scores = held.rows.map((r) => r.x.reduce((a, x, j) => a + x * (beta[j] ?? 0), 0));
		const figures = compareWithMarks({talk: held.talk, plan: planWith({talk: held.talk, weights}), passages: held.passages});
		return {talk: name(held.file), auc: auc({rows: held.rows, scores}), ...figures};
	});

const pct = (a: number, b: number) => `${a}/${b} (${b === 0 ? 0 : Math.round((100 * a) / b)}%)`;

const main = async () => {
	const args = process.argv.slice(2);
	const at = args.indexOf('--lambda');
	const lambda = at === -1 ? DEFAULT_LAMBDA : Number(args[at + 1]);
	if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`--lambda ${args[at + 1]}: a number ≥ 0`);
	const paths = args.filter((a, i) => !a.startsWith('--') && !(at !== -1 && i === at + 1));
	const files = await findMarksFiles(paths);
	const talks = await readTalks(files);
	console.log(`${talks.length} talks, ${talks.reduce((a, t) => a + t.rows.length, 0)} candidates, ${FEATURE_NAMES.length} features, lambda ${lambda}`);
	console.log('leave one talk out: weights fitted on the other talks');
	const folds = crossValidate({talks, lambda});
	for (const f of folds)
		console.log(
			`  ${f.talk.padEnd(34)} AUC ${f.auc.toFixed(3)}  quotes on marked ${pct(f.quotesOnMarked, f.quotes).padEnd(12)} must-haves ${pct(f.mustFound, f.must).padEnd(11)} on avoid ${f.avoided.length === 0 ? 0 : f.avoided.join(', ')}  incomplete ${f.incomplete.length}`,
		);
	if (args.includes('--verbose'))
		for (const f of folds) {
			console.log(`${f.talk} (recap ${f.durationSeconds} s); missed ${f.missed.join(', ') || 'none'}`);
			for (const q of f.shownQuotes) console.log(`    ${q}`);
		}
	const sum = (k: 'quotes' | 'quotesOnMarked' | 'mustFound' | 'must') => folds.reduce((a, f) => a + f[k], 0);
	console.log(
		`  all: mean AUC ${(folds.reduce((a, f) => a + f.auc, 0) / folds.length).toFixed(3)}, quotes on marked ${pct(sum('quotesOnMarked'), sum('quotes'))}, must-haves ${pct(sum('mustFound'), sum('must'))}, on avoid ${folds.reduce((a, f) => a + f.avoided.length, 0)}, incomplete ${folds.reduce((a, f) => a + f.incomplete.length, 0)}`,
	);
	const weights = toWeights(fitLogistic({rows: talks.flatMap((t) => t.rows), lambda}));
	console.log('weights fitted on every talk:');
	console.log(`  intercept ${weights.intercept}`);
	for (const k of FEATURE_NAMES) console.log(`  ${k.padEnd(18)} ${weights.weights[k]}`);
	if (args.includes('--write')) {
		await writeFile('src/highlights/score-weights.ts', renderWeights({weights, files, lambda}));
		console.log('written to src/highlights/score-weights.ts');
	}
};

const renderWeights = ({weights, files, lambda}: {weights: ScoreWeights; files: string[]; lambda: number}): string =>
	`/**
 * The weights of the highlight score's features, fitted to the passages editors marked
 * (\`npx tsx scripts/fit-score-weights.ts --write\`; do not edit by hand): a logistic
 * regression, L2 penalty ${lambda}, ${NEWTON_STEPS} Newton steps, on the candidates of these talks:
${files.map((f) => ` * - ${f}`).join('\n')}
 *
 * A part of a candidate's score is its feature times its weight; \`intercept\` plus the
 * sum of the parts is the log-odds that an editor marks the span.
 */
export const SCORE_WEIGHTS = {
	intercept: ${weights.intercept},
	weights: {
${FEATURE_NAMES.map((k) => `\t\t${k}: ${weights.weights[k]},`).join('\n')}
	},
} as const;
`;

await main().catch((error: unknown) => {
	console.error(`fit-score-weights: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
});
