import {readFileSync, readdirSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {planTalk} from '../../src/plan/plan-talk';
import {loadTalk} from '../../src/talk/load-talk';
import {isUserError} from '../../src/errors';
import {TalkSchema} from '../../src/talk/talk-schema';

/**
 * Fuzzing ingest + edits + plan (`loadTalk` then `planTalk`) with a fixed seed: lines of
 * every transcript layout talkreel or its subtitle readers know (markdown markers,
 * Descript, Otter, WhisperX markdown, name/time lines, plain labels, timed lines, SRT and
 * WebVTT cues, SBV, MicroDVD, Whisper TSV, seconds lines, LRC, ASS, meeting minutes, TTML, YouTube srv3 and srv1, Podcasting 2.0 HTML, front matter, chapter lines, JSON talks and Whisper-like JSON), mixed with
 * markup, hostile names and random Unicode, in UTF-8, UTF-16 or Latin-1, with CR, LF or
 * CRLF; real transcripts with random bytes changed; and edits files built from the edits
 * grammar with wrong values. Every outcome is a valid Talk and a plan, or a `UserError`.
 */
const SEED = Number(process.env.TALKREEL_FUZZ_SEED ?? 20_241_129);
/** A few thousand in CI (about 15 s here); `TALKREEL_FUZZ_RUNS=20000` for a longer hunt, `FUZZ_DEBUG=1` to count outcomes by message. */
const RUNS = Number(process.env.TALKREEL_FUZZ_RUNS ?? 2000);

const NAMES = [
	'Ann',
	'Bob Lee',
	'Constructor',
	'__proto__',
	'toString',
	'Music',
	'Break',
	'Unknown Speaker',
	'SPEAKER_04',
	'Speaker 1',
	'主持人',
	'Shaun Apps（SA）',
	'SA',
	'\u202eEve',
	'Zo\u00eb',
];
const BAD_NAMES = ['', ' ', 'A'.repeat(70), '\u001b[31m'];
const SENTENCES = [
	'Hello there, this is a sentence long enough to be quoted on a card.',
	'I think we need to plan for heat the way we plan for floods.',
	'So whenever a bug is fixed, it is first fixed on the master branch.',
	'我认为限制条款对比特币是好事，但现实生活没有那么多戏剧。',
	'Thanks for having me, let’s dive in.',
	'Go to acme.io slash show and use the promo code TALK for 20% off.',
	'First of all, I would like to thank our sponsor CoinKite.',
	'[laughs]',
	'\\[00:12:01\\]',
	'[00:01:00]',
	'(applause)',
	'♪ la la la ♪',
	'<b>bold</b> &amp; &#39;quoted&#39; [a link](https://x.org)',
	'**really** important _stuff_',
	'why?',
	'',
];
const TIMES = ['00:00', '0:00', '01:02', '00:00:23', '1:02:03', '0:00:12.6', '99:99', '00:01:02,500', '999:59:59'];

const name = fc.oneof(
	{weight: 30, arbitrary: fc.constantFrom(...NAMES)},
	{weight: 1, arbitrary: fc.constantFrom(...BAD_NAMES)},
	{weight: 1, arbitrary: fc.string({maxLength: 12})},
);
const text = fc.oneof({weight: 4, arbitrary: fc.constantFrom(...SENTENCES)}, {weight: 1, arbitrary: fc.string({maxLength: 40, unit: 'grapheme'})});
const time = fc.constantFrom(...TIMES);

/** One line in each layout, by format. */
const LAYOUTS: fc.Arbitrary<string>[] = [
	fc.tuple(name, text).map(([n, t]) => `**${n}:** ${t}`),
	fc.tuple(name, text).map(([n, t]) => `**${n}**: ${t}`),
	fc.tuple(name, name, text).map(([a, b, t]) => `**${a}** 和 **${b}** : ${t}`),
	fc.tuple(time, name, text).map(([ts, n, t]) => `[${ts}] **${n}:** ${t}`),
	fc.tuple(time, fc.integer({min: 0, max: 120}), text).map(([ts, n, t]) => `**[${ts}] SPEAKER_${String(n).padStart(2, '0')}:** ${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `[${n}] [${ts}] ${t}`),
	fc.tuple(time, name, text).map(([ts, n, t]) => `${ts} **${n}** ${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `${n}  ${ts}\n${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `${n}: ${ts}\n\n${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `${n} (${ts}):\n${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `**${n}** [${ts}]\n${t}`),
	fc.tuple(name, text).map(([n, t]) => `${n}：${t}`),
	fc.tuple(time, text).map(([ts, t]) => `${ts} ${t}`),
	fc.tuple(fc.integer({min: 1, max: 40}), time, time, name, text).map(([i, a, b, n, t]) => `${i}\n00:${a},000 --> 00:${b},500\n${n}: ${t}\n`),
	fc.tuple(time, time, name, text).map(([a, b, n, t]) => `00:${a}.000 --> 00:${b}.500\n<v ${n}>${t}\n`),
	fc.tuple(time, time, name, text).map(([a, b, n, t]) => `0:${a}.000,0:${b}.500\n${n}: ${t}\n`),
	fc.tuple(fc.nat(99_999), fc.nat(99_999), text).map(([a, b, t]) => `{${a}}{${b}}${t.replace(/\n/g, '|')}`),
	fc.tuple(fc.nat(99_999), fc.nat(99_999), text).map(([a, b, t]) => `${a}\t${b}\t${t}`),
	fc
		.tuple(fc.double({min: 0, max: 1e6, noNaN: true}), fc.double({min: 0, max: 1e6, noNaN: true}), name, text)
		.map(([a, b, n, t]) => `[${a} - ${b}] ${n}: ${t}`),
	fc.tuple(time, name, text).map(([ts, n, t]) => `[${ts}.00]${n}: ${t}`),
	fc.tuple(time, time, name, text).map(([a, b, n, t]) => `Dialogue: 0,0:${a}.00,0:${b}.00,Default,${n},0,0,0,,{\\i1}${t}\\N${t}`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `${n} ${ts}\n${t}`),
	fc.tuple(time, time, name, text).map(([a, b, n, t]) => `<p begin="00:${a}.000" end="${b}s" ttm:agent="${n}"><span begin="0.1">${t}</span><br/>${t}</p>`),
	fc.tuple(fc.nat(99_999), fc.nat(99_999), text).map(([a, b, t]) => `<p t="${a}" d="${b}"><s t="${b}">${t}</s><s>${t}</s></p><p t="${a}" a="1">\n</p>`),
	fc
		.tuple(fc.double({min: 0, max: 1e6, noNaN: true}), fc.double({min: 0, max: 1e6, noNaN: true}), text)
		.map(([a, b, t]) => `<text start="${a}" dur="${b}">${t}</text>`),
	fc.tuple(name, time, text).map(([n, ts, t]) => `<cite>${n}:</cite>\n<time>${ts}</time>\n<p>${t}</p>`),
];
/** Lines that fit any layout: headings, chapters, fences, metadata, markup, noise. */
const ANY_LINE: fc.Arbitrary<string> = fc.oneof(
	fc.tuple(fc.integer({min: 1, max: 6}), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
	fc.tuple(time, text).map(([ts, t]) => `- **${ts}** - ${t}`),
	fc.tuple(text, time, time).map(([t, a, b]) => `3. **${t} (${a} - ${b})**`),
	fc.constantFrom(
		'```',
		'~~~',
		'---',
		'WEBVTT',
		'[Script Info]',
		'<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml" xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal" ttp:tickRate="10000000"><body><div begin="1s">',
		'<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body>',
		'<?xml version="1.0" encoding="utf-8" ?><transcript>',
		'<!DOCTYPE x [<!ENTITY a "&#38;a;&#38;a;&#38;a;">]>',
		'</div></body></tt>',
		'<html><head><title>T</title></head><body>',
		'[Events]',
		'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
		'{1}{1}30.000000',
		'start\tend\ttext',
		'[ti:A title]',
		'文字记录:',
		'NOTE a note',
		'Kind: captions',
		'Language: x',
		'Language: zh_CN',
		'Host: Ann',
		'title: T',
		'**Break**: \\[32:01\\]',
		'**Music**',
		'1',
		'',
		'',
		'',
	),
	text,
);
const layoutTranscript = fc
	.nat({max: LAYOUTS.length - 1})
	.chain((k) =>
		fc.array(
			fc.oneof({weight: 6, arbitrary: LAYOUTS[k] as fc.Arbitrary<string>}, {weight: 1, arbitrary: fc.oneof(...LAYOUTS)}, {weight: 2, arbitrary: ANY_LINE}),
			{maxLength: 40},
		),
	);

const frontMatter = fc.oneof(
	fc.constant(''),
	fc
		.tuple(text, fc.array(name, {maxLength: 4}), fc.array(fc.tuple(time, text), {maxLength: 4}))
		.map(
			([t, speakers, chapters]) =>
				`---\ntitle: ${JSON.stringify(t)}\nspeakers: ${JSON.stringify(speakers)}\nchapters:\n${chapters.map(([ts, c]) => `  - ${JSON.stringify(`${ts} ${c}`)}`).join('\n')}\n---\n`,
		),
	fc.constantFrom('---\ntitle: [broken\n---\n', '---\n- a\n---\n', '---\na: &x [1]\nb: *x\nc: *y\n---\n', '---\ntitle: !!binary aGk=\n---\n'),
);

const markupTranscript = fc
	.tuple(fc.option(fc.constant('\uFEFF')), frontMatter, layoutTranscript, fc.constantFrom('\n', '\n\n', '\r\n', '\r'))
	.map(([bom, fm, lines, eol]) => `${bom ?? ''}${fm}${lines.join('\n')}\n`.replace(/\n/g, eol));

const BASE_TALK = {
	slug: 'x',
	metadata: {title: 'X', language: 'en', source: {}},
	speakers: [
		{id: 'ann', name: 'Ann', role: 'host'},
		{id: 'bob', name: 'Bob'},
	],
	sections: [
		{
			id: 's1',
			title: 'S',
			turns: [
				{id: 't001', speakerIds: ['ann'], text: 'Why does heat kill more people than floods do?', kind: 'speech', line: 1, startMs: 0, endMs: 4000},
				{
					id: 't002',
					speakerIds: ['bob'],
					text: 'Heat kills quietly, indoors and alone, and nobody sees it happen.',
					kind: 'speech',
					line: 2,
					startMs: 4000,
					endMs: 9000,
				},
			],
		},
	],
};
const JUNK = fc.oneof(fc.constantFrom(null, '', ' ', -1, 1e300, 'constructor', '!!', 'nobody', [], {}, 't001', 's1'), fc.string({maxLength: 8}));
const jsonTalk = fc
	.array(
		fc.tuple(
			fc.constantFrom(
				'slug',
				'metadata.title',
				'metadata.language',
				'speakers.0.id',
				'speakers.0.name',
				'sections.0.id',
				'sections.0.title',
				'sections.0.turns.0.speakerIds.0',
				'sections.0.turns.1.id',
				'sections.0.turns.0.kind',
				'sections.0.turns.1.startMs',
				'sections.0.turns.1.endMs',
				'sections.0.turns.0.text',
			),
			JUNK,
		),
		{maxLength: 3},
	)
	.map((edits) => {
		const talk = structuredClone(BASE_TALK) as Record<string, unknown>;
		for (const [path, value] of edits) {
			const keys = path.split('.');
			let at: Record<string, unknown> = talk;
			for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
			at[keys[keys.length - 1] as string] = value;
		}
		return JSON.stringify(talk);
	});
const whisperJson = fc
	.tuple(
		fc.array(
			fc.record({
				start: fc.oneof(fc.double(), fc.constant('x')),
				end: fc.double(),
				text: text,
				speaker: fc.constantFrom('SPEAKER_00', 'SPEAKER_01', undefined),
			}),
			{maxLength: 6},
		),
		fc.boolean(),
	)
	.map(([segments, bare]) => JSON.stringify(bare ? segments : {segments, language: 'en'}));

const REAL = [
	'data/eval/bitcoin-explained-92.md',
	'tests/fixtures/transcripts/chaincode-28.descript.md',
	'tests/fixtures/transcripts/chaincode-28.otter.txt',
	'tests/fixtures/transcripts/orbitfm-bookbytes-018.txt',
	'tests/fixtures/transcripts/btctranscripts-tabconf-2021-covenants.zh.md',
]
	.map((f) => readFileSync(f).subarray(0, 4000))
	// Every format of the real and documented corpus, whole (a JSON export cut short is only ever refused).
	.concat(
		['tests/fixtures/transcripts/real', 'tests/fixtures/transcripts/docs-samples'].flatMap((folder) =>
			readdirSync(folder)
				.filter((f) => f !== 'EXPECTED.yaml')
				.map((f) => readFileSync(`${folder}/${f}`)),
		),
	);
/** A real transcript with a few bytes changed, cut or repeated. */
const mutatedReal = fc
	.tuple(fc.nat({max: REAL.length - 1}), fc.array(fc.tuple(fc.nat(), fc.nat({max: 255}), fc.constantFrom('set', 'cut', 'dup')), {minLength: 1, maxLength: 6}))
	.map(([i, changes]) => {
		let bytes = Uint8Array.from(REAL[i] ?? []);
		for (const [at, value, how] of changes) {
			const p = at % Math.max(1, bytes.length);
			if (how === 'set') bytes[p] = value;
			else if (how === 'cut') bytes = Uint8Array.from([...bytes.subarray(0, p), ...bytes.subarray(p + (value % 200))]);
			else bytes = Uint8Array.from([...bytes.subarray(0, p + (value % 50)), ...bytes.subarray(p)]);
		}
		return bytes;
	});

/**
 * The mutation families of issue 22's hostile round, each on a generated transcript: huge
 * numbers where times and counts go, control and invisible characters (inside labels
 * too), a long run of one character (the inputs that made patterns and card splitting
 * super-linear), and many speakers.
 */
const HUGE_NUMBERS = ['1e13', '1e306', '9007199254740993', '999999999:59:59', '-0:00:00.6', 'NaN:NaN:NaN,NaN', '00:00:00,-5'];
const CONTROLS = ['\u202e', '\u200d', '\u200f', '\u2066', '\u0000', '\u0007', '\u001b[31m', '\ufeff', '\u0085'];
const RUN_UNITS = ['x', '，', '。', ' ', '\u1680', '(', '*', '-', ':', '\u00a0', '笑'];
const hostileTranscript = fc.oneof(
	fc
		.tuple(markupTranscript, fc.nat(), fc.constantFrom(...HUGE_NUMBERS))
		.map(([t, at, n]) => t.replace(/\d+:\d\d(?::\d\d)?(?:[.,]\d+)?/g, (m, offset: number) => (offset >= at % Math.max(1, t.length) ? n : m))),
	fc
		.tuple(markupTranscript, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CONTROLS)), {minLength: 1, maxLength: 4}))
		.map(([t, inserts]) => inserts.reduce((s, [at, c]) => s.slice(0, at % (s.length + 1)) + c + s.slice(at % (s.length + 1)), t)),
	fc
		.tuple(markupTranscript, fc.nat(), fc.constantFrom(...RUN_UNITS), fc.integer({min: 500, max: 5000}))
		.map(([t, at, unit, n]) => t.slice(0, at % (t.length + 1)) + unit.repeat(n) + t.slice(at % (t.length + 1))),
	fc
		.tuple(fc.integer({min: 50, max: 400}), fc.constantFrom(...SENTENCES))
		.map(([n, sentence]) => Array.from({length: n}, (_, i) => `**Speaker ${i + 1}:** ${sentence}`).join('\n\n')),
	fc
		.tuple(fc.constantFrom(1e13, 1e306, -1, Number.MAX_SAFE_INTEGER + 2), fc.constantFrom(...CONTROLS))
		.map(([end, c]) => JSON.stringify({segments: [{start: 0, end, text: `Hello${c} there.`, speaker: `${c}SPEAKER_00`}], language: 'en'})),
);

