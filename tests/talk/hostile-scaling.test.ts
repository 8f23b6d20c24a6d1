import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {planTalk} from '../../src/plan/plan-talk';
import {MAX_TITLE_CHARS} from '../../src/talk/talk-limits';
import {cpuMs, expectLinearTime} from '../support/linear-time';

/**
 * Inputs of issue 22 that took super-linear time to read: each is read (or refused) in
 * time linear in its size, well under 5 s at the size that once hung.
 */
const read = (file: string) => (text: string) => loadTalk({text, file, edits: null});
const srtCue = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\n${text}\n\n2\n00:00:02,000 --> 00:00:03,000\nAnd then the rest.\n`;

describe('read in linear time', () => {
	it('an SRT cue "(" + U+1680 × n + "a" (the credit-line pattern hung on 99 000)', () => {
		expectLinearTime({build: (n) => srtCue(`(${'\u1680'.repeat(n)}a`), run: read('talk.srt'), size: 25_000, boundMs: 5_000});
	});

	it('a markdown turn of n paragraphs that each open on "1." (a loose list never numbered on: 40 000 took 10 s when each looked for a "2." in the whole turn)', () => {
		const md = (n: number) => `**Ann:** ${Array.from({length: n}, (_, i) => `1. Item ${i} of the list.`).join('\n\n')}\n`;
		expectLinearTime({build: md, run: read('talk.md'), size: 10_000, boundMs: 5_000});
	});

	it('an SRT of n cues grows linearly (100 000 cues: 10.6 s before the words were segmented once, 7.9 s after)', () => {
		const srt = (n: number) =>
			Array.from({length: n}, (_, i) => `${i + 1}\n${stamp(i)} --> ${stamp(i + 1)}\nLine ${i} of the talk says something.\n`).join('\n');
		expectLinearTime({build: srt, run: read('talk.srt'), size: 2500, boundMs: 5_000});
	});
});

const stamp = (s: number) =>
	`${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;

// Regression (hostile input): a title of 80 000 characters (the edits file's, a section's,
// a JSON transcript's) was laid out on the title card for over a minute. Titles beyond
// MAX_TITLE_CHARS are shortened where every talk is checked.
describe('long titles', () => {
	const talkText = Array.from({length: 30}, (_, i) => `**A:** Point ${i} is that the city should plant more trees.`).join('\n\n');
	const withTitle = (title: string) =>
		loadTalk({text: talkText, file: 'talk.md', edits: {file: 'talk.edits.yaml', text: `metadata:\n  title: "${title}"\n  subtitle: "${title}"\n`}}).talk;

	it.each([
		['80 000 。', '。'.repeat(80_000), `${'。'.repeat(MAX_TITLE_CHARS - 1)}…`],
		[
			'a long English title',
			'Cities and trees '.repeat(2000),
			expect.stringMatching(/^Cities and trees .* trees…$|^Cities and trees .* and…$|^Cities and trees .* Cities…$/),
		],
		['a short one, as it is', 'Cities and trees', 'Cities and trees'],
	])('%s: shortened to what a card shows, and planned in bounded time', (_name, title, shown) => {
		const talk = withTitle(title);
		expect(talk.metadata.title).toEqual(shown);
		expect(talk.metadata.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
		expect(talk.metadata.subtitle).toEqual(talk.metadata.title);
		expect(cpuMs(() => planTalk({talk, maxSeconds: 60}))).toBeLessThan(5_000);
	});

	it('a section title too', () => {
		const text = `## ${'Section words '.repeat(5000)}\n\n**A:** Hello there, this is a talk about trees.\n\n## Two\n\n**B:** Trees are good for cities and people.\n`;
		const [first] = loadTalk({text, file: 'talk.md', edits: null}).talk.sections;
		expect(first?.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
		expect(first?.title.endsWith('…')).toBe(true);
	});
});
