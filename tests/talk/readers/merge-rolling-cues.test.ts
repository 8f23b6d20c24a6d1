import {describe, expect, it} from 'vitest';
import {mergeRollingCues} from '../../../src/talk/readers/merge-rolling-cues';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const cue = (startMs: number, endMs: number, text: string, speaker?: string) => ({startMs, endMs, text, line: 1, ...(speaker === undefined ? {} : {speaker})});

describe('mergeRollingCues: rolling and repeated captions once', () => {
	it.each([
		['a repeated cue lengthens the one before', [cue(0, 1000, 'Hello there'), cue(1000, 2000, 'Hello there')], [cue(0, 2000, 'Hello there')]],
		['a rolled line is left out', [cue(0, 1000, 'one line'), cue(1000, 2000, 'one line\ntwo line')], [cue(0, 1000, 'one line'), cue(1000, 2000, 'two line')]],
		[
			'an extended line keeps what it adds',
			[cue(0, 1000, 'we are going'), cue(1000, 2000, 'we are going to talk')],
			[cue(0, 1000, 'we are going'), cue(1000, 2000, 'to talk')],
		],
		['a short word said again stays', [cue(0, 1000, 'No'), cue(1000, 2000, 'No way')], [cue(0, 1000, 'No'), cue(1000, 2000, 'No way')]],
		[
			'another speaker saying the same stays',
			[cue(0, 1000, 'Yes indeed', 'A'), cue(1000, 2000, 'Yes indeed', 'B')],
			[cue(0, 1000, 'Yes indeed', 'A'), cue(1000, 2000, 'Yes indeed', 'B')],
		],
		[
			'the same words after a pause stay',
			[cue(0, 1000, 'Thank you all'), cue(5000, 6000, 'Thank you all')],
			[cue(0, 1000, 'Thank you all'), cue(5000, 6000, 'Thank you all')],
		],
	])('%s', (_, cues, merged) => {
		expect(mergeRollingCues(cues)).toEqual(merged);
	});

	it('regression (YouTube auto-translated bilingual SRT roll): each Chinese and English line once, no "." inside Chinese', () => {
		const text = [
			'1\n00:00:00,000 --> 00:00:02,000\n大家好欢迎回来\nHello everyone, welcome back\n',
			'2\n00:00:02,000 --> 00:00:04,000\n大家好欢迎回来\nHello everyone, welcome back\n今天我们谈谈命令行\nToday we talk about the shell\n',
			'3\n00:00:04,000 --> 00:00:06,000\n今天我们谈谈命令行\nToday we talk about the shell\n',
			'4\n00:00:06,000 --> 00:00:08,000\n这很有用\nIt is useful\n',
		].join('\n');
		const {talk} = readTranscript({text, file: 'roll.zh-en.srt'});
		const turns = talk.sections.flatMap((s) => s.turns).filter((t) => t.kind === 'speech');
		const all = turns.map((t) => t.text).join('');
		const translated = turns.map((t) => t.translation ?? '').join(' ');
		for (const sentence of ['大家好欢迎回来', '今天我们谈谈命令行', '这很有用']) expect(all.split(sentence).length - 1).toBe(1);
		for (const sentence of ['Hello everyone, welcome back', 'Today we talk about the shell']) expect(translated.split(sentence).length - 1).toBe(1);
		expect(all).not.toMatch(/\p{sc=Han}\.\p{sc=Han}/u);
	});
});
