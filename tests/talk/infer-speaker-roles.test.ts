import {describe, expect, it} from 'vitest';
import {inferSpeakerRoles} from '../../src/talk/infer-speaker-roles';
import {loadTalk} from '../../src/talk/load-talk';
import type {Turn} from '../../src/talk/talk-schema';

const turnsOf = (lines: [speakerId: string, text: string][]): Turn[] =>
	lines.map(([speakerId, text], i) => ({id: `t${String(i + 1).padStart(3, '0')}`, speakerIds: [speakerId], text, kind: 'speech', line: i + 1}));

const hostOf = (lines: [string, string][], hostId?: string): string | undefined => {
	const speakerIds = [...new Set(lines.map(([id]) => id))];
	const roles = inferSpeakerRoles({turns: turnsOf(lines), speakerIds, ...(hostId === undefined ? {} : {hostId})});
	return [...roles].find(([, role]) => role === 'host')?.[0];
};

describe('inferSpeakerRoles: who hosts', () => {
	it.each([
		[
			'the one who asks most, though a guest speaks first',
			[
				['guest', 'Thanks for having me.'],
				['host', 'What is the quiet disaster?'],
				['guest', 'Heat, it kills more people than floods.'],
				['host', 'Why?'],
			],
			'host',
		],
		[
			// The blind set's shows: the host welcomes, asks now and then, and signs off.
			'the one who opens and closes a conversation where no one asks much',
			[
				['mat', 'Hello, and welcome to the show.'],
				['kris', 'Glad to be here. Logs saved me once.'],
				['mat', 'Tell us.'],
				['kris', 'We wrote every step down.'],
				['johnny', 'And the bucket filled itself.'],
				['mat', 'Thanks for listening.'],
			],
			'mat',
		],
		[
			'the Chinese opener who asks as often as anyone',
			[
				['boen', '歡迎回到博恩夜夜秀。'],
				['tang', '謝謝。'],
				['boen', '你為什麼帶電腦來？'],
				['tang', '因為要現場示範。'],
				['boen', '好。'],
				['tang', '我們一起來看。'],
			],
			'boen',
		],
		[
			// Lenny's Podcast: a cold open of the guest's lines, and an excerpt that ends on the guest.
			'the one who introduces the guest, though the guest opens and closes',
			[
				['ben', 'The worst thing you do as a leader is hesitate.'],
				['lenny', 'It is hard to be a founder.'],
				['ben', 'You have to click in the abyss.'],
				['lenny', 'Today my guest is Ben Horowitz. He started a rap group.'],
				['ben', 'Thank you, Lenny. Excited to be here.'],
				['lenny', 'I want to start with a story.'],
				['ben', 'All plane crashes are a series of bad decisions.'],
			],
			'lenny',
		],
		[
			'the one who welcomes, in Chinese',
			[
				['tang', '寬頻是人權。'],
				['huang', '歡迎收聽新聞真假掰，今天的來賓是唐鳳。'],
				['tang', '謝謝邀請。'],
				['huang', '我們從數位韌性開始。'],
				['tang', '韌性來自每一個人。'],
			],
			'huang',
		],
		[
			'not by what they say when two say it: back to the one who opens and asks as often as anyone',
			[
				['a', 'Heat is the story.'],
				['b', 'Welcome to the show, everyone.'],
				['a', 'It is on.'],
				['c', 'My guest today is a friend.'],
				['b', 'Fine.'],
			],
			'a',
		],
		[
			'no one: the opener asks less than another and does not close',
			[
				['a', 'Hello.'],
				['b', 'Is it on?'],
				['a', 'It is.'],
				['b', 'Good, we start.'],
				['c', 'We start now.'],
				['b', 'Fine.'],
				['c', 'Heat is the story.'],
			],
			undefined,
		],
		[
			// The Podman community's calls: the chair opens, hands over and moderates; a participant asks for help more often than the chair asks.
			'a meeting: the chair who opens it, takes the most turns and asks a fifth of the time, not the participant who asks more',
			[
				['tom', 'Welcome everyone, Steve will demo first.'],
				['steve', 'Thanks. Here is the new machine command.'],
				['tom', 'Any questions for Steve?'],
				['martin', 'Does it work on a Mac?'],
				['steve', 'It does, since the last release.'],
				['martin', 'And on Windows?'],
				['steve', 'Not yet.'],
				['tom', 'Next up is Paul.'],
				['paul', 'The release went out on Tuesday.'],
				['martin', 'Can I try it today?'],
				['tom', 'Thanks Paul.'],
				['tom', 'Anything else?'],
				['martin', 'No, thanks.'],
				['tom', 'See you next month.'],
			],
			'tom',
		],
		[
			// Before: the participant who spoke once, with a question, was the meeting's host (Neil Smith in the Podman cabal of 2025-09-02).
			'no one who speaks once, with a question, among speakers who talk at length',
			[
				['tom', 'Okay, we are recording.'],
				['brent', 'The new installer is ready.'],
				['tom', 'Great.'],
				['brent', 'It signs every package.'],
				['tom', 'Good.'],
				['brent', 'And it is faster.'],
				['neil', 'Does it sign the Windows one too?'],
				['brent', 'It does.'],
			],
			undefined,
		],
		[
			// Buzzsprout's Podcasting Q&A: a listener's question opens the answer; the one who welcomes us to the show hosts it.
			'the one who welcomes us to the show, not the listener whose one question it answers',
			[
				['sarah', 'Welcome to Podcasting Q&A. This week our question comes from Gillian.'],
				['gillian', 'Do we need a podcast trailer?'],
				['sarah', 'Great question, Gillian. A trailer helps.'],
			],
			'sarah',
		],
		[
			// ethereum/pm's calls: small talk in the lobby first, then the chair opens the meeting.
			"a meeting's chair who opens it after the lobby's small talk",
			[
				['katya', 'Hello.'],
				['hester', "Hi, how's it going?"],
				['sam', "Okay, let's get started. Today we have three items on the agenda."],
				['hester', 'The wallet release is out.'],
				['katya', 'The spec changed again last week.'],
				['hester', 'We will update it.'],
				['sam', 'Thanks. Next item.'],
				['katya', 'Is the testnet up?'],
				['hester', 'It is.'],
				['katya', 'Great.'],
				['hester', 'We ship on Monday.'],
				['sam', 'Thanks everyone.'],
			],
			'sam',
		],
		[
			// The Changelog & Friends: two co-hosts who ask about as often; the one who opens leads it.
			'a co-hosted show: the opener, though the co-host asks a little more often and closes',
			[
				['jerod', 'Welcome, friends. This week we talk about databases.'],
				['adam', 'Databases, yes.'],
				['guest', 'I love databases.'],
				['jerod', 'Why?'],
				['guest', 'They remember things.'],
				['adam', 'Do they?'],
				['guest', 'Mostly.'],
				['jerod', 'Fair enough.'],
				['guest', 'And they are fast.'],
				['adam', 'Great.'],
				['jerod', 'Good.'],
				['guest', 'Very fast.'],
				['adam', 'Right.'],
				['jerod', 'Noted.'],
				['guest', 'Indeed.'],
				['adam', 'Sure thing.'],
				['jerod', 'Nice.'],
				['adam', 'Okay.'],
				['jerod', 'Sure.'],
				['jerod', 'Thanks.'],
				['adam', 'Bye.'],
			],
			'jerod',
		],
	] as [string, [string, string][], string | undefined][])('%s', (_name, lines, expected) => {
		expect(hostOf(lines)).toBe(expected);
	});

	it('the host the source names wins', () => {
		expect(
			hostOf(
				[
					['a', 'Welcome.'],
					['b', 'Thanks.'],
					['a', 'Bye.'],
				],
				'b',
			),
		).toBe('b');
	});

	// Speakers the transcript names by their role: the ids are the display names here.
	const hostNamed = (lines: [string, string][], hostId?: string): string | undefined => {
		const speakerIds = [...new Set(lines.map(([id]) => id))];
		const roles = inferSpeakerRoles({turns: turnsOf(lines), speakerIds, names: speakerIds, ...(hostId === undefined ? {} : {hostId})});
		return [...roles].find(([, role]) => role === 'host')?.[0];
	};

	it.each([
		[
			// audreyt/transcript: the moderator thanks the speaker; the guest is the one who asks.
			'a speaker named 主持人 who never asks, not the guest who does',
			[
				['唐鳳', '大家好，我今天想談開放政府。'],
				['主持人', '謝謝唐鳳政委的分享。'],
				['唐鳳', '你們覺得呢？'],
				['唐鳳', '那我們可以怎麼做？'],
			],
			'主持人',
		],
		[
			'Moderator, in English, though a panelist opens and asks',
			[
				['Ana', 'Who here has shipped on a Friday?'],
				['Moderator', 'Our next panelist builds compilers.'],
				['Ana', 'Why does it matter?'],
				['Ben', 'It matters because tests lie.'],
			],
			'Moderator',
		],
		[
			// A ceremony's master of ceremonies runs it; the 主持人 speaks twice.
			'of a 司儀 and a 主持人, the one with the most turns',
			[
				['主持人', '各位好。'],
				['司儀', '會議正式開始，我們首先邀請院長致詞。'],
				['林全', '各位青年委員好。'],
				['司儀', '謝謝院長。'],
				['司儀', '接下來是委員自我介紹的時間。'],
				['主持人', '我們開始討論提案。'],
				['李欣', '我是李欣。'],
				['主持人', '謝謝。'],
				['司儀', '會議到此結束。'],
			],
			'司儀',
		],
		[
			// Nor does their asking make a host of the one they ask: the talk has none.
			'a questioner who asks every time is never the host, nor the one answering',
			[
				['唐鳳', '今天談數位民主。'],
				['提問者', '請問開放資料怎麼開始？'],
				['唐鳳', '從最多人用的資料開始。'],
				['提問者', '那隱私呢？'],
				['唐鳳', '先去識別化。'],
			],
			undefined,
		],
		[
			// audreyt/transcript's interview with The Wall Street Journal labels its journalists `Audience Member`.
			'Audience Member who asks, neither',
			[
				['Speaker', 'Let me explain the plan.'],
				['Audience Member', 'What about cost?'],
				['Speaker', 'It is low.'],
				['Audience Member', 'And time?'],
				['Speaker', 'Two weeks.'],
			],
			undefined,
		],
		[
			// A Zoom transcript copied from its page opens inside an entry: those words, the meeting's chair's, are `Unknown Speaker`'s, never a host's.
			'Unknown Speaker who asks, neither',
			[
				['Unknown Speaker', 'Who wants to go first?'],
				['Roberto Majadas', 'I can share the release notes.'],
				['Unknown Speaker', 'Any questions on that?'],
				['Tom Sweeney', 'None from me.'],
				['Unknown Speaker', 'Anything else?'],
			],
			undefined,
		],
		[
			// Tools that hide names call everyone a participant: the one who asks may host.
			'Participant 1 who asks is the host',
			[
				['Participant 1', 'How did you start?'],
				['Participant 2', 'With a garage and a loan.'],
				['Participant 1', 'And then?'],
				['Participant 2', 'We sold the first ten by hand.'],
			],
			'Participant 1',
		],
		[
			// A webinar's presenter is its featured speaker; a plural is no one's label.
			'not Presenter, nor Hosts: the moderator who asks',
			[
				['Presenter', 'Today I show our new storage engine.'],
				['Moderator', 'What does it replace?'],
				['Presenter', 'The old log.'],
				['Hosts', 'Thanks!'],
				['Presenter', 'It is three times faster.'],
			],
			'Moderator',
		],
	] as [string, [string, string][], string | undefined][])('%s', (_, lines, expected) => {
		expect(hostNamed(lines)).toBe(expected);
	});

	it('the host the source names wins over a speaker named by the role', () => {
		expect(
			hostNamed(
				[
					['Host', 'Welcome.'],
					['b', 'Thanks.'],
				],
				'b',
			),
		).toBe('b');
	});

	it.each([
		[
			'a show: its host and guests',
			[
				['Ana', 'Welcome to the show. My guest today is Ben.'],
				['Ben', 'Thanks for having me. Our team call ran long.'],
				['Ana', 'What did the meeting decide?'],
				['Ben', 'To ship.'],
			],
			{Ana: 'host', Ben: 'guest'},
		],
		[
			// The Podman community's Google Meet call: its chair opens, hands over, asks; its turns speak of the meeting.
			'a meeting: its chair hosts, the others are speakers',
			[
				['Tom', "Let's get started. Can everyone hear me?"],
				['Paul', 'The release is tagged. Can you see my screen?'],
				['Tom', 'Yes. Any questions?'],
				['Mohan', 'None from me.'],
				['Tom', 'Next item?'],
			],
			{Tom: 'host', Paul: 'speaker', Mohan: 'speaker'},
		],
		[
			// An interview about meetings, an agenda and a call, recorded once: still a show (attacked).
			'an interview that talks of meetings: its host and guest',
			[
				['Ana', 'Are we recording? Good. So, the call from Sequoia came on a Friday?'],
				['Ben', 'It did. Our board meeting was that Monday and the agenda was one line.'],
				['Ana', 'What was on it?'],
				['Ben', 'Whether to sell. The meeting took ten minutes.'],
			],
			{Ana: 'host', Ben: 'guest'},
		],
		[
			// A published transcript's one question from the floor: the audience is no one's guest.
			'a show with a question from the floor: its host, its guest and the audience, a speaker',
			[
				['Host', 'Welcome to the show. My guest today is Ben.'],
				['Ben', 'Thanks for having me.'],
				['Audience member', 'Can I use it on my own stack yet?'],
				['Ben', 'Not yet.'],
			],
			{Host: 'host', Ben: 'guest', 'Audience member': 'speaker'},
		],
		[
			'a talk no one hosts: all speakers',
			[
				['Unknown Speaker', 'Who wants to go first?'],
				['Roberto', 'I can share the release notes.'],
				['Unknown Speaker', 'Any questions on that?'],
				['Tom', 'None from me.'],
			],
			{'Unknown Speaker': 'speaker', Roberto: 'speaker', Tom: 'speaker'},
		],
		// Practical AI's Fully Connected episodes: two co-hosts, no guest.
		[
			'a co-host the host names is a host too',
			[
				['Daniel Whitenack', "Welcome to Practical AI. I'm joined as always by my co-host, Chris Benson. How are you, Chris?"],
				['Chris Benson', 'Doing great, Daniel. How are you today?'],
				['Daniel Whitenack', 'Good. What do you make of the new model?'],
				['Chris Benson', 'It is a big step for people who deploy models.'],
			],
			{'Daniel Whitenack': 'host', 'Chris Benson': 'host'},
		],
		[
			// Otter writes "co host".
			'named before the word, or "co host" as Otter writes it',
			[
				['Bekah', 'Hello, and welcome to the show. Here with me today is my co host, Dan. And Vic, our guest. Vic, what do you build?'],
				['Dan', 'Hi everyone.'],
				['Vic', 'I build kiosks for airports.'],
				['Bekah', 'Thanks, Dan, my wonderful co-host. Vic, why kiosks?'],
				['Vic', 'Because travellers are bored.'],
			],
			{Bekah: 'host', Dan: 'host', Vic: 'guest'},
		],
		[
			// Go Time #180: the guest is thanked in the sentence before.
			'a name in the sentence before is no co-host',
			[
				['Johnny', 'Welcome to Go Time. Thank you for coming on, André. To my co-hosts, Natalie and Jerod: hello. What brought you here, André?'],
				['André', 'Thanks for having me.'],
				['Natalie', 'Hi.'],
				['Jerod', 'Hey.'],
			],
			{Johnny: 'host', André: 'guest', Natalie: 'host', Jerod: 'host'},
		],
		[
			"a guest's other show",
			[
				['Host', 'Welcome to the show. My guest today is Wes, my old co-host of Syntax. What are you up to, Wes?'],
				['Wes', 'Thanks for having me. I build sites.'],
				['Host', 'Why?'],
			],
			{Host: 'host', Wes: 'guest'},
		],
		// What a review's attacks found: a guest is no co-host for standing near the word.
		...(
			[
				['Thanks to my co-host Chris Benson and to Dan Smith for joining us.', 'guest'],
				['My co-host is out this week, but Dan Smith is here. Dan, why maps?', 'guest'],
				['Dan Smith, my co-host and I both wondered about maps. Why maps?', 'guest'],
				['Today my guest is Dan Smith, my co-host on another show. Why maps?', 'guest'],
				['Welcome my old co-host, Dan Smith. Why maps?', 'guest'],
				['Dan Smith is not my co-host, he is our guest. Why maps?', 'guest'],
				['Welcome back, and here with me is my co-host, Dr. Dan Smith. Why maps?', 'host'],
			] as const
		).map(([line, dan]): [string, [string, string][], Record<string, string>] => [
			`"${line}"`,
			[
				['Ann Host', `Welcome to the show. ${line}`],
				['Dan Smith', 'Thanks for having me. Maps are everywhere.'],
				['Chris Benson', 'Hi all.'],
				['Ann Host', 'What else?'],
			],
			{'Ann Host': 'host', 'Dan Smith': dan, 'Chris Benson': line.includes('co-host Chris') ? 'host' : 'guest'},
		]),
		[
			'two speakers of one first name: the full name decides',
			[
				['Ann Host', 'Welcome to the show. I am here with my co-host, Chris Benson, and our guest Chris Lattner. Chris, why compilers?'],
				['Chris Lattner', 'Thanks for having me. Compilers are fun.'],
				['Chris Benson', 'Hi.'],
				['Ann Host', 'What else?'],
			],
			{'Ann Host': 'host', 'Chris Lattner': 'guest', 'Chris Benson': 'host'},
		],
		[
			"a stand-in is no one's co-host",
			[
				['Ann Host', 'Welcome to the show. My co-host, speaker of the house, is away. Why maps?'],
				['Speaker 2', 'Thanks for having me. Maps are everywhere.'],
				['Ann Host', 'What else?'],
			],
			{'Ann Host': 'host', 'Speaker 2': 'guest'},
		],
		[
			'一句话的嘉宾不是搭档；老搭档说的是从前',
			[
				['主持人', '欢迎收听本期节目。今天的嘉宾是王小明。我的搭档张大华也在。今天请到的是我的老搭档李四。小明，你怎么看？'],
				['王小明', '谢谢邀请，我觉得很有意思。'],
				['张大华', '大家好。'],
				['李四', '好久不见。'],
				['主持人', '为什么？'],
			],
			{主持人: 'host', 王小明: 'guest', 张大华: 'host', 李四: 'guest'},
		],
		[
			'我的搭档',
			[
				['主持人', '欢迎收听本期节目，今天我的搭档小李也在。小李，你怎么看？'],
				['小李', '大家好，我觉得很有意思。'],
				['主持人', '为什么？'],
				['小李', '因为它便宜。'],
			],
			{主持人: 'host', 小李: 'host'},
		],
	] as [string, [string, string][], Record<string, string>][])('roles: %s', (_, lines, expected) => {
		const speakerIds = [...new Set(lines.map(([id]) => id))];
		expect(Object.fromEntries(inferSpeakerRoles({turns: turnsOf(lines), speakerIds, names: speakerIds}))).toEqual(expected);
	});

	it('a talk of one voice has a speaker, no host', () => {
		expect(inferSpeakerRoles({turns: turnsOf([['a', 'Hello?']]), speakerIds: ['a']})).toEqual(new Map([['a', 'speaker']]));
	});

	it("a file that names only its guest still has its host: the one the talk shows (Lenny's Podcast: `guest: Adam Fishman`)", () => {
		const text = [
			'---',
			"title: Lenny's Podcast",
			'guest: Adam Fishman',
			'---',
			'',
			'**Lenny:** Welcome to the podcast, Adam. What does growth mean to you?',
			'',
			'**Adam Fishman:** Growth is a team that learns faster than its market.',
			'',
			'**Lenny:** How do you hire for that?',
			'',
			'**Adam Fishman:** You hire people who ask why before they ask how.',
			'',
			'**Lenny:** What about the first hire?',
			'',
			'**Adam Fishman:** A generalist who writes SQL.',
		].join('\n');
		const {talk} = loadTalk({text, file: 'lenny.md', edits: null});
		expect(Object.fromEntries(talk.speakers.map((s) => [s.name, s.role]))).toEqual({Lenny: 'host', 'Adam Fishman': 'guest'});
	});

	it('…and a file that names its host gets the co-host the host names', () => {
		const text = [
			'---',
			'title: Practical AI',
			'host: Daniel',
			'---',
			'',
			"**Daniel:** Welcome to Practical AI. I'm joined as always by my co-host, Chris. What's new, Chris?",
			'',
			'**Chris:** A new model came out this week.',
			'',
			'**Daniel:** Why does it matter?',
			'',
			'**Chris:** Because it runs on a laptop.',
		].join('\n');
		const {talk} = loadTalk({text, file: 'practical-ai.md', edits: null});
		expect(Object.fromEntries(talk.speakers.map((s) => [s.name, s.role]))).toEqual({Daniel: 'host', Chris: 'host'});
	});

	it('…and the co-host the host names', () => {
		const text = [
			'---',
			'title: Practical AI',
			'guest: Sarah Moeller',
			'---',
			'',
			"**Daniel:** Welcome to Practical AI. I'm joined as always by my co-host, Chris. And today Sarah joins us. Sarah, what do you study?",
			'',
			'**Chris:** Hi, Sarah.',
			'',
			'**Sarah Moeller:** Languages that have no written grammar yet.',
			'',
			'**Daniel:** Why those?',
			'',
			'**Sarah Moeller:** Because they vanish fastest.',
		].join('\n');
		const {talk} = loadTalk({text, file: 'practical-ai.md', edits: null});
		expect(Object.fromEntries(talk.speakers.map((s) => [s.name, s.role]))).toEqual({Daniel: 'host', Chris: 'host', 'Sarah Moeller': 'guest'});
	});
});
