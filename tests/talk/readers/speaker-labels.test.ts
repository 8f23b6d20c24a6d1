import {describe, expect, it} from 'vitest';
import {acceptedLabelNames, readCreditLine, readSpeakerLabel} from '../../../src/talk/readers/speaker-labels';
import {expectLinearTime} from '../../support/linear-time';

describe('speaker labels', () => {
	it.each([
		['Travis: When you first get', {name: 'Travis', rest: 'When you first get'}],
		['- Ana Lima: Hi.', {name: 'Ana Lima', rest: 'Hi.'}],
		['SPEAKER_01: yes', {name: 'SPEAKER_01', rest: 'yes'}],
		['Speaker 2: yes', {name: 'Speaker 2', rest: 'yes'}],
		['主持人：欢迎大家', {name: '主持人', rest: '欢迎大家'}],
		['[Alba] En 1928,', {name: 'Alba', rest: 'En 1928,'}],
		['>> And then', {name: null, rest: 'And then'}],
		['>> JOHN: Hello', {name: 'JOHN', rest: 'Hello'}],
		// A subtitle's dialogue dash is the next speaker's line (Talk Python's captions: "- Yeah, $200 a month…"), not before a sound alone.
		['- Yeah, $200 a month.', {name: null, rest: 'Yeah, $200 a month.'}],
		['– [Ángeles] No, no.', {name: 'Ángeles', rest: 'No, no.'}],
		['- [laughs]', null],
		['-5 degrees outside', null],
		['Ashlee Kupor (SL): Let us do that', {name: 'Ashlee Kupor (SL)', rest: 'Let us do that'}],
		['Tom Sweeney (Red Hat, Inc.): Got 11.03, so', {name: 'Tom Sweeney (Red Hat, Inc.)', rest: 'Got 11.03, so'}],
		['Matthew Heon (Red Hat LLC): Sure.', {name: 'Matthew Heon (Red Hat LLC)', rest: 'Sure.'}],
		['Ana Lima (she/her): Hi.', {name: 'Ana Lima (she/her)', rest: 'Hi.'}],
		['It works (mostly): yes', null],
		['Then (after a while): it worked', null],
		['Update (Red Hat): the plan', null],
		// What Zoom shows after a name (a role, an organisation, pronouns), and topics with a note that are no one's name.
		['Eve Stone (eBay): hi', {name: 'Eve Stone (eBay)', rest: 'hi'}],
		['Ana Lima (They/Them): hi', {name: 'Ana Lima (They/Them)', rest: 'hi'}],
		['Ben Ode (he / him): hi', {name: 'Ben Ode (he / him)', rest: 'hi'}],
		['Christopher Richardson (Microsoft Corporation): hi', {name: 'Christopher Richardson (Microsoft Corporation)', rest: 'hi'}],
		['Jörg Müller (IBM Research – Zürich): hi', {name: 'Jörg Müller (IBM Research – Zürich)', rest: 'hi'}],
		['山田太郎 (ソニー)：はい', {name: '山田太郎 (ソニー)', rest: 'はい'}],
		['Linux (Debian, Ubuntu): run apt install podman.', null],
		['Mac (Apple Silicon): run brew install podman.', null],
		['Step 2 (Configure the cluster): run it.', null],
		['Results (Q3 2024): up.', null],
		['I (he/him): hi', null],
		['Note: this is speech', null],
		['Here is the thing: it works', null],
		['10:30 is the time', null],
		['https://example.com', null],
		['[laughs] okay', null],
		['[door slams] okay', null],
		['我想说的是这个道理：不要停', null],
		// Display names typed in lower case, one word, as meeting tools show them: a label
		// only where the file labels most cues (acceptedLabelNames).
		['stokes: Hello, everyone.', {name: 'stokes', rest: 'Hello, everyone.', handle: true}],
		['kingy_sigp: putting it behind a flag.', {name: 'kingy_sigp', rest: 'putting it behind a flag.', handle: true}],
		['dionysuz.eth: yes', {name: 'dionysuz.eth', rest: 'yes', handle: true}],
		['note: this is speech', null],
		['so: what now', null],
		['e.g.: this', null],
		['input:a list', null],
		['http://example.com', null],
		['x: 3', null],
	])('%j → %j', (line, label) => {
		expect(readSpeakerLabel(line)).toEqual(label);
	});

	it.each([
		[
			['Travis', 'Sarah'],
			['Travis', 'Sarah'],
		],
		[['Remember'], []],
		[['Remember', 'Remember'], ['Remember']],
		[
			['Travis', 'Travis', 'Questions'],
			['Travis', 'Questions'],
		],
	])('names written %j are labels %j', (names, accepted) => {
		expect([...acceptedLabelNames(names.map((name) => ({name, rest: ''})))]).toEqual(accepted);
	});

	// One entry per cue: a name, a lower-case handle (`~name`), or null for a cue without a label.
	it.each([
		// A meeting that labels every cue: handles written twice are speakers.
		[
			['Pooja', '~stokes', '~stokes', 'Pooja', '~stokes'],
			['Pooja', 'stokes'],
		],
		// Only handles, in every cue: they are the speakers.
		[
			['~nixo', '~stokes', '~nixo', '~stokes'],
			['nixo', 'stokes'],
		],
		// A handle written once is not enough.
		[
			['Pooja', '~stokes', 'Pooja', 'Mario'],
			['Pooja', 'Mario'],
		],
		// A lecture: two cues in ten open on a lower-case word and a colon. Speech.
		[['~input', null, null, '~output', null, null, '~input', null, null, '~output'], []],
		// A glossary read aloud: most cues open on a term and a colon, each term once but one; no term is a speaker.
		[['~latency', '~throughput', '~jitter', '~latency', '~bandwidth', '~backpressure', null, '~quorum'], []],
		// A file that labels a turn's first cue only, under half of them: its handles stay speech.
		[
			['Travis', null, null, '~stokes', null, 'Sarah', null, '~stokes', null, null],
			['Travis', 'Sarah'],
		],
	])('cue labels %j are labels %j', (labels, accepted) => {
		const read = labels.map((l) => (l === null ? null : l.startsWith('~') ? {name: l.slice(1), rest: '', handle: true as const} : {name: l, rest: ''}));
		expect([...acceptedLabelNames(read)]).toEqual(accepted);
	});

	it.each([
		['（特雷西米兰诺——康奈尔大学网络政策主管）', '特雷西米兰诺'],
		['(Tracy Mitrano - Director of IT Policy)', 'Tracy Mitrano'],
		['（笑）', null],
		['(and this is an aside)', null],
	])('credit line %s → %s', (line, name) => {
		expect(readCreditLine(line)).toBe(name);
	});

	// A label, a run of form feeds (which caption text keeps) and a line separator: `.` did not match U+2028, and `\s+(.*)$` backtracked over the run, quadratic.
	it.each([
		['a lower-case name', 'ab:'],
		['a name', 'Ab:'],
	])('%s before a long run of form feeds reads in linear time, and is a label', (_, name) => {
		const build = (n: number) => `${name} ${'\f'.repeat(n)}x\u2028y`;
		expect(readSpeakerLabel(build(10))?.rest).toBe('x\u2028y');
		expectLinearTime({build, run: readSpeakerLabel, size: 20_000, boundMs: 200});
	});
});
