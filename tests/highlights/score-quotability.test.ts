import {describe, expect, it} from 'vitest';
import {QUOTABILITY_WEIGHTS as W, scoreQuotability} from '../../src/highlights/score-quotability';

const score = (text: string) => scoreQuotability({text, sentences: text.split(/(?<=[。！？!?.])\s*/).filter(Boolean), names: ['Lester', 'Holt', 'Sam']}).parts;

describe('scoreQuotability', () => {
	it.each([
		['opener', '所以我们决定继续做下去。', W.opener],
		['opener', '但是这并不容易做到。', W.opener],
		['opener', '这将是社会中的一次巨大变革。', W.pointingOpener],
		['opener', 'That is why we build tools.', W.pointingOpener],
		['opener', 'And that is why we build tools.', W.opener],
		['opener', 'So we kept going anyway.', W.opener],
		['opener', '技术是一种工具。', 0],
		['opener', 'Technology is a tool.', 0],
		['stance', '我认为技术是一种工具。', W.stance],
		['stance', 'I think technology is a tool.', W.stance],
		['stance', '我们必须赢得很多信任。', W.stance],
		['stance', '天气很好。', 0],
		['evidence', '它可能使世界GDP翻倍。', W.evidence],
		['evidence', '大约只需要10年。', W.evidence],
		['evidence', 'It grew 7 percent a year.', W.evidence],
		['evidence', 'We went home.', 0],
		['ending', '我认为是的，但是', W.ending],
		['ending', '我认为是的。', 0],
		['ending', 'We are done.', 0],
		['filler', '你知道，我是说，这很好。', 2 * W.fillerEach],
		['filler', 'You know, I mean, you know, it is, you know, fine.', W.fillerMax],
		['filler', '这很好。', 0],
		['direction', '记得吗，也许只是回到过去...', W.direction],
		['direction', '大家都笑了（笑）。', W.direction],
		['address', '我认为，Lester，你知道，事情变了。', W.address],
		['address', 'Sam，我想听听你的看法。', W.address],
		['address', 'Sam过去常说一句话。', 0],
	] as const)('%s: %s', (part, text, expected) => {
		expect(score(text)[part]).toBeCloseTo(expected, 5);
	});

	it.each([
		['你预料到这种反应了吗？', W.question + W.questionAtEnd],
		['Did you expect that?', W.question + W.questionAtEnd],
		['这是一个问题吗？我认为不是。', W.question * 0.75],
		['我认为不是。', 0],
	])('question: %s', (text, expected) => {
		expect(score(text).question).toBeCloseTo(expected, 5);
	});
});