const encode = (s: string, how: 'utf8' | 'utf16le' | 'latin1'): Uint8Array => {
	if (how === 'utf8') return new TextEncoder().encode(s);
	if (how === 'latin1') return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
	return Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, (c.charCodeAt(0) >> 8) & 0xff])]);
};

const transcriptBytes = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.tuple(markupTranscript, fc.constantFrom('utf8', 'utf8', 'utf8', 'utf16le', 'latin1') as fc.Arbitrary<'utf8' | 'utf16le' | 'latin1'>)
			.map(([s, how]) => encode(s, how)),
	},
	{weight: 2, arbitrary: jsonTalk.map((s) => encode(s, 'utf8'))},
	{weight: 1, arbitrary: whisperJson.map((s) => encode(s, 'utf8'))},
	{weight: 3, arbitrary: mutatedReal},
	{weight: 1, arbitrary: fc.uint8Array({maxLength: 200})},
	{weight: 3, arbitrary: hostileTranscript.map((s) => encode(s, 'utf8'))},
);

const turnRef = fc.oneof(
	{weight: 5, arbitrary: fc.constantFrom('t001', 't002', 't003', 't004', 't005', 't001-2')},
	{weight: 1, arbitrary: fc.constantFrom('s1', '', '  ', 't999', '*a')},
);
const sectionRef = fc.oneof({weight: 5, arbitrary: fc.constantFrom('s1', 's2', 's3')}, {weight: 1, arbitrary: fc.constantFrom('t001', '', 's99')});
const speakerRef = fc.oneof(
	{weight: 5, arbitrary: fc.constantFrom('ann', 'bob-lee', 'Ann', 'speaker-1', 'Speaker 1', 'constructor')},
	{weight: 1, arbitrary: fc.constantFrom('toString', '', ' ')},
);
const quoteRef = fc.constantFrom('t001s1', 't002s1', 't002s1p3', 't003s2-3', 't009s1', 'q1');
const editsText = fc.option(
	fc.oneof(
		fc
			.tuple(
				fc.option(
					fc.record(
						{
							title: fc.oneof({weight: 5, arbitrary: text}, {weight: 1, arbitrary: fc.constant('  ')}),
							language: fc.constantFrom('en', 'en', 'en', '!!', 'zh_CN', '23'),
						},
						{requiredKeys: []},
					),
				),
				fc.array(
					fc.record(
						{turn: turnRef, speaker: fc.option(speakerRef, {nil: undefined}), exclude: fc.option(fc.constant(true), {nil: undefined})},
						{requiredKeys: ['turn']},
					),
					{maxLength: 4},
				),
				fc.array(
					fc.record(
						{
							section: sectionRef,
							title: fc.option(fc.oneof(text, fc.constant(' ')), {nil: undefined}),
							exclude: fc.option(fc.constant(true), {nil: undefined}),
						},
						{requiredKeys: ['section']},
					),
					{maxLength: 3},
				),
				fc.array(fc.record({speaker: speakerRef, name: fc.option(name, {nil: undefined})}, {requiredKeys: ['speaker']}), {maxLength: 3}),
				fc.array(fc.oneof(fc.record({quote: quoteRef}), fc.record({turn: turnRef, text: fc.option(text, {nil: undefined})}, {requiredKeys: ['turn']})), {
					maxLength: 3,
				}),
				fc.option(
					fc.array(
						fc.tuple(time, text).map(([ts, t]) => `${ts} ${t}`),
						{maxLength: 4},
					),
				),
			)
			.map(([metadata, turns, sections, speakers, pins, chapters]) =>
				JSON.stringify({
					...(metadata === null ? {} : {metadata}),
					...(turns.length === 0 ? {} : {turns}),
					...(sections.length === 0 ? {} : {sections}),
					...(speakers.length === 0 ? {} : {speakers}),
					...(pins.length === 0 ? {} : {pins}),
					...(chapters === null ? {} : {chapters}),
				}),
			),
		fc.constantFrom(
			'turns: [{turn: *nope}]',
			'a: [',
			'# c\rmetadata:\r  title: X\r',
			'metadata: {title: "  "}',
			'- 1',
			'unknown: 1',
			'\uFEFFmetadata: {event: E}',
		),
		fc.string({maxLength: 60}),
	),
);

