import {describe, expect, it} from 'vitest';
import {QUOTABILITY_WEIGHTS as W, scoreQuotability} from '../../src/highlights/score-quotability';

const score = (text: string) => scoreQuotability({text, sentences: text.split(/(?<=[。！？!?.])\s*/).filter(Boolean), names: ['Lester', 'Holt', 'Sam']}).parts;

describe('scoreQuotability', () => {
	it.each([
		['opener', '所以我们决定继续做下去。', W.opener],
		['opener', '但是这并不容易做到。', W.opener],
		['opener', '这将是社会中的一次巨大变革。', 0],
		['pointer', '这将是社会中的一次巨大变革。', W.pointer],
		['pointer', 'That is why we build tools.', W.pointer],
		['pointer', 'And that is why we build tools.', 0],
		['pointer', '技术是一种工具。', 0],
		['opener', '不，我认为那只是他的反应。', W.opener],
		['opener', 'No, that was only his reaction.', W.opener],
		['opener', '更像是一个红娘，真正理解你。', W.opener],
		['opener', '不同的人有不同的看法。', 0],
		['opener', 'Nobody saw it coming.', 0],
		['opener', 'And that is why we build tools.', W.opener],
		['opener', 'So we kept going anyway.', W.opener],
		['opener', '技术是一种工具。', 0],
		['opener', 'Technology is a tool.', 0],
		['stance', '我认为技术是一种工具。', W.stance],
		['stance', 'I think technology is a tool.', W.stance],
		['stance', '我们必须赢得很多信任。', W.stance],
		['stance', '天气很好。', 0],
		['stance', '我学会了先听再说。', W.stance],
		['stance', 'I learned to listen first.', W.stance],
		['evidence', '它可能使世界GDP翻倍。', W.evidence],
		['evidence', '大约只需要10年。', W.evidence],
		['evidence', 'It grew 7 percent a year.', W.evidence],
		['evidence', 'We went home.', 0],
		['evidence', '她总是第一个到。', W.evidence],
		['contrast', '我不认为这是一场竞赛。', W.contrast],
		['contrast', '问题不是钱，而是时间。', W.contrast],
		['contrast', '结果远比我预想的要好。', W.contrast],
		['contrast', '这是不是一个好主意？', 0],
		['contrast', '我认为技术是一种工具。', 0],
		['contrast', 'The problem is not money, it is time.', W.contrast],
		['contrast', 'It worked better than we expected.', W.contrast],
		['contrast', 'We plan for next year.', 0],
		['imagery', '就像开车一样，车越快越要看远。', W.imagery],
		['imagery', '如果你想知道一个人，就看他在危机中的表现。', W.imagery],
		['imagery', '这张图像很清楚。', 0],
		['imagery', '我们发布了新模型。', 0],
		['imagery', 'A city is like a battery that never discharges.', W.imagery],
		['imagery', 'If you want to know a person, watch them in a crisis.', W.imagery],
		['imagery', 'I like this plan.', 0],
		['imagery', 'Running a city in a heat wave is like driving at night.', W.imagery],
		['hedge', '我们某种程度上是意识到的。', W.hedge],
		['hedge', '他有点低估了自己。', W.hedge],
		['hedge', 'It is kind of a big deal.', W.hedge],
		['hedge', 'Heat kills more people than any other kind of weather.', 0],
		['hedge', '我们意识到了。', 0],
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
