/**
 * `npx tsx scripts/fit-sentence-ends.ts [--write] DIR`: counts, in punctuated transcripts
 * of spoken English, how often a sentence ends after each word and before each word, and
 * writes those odds to `src/talk/sentence-end-odds.ts` (`--write`). Captions without
 * punctuation (YouTube's automatic ones) are cut into sentences with them where no pause
 * is known (`findSentenceEnds`).
 *
 * DIR is a checkout of The Changelog's published transcripts
 * (https://github.com/thechangelog/transcripts, CC BY-SA 4.0): every sixth of its
 * episode files in path order, the episodes of the evaluation talks left out. Each file is
 * read as talkreel reads it; in every speech turn, each gap between two words is a row:
 * does a sentence end there (`.`, `?`, `!` after the first word)? A word's odds are
 * smoothed towards the corpus's rate (SMOOTHING pseudo-gaps) and kept when it is seen at
 * least MIN_COUNT times on that side; the rest count as any word. Deterministic: the same
 * files give the same odds.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {join, relative} from 'node:path';
import {readTranscript} from '../src/talk/readers/read-transcript';
import type {Talk} from '../src/talk/talk-schema';
import {sentenceEndKey} from '../src/talk/find-sentence-ends';

const EVERY = 6;
const MIN_COUNT = 300;
const SMOOTHING = 5;
/** The episodes the evaluation reads (data/eval): not counted. */
const LEFT_OUT = new Set([
	'brainscience/brain-science-25.md',
	'gotime/go-time-253.md',
	'jsparty/js-party-313.md',
	'podcast/the-changelog-496.md',
	'shipit/ship-it-119.md',
]);
const SENTENCE_END = /[.!?]["'”’)\]]*$/u;

const listEpisodes = async (dir: string): Promise<string[]> => {
	const entries = await readdir(dir, {recursive: true, withFileTypes: true});
	const files = entries
		.filter((e) => e.isFile() && e.name.endsWith('.md') && !/^(?:readme|contributing)\.md$/i.test(e.name))
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.filter((f) => f.includes('/'))
		.sort();
	return files.filter((_, i) => i % EVERY === EVERY - 1).filter((f) => !LEFT_OUT.has(f));
};

type Tally = Map<string, {seen: number; ends: number}>;
const count = (tally: Tally, key: string, end: boolean) => {
	const t = tally.get(key) ?? {seen: 0, ends: 0};
	t.seen++;
	if (end) t.ends++;
	tally.set(key, t);
};

const main = async () => {
	const args = process.argv.slice(2);
	const dir = args.find((a) => !a.startsWith('--'));
	if (dir === undefined) throw new Error('give the folder of a checkout of thechangelog/transcripts');
	const files = await listEpisodes(dir);
	const after: Tally = new Map();
	const afterTwo: Tally = new Map();
	const before: Tally = new Map();
	let gaps = 0;
	let ends = 0;
	const unread: string[] = [];
	for (const file of files) {
		let talk: Talk;
		try {
			talk = readTranscript({text: await readFile(join(dir, file), 'utf8'), file}).talk;
		} catch {
			unread.push(file);
			continue;
		}
		for (const turn of talk.sections.flatMap((s) => s.turns)) {
			if (turn.kind !== 'speech') continue;
			const words = turn.text
				.split(/\s+/)
				.map((raw) => ({key: sentenceEndKey(raw), end: SENTENCE_END.test(raw)}))
				.filter((w) => w.key !== '');
			for (let i = 0; i + 1 < words.length; i++) {
				const end = words[i]?.end === true;
				gaps++;
				if (end) ends++;
				count(after, words[i]?.key ?? '', end);
				if (i > 0 && words[i - 1]?.end === false) count(afterTwo, `${words[i - 1]?.key ?? ''} ${words[i]?.key ?? ''}`, end);
				count(before, words[i + 1]?.key ?? '', end);
			}
		}
	}
	const rate = ends / gaps;
	const logit = (p: number) => Math.log(p / (1 - p));
	const odds = (tally: Tally) =>
		Object.fromEntries(
			[...tally]
				.filter(([, t]) => t.seen >= MIN_COUNT)
				.map(([k, t]) => [k, Math.round((logit((t.ends + SMOOTHING * rate) / (t.seen + SMOOTHING)) - logit(rate)) * 100) / 100] as const)
				.filter(([, v]) => v !== 0)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		);
	const table = {base: Math.round(logit(rate) * 100) / 100, after: odds(after), afterTwo: odds(afterTwo), before: odds(before)};
	console.log(
		`${files.length - unread.length} episodes (${unread.length} not read: ${unread.join(', ') || 'none'}), ${gaps} gaps between words, ${ends} sentence ends (${((100 * ends) / gaps).toFixed(1)}%); ${Object.keys(table.after).length} words with odds after, ${Object.keys(table.afterTwo).length} pairs, ${Object.keys(table.before).length} words before`,
	);
	if (args.includes('--write')) {
		await writeFile('src/talk/sentence-end-odds.ts', render({table, episodes: files.length - unread.length, gaps}));
		console.log('written to src/talk/sentence-end-odds.ts');
	}
};

type Table = {base: number; after: Record<string, number>; afterTwo: Record<string, number>; before: Record<string, number>};

/** A word as a TypeScript string, quoted as the formatter quotes it (words hold letters, digits and apostrophes only). */
const quote = (word: string) => (word.includes("'") ? JSON.stringify(word) : `'${word}'`);

const render = ({table, episodes, gaps}: {table: Table; episodes: number; gaps: number}) => {
	const entries = (o: Record<string, number>) =>
		Object.entries(o)
			.map(([k, v]) => `\t\t[${quote(k)}, ${v}],`)
			.join('\n');
	return `/**
 * How often a sentence of spoken English ends after a word (\`after\`; after two words of the
 * same sentence, \`afterTwo\`, which counts instead of \`after\` where it lists them: \`and today\`),
 * and before one (\`before\`): log-odds against the rate at any gap between two words
 * (\`base\`), counted in ${episodes} episodes of The Changelog's published transcripts (${gaps} gaps;
 * https://github.com/thechangelog/transcripts, CC BY-SA 4.0) by
 * \`npx tsx scripts/fit-sentence-ends.ts --write\` (do not edit by hand). Words and pairs seen
 * fewer than ${MIN_COUNT} times are not listed: they count as any word.
 */
export const SENTENCE_END_ODDS: {
	base: number;
	after: ReadonlyMap<string, number>;
	afterTwo: ReadonlyMap<string, number>;
	before: ReadonlyMap<string, number>;
} = {
	base: ${table.base},
	after: new Map([
${entries(table.after)}
	]),
	afterTwo: new Map([
${entries(table.afterTwo)}
	]),
	before: new Map([
${entries(table.before)}
	]),
};
`;
};

await main().catch((error: unknown) => {
	console.error(`fit-sentence-ends: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(2);
});