describe('fuzz: ingest + edits + plan', () => {
	it(`${RUNS} generated inputs (seed ${SEED}) each give a talk and a plan, or a UserError`, () => {
		const outcomes = new Map<string, number>();
		const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
		fc.assert(
			fc.property(transcriptBytes, editsText, fc.integer({min: 20, max: 400}), (bytes, edits, maxSeconds) => {
				try {
					const {talk} = loadTalk({bytes, file: 'fuzz.md', edits: edits === null ? null : {text: edits, file: 'fuzz.edits.yaml'}});
					expect(TalkSchema.safeParse(talk).success).toBe(true);
					const plan = planTalk({talk, maxSeconds});
					expect(plan.recap.durationInFrames).toBeGreaterThan(0);
					count(plan.quotes.length > 0 ? 'plan with quotes' : 'plan');
				} catch (error) {
					if (!isUserError(error)) throw error;
					// One line, and no echo of the input: the longest message lists the formats talkreel reads.
					expect(error.message).not.toContain('\n');
					expect(error.message.length).toBeLessThan(4000);
					count(error.code);
					if (process.env.FUZZ_DEBUG) count(`${error.code} ${error.problem.slice(0, 50)}`);
				}
			}),
			{seed: SEED, numRuns: RUNS},
		);
		// The generators reach every stage: plans with quotes, and errors of reading, edits and planning.
		for (const key of ['plan with quotes', 'TALK_PARSE', 'EDITS_PARSE', 'EDITS_TARGET'])
			expect(outcomes.get(key) ?? 0, JSON.stringify([...outcomes])).toBeGreaterThanOrEqual(RUNS / 200);
	}, 120_000);
});
