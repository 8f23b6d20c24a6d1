import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadTalk} from '../../src/talk/load-talk';
import {turnSentences} from '../../src/talk/turn-sentences';
import {expectLinearTime} from '../support/linear-time';

/** An SRT of cues without punctuation: `[text, startMs, endMs]` each. */
const srt = (cues: readonly (readonly [string, number, number])[]): string => {
	const time = (ms: number) => {
		const pad = (n: number, w = 2) => String(n).padStart(w, '0');
		return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
	};
	return cues.map(([text, start, end], i) => `${i + 1}\n${time(start)} --> ${time(end)}\n${text}\n`).join('\n');
};

const sentencesOf = (text: string): string[] => {
	const {talk} = loadTalk({text, file: 'talk.srt', edits: null});
	return talk.sections
		.flatMap((s) => s.turns)
		.flatMap((t) => turnSentences({text: t.text, locale: talk.metadata.language}).sentences.map((s) => t.text.slice(s.start, s.end)));
};
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Deterministic word soup: spoken English without punctuation, clause openers included. */
const CLAUSES = [
	'we built a new kind of computer for the agents',
	'so the factory makes tokens all day long',
	'and then the racks come out of the plant',
	'but nobody saw how hard it would get',
	'now every company will need one of these machines',
	'okay let me show you the next one',
	'the memory sits right beside the processor',
];
const speech = (words: number): string => {
	const out: string[] = [];
	for (let i = 0; out.length < words; i++) out.push(...(CLAUSES[(i * 3) % CLAUSES.length] as string).split(' '));
	return out.slice(0, words).join(' ');
};

