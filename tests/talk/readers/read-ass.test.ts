import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import type {Talk} from '../../../src/talk/talk-schema';

const read = (text: string): Talk => readTranscript({text, file: 'show.zh.ass'}).talk;
const turnsOf = (talk: Talk) =>
	talk.sections.flatMap((s) => s.turns).map((t) => ({text: t.text, translation: t.translation, startMs: t.startMs, endMs: t.endMs}));

const ass = (title: string, ...events: string[]) =>
	[
		'\uFEFF[Script Info]',
		`Title: ${title}`,
		'ScriptType: v4.00+',
		'',
		'[V4+ Styles]',
		'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
		'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1',
		'',
		'[Events]',
		'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
		...events,
		'',
	].join('\r\n');

describe('ASS/SSA: Dialogue events are the cues, nothing else', () => {
	it('regression: Dialogue is not a speaker and the fields are not the text (a comma in the text stays)', () => {
		const talk = read(
			ass(
				'My Show',
				'Dialogue: 0,0:00:01.35,0:00:02.61,Default,,0,0,0,,好的，欢迎回来',
				'Dialogue: 0,0:00:03.41,0:00:07.58,Default,,0,0,0,,今天我们谈谈 Shell, 和 bash',
			),
		);
		expect(talk.speakers.map((s) => s.name)).toEqual(['发言人 1']);
		expect(turnsOf(talk)).toEqual([{text: '好的，欢迎回来，今天我们谈谈 Shell, 和 bash', translation: undefined, startMs: 1350, endMs: 7580}]);
		expect(talk.metadata.title).toBe('My Show');
	});

	it.each([
		['override tags out, \\N a line break, \\h a space', '{\\i1}我们\\h走吧{\\i0}', '我们 走吧'],
		['a Comment event is not speech', null, null],
	])('%s', (_name, text, expected) => {
		const events =
			text === null
				? ['Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,注释', 'Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,说话']
				: [`Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,${text}`];
		expect(turnsOf(read(ass('x', ...events))).map((t) => t.text)).toEqual([expected ?? '说话']);
	});

	it('drawings and positioned signs (logos, credits) are not speech', () => {
		const talk = read(
			ass(
				'x',
				'Dialogue: 0,0:00:00.00,0:00:02.00,Default,,0,0,0,,{\\p1\\pos(10,10)}m 0 0 l 282 -337 l 469 -181',
				'Dialogue: 0,0:00:00.00,0:00:03.00,Default,,0,0,0,,{\\fad(300,300)\\pos(779,595)}翻译 小伍',
				'Dialogue: 0,0:00:00.00,0:00:03.00,Default,,0,0,0,,{\\move(1,2,3,4)}SSK字幕组',
				'Dialogue: 0,0:00:33.84,0:00:37.11,Default,,0,0,0,,好的 我准备好了',
			),
		);
		expect(turnsOf(talk).map((t) => t.text)).toEqual(['好的 我准备好了']);
	});

	it.each([
		[
			'one event, \\N then the English line',
			[
				"Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,好的 我准备好了\\N{\\3c&H000000&\\fs30}Okay, I'm ready.",
				'Dialogue: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,你保证吗\\N{\\fs30}You promise?',
				'Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,当然\\NSure.',
			],
		],
		[
			'two styles with the same times',
			[
				'Dialogue: 0,0:00:01.00,0:00:02.00,Chinese,,0,0,0,,好的 我准备好了',
				"Dialogue: 0,0:00:01.00,0:00:02.00,English,,0,0,0,,Okay, I'm ready.",
				'Dialogue: 0,0:00:02.00,0:00:03.00,Chinese,,0,0,0,,你保证吗',
				'Dialogue: 0,0:00:02.00,0:00:03.00,English,,0,0,0,,You promise?',
				'Dialogue: 0,0:00:03.00,0:00:04.00,Chinese,,0,0,0,,当然',
				'Dialogue: 0,0:00:03.00,0:00:04.00,English,,0,0,0,,Sure.',
			],
		],
		[
			// A fansub's pair set 10 ms apart (Bourshevik's SpaceCast 35): the second language was glued to the first.
			'two styles a few ms apart',
			[
				'Dialogue: 0,0:00:01.00,0:00:02.00,Chinese,,0,0,0,,好的 我准备好了',
				"Dialogue: 0,0:00:01.01,0:00:02.01,English,,0,0,0,,Okay, I'm ready.",
				'Dialogue: 0,0:00:02.00,0:00:03.00,Chinese,,0,0,0,,你保证吗',
				'Dialogue: 0,0:00:02.01,0:00:03.01,English,,0,0,0,,You promise?',
				'Dialogue: 0,0:00:03.00,0:00:04.00,Chinese,,0,0,0,,当然',
				'Dialogue: 0,0:00:03.01,0:00:04.01,English,,0,0,0,,Sure.',
			],
		],
	])('bilingual: %s gives text and translation', (_name, events) => {
		const [turn] = turnsOf(read(ass('x', ...events)));
		expect(turn?.text.startsWith('好的 我准备好了')).toBe(true);
		expect(turn?.translation).toBe("Okay, I'm ready. You promise? Sure.");
	});

	it('bilingual: Chinese and Japanese in two styles at the same times (a fansub) give text and translation', () => {
		const [turn] = turnsOf(
			read(
				ass(
					'x',
					'Dialogue: 0,0:00:01.00,0:00:02.00,Text-CN,,0,0,0,,我是后藤独',
					'Dialogue: 0,0:00:01.00,0:00:02.00,Text-JP,,0,0,0,,後藤ひとりです',
					'Dialogue: 0,0:00:02.00,0:00:03.00,Text-CN,,0,0,0,,请多关照',
					'Dialogue: 0,0:00:02.00,0:00:03.00,Text-JP,,0,0,0,,よろしくお願いします',
					'Dialogue: 0,0:00:03.00,0:00:04.00,Text-CN,,0,0,0,,我会努力的',
					'Dialogue: 0,0:00:03.00,0:00:04.00,Text-JP,,0,0,0,,頑張ります',
				),
			),
		);
		expect(turn?.text.startsWith('我是后藤独')).toBe(true);
		expect(turn?.text).not.toContain('ひとり');
		expect(turn?.translation?.replace(/\s/g, '')).toBe('後藤ひとりですよろしくお願いします頑張ります');
	});

	// Nekomoe kissaten's Bocchi the Rock! and Kanojo mo Kanojo: the talk's only speaker was 注, or 譯註 and 翻譯, and a note was glued to the line it explains.
	it('notes, credits, titles and songs are not speech, in their own styles or after 注： / 翻譯:', () => {
		const talk = read(
			ass(
				'x',
				'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,大家和我是一样的',
				'Dialogue: 0,0:00:01.00,0:00:02.00,Comment,,0,0,0,,注：PA，音响师',
				'Dialogue: 0,0:00:02.00,0:00:03.00,Staff,,0,0,0,,翻译：小伍 校对：阿明',
				'Dialogue: 0,0:00:03.00,0:00:04.00,OP-CH,,0,0,0,,在困扰时 已经错失了机会',
				'Dialogue: 0,0:00:04.00,0:00:05.00,Title,,0,0,0,,第一集',
				'Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,譯註：「點心」和「奇怪」讀音相似',
				'Dialogue: 0,0:00:05.00,0:00:06.00,Dial-CH,,0,0,0,,那边的那位是PA',
			),
		);
		expect(talk.speakers.map((s) => s.name)).toEqual(['发言人 1']);
		expect(turnsOf(talk).map((t) => t.text)).toEqual(['大家和我是一样的那边的那位是PA']);
	});

	it('"Default Aegisub file" is a placeholder, not a title', () => {
		expect(read(ass('Default Aegisub file', 'Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,好的')).metadata.title).toBe('Show');
	});

	it('an event with a broken time is named', () => {
		expect(() => read(ass('x', 'Dialogue: 0,0:00:xx.00,0:00:02.00,Default,,0,0,0,,好的'))).toThrow(
			'TALK_PARSE: show.zh.ass:11: looks like Advanced SubStation Alpha, but the event on line 11 has no start or end time',
		);
	});
});
