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
		['SubRip', false, '1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:03,000 --> 00:00:04,000\nThere.\n'],
	])('%s: recognised %s', (_name, expected, text) => {
		expect(looksLikeYoutubePanel(text)).toBe(expected);
	});

	it('reads a hostile panel of 100 000 captions in bounded time', () => {
		const text = Array.from({length: 100_000}, (_, i) => `${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}\nword ${i}`).join('\n');
		const started = performance.now();
		try {
			read(text);
		} catch (error) {
			expect(String(error)).toMatch(/^TALK_LIMIT: /);
		}
		expect(performance.now() - started).toBeLessThan(20_000);
	});
});