describe('sentences in auto captions without punctuation', () => {
	it('a 300-word stream of one-clause cues with gaps of 0.1–0.8 s is cut at its longest gaps, no sentence over 45 words', () => {
		const cues: [string, number, number][] = [];
		/** Words before each cue's end, and the gap after it. */
		const cueEnds: {words: number; gap: number}[] = [];
		let at = 0;
		let words = 0;
		for (let i = 0; words < 300; i++) {
			const text = CLAUSES[(i * 3) % CLAUSES.length] as string;
			const gap = 100 + ((i * 5) % 8) * 100;
			cues.push([text, at, at + 2500]);
			words += text.split(' ').length;
			cueEnds.push({words, gap});
			at += 2500 + gap;
		}
		const lengths = sentencesOf(srt(cues)).map(wordCount);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(45);
		const cuts = lengths.slice(0, -1).map((_, i) => lengths.slice(0, i + 1).reduce((a, b) => a + b, 0));
		// Every cut falls at a cue's end (the only places a pause is known), and every 0.8 s gap ends a sentence.
		for (const n of cuts) expect(cueEnds.map((c) => c.words)).toContain(n);
		for (const c of cueEnds.slice(0, -1)) if (c.gap === 800) expect(cuts).toContain(c.words);
	});

	it('GTC keynote regression: minute-long auto-caption cues with no gaps and no word times read as sentences of a few hundred words', () => {
		// Stand-in: 40 contiguous cues of 200 words each, one after the other, as in a two-hour keynote's auto captions.
		const cues: [string, number, number][] = Array.from({length: 40}, (_, i) => [speech(200 + i), i * 80_000, (i + 1) * 80_000]);
		const lengths = sentencesOf(srt(cues)).map(wordCount);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(45);
		expect(median(lengths)).toBeGreaterThanOrEqual(8);
		expect(median(lengths)).toBeLessThanOrEqual(25);
	});

	it.each([
		['before "so", not after "the"', speech(200), /\b(?:the|a|of|to)\.$/],
		['a cue of one clause repeated ends no sentence on an article', 'we looked at the sky '.repeat(60).trim(), /\b(?:the|at)\.$/],
	])('a cut inside a cue falls at a clause boundary: %s', (_name, text, bad) => {
		const sentences = sentencesOf(srt([[text, 0, 120_000]]));
		expect(sentences.length).toBeGreaterThan(1);
		for (const s of sentences) expect(s).not.toMatch(bad);
	});

	it('a Chinese stream without punctuation is cut at cue ends and by characters: 45 words of two characters at most', () => {
		const line = '我们今天要讲的是一个全新的计算机它为智能体而生';
		const cues: [string, number, number][] = Array.from({length: 20}, (_, i) => [line.repeat(1 + (i % 3)), i * 10_000, (i + 1) * 10_000]);
		const sentences = sentencesOf(srt(cues));
		expect(sentences.length).toBeGreaterThan(5);
		for (const s of sentences) expect([...s].filter((c) => /\p{sc=Han}/u.test(c)).length).toBeLessThanOrEqual(90);
	});

	// Missing Semester's Chinese subtitles: "是它们默认的 Shell.并且其他…" — a stop after a Latin word or a closing bracket in Chinese is 。.
	it('a stop after a Latin word or a bracket inside Chinese is 。', () => {
		const lines = ['我们今天要讲的是一个全新的默认 Shell', '它为智能体而生的那个乐队叫『扳机』', '那边的那位是我们的 PA'];
		const cues: [string, number, number][] = Array.from({length: 18}, (_, i) => [lines[i % 3] as string, i * 10_000, (i + 1) * 10_000]);
		const {talk} = loadTalk({text: srt(cues), file: 'talk.srt', edits: null});
		const text = talk.sections
			.flatMap((s) => s.turns)
			.map((t) => t.text)
			.join('');
		expect(text).toContain('。');
		expect(text).not.toMatch(/[A-Za-z』][.]/u);
	});

	it('is linear in the number of cues', () => {
		const build = (n: number) => srt(Array.from({length: n}, (_, i) => [speech(50), i * 20_000, (i + 1) * 20_000] as const));
		expectLinearTime({build, run: (text) => loadTalk({text, file: 'talk.srt', edits: null}), size: 250, boundMs: 10_000});
	});

	// YouTube's automatic captions as SubRip: ~7 words a cue, each cue ending where the next
	// starts, so a cue's end is where a line filled up, not where the speaker paused.
	const gapless = (lines: readonly string[]) => srt(lines.map((text, i) => [text, i * 3000, (i + 1) * 3000] as const));
	it.each([
		// The sentence ends inside the cue: `…cool in the summer | so let's start…`.
		[
			[
				'today we are looking at why cities get',
				'so hot in the summer and what we can do to keep',
				'them cool in the summer so let us start with',
				'the asphalt on the roads',
			],
			'today we are looking at why cities get so hot in the summer and what we can do to keep them cool in the summer.',
		],
		// `…will help | you to…`: no sentence ends at the cue's end, however long the run.
		[
			[
				'there are really nice built-in commands that will really help',
				'you to do those things and so today i will',
				'introduce you to the shell and some of its quirks',
			],
			'there are really nice built-in commands that will really help you to do those things.',
		],
	])('gapless auto captions end sentences where speech does, inside a cue or across one: %j', (lines, first) => {
		expect(sentencesOf(gapless(lines))[0]?.toLowerCase()).toBe(first);
	});

	it('words that name an object property ("constructor", "__proto__") are words like any other', () => {
		const lines = Array.from({length: 12}, (_, i) => `the constructor of __proto__ ${i} has tostring and valueof then hasownproperty`);
		const sentences = sentencesOf(gapless(lines));
		expect(sentences.join(' ').split(/\s+/).length).toBe(lines.join(' ').split(/\s+/).length);
		for (const s of sentences) expect(s.split(/\s+/).length).toBeLessThanOrEqual(45);
	});

	it('a phrase that reads on ("go ahead and", "as well as", "yet again") is never cut, however long the run', () => {
		const line = 'i can go ahead and change this as much as i want as well as the other settings yet again and again every time i open it';
		// Each cue its own (the same cue twice in a row is a repeated caption, read once).
		const sentences = sentencesOf(gapless(Array.from({length: 30}, (_, i) => `${line} on day ${i + 1}`)));
		expect(sentences.length).toBeGreaterThan(5);
		for (const s of sentences) expect(s).not.toMatch(/\b(?:ahead|as well|yet|again|more)\.$/i);
	});

	it('captions that are not English get no English odds: cuts only at cue ends (German: "wie man. So einen sauerteig" was a stop)', () => {
		const lines = [
			'heute zeige ich euch wie man so',
			'einen sauerteig ansetzt das kann man so',
			'machen wie ich es euch zeige aber',
			'man muss ein bisschen geduld haben denn',
			'der teig braucht zeit also nehmt ihr',
			'zuerst das mehl und dann gebt ihr',
			'das wasser dazu und dann rührt man',
			'das ganze so lange bis es glatt ist',
			'was ihr dann machen müsst ist den teig',
			'abdecken und so an einen warmen ort stellen',
			'wenn man das richtig macht dann blubbert das',
			'nach zwei tagen schon ganz schön',
		];
		const cueEnds = lines.map(
			(_, i) =>
				lines
					.slice(0, i + 1)
					.join(' ')
					.split(' ').length,
		);
		const lengths = sentencesOf(gapless(lines)).map(wordCount);
		const cuts = lengths.slice(0, -1).map((_, i) => lengths.slice(0, i + 1).reduce((a, b) => a + b, 0));
		for (const n of cuts) expect(cueEnds).toContain(n);
	});

	it('captions whose file states another language get no English odds, whatever their words (WebVTT `Language: de`)', () => {
		const lines = [
			'today we are looking at why cities get',
			'so hot in the summer and what we can do to keep',
			'them cool in the summer so let us start with',
			'the asphalt on the roads',
		];
		const vtt = (language: string) =>
			`WEBVTT\nKind: captions\nLanguage: ${language}\n\n${lines.map((t, i) => `00:00:0${i * 2}.000 --> 00:00:0${i * 2 + 2}.000\n${t}`).join('\n\n')}\n`;
		const read = (language: string) => {
			const {talk} = loadTalk({text: vtt(language), file: 'talk.vtt', edits: null});
			return talk.sections
				.flatMap((s) => s.turns)
				.map((t) => t.text)
				.join(' ');
		};
		// Stated English, or the words: the sentence ends inside the third cue.
		expect(read('en')).toMatch(/summer\. So let us start/i);
		// Stated German: cut at cue ends only.
		expect(read('de')).not.toMatch(/summer\. So let/i);
	});

	it('captions with pauses between cues keep their cuts at cue ends', () => {
		// The same words, but each cue followed by 0.5 s of silence: the source says where the speaker paused.
		const lines = [
			'today we are looking at why cities get',
			'so hot in the summer and what we can do to keep',
			'them cool in the summer so let us start with',
			'the asphalt on the roads',
		];
		const text = srt(lines.map((t, i) => [t, i * 3500, i * 3500 + 3000] as const));
		const joined = sentencesOf(text).join(' ');
		expect(joined).not.toMatch(/summer\. So let/i);
	});

	it("on real automatic captions, stops fall where the lecture's human captions end sentences (MIT Missing Semester, lecture 2)", () => {
		// The same 2½ minutes: YouTube's automatic captions and the course's own captions, aligned word by word.
		const words = (text: string) =>
			text
				.split(/\s+/)
				.map((raw) => ({key: raw.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''), stop: /[.!?]["')\]]*$/.test(raw)}))
				.filter((w) => w.key !== '');
		const real = (name: string) => readFileSync(`tests/fixtures/transcripts/real/${name}`, 'utf8');
		const auto = words(sentencesOf(real('youtube-auto-missing-semester-l2.en.srt')).join(' '));
		const human = words(
			real('mit-missing-semester-l2.en.srt')
				.replace(/\r/g, '')
				.split(/\n\n+/)
				.map((block) => block.split('\n').slice(2).join(' '))
				.join(' '),
		);
		// Longest common subsequence of the two word lists.
		const n = auto.length;
		const m = human.length;
		const lcs = Array.from({length: n + 1}, () => new Int32Array(m + 1));
		for (let i = n - 1; i >= 0; i--)
			for (let j = m - 1; j >= 0; j--)
				(lcs[i] as Int32Array)[j] = auto[i]?.key === human[j]?.key ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, lcs[i]?.[j + 1] ?? 0);
		const humanOf = new Map<number, number>();
		for (let i = 0, j = 0; i < n && j < m; ) {
			if (auto[i]?.key === human[j]?.key) humanOf.set(i++, j++);
			else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) i++;
			else j++;
		}
		const autoOf = new Map([...humanOf].map(([i, j]) => [j, i]));
		const near = (list: {stop: boolean}[], at: number) => [at - 1, at, at + 1].some((k) => list[k]?.stop === true);
		const stops = [...humanOf].filter(([i]) => auto[i]?.stop === true && i < n - 1);
		const onHumanStop = stops.filter(([, j]) => near(human, j)).length;
		const humanStops = [...autoOf].filter(([j]) => human[j]?.stop === true);
		const found = humanStops.filter(([, i]) => near(auto, i)).length;
		// Before the sentence-end odds: 5 of 13 stops on a human sentence end, 4 of the 12 found.
		expect(onHumanStop / stops.length).toBeGreaterThanOrEqual(0.5);
		expect(found / humanStops.length).toBeGreaterThanOrEqual(0.5);
	});
});

// A YouTube auto-caption card read "And i'm here to tell you that's not true at all."
describe('the English pronoun in captions without punctuation', () => {
	const textOf = (cues: readonly (readonly [string, number, number])[]) =>
		loadTalk({text: srt(cues), file: 'talk.srt', edits: null})
			.talk.sections.flatMap((s) => s.turns)
			.map((t) => t.text)
			.join(' ');
	const cues = (line: string): [string, number, number][] => [
		['so we built a new kind of computer for the agents', 0, 2500],
		[line, 3500, 6000],
		['and then the racks come out of the plant every day', 7000, 9500],
	];
	it.each([
		["and i'm here to tell you that is not true", "And I'm here to tell you that is not true"],
		['so i think i said what i meant about it', 'So I think I said what I meant about it'],
		["i've seen it and i’d do it again if i could", "I've seen it and I’d do it again if I could"],
		['the wi-fi and the iphone and pi and the hi-fi in it', 'The wi-fi and the iphone and pi and the hi-fi in it'],
		['so for i in range ten we print i times two', 'So for i in range ten we print i times two'],
		['the disk i/o is what we measure first here', 'The disk i/o is what we measure first here'],
		['and that is really the whole reason why i', 'that is really the whole reason why I'],
	])('%j → %j', (line, expected) => {
		expect(textOf(cues(line))).toContain(expected);
	});
	it('not in captions of another language (Catalan "i" is "and")', () => {
		const catalan: [string, number, number][] = [
			['vam construir un nou tipus d ordinador per als agents', 0, 2500],
			['i la fàbrica fa fitxes tot el dia', 3500, 6000],
			['i després els armaris surten de la planta cada dia', 7000, 9500],
		];
		expect(textOf(catalan)).toContain('fàbrica');
		expect(textOf(catalan)).not.toMatch(/ I /);
	});
});

// Chinese captions that punctuate sentences but not the cue ends inside them (Hugging Face's
// course subtitles): the phrases ran together, 「…生态系统的一切包括如何使用…」.
describe('a Chinese cue that ends without a mark, before the same speaker goes on', () => {
	const textsOf = (text: string) =>
		loadTalk({text, file: 'talk.srt', edits: null})
			.talk.sections.flatMap((s) => s.turns)
			.map((t) => t.text);
	it.each([
		[
			srt([
				['关于这个生态系统的一切', 0, 2000],
				['包括如何使用数据集。', 2000, 4000],
			]),
			['关于这个生态系统的一切，包括如何使用数据集。'],
		],
		// Ends on a mark already, or the next cue opens on Latin letters: as written.
		[
			srt([
				['大家好，', 0, 2000],
				['今天聊聊播客。', 2000, 4000],
			]),
			['大家好，今天聊聊播客。'],
		],
		[
			srt([
				['我们今天用的是', 0, 2000],
				['Remotion 这个库。', 2000, 4000],
			]),
			['我们今天用的是Remotion 这个库。'],
		],
		// A cue that ends inside a phrase: after 的, a measure word or an adverb, before 的 or 了.
		[
			srt([
				['以及机器学习和深度学习的', 0, 2000],
				['一些基础知识。您可以选择一个', 2000, 4000],
				['您最熟悉的版本。讲师会先', 4000, 6000],
				['简单介绍一下自己。', 6000, 8000],
			]),
			['以及机器学习和深度学习的一些基础知识。您可以选择一个您最熟悉的版本。讲师会先简单介绍一下自己。'],
		],
		// After a preposition, a conjunction or a word that opens what follows: no comma either.
		[
			srt([
				['本课程旨在带您了解关于', 0, 2000],
				['这个生态系统的一切。如果', 2000, 4000],
				['您想学习，我们会通过', 4000, 6000],
				['这个库来讲解，然后', 6000, 8000],
				['再介绍基础知识。', 8000, 10000],
			]),
			['本课程旨在带您了解关于这个生态系统的一切。如果您想学习，我们会通过这个库来讲解，然后再介绍基础知识。'],
		],
		// After a verb that may end a clause, or before 一些 that may open one: the comma stays.
		[
			srt([
				['感谢各位嘉宾的精彩分享', 0, 2000],
				['下面我们进入问答环节。这样做当然也可以', 2000, 4000],
				['不过速度会慢一点。這個問題其實很複雜', 4000, 6000],
				['一些人認為是數據的問題。', 6000, 8000],
			]),
			['感谢各位嘉宾的精彩分享，下面我们进入问答环节。这样做当然也可以，不过速度会慢一点。這個問題其實很複雜，一些人認為是數據的問題。'],
		],
		// Japanese, and a sound cue between: as written.
		[
			srt([
				['皆さんこんにちは', 0, 2000],
				['今日は機械学習について話します。', 2000, 4000],
			]),
			['皆さんこんにちは今日は機械学習について話します。'],
		],
		[
			srt([
				['我们今天聊聊播客', 0, 2000],
				['[Music]', 2000, 4000],
				['大家先听一段音乐。', 4000, 6000],
			]),
			['我们今天聊聊播客', '[Music]', '大家先听一段音乐。'],
		],
		// Another speaker: a turn of their own, nothing added.
		[
			srt([
				['甲：我们今天聊什么', 0, 2000],
				['乙：聊聊播客吧。', 2000, 4000],
				['甲：好的，我们开始吧。', 4000, 6000],
				['乙：好。', 6000, 8000],
			]),
			['我们今天聊什么', '聊聊播客吧。', '好的，我们开始吧。', '好。'],
		],
	])('%#', (file, expected) => {
		expect(textsOf(file)).toEqual(expected);
	});
});

// A sound inside a cue is placed in the joined turn by the letters said before it: the
// full stops and commas punctuation adds, and the separators of the join, do not move it
// off its words (a gap mark splits a card there; a laugh shows under the line it follows).
describe('a sound inside joined cues without punctuation', () => {
	const turnsOf = (text: string) => loadTalk({text, file: 'talk.srt', edits: null}).talk.sections.flatMap((s) => s.turns);
	it('is heard right after the words said before it, after the punctuation is added', () => {
		const turns = turnsOf(
			srt([
				['so we shipped the new build of the app on friday', 0, 3000],
				['and then [laughter] everyone on the team cheered', 4500, 6000],
				['we went home early that day [inaudible] right', 6000, 8000],
				['after that [applause] we all slept for a week', 8000, 10_000],
				['the end of the story is that nobody broke', 10_000, 12_000],
				['anything in production for a whole month', 12_000, 14_000],
			]),
		);
		const speech = turns.find((t) => t.kind === 'speech');
		expect(speech?.text).toMatch(/^So we shipped the new build of the app on friday\. And then everyone on the team cheered/);
		const within = turns.filter((t) => t.kind === 'reaction' && t.heard === 'within');
		expect(within.map((t) => [t.text, speech?.text.slice(0, t.at).split(' ').slice(-2).join(' ')])).toEqual([
			['[laughter]', 'And then'],
			['[inaudible]', 'that day'],
			['[applause]', 'After that'],
		]);
	});

	it('opening a cue, or in a cue of a sound and punctuation only, it is heard right after the last word of the cue before', () => {
		const turns = turnsOf(
			srt([
				['That was a good one.', 0, 2000],
				['[laughter] And then we left early.', 2000, 4000],
				['- [inaudible]', 4000, 5000],
				['We came back the next day.', 5000, 7000],
				['[applause].', 7000, 8000],
				['And that was the whole trip.', 8000, 10_000],
			]),
		);
		const speech = turns.find((t) => t.kind === 'speech');
		expect(speech?.text).toBe('That was a good one. And then we left early. We came back the next day. And that was the whole trip.');
		const within = turns.filter((t) => t.kind === 'reaction' && t.heard === 'within');
		expect(within.map((t) => [t.text, speech?.text.slice(0, t.at)])).toEqual([
			['[laughter]', 'That was a good one'],
			['[inaudible]', 'That was a good one. And then we left early'],
			['[applause]', 'That was a good one. And then we left early. We came back the next day'],
		]);
	});

	it('after a letter with its accent written apart, it is heard after the accent', () => {
		const turns = turnsOf(
			srt([
				['We ordered one cafe\u0301 [laughs] and left.', 0, 2000],
				['Then we came back.', 2000, 4000],
			]),
		);
		const speech = turns.find((t) => t.kind === 'speech');
		const laugh = turns.find((t) => t.kind === 'reaction');
		expect(speech?.text.slice(0, laugh?.at)).toBe('We ordered one cafe\u0301');
	});

	it('is placed in linear time, however many sounds one turn holds', () => {
		const build = (n: number) => srt(Array.from({length: n}, (_, i) => [`and we [laughs] kept going [inaudible] on`, i * 1000, (i + 1) * 1000] as const));
		expectLinearTime({build, run: (text) => loadTalk({text, file: 'talk.srt', edits: null}), size: 2000, boundMs: 10_000});
	});
});
