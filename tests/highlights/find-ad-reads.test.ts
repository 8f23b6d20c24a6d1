import {describe, expect, it} from 'vitest';
import {buildCandidates} from '../../src/highlights/build-candidates';
import {findAdReads} from '../../src/highlights/find-ad-reads';
import {makeTalk} from '../support/make-talk';
import {loadTalk} from '../../src/talk/load-talk';
import {expectLinearTime} from '../support/linear-time';
import {sentencesFoundBy} from '../support/found-sentences';

/** The sentences of a small English talk that `findAdReads` takes for a sponsor read. */
const adSentences = (turns: [string, string][]): string[] =>
	sentencesFoundBy({
		turns,
		speakers: ['kelly', 'ali'],
		find: ({sentences, talk}) => findAdReads({sentences, speakerNames: talk.speakers.map((s) => s.name)}),
	});

// Regression: Rev's export stamps every paragraph, so Lenny's Podcast gave each sponsor read
// as two turns of the host, the cue in one and "To learn more, visit getdx.com/lenny" in the
// next, and the lines between were quotes ("Running a business is hard. Managing your
// project should be easy.").
describe('findAdReads across a speaker’s stretch of turns', () => {
	it('a cue in one turn and its call to action in the next of the same speaker: all of it is the read', () => {
		expect(
			adSentences([
				['kelly', "Today's episode is brought to you by Northwind, the developer intelligence platform."],
				['kelly', 'Running a business is hard. Managing your project should be easy. To learn more, visit northwind.com/kelly.'],
				['kelly', 'So, on to our guest.'],
				['ali', 'Managing a project is never easy.'],
			]),
		).toEqual([
			"Today's episode is brought to you by Northwind, the developer intelligence platform.",
			'Running a business is hard.',
			'Managing your project should be easy.',
			'To learn more, visit northwind.com/kelly.',
		]);
	});

	it("another speaker's turn between them ends the stretch: what they say is no read", () => {
		expect(
			adSentences([
				['kelly', "Today's episode is brought to you by Northwind, the developer intelligence platform."],
				['ali', 'Running a business is hard.'],
				['kelly', 'Managing your project should be easy. To learn more, visit northwind.com/kelly.'],
			]),
		).toEqual(["Today's episode is brought to you by Northwind, the developer intelligence platform.", 'To learn more, visit northwind.com/kelly.']);
	});
});

// Regression: Changelog News opens its sponsor's segment with "It's now time for sponsored
// news!" and closes it with "Learn more at CodeRabbit.ai" or "Read the full recap at
// depot.dev", and the sponsor's lines between were cards ("Depot just published their 2025
// recap, and the numbers are staggering.").
describe('findAdReads: a newsletter show’s sponsored segment', () => {
	it.each([
		['Learn more at [CodeRabbit.ai](https://www.coderabbit.ai/blog) or follow the link in the newsletter.'],
		["Read the full recap at [depot.dev](https://depot.dev/blog/depot-2025-recap) or by following the link in this week's newsletter."],
		['Find out more at acme dot dev.'],
	])('from the cue to %j is the read', (close) => {
		expect(
			adSentences([
				['kelly', "It's now time for sponsored news!"],
				['kelly', 'Acme just published their 2025 recap, and the numbers are staggering. That is 968 years reclaimed for actual development work.'],
				['kelly', close],
				['ali', 'The numbers are staggering.'],
			]),
		).toHaveLength(4);
	});

	it.each([
		['Learn more about it in the docs.', "It's now time for sponsored news!"],
		["It's sponsored news season for every outlet.", 'Read the full recap at depot.dev.'],
	])('no cue, or no call to action: %j stays speech', (first, close) => {
		expect(
			adSentences([
				['kelly', first],
				['kelly', 'The numbers are staggering.'],
				['kelly', close],
			]).filter((s) => s === 'The numbers are staggering.'),
		).toEqual([]);
	});
});

