import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {planTalk} from '../../src/plan/plan-talk';
import {cohesionDepths, divideTalk} from '../../src/talk/divide-talk';
import {loadTalk} from '../../src/talk/load-talk';
import {TalkSchema, type Talk} from '../../src/talk/talk-schema';

const ONE_HOUR = 'tests/fixtures/transcripts/btctranscripts-bitcoin-explained-94-silent-payments-2.md';

/** A timed talk of one section: `topics` blocks of `turns` turns, each block about its own words, a turn a minute. */
const timedTalk = ({topics, turns, minutesPerTurn = 1}: {topics: string[][]; turns: number; minutesPerTurn?: number}): Talk => {
	const all = topics.flatMap((words, t) =>
		Array.from({length: turns}, (_, i) => {
			const n = t * turns + i;
			const text = `We talked about ${words[i % words.length]} and ${words[(i + 1) % words.length]} for a while, and ${words[(i + 2) % words.length]} came up again.`;
			return {
				id: `t${String(n + 1).padStart(3, '0')}`,
				speakerIds: [n % 2 === 0 ? 'ann' : 'bob'],
				text,
				kind: 'speech' as const,
				line: n + 1,
				startMs: n * minutesPerTurn * 60_000,
				endMs: (n + 1) * minutesPerTurn * 60_000,
			};
		}),
	);
	return TalkSchema.parse({
		slug: 'x',
		metadata: {title: 'X', language: 'en', source: {}},
		speakers: [
			{id: 'ann', name: 'Ann'},
			{id: 'bob', name: 'Bob'},
		],
		sections: [{id: 's1', title: 'Opening', turns: all}],
	});
};

