import {describe, expect, it} from 'vitest';
import {rankCandidates} from '../../src/highlights/rank-candidates';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {candidatesOf, oneTurnCandidates} from '../support/candidates-of';
import {makeTalk} from '../support/make-talk';

// Regression: centrality alone favoured long, general sentences that share words with
// everything; a short denial with an image, said once, ranked last in its section. Its
// contrast and its image are now parts of its score, which the fitted weights weigh.
describe('rankCandidates', () => {
	it('a distinct claim (denial + analogy) scores for its contrast and its image; a long general line of the same section does not', () => {
		const talk = makeTalk({
			language: 'en',
			sections: [
				{
					title: 'Technology',
					turns: [
						['host', 'What does this technology mean for people and for society?'],
						['guest-a', 'This technology and its tools will change how people and society use technology and tools in many ways.'],
						['guest-b', 'Technology is not a race, it is like driving a car at night.'],
						['guest-a', 'People and society will use the tools of this technology in ways that change technology.'],
					],
				},
			],
		});
		const {candidates} = rankCandidates({talk});
		const of = (start: string) => candidates.find((c) => c.text.startsWith(start))?.score.parts;
		// The fitted weights decide the rest: they rank the three statements within hundredths of each other.
		expect(of('Technology is not a race')?.contrast).toBeGreaterThan(0);
		expect(of('Technology is not a race')?.imagery).toBeGreaterThan(0);
		for (const general of ['This technology and its tools', 'People and society will use']) {
			expect(of(general)?.contrast).toBe(0);
			expect(of(general)?.imagery).toBe(0);
		}
	});
});

/** The candidate that is exactly `text`. */
const candidateOf = (talk: ReturnType<typeof makeTalk>, text: string) => candidatesOf(talk)(text);
/** The features of the candidate that is exactly `text`. */
const featuresOf = (talk: ReturnType<typeof makeTalk>, text: string) => candidateOf(talk, text).features;

// Editors mark the lines of a long answer more often than an aside, lines on what the talk
// is about more often than lines on anything else, and specific words over common ones:
// the three features the fit weighs for that (leave-one-talk-out must-haves 47 → 53 of 88).
describe('turnLength, keywords and rarity', () => {
	const long =
		'Open source funding is broken. Maintainers burn out because companies take the code and give nothing back. The fix is a budget line in every company that ships open source.';
	const talk = makeTalk({
		language: 'en',
		sections: [
			{
				title: 'Funding',
				turns: [
					['host', 'Why do maintainers burn out?'],
					['guest-a', long],
					['guest-b', 'Sure, that happens to many people.'],
					['guest-a', 'Open source maintainers need funding from the companies that use open source.'],
					['guest-b', 'Open source funding keeps maintainers working on open source.'],
					['guest-b', 'My cat knocked a teacup off the shelf this morning.'],
				],
			},
		],
	});

	it.each([
		['a sentence of a long answer', 'Maintainers burn out because companies take the code and give nothing back.', 'turnLength', (v: number) => v > 0],
		['a short aside', 'Sure, that happens to many people.', 'turnLength', (v: number) => v < 0],
		['a line on what the talk keeps coming back to', 'Open source funding keeps maintainers working on open source.', 'keywords', (v: number) => v === 1],
		['a line on nothing the talk is about', 'My cat knocked a teacup off the shelf this morning.', 'keywords', (v: number) => v === 0],
	] as const)('%s: %s', (_name, text, feature, holds) => {
		expect(holds(featuresOf(talk, text)[feature])).toBe(true);
	});

	it('specific words are rarer than the words the talk repeats', () => {
		expect(featuresOf(talk, 'My cat knocked a teacup off the shelf this morning.').rarity).toBeGreaterThan(
			featuresOf(talk, 'Open source funding keeps maintainers working on open source.').rarity,
		);
	});

	it('in Chinese too: the talk’s repeated words are its keywords', () => {
		const zh = makeTalk({
			language: 'zh',
			sections: [
				{
					title: '限制条款',
					turns: [
						['host', '什么是限制条款？'],
						['guest-a', '限制条款限制资金的去向。限制条款让资金只能去某些地方。'],
						['guest-b', '资金和限制条款是比特币脚本的核心。'],
						['guest-a', '我昨天在河边钓到一条鱼。'],
					],
				},
			],
		});
		expect(featuresOf(zh, '资金和限制条款是比特币脚本的核心。').keywords).toBeGreaterThan(featuresOf(zh, '我昨天在河边钓到一条鱼。').keywords);
		expect(featuresOf(zh, '我昨天在河边钓到一条鱼。').rarity).toBeGreaterThan(featuresOf(zh, '资金和限制条款是比特币脚本的核心。').rarity);
	});
});

