import {TalkSchema, type Talk} from '../../src/talk/talk-schema';

type TurnSpec = [speakerId: string, text: string] | [speakerId: string, text: string, kind: 'reaction'];

/**
 * A small literal Talk for tests: speakers by id (the first is the host), sections of
 * `[speakerId, text]` turns numbered t001, t002, … in order.
 */
export const makeTalk = ({
	language = 'zh',
	speakers = ['host', 'guest-a', 'guest-b'],
	sections,
}: {
	language?: string;
	speakers?: string[];
	sections: {title?: string; turns: TurnSpec[]}[];
}): Talk => {
	let n = 0;
	return TalkSchema.parse({
		slug: 'test-talk',
		metadata: {title: 'Test talk', language, source: {}},
		speakers: speakers.map((id, i) => ({
			id,
			name: id
				.split('-')
				.map((w) => w[0]?.toUpperCase() + w.slice(1))
				.join(' '),
			role: i === 0 ? 'host' : 'guest',
		})),
		sections: sections.map((s, i) => ({
			id: `s${i + 1}`,
			title: s.title ?? (language === 'zh' ? '开场' : 'Opening'),
			...(s.title === undefined ? {} : {line: 10 * (i + 1)}),
			turns: s.turns.map(([speakerId, text, kind]) => {
				n++;
				return {id: `t${String(n).padStart(3, '0')}`, speakerIds: [speakerId], text, kind: kind ?? 'speech', line: 10 * (i + 1) + n};
			}),
		})),
	});
};
