import {describe, expect, it} from 'vitest';
import {readTranscript} from '../../../src/talk/readers/read-transcript';
import {ttmlTimeMs} from '../../../src/talk/readers/read-ttml';
import type {Talk} from '../../../src/talk/talk-schema';
import {expectLinearTime} from '../../support/linear-time';

const read = (text: string, file: string): Talk => readTranscript({text, file}).talk;
const turnsOf = (talk: Talk) =>
	talk.sections
		.flatMap((s) => s.turns)
		.map((t) => ({speaker: talk.speakers.find((p) => p.id === t.speakerIds[0])?.name, text: t.text, startMs: t.startMs, endMs: t.endMs}));
const refusal = (text: string, file: string): string => {
	try {
		read(text, file);
	} catch (e) {
		return String(e);
	}
	return 'read';
};

const TT = '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en"';
const APPLE = `${TT} xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal">`;

describe('TTML', () => {
	it.each([
		['clock time', '00:00:01.500', 1500],
		['clock time without a fraction', '01:02:03', 3_723_000],
		['clock time with frames (30 fps)', '00:00:01:15', 1500],
		['seconds', '1.5s', 1500],
		['milliseconds', '1500ms', 1500],
		['minutes', '2m', 120_000],
		['hours', '0.5h', 1_800_000],
		['frames', '45f', 1500],
		['ticks at the default 10 MHz', '15000000t', 1500],
		// Netflix's DFXP: `begin="1374000000t"` was refused (ticks of up to 9 digits).
		['ticks past 100 s', '1374000000t', 137_400],
		['ticks at 3 hours', '108000000000t', 10_800_000],
		['bare seconds, as Apple writes them', '4.602', 4602],
	])('time: %s (%s)', (_name, value, ms) => {
		expect(ttmlTimeMs(value, {tickRate: 10_000_000, frameRate: 30})).toBe(ms);
	});

	it.each([['yesterday'], ['1e400s'], ['-1s'], ['1.5x'], ['']])('time: %j is not a time', (value) => {
		expect(ttmlTimeMs(value, {tickRate: 10_000_000, frameRate: 30})).toBeNull();
	});

	it('Apple Podcasts: agents counted from 1 are Speaker 1 and 2, word spans timed from the start of the recording', () => {
		const text = `${APPLE}<head><metadata><ttm:agent type="person" xml:id="SPEAKER_1"/><ttm:agent type="person" xml:id="SPEAKER_2"/></metadata></head>
<body dur="6"><div begin="0" end="6">
<p begin="0.000" end="2.000" ttm:agent="SPEAKER_1"><span podcasts:unit="sentence" begin="0.000" end="2.000"><span podcasts:unit="word" begin="0.000" end="0.500">Hello</span> <span podcasts:unit="word" begin="0.500" end="2.000">there.</span></span></p>
<p begin="3.000" end="6.000" ttm:agent="SPEAKER_2"><span podcasts:unit="sentence" begin="3.000" end="6.000"><span podcasts:unit="word" begin="3.000" end="4.000">Fish</span> <span podcasts:unit="word" begin="4.000" end="6.000">&amp; chips.</span></span></p>
</div></body></tt>`;
		const talk = read(text, 'a.ttml');
		expect(turnsOf(talk)).toEqual([
			{speaker: 'Speaker 1', text: 'Hello there.', startMs: 0, endMs: 2000},
			{speaker: 'Speaker 2', text: 'Fish & chips.', startMs: 3000, endMs: 6000},
		]);
		expect(talk.sections[0]?.turns[1]?.words?.map((w) => [w.startMs, w.endMs])).toEqual([
			[3000, 4000],
			[4000, 6000],
		]);
	});

	it('times count from the begin of the element around them, as TTML says, unless they lie inside it as written', () => {
		const text = `${TT}><body><div begin="10s"><p begin="1s" end="2s">Hello there.</p><p begin="2s" dur="1.5s">Again.</p></div></body></tt>`;
		expect(turnsOf(read(text, 'a.ttml')).map((t) => [t.startMs, t.endMs])).toEqual([[11_000, 13_500]]);
	});

	it('agents with a ttm:name are those names; <br/> is a line break; comments, styling and copyright are not text; ttm:title is the title', () => {
		const text = `${TT} ttp:tickRate="1000" xmlns:ttp="http://www.w3.org/ns/ttml#parameter">
<head><metadata><ttm:title>Cities and heat</ttm:title><ttm:copyright>Copyright 2013</ttm:copyright>
<ttm:agent xml:id="a1" type="person"><ttm:name type="full">Ana Lima</ttm:name></ttm:agent>
<ttm:agent xml:id="a2" type="person"><ttm:name type="full">Bo Chen</ttm:name></ttm:agent></metadata>
<styling><style xml:id="s1" tts:color="white"/></styling></head>
<body><div>
<!-- Confidence: 0.88 -->
<p begin="0t" end="2000t" ttm:agent="a1">Welcome to<br/>the show.</p>
<p begin="2000t" end="4000t" ttm:agent="a2">Thanks for<br />having me.</p>
</div></body></tt>`;
		const talk = read(text, 'a.ttml');
		expect(talk.metadata.title).toBe('Cities and heat');
		expect(turnsOf(talk)).toEqual([
			{speaker: 'Ana Lima', text: 'Welcome to the show.', startMs: 0, endMs: 2000},
			{speaker: 'Bo Chen', text: 'Thanks for having me.', startMs: 2000, endMs: 4000},
		]);
	});

	it('a bad time is one line with its line number', () => {
		expect(refusal(`${TT}>\n<body>\n<p begin="soon\nlater" end="2s">Hi.</p></body></tt>`, 'a.ttml')).toBe(
			'UserError: TALK_PARSE: a.ttml:4: looks like TTML, but begin="soon later" is not a time',
		);
	});

	it('a DOCTYPE entity is never expanded (no billion laughs)', () => {
		const entities = '<!DOCTYPE tt [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
		const text = `<?xml version="1.0"?>${entities}<tt xmlns="http://www.w3.org/ns/ttml"><body><p begin="1s" end="2s">Laugh &b;.</p></body></tt>`;
		expect(turnsOf(read(text, 'a.ttml'))[0]?.text).toBe('Laugh &b;.');
	});

	it('nesting past 64 elements is refused in one line', () => {
		const text = `${TT}><body><p begin="1s" end="2s">${'<span>'.repeat(100)}deep${'</span>'.repeat(100)}</p></body></tt>`;
		expect(refusal(text, 'a.ttml')).toBe('UserError: TALK_PARSE: a.ttml:2: looks like TTML, but its elements nest more than 64 deep');
	});

	it('reads in linear time: many word spans in one paragraph', () => {
		const build = (n: number) =>
			`${APPLE}<body><div><p begin="0" end="${n}" ttm:agent="SPEAKER_1"><span podcasts:unit="sentence" begin="0" end="${n}">${Array.from(
				{length: n},
				(_, i) => `<span podcasts:unit="word" begin="${i}" end="${i + 0.5}">word${i % 10 === 9 ? '.' : ''}</span>`,
			).join(' ')}</span></p></div></body></tt>`;
		expectLinearTime({build, run: (text) => read(text, 'a.ttml'), size: 2500, boundMs: 10_000});
	});
});