// Speech-to-text that ends a sentence too early starts the next in lower case ("We are…
// headquartered in London, but …", Zoom's saved captions): in a talk that opens
// its sentences in capitals, such a span is the rest of a sentence, wherever it is in its turn.
describe('a sentence opening in lower case', () => {
	// The guest's turn, its sentences split where the caption ended (here at a paragraph), and three lines of the host's.
	const turn = 'We are a cloud-native security consultancy.\n\nheadquartered in London, but we operate globally. We help banks ship safely.';
	const others = ['Security is a process, not a product.', 'Our banks are careful for good reasons.', 'Regulators read every change.'];
	const fragmentOf = (guest: string, text: string, {write = (t: string) => t}: {write?: (t: string) => string} = {}) =>
		candidateOf(
			makeTalk({
				language: 'en',
				sections: [{title: 'Security', turns: [['guest-a', write(guest)], ...others.map((t): [string, string] => ['host', write(t)])]}],
			}),
			text,
		).score.parts.fragment;

	it('is a fragment in a talk that writes sentences with capitals', () => {
		expect(fragmentOf(turn, 'headquartered in London, but we operate globally.')).toBeLessThan(0);
		expect(fragmentOf(turn, 'headquartered in London, but we operate globally. We help banks ship safely.')).toBeLessThan(0);
		expect(fragmentOf(turn, 'We are a cloud-native security consultancy.')).toBe(0);
	});

	it('is not when the talk has no capitals (automatic captions), nor for a word with a capital inside', () => {
		const lower = (t: string) => t.replace(/^\w/, (c) => c.toLowerCase()).replace(/\. (\w)/g, (_, c: string) => `. ${c.toLowerCase()}`);
		expect(fragmentOf(turn, 'headquartered in London, but we operate globally. we help banks ship safely.', {write: lower})).toBe(0);
		expect(
			fragmentOf('We are a phone company.\n\niPhone sales fell by a third last year. We help banks ship safely.', 'iPhone sales fell by a third last year.'),
		).toBe(0);
		expect(
			fragmentOf(
				'We are a museum of paintings.\n\nvan Gogh sold one painting in his whole life. We help banks ship safely.',
				'van Gogh sold one painting in his whole life.',
			),
		).toBe(0);
	});
});

// A quoted question that ended a sentence too early left ", and 46% of people said yes." (JS Party #55).
describe('a span opening on punctuation or a stray particle', () => {
	it.each([
		[', and 46% of people said yes at the time.', true],
		['; and the rest of them said no at all.', true],
		['呢，大家就好像陪审团一样加以投票。', true],
		['。大家就好像陪审团一样加以投票。', true],
		['And 46% of people said yes at the time.', false],
		['大家就好像陪审团一样加以投票。', false],
		['呢喃的声音让大家都安静下来了。', false],
		['", and 46% of people said yes at the time.', true],
		['.NET Core changed everything for our whole team.', false],
		['!important is a smell in any stylesheet we ship.', false],
		['啊，民主不是一种制度，而是一种生活方式。', false],
	])('%j is a fragment: %s', (text, fragment) => {
		const zh = /\p{Script=Han}/u.test(text);
		const talk = makeTalk({language: zh ? 'zh' : 'en', sections: [{turns: [['guest-a', text]]}]});
		expect(candidateOf(talk, text).score.parts.fragment !== 0).toBe(fragment);
	});
});

