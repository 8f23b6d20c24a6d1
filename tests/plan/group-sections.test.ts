import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {groupSectionsToFit} from '../../src/plan/group-sections';
import {DEFAULT_FPS, DEFAULT_MAX_SECONDS} from '../../src/plan/timing';
import {planTalk} from '../../src/plan/plan-talk';
import {loadTalk} from '../../src/talk/load-talk';
import type {Talk, Turn} from '../../src/talk/talk-schema';

const ROAST = 'tests/fixtures/transcripts/real/btctranscripts-roast-28-chapters.md';

const turn = (id: string, text: string): Turn => ({id, kind: 'speech', speakerIds: ['ana'], text}) as Turn;
const talkOf = (sections: [string, number][]): Talk =>
	({
		slug: 't',
		metadata: {title: 'T', language: 'en'},
		speakers: [{id: 'ana', name: 'Ana', role: 'speaker'}],
		sections: sections.map(([title, chars], i) => ({id: `s${i + 1}`, title, turns: [turn(`t${i + 1}`, 'x'.repeat(chars))]})),
	}) as unknown as Talk;

describe('groupSectionsToFit: more chapters than a recap has slides for', () => {
	it('a talk that fits is left as it is, with no note', () => {
		const talk = talkOf([
			['A', 10],
			['B', 20],
		]);
		expect(groupSectionsToFit({talk, maxSeconds: DEFAULT_MAX_SECONDS, fps: DEFAULT_FPS})).toEqual({talk, notes: []});
	});

	it('a max seconds too short for one section leaves the talk to the planner’s refusal', () => {
		const talk = talkOf([
			['A', 10],
			['B', 20],
		]);
		expect(groupSectionsToFit({talk, maxSeconds: 5, fps: DEFAULT_FPS})).toEqual({talk, notes: []});
	});

	it.each([
		// [maxSeconds, sections (title, chars of speech), titles left, what the note names]
		[
			30,
			[
				['A', 100],
				['B', 5],
				['C', 80],
			],
			['A', 'C'],
			'"B" with "A"',
		],
		[
			30,
			[
				['A', 5],
				['B', 100],
				['C', 80],
			],
			['B', 'C'],
			'"A" with "B"',
		],
		[
			20,
			[
				['A', 50],
				['B', 50],
				['C', 50],
			],
			['B'],
			'"C" with "B", "A" with "B"',
		],
	] as [number, [string, number][], string[], string][])('in %i s: %j keeps %j, grouping %s', (maxSeconds, sections, titles, grouped) => {
		const {talk, notes} = groupSectionsToFit({talk: talkOf(sections), maxSeconds, fps: DEFAULT_FPS});
		expect(talk.sections.map((s) => s.title)).toEqual(titles);
		expect(talk.sections.flatMap((s) => s.turns.map((t) => t.id))).toEqual(sections.map((_, i) => `t${i + 1}`));
		expect(notes).toHaveLength(1);
		expect(notes[0]).toContain(`grouped ${grouped}`);
	});

	it('regression (28 chapters): the ROAST talk plans a recap within the default max seconds, and the notes say what was grouped', () => {
		const {talk} = loadTalk({text: readFileSync(ROAST, 'utf8'), file: ROAST, edits: null});
		expect(talk.sections).toHaveLength(28);
		const planned = planTalk({talk});
		expect(planned.recap.durationInFrames).toBeLessThanOrEqual(DEFAULT_MAX_SECONDS * planned.fps);
		expect(planned.quotes.length).toBeGreaterThan(0);
		expect(planned.groupingNotes).toEqual([planned.notes[0]]);
		expect(planned.notes[0]).toMatch(/^28 sections are more than a 180 s recap has slides for; grouped "/);
	});
});