describe('findAdReads: a newsletter show’s sponsored segment, without its call to action', () => {
	it('the sponsor its copy keeps naming is the read, not the cue’s own words: "The good news is…" stays speech', () => {
		expect(
			adSentences([
				['kelly', "It's now time for Sponsored News!"],
				['kelly', 'Acme Cloud has revamped its registry and promoted it to a full product called Acme Registry.'],
				['kelly', 'Elon Musk is back on the platform after a week away.'],
				['kelly', "The good news is he's back, the bad news is his opinion hasn't changed."],
			]),
		).toEqual(["It's now time for Sponsored News!", 'Acme Cloud has revamped its registry and promoted it to a full product called Acme Registry.']);
	});

	// Changelog News #128: "[Register tody](…)" closed nothing, and "It's the most context-aware Developer AI…" between two lines naming Augment Code was a card.
	it('with no call to close it, the segment runs to the last sentence naming its sponsor; a guest naming a product after another cue does not', () => {
		const segment = adSentences([
			['kelly', "It's now time for Sponsored News!"],
			['kelly', 'What is Acme Code, anyway? It is the developer AI for complex codebases.'],
			['kelly', "It's the most context-aware developer AI, so you won't just code faster."],
			['kelly', "Don't just code faster. Build smarter with Acme Code!"],
			['kelly', 'Elon Musk is back on the platform after a week away.'],
		]);
		expect(segment).toContain("It's the most context-aware developer AI, so you won't just code faster.");
		expect(segment).not.toContain('Elon Musk is back on the platform after a week away.');
		const story = adSentences([
			['kelly', 'This episode is brought to you by Acme.'],
			['kelly', 'Speaking of which, I started working with Acme back in 2015.'],
			['kelly', 'It was the first library I contributed to.'],
			['kelly', 'Acme really started to click for me later.'],
		]);
		expect(story).not.toContain('It was the first library I contributed to.');
	});

	it.each([['Start building today by signing up for a free 7-day trial.'], ['Join the waitlist today by following the link in the newsletter.']])(
		'%j closes it',
		(close) => {
			expect(
				adSentences([
					['kelly', "It's now time for sponsored news!"],
					['kelly', 'Their builds run on fast machines. They cache every layer.'],
					['kelly', close],
				]),
			).toHaveLength(4);
		},
	);

	it('"thank you to our friends at Acme for sponsoring this week\'s show" makes the sentences naming Acme the read', () => {
		expect(
			adSentences([
				['kelly', 'The Acme team is even experimenting with record and replay of debugging sessions.'],
				['kelly', "Thank you to our friends at Acme for sponsoring this week's show."],
				['kelly', 'Rust compile times dropped by half in the latest release.'],
			]),
		).toEqual([
			'The Acme team is even experimenting with record and replay of debugging sessions.',
			"Thank you to our friends at Acme for sponsoring this week's show.",
		]);
	});
});

// Regression: "read more on go.dev", said by a guest, is no ad. As a call to action with
// no cue before it, it reached back through every sentence that named its "brand", go,
// and a guest's whole answer about Go generics gave no card.
describe('findAdReads: a pointer to read more is no ad on its own', () => {
	it('no cue: nothing is the read', () => {
		expect(
			adSentences([
				[
					'ali',
					'We wanted Go to stay simple even after generics landed. Type inference in Go was the hardest part. You can read more on go.dev if you want the whole design history.',
				],
			]),
		).toEqual([]);
	});
});