// JS Party #153: "So you would do [unintelligible 00:43:12.04] For people who are not used
// to…" showed as the card "So you would do For people who…": words are missing there.
describe('a span across words the transcriber could not make out', () => {
	const fragmentOf = (said: string, text: string) => {
		const {talk} = readTranscript({text: `**Amal:** ${said}\n\n**Bo:** Right, the settings are all in one file anyway.\n`, file: 'gap.md'});
		return candidatesOf(talk)(text).score.parts.fragment;
	};
	it.each([
		[
			'We batch the shell commands in one place. So you would do [unintelligible 00:43:12.04] For people who are not used to these IDEs, they can be scary.',
			'So you would do For people who are not used to these IDEs, they can be scary.',
			true,
		],
		['We batch the shell commands in one place. [inaudible] Then the editor runs every one of them.', 'We batch the shell commands in one place.', false],
		['We batch the shell commands in one place. [inaudible] Then the editor runs every one of them.', 'Then the editor runs every one of them.', false],
		['我们把所有的命令都放在一个地方[听不清]然后编辑器一个一个地执行。', '我们把所有的命令都放在一个地方然后编辑器一个一个地执行。', true],
		// A sound heard, not words missing.
		[
			'We batch the shell commands in one place, so you would do [laughs] the same thing every time.',
			'We batch the shell commands in one place, so you would do the same thing every time.',
			false,
		],
	])('%j: %j is a fragment: %s', (said, text, fragment) => {
		expect(fragmentOf(said, text) !== 0).toBe(fragment);
	});
});

// The same in captions: the gap mark inside a cue, the words on both sides in other cues of the turn.
describe('a span across words the captioner could not make out', () => {
	const srt = (cues: string[]) =>
		cues.map((c, i) => `${i + 1}\n00:00:${String(2 * i).padStart(2, '0')},000 --> 00:00:${String(2 * i + 2).padStart(2, '0')},000\n${c}\n`).join('\n');
	const fragmentOf = (cues: string[], text: string) => {
		const {talk} = readTranscript({text: srt(cues), file: 'gap.srt'});
		return candidatesOf(talk)(text).score.parts.fragment;
	};
	it.each([
		[
			['We batch the shell commands in one place.', 'So you would do [inaudible]', 'for people who are not used to these IDEs, it is scary.'],
			'So you would do for people who are not used to these IDEs, it is scary.',
			true,
		],
		[
			['We batch the shell commands in one place.', 'So you would do [inaudible] for people', 'who are not used to these IDEs, it is scary.'],
			'So you would do for people who are not used to these IDEs, it is scary.',
			true,
		],
		[['We batch the shell commands in one place. [inaudible]', 'Then the editor runs every one of them.'], 'Then the editor runs every one of them.', false],
		[
			['We batch the shell commands in one place,', 'so you would do [laughs] the same thing', 'every time.'],
			'We batch the shell commands in one place, so you would do the same thing every time.',
			false,
		],
	])('%j: %j is a fragment: %s', (cues, text, fragment) => {
		expect(fragmentOf(cues, text) !== 0).toBe(fragment);
	});
});

// The closing clauses of a long Chinese sentence are a candidate of their own (cut
// `clause`); they are a fragment when they only continue the clause before.
describe('a Chinese clause cut from a long sentence', () => {
	// Longer than a card (120 characters): only its closing clauses make one.
	const head =
		'我們在推動數位轉型的過程當中遇到非常多的困難，尤其是地方政府的人力真的非常不足，很多鄉鎮公所只有一兩個人在處理所有的資訊業務，連系統壞了都不知道要找誰來修，每一次更新都要等上好幾個月，民眾抱怨的電話也接不完，';
	const clauseOf = (tail: string) => {
		const candidate = oneTurnCandidates({language: 'zh', text: `${head}${tail}`})(tail);
		expect(candidate.cut).toBe('clause');
		return candidate.score.parts.fragment;
	};
	it.each([
		['而不是等中央政府把所有的東西都準備好再一次交給地方政府去做完。', true],
		['所以就由我們派人直接到每一個鄉鎮公所去幫忙他們把流程重新設計過一遍。', true],
		['我們後來決定派人直接到每一個鄉鎮公所去幫忙他們把流程重新設計過一遍。', false],
	])('%s → fragment %s', (tail, fragment) => {
		expect(clauseOf(tail) < 0).toBe(fragment);
	});
});
