import {Command} from 'commander';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {registerHighlightsCommand} from '../../src/cli/command-highlights';
import {makeTalk} from '../support/make-talk';

const talk = makeTalk({
	language: 'en',
	sections: [
		{
			title: 'Trees',
			turns: [
				['host', 'So what actually works?'],
				['guest-a', 'A tree you plant this year pays you back in shade for fifty years.'],
			],
		},
		{title: 'Roofs', turns: [['guest-b', 'The person who pays for the roof is not the person who sleeps under it.']]},
	],
});

// A Talk as JSON is a transcript talkreel reads like any other.
const file = path.join(mkdtempSync(path.join(tmpdir(), 'talkreel-highlights-')), 'talk.json');
writeFileSync(file, JSON.stringify(talk));

const run = async (args: string[]) => {
	let out = '';
	const program = new Command().exitOverride();
	registerHighlightsCommand(program, {
		write: (t) => {
			out += t;
		},
		isTty: false,
	});
	await program.parseAsync(['node', 'talkreel', 'highlights', file, ...args]);
	return out;
};

describe('talkreel highlights', () => {
	it.each([
		[['--json'], (o: string) => JSON.parse(o).quotes.map((q: {turnId: string}) => q.turnId), ['t002', 't003']],
		[['--json', '--all'], (o: string) => JSON.parse(o).candidates.length > 0, true],
		[['--json', '--max-seconds', '60'], (o: string) => JSON.parse(o).maxSeconds, 60],
		[[], (o: string) => o.includes('A tree you plant this year') && o.includes('Roofs') && !o.includes('\u001b['), true],
		// The header says how long the recap plays, and the budget it was asked for: two quotes are not a 180 s recap.
		[
			[],
			(o: string) => o.split('\n')[0]?.replace(/, [\d.]+ s of it/, ', … s of it'),
			'test-talk: 2 quotes in a 26.7 s recap (asked for at most 180 s, … s of it for quotes)',
		],
		[['--max-seconds', '20'], (o: string) => o.split('\n')[0], 'test-talk: 1 quote in a 18 s recap (asked for at most 20 s, 7.1 s of it for quotes)'],
		[['--json'], (o: string) => [JSON.parse(o).recapSeconds, JSON.parse(o).maxSeconds], [26.7, 180]],
		[['--json'], (o: string) => JSON.parse(o).quotes.map((q: {id: string; number: number}) => `${q.number}:${q.id}`), ['1:t002s1', '2:t003s1']],
	])('%j', async (args, read, expected) => {
		expect(read(await run(args))).toEqual(expected);
	});
});

describe('the highlights table', () => {
	it('names every score part with a short column label', async () => {
		const {planTalk} = await import('../../src/plan/plan-talk');
		const {PART_LABELS} = await import('../../src/cli/command-highlights');
		const {candidates} = planTalk({talk});
		const keys = new Set(candidates.flatMap((c) => Object.keys(c.score.parts)));
		expect(keys.size).toBeGreaterThan(20);
		for (const key of keys) {
			expect(PART_LABELS[key], key).toBeDefined();
			expect(PART_LABELS[key]!.length, key).toBeLessThanOrEqual(5);
		}
	});
});