describe('findAdReads', () => {
	it('a cue to the last call to action is the read; the talk resumes after it', () => {
		const ads = adSentences([
			[
				'kelly',
				'I want to put in a quick shout out to one of our sponsors. Acme Cloud is a platform for structured content with an open source editor. It comes with the tooling you need to build on any device. Listeners get double the usage, go to acme.io slash ladybug or use ladybug as the coupon code. So before we jump in, salaries differ a lot between cities.',
			],
		]);
		expect(ads).toEqual([
			'I want to put in a quick shout out to one of our sponsors.',
			'Acme Cloud is a platform for structured content with an open source editor.',
			'It comes with the tooling you need to build on any device.',
			'Listeners get double the usage, go to acme.io slash ladybug or use ladybug as the coupon code.',
		]);
	});

	it('a call to action with no cue reaches back to where its brand is first named', () => {
		const ads = adSentences([
			[
				'kelly',
				'Welcome back. Amplify Studio is a suite of tools to build full stack apps. You can get running with hosting and storage in minutes. To learn more, visit amplify dot dev slash studio. So I am really excited to talk about interviews.',
			],
		]);
		expect(ads).toEqual([
			'Amplify Studio is a suite of tools to build full stack apps.',
			'You can get running with hosting and storage in minutes.',
			'To learn more, visit amplify dot dev slash studio.',
		]);
	});

	it('a cue naming its sponsor makes the riff on its product in the next turns part of the read', () => {
		const ads = adSentences([
			['kelly', "First of all, I'd like to thank our sponsor CoinKite, the creator of the OpenDime."],
			['ali', 'The Opendime is pretty cool. I still have a few.'],
			['kelly', 'Anyway, the release process has three phases.'],
		]);
		expect(ads).toEqual(["First of all, I'd like to thank our sponsor CoinKite, the creator of the OpenDime.", 'The Opendime is pretty cool.']);
	});

	it.each([
		['a talk about sponsorship is no ad', [['kelly', 'Open source needs sponsors, and most maintainers never find one.']]],
		['a web address alone is no call to action', [['ali', 'The paper is on arxiv.org and it changed how we test.']]],
	] as const)('%s', (_name, turns) => {
		expect(adSentences(turns.map(([s, t]) => [s, t]))).toEqual([]);
	});

	it('Chinese: 本期节目由…赞助 to 优惠码', () => {
		const talk = makeTalk({
			language: 'zh',
			speakers: ['a', 'b'],
			sections: [{turns: [['a', '本期节目由某某咖啡赞助。他们的豆子每周新鲜烘焙。输入优惠码 TALK 立减二十元。好，我们回到正题，限制条款是什么？']]}],
		});
		const {sentences} = buildCandidates({talk});
		const ads = findAdReads({sentences, speakerNames: ['A', 'B']});
		expect(sentences.filter((s) => ads.has(s.index)).map((s) => s.text)).toEqual([
			'本期节目由某某咖啡赞助。',
			'他们的豆子每周新鲜烘焙。',
			'输入优惠码 TALK 立减二十元。',
		]);
	});
});

// Regression (hostile input): every cue naming brands looked for them, brand by brand with a
// new pattern each, in every sentence of the turns after it: a turn of 4 000 sentences, half
// of them cues, took 11.7 s (1 000: 0.8 s). Now each sentence is looked up by its own words.
describe('findAdReads on a turn full of cues', () => {
	const build = (n: number) =>
		`**Host:** ${Array.from({length: n}, (_, i) => (i % 2 === 0 ? `Thanks to our sponsor Acme${i} and Beta-${i}.` : `We like Gamma${i} a lot.`)).join('\n')}\n`;
	it('takes time linear in its sentences', () => {
		expectLinearTime({
			build,
			run: (text) => {
				const {talk} = loadTalk({text, file: 'ads.md', edits: null});
				findAdReads({sentences: buildCandidates({talk}).sentences, speakerNames: ['Host']});
			},
			size: 1000,
			boundMs: 5_000,
		});
	}, 60_000);

	it('still finds the riff on a brand named by a cue, and not a word that only starts like it', () => {
		const {talk} = loadTalk({
			text: '**Host:** Thanks to our sponsor Acme-Pay.\n\n**Guest:** I use Acme-Pay every day.\n\n**Host:** Acmes are birds.\n',
			file: 'ads.md',
			edits: null,
		});
		const {sentences} = buildCandidates({talk});
		const ads = findAdReads({sentences, speakerNames: ['Host', 'Guest']});
		expect(sentences.filter((s) => ads.has(s.index)).map((s) => s.text)).toEqual(['Thanks to our sponsor Acme-Pay.', 'I use Acme-Pay every day.']);
	});
});
