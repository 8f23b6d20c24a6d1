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
import {readTalkFile} from '../src/cli/read-talk-file';
import {DEFAULT_MAX_SECONDS} from '../src/plan/timing';
import {planTalk} from '../src/plan/plan-talk';
import {compareWithMarks, findMarksFiles, locatePassages, readMarks} from './highlight-marks';

export const evaluate = async ({marksFile}: {marksFile: string}) => {
	const marks = await readMarks({marksFile});
	const {talk} = await readTalkFile({file: marks.talk});
	const {recap: plan} = planTalk({talk, maxSeconds: DEFAULT_MAX_SECONDS});
	return {talk: marks.talk, maxSeconds: DEFAULT_MAX_SECONDS, ...compareWithMarks({talk, plan, passages: locatePassages({talk, marks, marksFile})})};
};

const main = async () => {
	const args = process.argv.slice(2);
	const results: Awaited<ReturnType<typeof evaluate>>[] = [];
	for (const f of await findMarksFiles(args.filter((a) => !a.startsWith('--')))) results.push(await evaluate({marksFile: f}));
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