describe('divideTalk', () => {
	it('cuts a long talk where the topic shifts and titles each part from its words and time range', () => {
		const talk = timedTalk({
			topics: [
				['gardens', 'tomatoes', 'compost', 'seeds'],
				['bridges', 'concrete', 'steel', 'cables'],
				['violins', 'orchestras', 'rehearsals', 'conductors'],
			],
			turns: 9,
		});
		const {sections} = divideTalk({talk}).talk;
		expect(sections.map((s) => s.turns[0]?.id)).toEqual(['t001', 't010', 't019']);
		expect(sections.map((s) => [s.startMs, s.endMs])).toEqual([
			[0, 540_000],
			[540_000, 1_080_000],
			[1_080_000, 1_620_000],
		]);
		expect(sections[0]?.title).toMatch(/^(?=.*(?:gardens|tomatoes|compost|seeds)).* \(0:00–9:00\)$/i);
		expect(sections[1]?.title).toMatch(/(?:bridges|concrete|steel|cables).* \(9:00–18:00\)$/i);
		expect(sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
	});

	it.each([
		['a short talk (under eight minutes)', timedTalk({topics: [['a'], ['b']], turns: 3})],
		[
			'a talk that has chapters',
			{
				...timedTalk({topics: [['gardens'], ['bridges']], turns: 9}),
				sections: [
					{id: 's1', title: 'One', turns: []},
					{id: 's2', title: 'Two', turns: []},
				],
			},
		],
	])('leaves %s as it is', (_name, talk) => {
		expect(divideTalk({talk}).talk).toBe(talk);
	});

	it('never makes a part of fewer than three speech turns: 24 minutes in 8 turns make two parts, not three', () => {
		const talk = timedTalk({topics: [['gardens'], ['bridges']], turns: 4, minutesPerTurn: 3});
		const {sections} = divideTalk({talk}).talk;
		expect(sections.map((s) => s.turns.length)).toEqual([4, 4]);
	});

	it('depth scores are the ones counted afresh at every gap, to the last bit (windows kept as they slide)', () => {
		// The windows counted from scratch at each gap, as TextTiling states them: 120 content words each side.
		const naive = (turns: string[][]): number[] => {
			const bag = (from: number, step: 1 | -1) => {
				const counts = new Map<string, number>();
				let count = 0;
				for (let k = from; k >= 0 && k < turns.length && count < 120; k += step) {
					for (const w of turns[k] ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
					count += turns[k]?.length ?? 0;
				}
				return counts;
			};
			const similarity = turns.map((_, g) => {
				if (g === 0) return 0;
				const [l, r] = [bag(g - 1, -1), bag(g, 1)];
				let dot = 0;
				for (const [w, x] of l) dot += x * (r.get(w) ?? 0);
				const norm = (m: Map<string, number>) => [...m.values()].reduce((sum, x) => sum + x * x, 0);
				return dot === 0 ? 0 : dot / Math.sqrt(norm(l) * norm(r));
			});
			return similarity.map((s, g) => {
				if (g === 0) return 0;
				let l = s;
				for (let k = g - 1; k >= 1 && similarity[k]! >= l; k--) l = similarity[k]!;
				let r = s;
				for (let k = g + 1; k < turns.length && similarity[k]! >= r; k++) r = similarity[k]!;
				return l - s + (r - s);
			});
		};
		let seed = 7;
		const next = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let trial = 0; trial < 40; trial++) {
			// Turns of 0 to 150 words from a small vocabulary, some empty (sounds), some longer than a window.
			const turns = Array.from({length: 1 + Math.floor(next() * 60)}, () =>
				Array.from({length: next() < 0.15 ? 0 : Math.floor(next() * (next() < 0.1 ? 300 : 40))}, () => `w${Math.floor(next() * 25)}`),
			);
			expect(cohesionDepths({words: turns})).toEqual(naive(turns));
		}
		// Plateaus and slopes, where the climbs to the peaks are longest: every turn alike, then ever fewer alike.
		const alike = Array.from({length: 200}, () => ['gardens', 'seeds', 'water']);
		const fading = Array.from({length: 200}, (_, i) => (i % 2 === 0 ? ['gardens'] : [`w${i}`]));
		for (const turns of [alike, fading, [...alike, ...fading]]) expect(cohesionDepths({words: turns})).toEqual(naive(turns));
	});

	it('depth scores are highest where the words change', () => {
		const words = [...Array.from({length: 6}, () => ['gardens', 'seeds']), ...Array.from({length: 6}, () => ['bridges', 'steel'])];
		const depth = cohesionDepths({words});
		expect(depth.indexOf(Math.max(...depth))).toBe(6);
	});
});

describe('a one-hour podcast without chapters', () => {
	const {talk} = loadTalk({bytes: readFileSync(ONE_HOUR), file: ONE_HOUR, edits: null});

	it('is read as one hour of turns in one section, then divided into parts with times', () => {
		expect(talk.sections.length).toBeGreaterThanOrEqual(3);
		expect(talk.sections.length).toBeLessThanOrEqual(8);
		expect(talk.sections[0]?.startMs).toBe(16_000);
		expect(talk.sections[talk.sections.length - 1]?.endMs).toBeGreaterThan(60 * 60_000);
		for (const s of talk.sections) expect(s.title).toMatch(/\(\d+:\d\d(?::\d\d)?–\d+:\d\d(?::\d\d)?\)$/);
	});

	it('has a recap of between 3 and 8 sections, not one giant "Opening"', () => {
		const {recap} = planTalk({talk, maxSeconds: 180});
		const slides = recap.scenes.filter((s) => s.type === 'section');
		expect(slides.length).toBeGreaterThanOrEqual(3);
		expect(slides.length).toBeLessThanOrEqual(8);
		expect(recap.chapters.map((c) => c.title)).not.toContain('Opening');
	});

	it('the edits file can rename a part by the id parse shows', () => {
		const edited = loadTalk({
			bytes: readFileSync(ONE_HOUR),
			file: ONE_HOUR,
			edits: {file: 'x.edits.yaml', text: 'sections:\n  - section: s2\n    title: Shared secrets'},
		}).talk;
		expect(edited.sections[1]?.title).toBe('Shared secrets');
	});

	it('chapters in the edits file replace the division', () => {
		const edited = loadTalk({
			bytes: readFileSync(ONE_HOUR),
			file: ONE_HOUR,
			edits: {file: 'x.edits.yaml', text: 'chapters: |\n  00:00 Intro\n  10:00 How silent payments work\n  40:00 Light clients\n'},
		}).talk;
		expect(edited.sections.map((s) => [s.title, s.startMs])).toEqual([
			['Intro', 0],
			['How silent payments work', 600_000],
			['Light clients', 2_400_000],
		]);
	});
});
