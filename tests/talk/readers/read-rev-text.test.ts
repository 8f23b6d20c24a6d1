import {describe, expect, it} from 'vitest';
import {readRevHeader} from '../../../src/talk/readers/read-rev-text';
import {readTranscript} from '../../../src/talk/readers/read-transcript';

const turnsOf = (text: string) =>
	readTranscript({text, file: 'x.txt'}).talk.sections.flatMap((s) =>
		s.turns.filter((t) => t.kind === 'speech').map((t) => ({text: t.text, startMs: t.startMs})),
	);

describe('Rev.com / Sonix text: `Name (00:00:00):` then the paragraph', () => {
	it.each([
		['Lenny Rachitsky (00:00:23):', {names: ['Lenny Rachitsky'], startMs: 23_000, rest: ''}],
		['(00:05:53):', {names: [], startMs: 353_000, rest: ''}],
		['Ana (1:02:03.5):', {names: ['Ana'], startMs: 3_723_500, rest: ''}],
		['Ana (00:00:23)', null],
		['Ana (soon):', null],
		['Ana: (00:00:23):', null],
		['It was said (00:00:23): then', null],
	])('%j', (line, header) => {
		expect(readRevHeader({line, lineNumber: 1, file: 'x.txt'})).toEqual(header);
	});

	it('regression (Rev-style turns, three of them): speakers and times, not "Ben Horowitz (00" with "00:00):" in the text', () => {
		const text = [
			'Ben Horowitz (00:00:00):',
			'The worst thing you do as a leader is hesitate.',
			'',
			'Lenny Rachitsky (00:00:23):',
			'It is painful to be a CEO.',
			'',
			'(00:00:29):',
			'So many people want to start companies.',
			'',
		].join('\r\n');
		const {talk} = readTranscript({text, file: 'x.txt'});
		expect(talk.speakers.map((s) => s.name)).toEqual(['Ben Horowitz', 'Lenny Rachitsky']);
		expect(turnsOf(text)).toEqual([
			{text: 'The worst thing you do as a leader is hesitate.', startMs: 0},
			{text: 'It is painful to be a CEO.', startMs: 23_000},
			{text: 'So many people want to start companies.', startMs: 29_000},
		]);
		expect(talk.sections.flatMap((s) => s.turns).map((t) => t.speakerIds)).toEqual([['ben-horowitz'], ['lenny-rachitsky'], ['lenny-rachitsky']]);
	});
});
