import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import {looksLikeYoutubePanel} from '../../../src/talk/readers/read-youtube-panel';

/** YouTube's transcript panel, copied with the page's line and the video's title before it; a chapter's title before its first caption's time. */
const PANEL = [
	'Search in video',
	'How cities stay cool',
	'Intro',
	'0:00',
	'hey everyone welcome back to the channel',
	'0:03',
	'today we are looking at why cities get',
	'0:06',
	'so hot in the summer',
	'Why cities are hot',
	'0:09',
	'asphalt and concrete store the heat all day',
	'0:13',
	'[Music]',
	'0:15',
	'and give it back at night',
].join('\n');

const read = (text: string) => readTranscript({text, file: 'youtube-transcript.txt'}).talk;

describe("YouTube's transcript copied from its panel: each caption's time alone on a line, its text on the next", () => {
	it('reads the captions as one unnamed speaker’s, timed, the title from the page and the chapters as sections', () => {
		const talk = read(PANEL);
		expect(talk.metadata.title).toBe('How cities stay cool');
		expect(talk.speakers.map((s) => s.name)).toEqual(['Speaker 1']);
		expect(talk.sections.map((s) => [s.title, s.startMs])).toEqual([
			['Intro', 0],
			['Why cities are hot', 9000],
		]);
		const turns = talk.sections.flatMap((s) => s.turns);
		expect(turns.map((t) => [t.kind, t.startMs])).toEqual([
			['speech', 0],
			['speech', 9000],
			['reaction', 13_000],
			['speech', 15_000],
		]);
		// The captions joined (and punctuated by their times, as any caption without punctuation is); no time, no chapter title, no page line in the text.
		const words = turns
			.filter((t) => t.kind === 'speech')
			.map((t) => t.text)
			.join(' ')
			.toLowerCase()
			.replace(/[.,?!]/g, '');
		expect(words).toBe(
			'hey everyone welcome back to the channel today we are looking at why cities get so hot in the summer asphalt and concrete store the heat all day and give it back at night',
		);
	});

	it('ends each caption where the next starts, the last after the time its words take to say', () => {
		const turns = read(PANEL).sections.flatMap((s) => s.turns);
		expect(turns[0]?.endMs).toBe(9000);
		// "and give it back at night": six words at 400 ms each.
		expect(turns.at(-1)?.endMs).toBe(15_000 + 2400);
	});

	it('takes a lone line before the first caption for the video’s title, or for the first chapter’s when the video has others', () => {
		const alone = PANEL.split('\n').slice(2).join('\n');
		const chaptered = read(alone);
		expect(chaptered.sections.map((s) => s.title)).toEqual(['Intro', 'Why cities are hot']);
		expect(chaptered.metadata.title).not.toBe('Intro');
		const unchaptered = read(alone.replace('Why cities are hot\n', ''));
		expect(unchaptered.metadata.title).toBe('Intro');
		expect(unchaptered.sections.map((s) => s.title)).not.toContain('Intro');
	});

	it('reads a caption that looks like a time as the caption’s text', () => {
		const talk = read('0:00\nthe meeting starts at\n0:02\n10:30\n0:05\nso be there early\n0:08\nsee you then');
		expect(talk.sections.flatMap((s) => s.turns).map((t) => t.text)).toEqual(['the meeting starts at 10:30 so be there early see you then']);
	});

	it('ends the talk at its last caption: the page’s comments and next videos after it are not speech', () => {
		const captions = '0:00\nHi everyone.\n0:03\nCities are hot.\n0:06\nTrees help.';
		const turnsOfText = (text: string) =>
			read(text)
				.sections.flatMap((s) => s.turns)
				.map((t) => [t.startMs, t.endMs, t.text]);
		expect(turnsOfText(`${captions}\n412 Comments\nAdd a comment...\n@jdoe\n2 years ago\nGreat video!`)).toEqual([
			[0, 7000, 'Hi everyone. Cities are hot. Trees help.'],
		]);
		expect(turnsOfText(`${captions}\n50:04\nLecture 3: Editors (Vim) (2020)\nMissing Semester\n1.2M views`)).toEqual([
			[0, 7000, 'Hi everyone. Cities are hot. Trees help.'],
		]);
	});

	it('takes a chapter without captions for no one’s words, and a second line before the first time for no chapter when the video has none', () => {
		const talk = read('0:00\nHi everyone, welcome back.\n0:03\nLet us take a short break.\nBreak\nPart two\n0:10\nWe are back.\n0:12\nThat is all.');
		expect(talk.sections.flatMap((s) => s.turns).map((t) => t.text)).toEqual([
			'Hi everyone, welcome back. Let us take a short break.',
			'We are back. That is all.',
		]);
		expect(talk.sections.map((s) => s.title)).toContain('Part two');
		expect(read('How cities stay cool\nVox\n0:00\nHi everyone.\n0:03\nCities are hot.\n0:06\nTrees help.').sections.map((s) => s.title)).not.toContain('Vox');
	});

	it('reads a note app’s clip: the link’s title and address, a heading’s title without its marks', () => {
		const talk = read('![Rust [2024] keynote](https://www.youtube.com/watch?v=abc123)\n0:00\nHi everyone.\n0:03\nCities are hot.\n0:06\nTrees help.');
		expect(talk.metadata.title).toBe('Rust [2024] keynote');
		expect(talk.metadata.source.url).toBe('https://www.youtube.com/watch?v=abc123');
		expect(read('# How cities stay cool\n0:00\nHi everyone.\n0:03\nCities are hot.\n0:06\nTrees help.').metadata.title).toBe('How cities stay cool');
	});

	it.each([
		['captions, each a time then its text', true, '0:00\nhello\n0:02\nthere\n0:05\nfriend'],
		['past an hour', true, '59:58\nhello\n1:00:01\nthere\n1:00:04\nfriend'],
		['two captions only', false, '0:00\nhello\n0:02\nthere'],
		['times out of order', false, '0:00\nhello\n5:02\nthere\n0:05\nfriend\n0:01\nagain'],
		[
			'Google Meet: a time every five minutes among name lines',
			false,
			'Ana: hi\nBen: hello\n00:05:00\nAna: so\nBen: yes\nAna: ok\n00:10:00\nBen: fine\nAna: good',
		],
		['Zoom from its web page: the name twice before each time', false, 'Ana\nAna\n0:01\nHi.\nBen\nBen\n0:03\nHello.\nAna\nAna\n0:05\nBye.'],
		['a list of chapters, minutes apart', false, 'Intro\n0:00\nSetup\n1:30\nDemo\n5:00\nQ&A\n9:45'],
		['a name before every time', false, 'Ana Lopez\n0:01\nHello everyone.\nBen Wu\n0:05\nHi Ana.\nAna Lopez\n0:09\nShall we start?\nBen Wu\n0:12\nYes.'],
		['SubRip', false, '1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:03,000 --> 00:00:04,000\nThere.\n'],
	])('%s: recognised %s', (_name, expected, text) => {
		expect(looksLikeYoutubePanel(text)).toBe(expected);
	});

	it('refuses a hostile panel of more captions than a ten-hour video holds with one line, in bounded time', () => {
		const text = Array.from(
			{length: 100_001},
			(_, i) => `${Math.floor(i / 3600)}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\nword`,
		).join('\n');
		const started = performance.now();
		expect(() => read(text)).toThrow(/^TALK_LIMIT: youtube-transcript.txt:\d+: the transcript has more than 100000 cues/);
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
