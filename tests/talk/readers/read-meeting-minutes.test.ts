import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const turnsOf = (text: string) => {
	const {talk} = readTranscript({text, file: 'meeting.txt'});
	return talk.sections
		.flatMap((s) => s.turns)
		.map((t) => ({speaker: talk.speakers.find((p) => p.id === t.speakerIds[0])?.name, startMs: t.startMs, text: t.text}));
};

describe('Chinese meeting-minutes text exports: "Name 00:01:14", the paragraph on the next line', () => {
	it.each([
		['通义听悟', '发言人1 00:00:00\n我先做个开场吧。\n\n发言人2 00:02:34\n当然。\n', ['发言人1', '发言人2'], [0, 154000]],
		[
			'飞书妙记, with its preamble',
			'2021年11月5日 下午 2:00|6分钟 23秒\n\n关键词:\n限制条款、比特币脚本\n\n文字记录:\n\n说话人 1 00:00\n我先做个开场吧。\n\n说话人 2 02:34\n当然。\n',
			['说话人 1', '说话人 2'],
			[0, 154000],
		],
		['named speakers', '张三 00:00\n我先做个开场吧。\n\n李四 02:34\n当然。\n', ['张三', '李四'], [0, 154000]],
	])('%s', (_name, text, speakers, starts) => {
		const turns = turnsOf(text);
		expect(turns.map((t) => t.speaker)).toEqual(speakers);
		expect(turns.map((t) => t.startMs)).toEqual(starts);
		expect(turns.map((t) => t.text)).toEqual(['我先做个开场吧。', '当然。']);
	});
});
