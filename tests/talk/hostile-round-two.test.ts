import {describe, expect, it} from 'vitest';
import {UserError} from '../../src/errors';
import {loadTalk} from '../../src/talk/load-talk';
import {MAX_FRONT_MATTER_LINES} from '../../src/talk/talk-limits';
import type {Talk} from '../../src/talk/talk-schema';

/** Cases of issue 22 that gave a wrong talk with exit 0: each now gives the right talk or one UserError. */
const load = (text: string, file = 'talk.md'): Talk => loadTalk({text, file, edits: null}).talk;
const failure = (f: () => unknown): UserError => {
	try {
		f();
	} catch (e) {
		if (e instanceof UserError) return e;
		throw e;
	}
	throw new Error('expected a UserError, got a talk');
};
const speech = (talk: Talk) => talk.sections.flatMap((s) => s.turns).filter((t) => t.kind === 'speech');
const BODY =
	'**Ann:** Hello there, this is a sentence long enough to be quoted on a card.\n\n**Bob:** I think we need to plan for heat the way we plan for floods.\n';
const frontMatter = (lines: number) => `---\ntitle: Heat\n${'k: v\n'.repeat(lines - 1)}---\n\n${BODY}`;

describe('front matter of 1 000+ lines', () => {
	it('a long front matter is metadata, not turns by speaker "k"', () => {
		const talk = load(frontMatter(1200));
		expect(talk.metadata.title).toBe('Heat');
		expect(speech(talk).map((t) => t.speakerIds.join())).toEqual(['ann', 'bob']);
	});

	it('past the limit it is refused with one line', () => {
		const e = failure(() => load(frontMatter(MAX_FRONT_MATTER_LINES + 10)));
		expect(e.code).toBe('TALK_LIMIT');
		expect(e.message).toContain(`at most ${MAX_FRONT_MATTER_LINES}`);
		expect(e.message).not.toContain('\n');
	});
});

describe('bidi and zero-width characters in a label', () => {
	const LINES = ['Bob: Hello there, first.', 'Ana: I think we need a plan.', 'Bob: Yes, indeed.', 'Ana: Then let us start.', 'Bob: Good.'];
	const expected = LINES.map((l) => [l.slice(0, 3).toLowerCase(), l.slice(5)]);
	it.each([
		['U+202E before a label', 3, '\u202e'],
		['U+200D inside a label', 3, 'A\u200d'],
		['U+200F after a label', 1, 'Ana\u200f'],
	])("%s: the turn is its own speaker's, and no control reaches the text", (_, index, prefix) => {
		const lines = [...LINES];
		const line = lines[index] ?? '';
		lines[index] = prefix + line.slice(prefix.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').length);
		const turns = speech(load(`${lines.join('\n')}\n`, 'talk.txt'));
		expect(turns.map((t) => [t.speakerIds.join(), t.text])).toEqual(expected);
	});
});
