import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {isChineseName} from '../../src/talk/person-name';

/** A WebVTT time of `seconds` (under an hour). */
const at = (seconds: number) => {
	const ms = Math.round(seconds * 1000);
	return `00:${String(Math.floor(ms / 60_000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};
/** A WebVTT cue from second `from` to `to`. */
const cue = (from: number, to: number, text: string) => `${at(from)} --> ${at(to)}\n${text}\n`;
const vtt = (cues: string[]) => `WEBVTT\n\n${cues.join('\n')}`;

/** Each speech turn's speaker name and first words, for a captions file and a chapters file. */
const whoSaysWhat = (captions: string, chapters: string): [string, string][] => {
	const {talk} = loadTalk({text: captions, file: 'talk.vtt', edits: null, chapters: {file: 'talk.chapters.vtt', text: chapters}});
	return talk.sections
		.flatMap((s) => s.turns)
		.filter((t) => t.kind === 'speech')
		.map((t) => [talk.speakers.find((s) => s.id === t.speakerIds[0])?.name ?? '', t.text.split(' ').slice(0, 2).join(' ')]);
};

/** Who says `phrase`, for a captions file and a chapters file. */
const whoSays = (captions: string, chapters: string, phrase: string): string | undefined => {
	const {talk} = loadTalk({text: captions, file: 'talk.vtt', edits: null, chapters: {file: 'talk.chapters.vtt', text: chapters}});
	const turn = talk.sections.flatMap((s) => s.turns).find((t) => t.text.includes(phrase));
	return talk.speakers.find((s) => s.id === turn?.speakerIds[0])?.name;
};

// Captions that credit each speaker once, on their first cue; Ann comes back at 0:30 uncredited.
const captions = vtt([
	cue(0, 9, '<v Ann Lee>Heat kills more people than floods.'),
	cue(10, 19, 'Cities must plant trees.'),
	cue(20, 29, '<v Bo Chen>Shade is not a luxury.'),
	cue(30, 39, 'White roofs are cheaper than air conditioning.'),
	cue(40, 49, 'Paint is the fastest fix.'),
]);

describe('a chapters file that names who speaks when', () => {
	it('gives each cue its chapter speaker, where the captions credit a speaker once', () => {
		const chapters = vtt([cue(0, 19, 'Ann Lee'), cue(20, 29, 'Bo Chen'), cue(30, 49, 'Ann Lee')]);
		expect(whoSaysWhat(captions, chapters)).toEqual([
			['Ann Lee', 'Heat kills'],
			['Bo Chen', 'Shade is'],
			['Ann Lee', 'White roofs'],
		]);
	});

	it.each([
		// Topics, however they repeat, name no one.
		['topic titles', ['Welcome', 'Questions', 'Welcome']],
		// Names that never come back are a programme of speakers, or topics in Title Case.
		['names that never come back', ['Ann Lee', 'Bo Chen', 'Cool Roofs']],
	])('%s are chapters, not speakers: a credit holds until the next', (_name, titles) => {
		const chapters = vtt([cue(0, 19, titles[0] ?? ''), cue(20, 29, titles[1] ?? ''), cue(30, 49, titles[2] ?? '')]);
		expect(whoSaysWhat(captions, chapters).find(([, words]) => words === 'White roofs')?.[0]).toBe('Bo Chen');
	});

	// What a review's attacks found.
	it.each([
		// Topics in Title Case that come back, over captions that credit other people.
		['topics named like people', ['Urban Heat', 'Cool Roofs', 'Urban Heat']],
		// Chapters that end before the captions begin.
		['chapters that do not cover the captions', ['Ann Lee', 'Bo Chen', 'Ann Lee']],
		// A show's segments in Chinese: no surname opens them.
		['Chinese segments', ['问答环节', '产品演示', '问答环节']],
	])('%s are no speaker track', (name, titles) => {
		const times: [number, number][] = name.startsWith('chapters that')
			? [
					[0, 0.3],
					[0.3, 0.6],
					[0.6, 0.9],
				]
			: [
					[0, 19],
					[20, 29],
					[30, 49],
				];
		const chapters = vtt(titles.map((t, i) => cue(times[i]?.[0] ?? 0, times[i]?.[1] ?? 0, t)));
		expect(whoSays(captions, chapters, 'White roofs')).toBe('Bo Chen');
	});

	it('a credit a little before its chapter goes with that chapter, and starts it', () => {
		const early = vtt([
			cue(0, 9, 'Heat kills more people than floods.'),
			cue(10, 17.5, 'Cities must plant trees.'),
			cue(17.5, 19, '（特雷西——主管）'),
			cue(19, 29, '树荫不是奢侈品。'),
			cue(30, 39, 'White roofs are cheaper.'),
			cue(40, 49, '<v Bo Chen>Paint is the fastest fix.'),
			cue(50, 59, 'And the cheapest.'),
		]);
		const chapters = vtt([cue(0, 19, 'Michael Young'), cue(19, 29, 'Tracy Mitrano'), cue(29, 41, 'Michael Young'), cue(41, 59, 'Bo Chen')]);
		expect(whoSaysWhat(early, chapters)).toEqual([
			['Michael Young', 'Heat kills'],
			['特雷西', '树荫不是奢侈品。'],
			['Michael Young', 'White roofs'],
			['Bo Chen', 'Paint is'],
		]);
	});

	it("a cue's own label wins over the chapter it falls in", () => {
		const chapters = vtt([cue(0, 19, 'Bo Chen'), cue(20, 29, 'Ann Lee'), cue(30, 31, 'Bo Chen'), cue(31, 49, 'Ann Lee')]);
		expect(whoSays(captions, chapters, 'Heat kills')).toBe('Ann Lee');
		expect(whoSays(captions, chapters, 'Shade is')).toBe('Bo Chen');
	});

	it('chapters moved to their credits stay in order', () => {
		// Cal is credited before Bo's chapter starts, Bo just before Cal's: Cal's chapter does not move before Bo's.
		const crossed = vtt([
			cue(0, 29, '<v Ann Lee>Heat kills more people than floods.'),
			cue(30.1, 31.8, '<v Cal Diaz>Cal one.'),
			cue(31.9, 32.9, '<v Bo Chen>Bo one.'),
			cue(33, 40, 'Cal two.'),
			cue(50, 59, '<v Ann Lee>Paint is the fastest fix.'),
		]);
		const chapters = vtt([cue(0, 30, 'Ann Lee'), cue(30, 32, 'Bo Chen'), cue(32, 50, 'Cal Diaz'), cue(50, 59, 'Ann Lee')]);
		expect(whoSays(crossed, chapters, 'Cal two.')).toBe('Cal Diaz');
	});

	it('Chinese names make a track too, over captions that name no one', () => {
		const unnamed = vtt([cue(0, 9, '寬頻是人權。'), cue(10, 19, '我同意。'), cue(20, 29, '那偏鄉怎麼辦？')]);
		const chapters = vtt([cue(0, 9, '唐鳳'), cue(10, 19, '黃兆徽'), cue(20, 29, '唐鳳')]);
		expect(whoSays(unnamed, chapters, '那偏鄉')).toBe('唐鳳');
		expect(whoSays(unnamed, chapters, '我同意')).toBe('黃兆徽');
	});
});

describe('isChineseName', () => {
	it.each([
		['唐鳳', true],
		['黃兆徽', true],
		['歐陽娜娜', true],
		['问答环节', false],
		['产品演示', false],
		['唐', false],
		['唐鳳與黃兆徽對談', false],
	])('%s → %s', (text, expected) => {
		expect(isChineseName(text)).toBe(expected);
	});
});
