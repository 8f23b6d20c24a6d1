import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {caseAsSpoken, titleFromFile} from '../../src/talk/title-from-file';

describe('titleFromFile', () => {
	it.each([
		['talks/my_podcast-ep12.final.srt', 'My podcast ep12 final'],
		['Weekly sync (Teams transcript).docx', 'Weekly sync (Teams transcript)'],
		['My Talk [dQw4w9WgXcQ].en.vtt', 'My Talk'],
		['iPhone_review.zh-Hans.srt', 'iPhone review'],
		['C:\\talks\\episode-3.json', 'Episode 3'],
		['talks/Cool Talk.md', 'Cool Talk'],
		['js-party-313.md', 'Js party 313'],
		['are_corporate_chains_back.en.vtt', 'Are corporate chains back'],
		['A Requiem for SPARC with Tom Lyon_transcript.md', 'A Requiem for SPARC with Tom Lyon'],
		['2024-06-25-aspen.md', '2024-06-25 aspen'],
		['chaincode-28.otter.txt', 'Chaincode 28 otter'],
		['.md', 'Untitled talk'],
		['hf-course-welcome.zh-en.srt', 'Hf course welcome'],
		['node.js-tips.srt', 'Node js tips'],
		['intro.to-rust.srt', 'Intro to rust'],
	])('%s → %s', (file, title) => {
		expect(titleFromFile(file)).toBe(title);
	});
});

// Rule: a title made from a file name is cased as the talk writes its words.
describe('caseAsSpoken: the title cased as the talk writes it', () => {
	const TALK = [
		'Welcome to another Fully Connected episode of Practical AI. I am joined by Chris.',
		'AI is everywhere now, and we talk about AI a lot. Work is hard. I love my work, and our work matters.',
		'We ate an apple and an apple pie. Apple makes phones. He uses an iPhone. Welcome to JS Party! It is a party.',
	].join('\n');
	it.each([
		['Practical ai 189', 'Practical AI 189'],
		['Js party 313', 'JS Party 313'],
		['The future of work', 'The future of work'],
		['Apple and ai', 'Apple and AI'],
		['Ai agents', 'AI agents'],
		['iPhone review', 'iPhone review'],
		['Cool Talk', 'Cool Talk'],
		['Chaincode 28 otter', 'Chaincode 28 otter'],
		['2024-06-25 aspen', '2024-06-25 aspen'],
	])('%j → %j', (title, cased) => {
		expect(caseAsSpoken({title, text: TALK})).toBe(cased);
	});

	it('a word at the start of a sentence says nothing of its case; one mostly written in lower case stays so', () => {
		expect(caseAsSpoken({title: 'Work and apple', text: 'Work is good. Work is long. Apple sauce. We ate an apple, an apple.'})).toBe('Work and apple');
	});

	it.each([
		['Iphone review', 'I bought a new iPhone. The iPhone is great and my iPhone works.', 'iPhone review'],
		['Ios development', 'We build for iOS, and the iOS tools are good.', 'iOS development'],
		['The future of work', 'WELCOME BACK TO THE SHOW, TODAY WE TALK ABOUT THE FUTURE OF WORK. AND THE FUTURE IS BRIGHT FOR WORK.', 'The future of work'],
	])('%j: a first word the talk writes in small letters keeps them; captions in capitals case nothing', (title, text, cased) => {
		expect(caseAsSpoken({title, text})).toBe(cased);
	});

	it.each([
		['The changelog 594', 'Welcome to the Changelog. This is the Changelog, and the Changelog is a show.', 'The Changelog 594'],
		['A b c', 'We said B and C, then b and c, but B and C again.', 'A b c'],
	])('%j: a title still opens on a capital when the talk writes its first word in small letters; a letter alone is not cased', (title, text, cased) => {
		expect(caseAsSpoken({title, text})).toBe(cased);
	});

	it('no text, nothing to case by', () => {
		expect(caseAsSpoken({title: 'Practical ai', text: ''})).toBe('Practical ai');
	});

	it('titleFromFile reads the speech only, not the sounds', () => {
		const turns = [
			{kind: 'reaction', text: '[AI music]'},
			{kind: 'speech', text: 'Welcome to Practical AI.'},
		];
		expect(titleFromFile('practical-ai-189.md', turns)).toBe('Practical AI 189');
		expect(titleFromFile('music-night.md', [{kind: 'reaction', text: '[Music Night]'}])).toBe('Music night');
	});

	it('an SRT named by a slug gets its title cased as its captions say it', () => {
		const srt = '1\n00:00:00,000 --> 00:00:03,000\nWelcome to JS Party, the show.\n\n2\n00:00:03,000 --> 00:00:06,000\nToday on JS Party we talk about PWAs.\n';
		expect(readTranscript({text: srt, file: 'talks/js-party-313.srt'}).talk.metadata.title).toBe('JS Party 313');
	});

	it('a long title or a long talk costs little: 16 words looked up in 400 000 characters', () => {
		const title = Array.from({length: 16}, (_, i) => `word${i}`).join(' ');
		const text = 'Word0 word1 WORD2 and more words. '.repeat(20_000);
		const started = performance.now();
		caseAsSpoken({title, text: text.slice(0, 400_000)});
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