describe('YouTube timed text as XML', () => {
	it('srv3: segments are words timed from their line; a="1" lines are only the roll; the same as json3', () => {
		const srv3 =
			'<?xml version="1.0" encoding="utf-8" ?><timedtext format="3">\n<body>\n<p t="1000" d="3000" w="1"><s ac="0">so</s><s t="500" ac="0"> we</s><s t="900"> went</s></p>\n<p t="2990" d="10" w="1" a="1">\n</p>\n<p t="4000" d="2000" w="1"><s>home</s><s t="400"> early</s></p>\n</body></timedtext>\n';
		const json3 = JSON.stringify({
			wireMagic: 'pb3',
			events: [
				{tStartMs: 1000, dDurationMs: 3000, segs: [{utf8: 'so'}, {utf8: ' we', tOffsetMs: 500}, {utf8: ' went', tOffsetMs: 900}]},
				{tStartMs: 2990, dDurationMs: 10, aAppend: 1, segs: [{utf8: '\n'}]},
				{tStartMs: 4000, dDurationMs: 2000, segs: [{utf8: 'home'}, {utf8: ' early', tOffsetMs: 400}]},
			],
		});
		const fromXml = read(srv3, 'a.xml');
		expect(turnsOf(fromXml)).toEqual([{speaker: 'Speaker 1', text: 'so we went home early', startMs: 1000, endMs: 6000}]);
		expect(fromXml.sections[0]?.turns[0]?.words?.map((w) => w.startMs)).toEqual([1000, 1500, 1900, 4000, 4400]);
		expect(turnsOf(read(json3, 'a.json'))).toEqual(turnsOf(fromXml));
	});

	it('srv1: <text start dur> lines in seconds, text escaped twice as downloaders write it, Name: labels', () => {
		const srv1 =
			'<?xml version="1.0" encoding="utf-8" ?><transcript><text start="0.5" dur="2.1">Ana: It&amp;#39;s here.</text><text start="3" dur="1.5">Bo: Fish &amp;amp; chips.</text><text start="5" dur="1">Ana: Bye.</text></transcript>';
		expect(turnsOf(read(srv1, 'a.xml'))).toEqual([
			{speaker: 'Ana', text: "It's here.", startMs: 500, endMs: 2600},
			{speaker: 'Bo', text: 'Fish & chips.', startMs: 3000, endMs: 4500},
			{speaker: 'Ana', text: 'Bye.', startMs: 5000, endMs: 6000},
		]);
	});

	// youtube-transcript-api's test asset: "this is &lt;i>not&lt;/i> the original transcript" kept its <i>.
	it("srv1: the caption's escaped styling tags are out", () => {
		const srv1 =
			'<?xml version="1.0" encoding="utf-8" ?><transcript><text start="1.54" dur="4.16">this is &lt;i>not&lt;/i> the original transcript</text></transcript>';
		expect(turnsOf(read(srv1, 'a.xml')).map((t) => t.text)).toEqual(['this is not the original transcript']);
	});

	it('a <p> without a time is one line', () => {
		expect(refusal('<timedtext format="3"><body><p d="10">Hi</p></body></timedtext>', 'a.xml')).toBe(
			'UserError: TALK_PARSE: a.xml:1: looks like YouTube timed text, but a <p> has no time t="…"',
		);
	});
});

