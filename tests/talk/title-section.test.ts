import {describe, expect, it} from 'vitest';
import {titleSections, trimTitleZh} from '../../src/talk/title-section';

const en = [
	[
		'We mapped the Lightning Network from the outside.',
		'The Lightning Network hides its channel balances, and that is the point.',
		'Probing the Lightning Network tells you a lot about balances.',
	],
	['Jordan Peterson talks about role models a lot.', 'Kids need role models more than rules.', 'Good role models are rare, and Jordan Peterson knows it.'],
];
const zh = [
	['递归型限制条款让资金可以回到原来的限制条款中。', '很多人担心递归型限制条款会带来危险。', '我们讨论了递归型限制条款的历史。'],
	['交易池的天气会影响手续费。', '有了这个提案，你可以无视交易池的天气。', '手续费很难预测。'],
];

describe('titleSections: a phrase people would write, not a keyword list', () => {
	it.each([
		['en', en, ['Lightning Network', 'Role models']],
		['zh', zh, ['递归型限制条款', '交易池']],
	] as const)('%s', (locale, parts, expected) => {
		const {titles} = titleSections({parts: parts.map((p) => [...p]), names: ['Sergi Delgado'], locale});
		expect(titles).toEqual(expected);
		for (const t of titles) expect(t).not.toMatch(/[,、]/);
	});

	it('keeps a name cased as the text writes it, and never titles with a speaker', () => {
		const {titles} = titleSections({
			parts: [
				['Sergi Delgado says Jordan Peterson is wrong.', 'Jordan Peterson wrote a book.', 'I read Jordan Peterson once.'],
				['Watchtowers watch channels.', 'Sergi built watchtowers for years.', 'A watchtower never sleeps, watchtowers are cheap.'],
			],
			names: ['Sergi Delgado'],
			locale: 'en',
		});
		expect(titles[0]).toBe('Jordan Peterson');
		expect(titles[1]).not.toMatch(/sergi/i);
	});

	it('regression: a sentence’s last word is no noun for its full stop (a Zoom call titled "People coming in.")', () => {
		const {titles} = titleSections({
			parts: [
				[
					'I still see people coming in.',
					'We start once the number of people coming in slows down.',
					'More people coming in.',
					'Waiting for people coming in.',
				],
				['Quadlet files are the new way to run containers.', 'Quadlet files live in the config folder.', 'We convert compose files to quadlet files.'],
			],
			names: [],
			locale: 'en',
		});
		// Nor is a verb alone a title: the part has no other word said twice in two turns, so it shows its time range only.
		expect(titles[0]).toBe('');
		expect(titles[1]).toBe('Quadlet files');
	});

	it('regression: a word said twice in a row is said once in the title ("XML tags tags", speech-to-text of a stutter)', () => {
		const {titles} = titleSections({
			parts: [
				[
					'You wrap each document in XML tags tags so the model sees where it ends.',
					'The XML tags tags tell Claude what each part is.',
					'Put XML tags tags around the examples too.',
				],
				['Quadlet files are the new way to run containers.', 'Quadlet files live in the config folder.', 'We convert compose files to quadlet files.'],
			],
			names: [],
			locale: 'en',
		});
		expect(titles).toEqual(['XML tags', 'Quadlet files']);
	});

	it('a name of one word said twice stays whole ("Bora Bora")', () => {
		const {titles} = titleSections({
			parts: [
				['We flew to Bora Bora in March.', 'Bora Bora has one runway.', 'The lagoon of Bora Bora is shallow.'],
				['Quadlet files are the new way to run containers.', 'Quadlet files live in the config folder.', 'We convert compose files to quadlet files.'],
			],
			names: [],
			locale: 'en',
		});
		expect(titles[0]).toBe('Bora Bora');
	});

	const quadlet = [
		'Quadlet files are the new way to run containers.',
		'Quadlet files live in the config folder.',
		'We convert compose files to quadlet files.',
	];

	it.each([
		// Ship It! #119: "people side-eye solutions architects" made "Eye solutions architects".
		[
			[
				'People side-eye solutions architects all the time.',
				'Engineers side-eye solutions architects and think they are not technical.',
				'I was one of the solutions architects.',
			],
			'Solutions architects',
		],
		// A hyphenated modifier is read whole, not cut to its last piece ("Source software").
		[['Open-source software is everywhere.', 'Open-source software needs maintainers.', 'Who pays for open-source software?'], 'Open-source software'],
		[['Self-driving cars are not here yet.', 'We rode in self-driving cars all week.', 'Nobody trusts self-driving cars.'], 'Self-driving cars'],
		[['Firewalls block well-known ports.', 'Scanners probe well-known ports first.', 'We moved off well-known ports.'], 'Well-known ports'],
		// A first word with a capital or a digit inside keeps its case (Ship It! #67's "EBPF Foundation").
		[['The iPhone camera is great.', 'My iPhone camera broke.', 'An iPhone camera costs a lot.'], 'iPhone camera'],
		[['x86-64 processors are everywhere.', 'We build for x86-64 processors.', 'Old x86-64 processors lack AVX.'], 'x86-64 processors'],
		// "GPU-based terminal emulator" still says "terminal emulator".
		[['Kitty is a terminal emulator.', "It's a fast, GPU-based terminal emulator.", 'Which terminal emulator do you use?'], 'Terminal emulator'],
	])('a title keeps its words whole and as written: %j → %s', (part, title) => {
		expect(titleSections({parts: [part, quadlet], names: [], locale: 'en'}).titles[0]).toBe(title);
	});

	it.each([
		// An adjective alone ("Excited") and a pronoun's contraction ("He's", "You'll") titled parts of The Changelog's shows.
		[['I am really excited about the release.', 'Everyone is excited.', 'She was excited to move the database.', 'The database took a week.']],
		[["He's a doctor.", "He's been there for years.", "He's the one who fixed the database.", 'The database took a week.']],
	])('a word that is never a noun titles nothing alone: %j', (part) => {
		expect(titleSections({parts: [part, quadlet], names: [], locale: 'en'}).titles[0]).toBe('Database');
	});

	it.each([
		// A word that judges, ranks or counts does not open a title (The Changelog's shows: "Great emotional intelligence", "First Charles", "Next cluster graph").
		[['He has great emotional intelligence.', 'Great emotional intelligence is rare.', 'Teams need great emotional intelligence.'], 'Emotional intelligence'],
		[['We drew the next cluster graph by hand.', 'The next cluster graph is due on Monday.', 'Cluster graph tools are rare.'], 'Cluster graph'],
		// Nor does "the term" before what it names.
		[
			[
				'Do you know the term emotional intelligence?',
				'I know the term emotional intelligence.',
				'Emotional intelligence matters.',
				'Emotional intelligence can be learned.',
			],
			'Emotional intelligence',
		],
		// A month, a day or "fun" titles nothing ("January", "Day", "Fun" titled parts of The Changelog's shows); the part's topic does.
		[['January was rough.', 'In January we shipped the rewrite.', 'January, always January.', 'The rewrite was fun.', 'Fun, fun, fun.'], 'Rewrite'],
		// A word said mostly as a verb titles nothing alone (JS Party #250: "took a break", "breaks all your customers" titled "Break").
		[['It breaks all your customers.', 'She breaks it weekly.', 'We took a break.', 'The build is slow.', 'The build takes an hour.'], 'Build'],
		// A letter's full stop is the sentence's ("Series A."), a pronoun's contraction no part of a name ("People I'm building").
		[['We raised our Series A.', 'Investors loved the Series A.', 'Then we closed a Series A.'], 'Series A'],
		// "Big data" and "second brain" are names of things, not a judgement.
		[['Big data changed the whole company.', 'We hired for big data first.', 'Big data is expensive.'], 'Big data'],
	])('a title says the topic, not what the speaker thinks of it: %j → %s', (part, title) => {
		expect(titleSections({parts: [part, quadlet], names: [], locale: 'en'}).titles[0]).toBe(title);
	});

	it('never reads a pronoun\'s contraction as part of a name (Changelog News: "People I\'m building")', () => {
		const part = ["It gives zero value to the people I'm building it for.", "The people I'm building it for are developers.", 'Developers want speed.'];
		expect(titleSections({parts: [part, quadlet], names: [], locale: 'en'}).titles[0]).not.toMatch(/I['’]m/);
	});

	it('gives two parts a title each, not one word and its plural ("Domains", "Domain")', () => {
		const {titles} = titleSections({
			parts: [
				['We bought domains for every project.', 'Domains are cheap.', 'Our domains expire in May.'],
				['The domain points at the blog.', 'The domain is registered to Adam.', 'The domain renews in June.'],
				quadlet,
			],
			names: [],
			locale: 'en',
		});
		expect(titles[0]).toBe('Domains');
		expect(titles[1]).toBe('');
	});

	it.each([
		// A phrase does not open or close on a function word (三立: "Uber已經", Uber already) nor on a lone adjective (早安新聞: "大嘉賓", big guest); a greeting (早安) and a negated verb (不懂) are no topic.
		[['你看現在Uber已經完全合法了。', '後來Uber已經落地了。', 'Uber是一家公司。'], 'Uber'],
		[['早安，今天的大嘉賓是唐鳳。', '早安，歡迎大嘉賓。', '我們聊歐洲的法規。', '歐洲的法規很嚴格。'], '歐洲'],
		[['我完全不懂。', '大家都不懂。', '我們聊歐洲的法規。', '歐洲的法規很嚴格。'], '歐洲'],
		// A word of three opening on 不 is a topic (不動產), and a lone adjective stays with its noun (大數據).
		[['不動產的價格一直漲。', '大家都在買不動產。', '不動產稅很重。'], '不動產'],
		// A Latin word one space from the Chinese one it qualifies belongs to the phrase (真假新聞: "生成式" for 生成式 AI).
		[['生成式 AI 會改變新聞。', '現在有了生成式 AI 以後。', '生成式 AI 很便宜。'], '生成式 AI'],
		// A demonstrative still opens a phrase, cut with its measure word: 這台車 ("this car", cut 這 / 台車 by the segmenter) is 車, too short to title; 寶博's part is about 控制.
		[['這台車到底會不會失控？', '大家都想開這台車。', '這台車的油門在誰手上？', '控制的程度很重要。', '控制需要透明。'], '控制'],
	])('Chinese: a phrase, not a piece of a sentence: %j → %s', (part, title) => {
		expect(titleSections({parts: [part, ['演算法會控制人。', '演算法需要透明。']], names: [], locale: 'zh-TW'}).titles[0]).toBe(title);
	});

	it.each([
		// A noun that points at what is said titles no part alone (The Changelog's shows: "Idea", "Topic", "Sorts", "Issue"), but a phrase it ends is a title.
		[
			['The idea was simple.', 'Her idea won.', 'An idea is cheap.', 'Nobody liked the idea.', 'Graphics cards are dear.', 'We sold graphics cards.'],
			'Graphics cards',
		],
		[
			['What a topic.', 'This topic is hard.', 'The topic again.', 'A topic for later.', 'Rust compilers are slow.', 'We love Rust compilers.'],
			'Rust compilers',
		],
		[['A hot topic today.', 'That was a hot topic.', 'Hot topic, I know.'], 'Hot topic'],
		// Nor does a word that judges or counts ("Main thing", "Certain CPU", "Term"), whatever follows it.
		[['The main thing is the day job.', 'My main thing was a day job.', 'The main thing changed.', 'A day job pays.'], 'Day job'],
		[['The term machine learning is old.', 'That term is vague.', 'Machine learning is a term of art.', 'The term stuck.'], 'Machine learning'],
	])('a vague or judging word titles nothing alone: %j → %s', (part, title) => {
		expect(titleSections({parts: [part, quadlet], names: [], locale: 'en'}).titles[0]).toBe(title);
	});

	it('gives a part with no distinctive word an empty title', () => {
		expect(titleSections({parts: [['Yes.', 'Okay.'], ['Right.']], names: [], locale: 'en'}).titles).toEqual(['', '']);
	});

	it('regression: a Traditional Chinese part is titled by its topic, not a piece of a sentence (這台車, 這本書裡面)', () => {
		const {titles} = titleSections({
			parts: [
				['這台自駕車很安全。', '這台自駕車會自己開。', '這台自駕車沒有方向盤。'],
				['演算法會控制人。', '演算法需要透明。'],
			],
			names: [],
			locale: 'zh-TW',
		});
		expect(titles).toEqual(['自駕車', '演算法']);
	});
});

describe('trimTitleZh: a phrase, not a piece of a sentence', () => {
	it.each([
		['這台車', '車'],
		['这本书里面', '书'],
		['我們的平台', '平台'],
		['限制条款的', '限制条款'],
		['递归型限制条款', '递归型限制条款'],
		['元宇宙', '元宇宙'],
	])('%s → %s', (phrase, expected) => {
		expect(trimTitleZh(phrase)).toBe(expected);
	});
});
