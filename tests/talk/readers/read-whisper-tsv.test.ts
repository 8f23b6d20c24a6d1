import {describe, expect, it} from 'vitest';
import {isUserError} from '../../../src/errors';
import {looksLikeWhisperTsv, readWhisperTsv} from '../../../src/talk/readers/read-whisper-tsv';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const TSV = 'start\tend\ttext\n0\t2500\tHello there.\n2500\t11000\tAnd so my fellow Americans.\n';

describe('Whisper TSV', () => {
	it.each([
		['start end text\n0 100 Hi', true],
		['\nstart  end  text\n', true],
		['start end text and more', false],
		['0 100 Hi', false],
	])('looksLikeWhisperTsv(%j) is %s', (text, expected) => {
		expect(looksLikeWhisperTsv(text)).toBe(expected);
	});

	it('reads rows of milliseconds as timed cues', () => {
		const {talk} = readTranscript({text: TSV, file: 'jfk.tsv'});
		const turns = talk.sections.flatMap((section) => section.turns);
		expect(turns.map((t) => [t.startMs, t.endMs, t.text])).toEqual([[0, 11_000, 'Hello there. And so my fellow Americans.']]);
	});

	// A row that ends before it starts lasts no time, as a cue does in every timed format.
	it('a backwards row lasts no time', () => {
		const {talk} = readTranscript({text: 'start end text\n5000 1000 backwards', file: 'x.tsv'});
		expect(talk.sections.flatMap((s) => s.turns).map((t) => [t.startMs, t.endMs])).toEqual([[5000, 5000]]);
	});

	it.each([['start end text\n0 100 fine\nabc 100 bad', 3]])('a bad row stops the read with its line: %j', (text, line) => {
		let error: unknown;
		try {
			readWhisperTsv({text, file: 'x.tsv'});
		} catch (e) {
			error = e;
		}
		expect(isUserError(error)).toBe(true);
		expect(String((error as Error).message)).toContain(`x.tsv:${line}`);
	});
});