describe('Podcasting 2.0 HTML', () => {
	const fragment =
		'<cite>Ana Lima:</cite>\n<time>0:00</time>\n<p>Welcome to the show.</p>\n<p>It&#39;s a good one.</p>\n<cite>Bo Chen:</cite>\n<time>0:12</time>\n<p>Thanks for\n  having me.</p>\n<time>1:05</time>\n<p>Where was I?</p>\n';

	it('a cite names who speaks next, a time when, a paragraph without either goes on the turn', () => {
		expect(turnsOf(read(fragment, 'a.html'))).toEqual([
			{speaker: 'Ana Lima', text: "Welcome to the show.\nIt's a good one.", startMs: 0, endMs: 12_000},
			{speaker: 'Bo Chen', text: 'Thanks for having me.', startMs: 12_000, endMs: 65_000},
			{speaker: 'Bo Chen', text: 'Where was I?', startMs: 65_000, endMs: expect.any(Number)},
		]);
	});

	it('a whole page: its <title> is the title, its scripts are not transcript', () => {
		const page = `<!DOCTYPE html>\n<html><head><title>Episode 12: Heat</title></head><body>\n${fragment}</body></html>\n`;
		const talk = read(page, 'a.html');
		expect(talk.metadata.title).toBe('Episode 12: Heat');
		expect(turnsOf(talk).map((t) => t.speaker)).toEqual(['Ana Lima', 'Bo Chen', 'Bo Chen']);
	});

	it('a time that is not one is refused in one line', () => {
		expect(refusal('<cite>Ana:</cite>\n<time>soon\nenough</time>\n<p>Hi.</p>\n', 'a.html')).toBe(
			'UserError: TALK_PARSE: a.html:2: looks like a Podcasting 2.0 HTML transcript, but <time>soon enough</time> is not a time',
		);
	});
});

describe('another XML document', () => {
	it('is refused with its root element, not as "not a transcript format"', () => {
		expect(refusal('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n', 'feed.xml')).toMatch(
			/^UserError: TALK_PARSE: feed\.xml:1: an XML document whose root is <rss> is not a transcript talkreel reads; it reads TTML/,
		);
	});
});
