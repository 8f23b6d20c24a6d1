import {describe, expect, it} from 'vitest';
import {assignSpeakerIds, diarizationNumber, nameSpeakers} from '../../src/talk/name-speakers';

describe('nameSpeakers: who a label names', () => {
	it('resolves short labels to the full names listed or declared', () => {
		const labels = ['Shaun Apps（SA）', 'SA', 'AP', 'Jeremy', 'SPEAKER_04', 'Andrew Poelstra', 'Zed'];
		const names = nameSpeakers({labels, listed: ['Jeremy Rubin', 'Andrew Poelstra'], language: 'en'});
		expect(labels.map(names.nameOf)).toEqual(['Shaun Apps', 'Shaun Apps', 'Andrew Poelstra', 'Jeremy Rubin', 'Speaker 5', 'Andrew Poelstra', 'Zed']);
	});

	it.each([
		['Bekah', ['Bekah Hawrot Weigel', 'Dan Ott', 'Bekah'], 'Bekah Hawrot Weigel'],
		['Ott', ['Dan Ott', 'Ott'], 'Dan Ott'],
		['Dan', ['Dan Ott', 'Dan Lee', 'Dan'], 'Dan'],
		['Zed', ['Dan Ott', 'Zed'], 'Zed'],
	])('regression (short label in a timed file): %s among %j names %s', (label, labels, name) => {
		expect(nameSpeakers({labels, listed: [], language: 'en'}).nameOf(label)).toBe(name);
	});

	it('regression (Teams GUID voices): opaque ids are numbered in order of first speech', () => {
		const a = '68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf-86f1-41af-91ab-2d7cd011db47';
		const b = '88b66bf7-d0d1-4ed1-bb80-ce79d271ac2a';
		const names = nameSpeakers({labels: [a, b, a], listed: [], language: 'en'});
		expect([a, b].map(names.nameOf)).toEqual(['Speaker 1', 'Speaker 2']);
		expect(names.numbers.get('Speaker 2')).toBe(2);
	});

	it('regression (Zoom display names): "Ashlee Kupor (SL)" with no "SL" label is a name, not a declared short form', () => {
		const names = nameSpeakers({labels: ['Ashlee Kupor (SL)', 'Dora Demszky'], listed: [], language: 'en'});
		expect(names.nameOf('Ashlee Kupor (SL)')).toBe('Ashlee Kupor (SL)');
	});

	it('a first name two listed names share stays as written', () => {
		const names = nameSpeakers({labels: ['Ana'], listed: ['Ana Lima', 'Ana Costa'], language: 'en'});
		expect(names.nameOf('Ana')).toBe('Ana');
	});

	it.each([
		['SPEAKER_04', 'en', 'Speaker 5'],
		['SPEAKER_00', 'en', 'Speaker 1'],
		['SPEAKER 4', 'en', 'Speaker 5'],
		['speaker_4', 'en', 'Speaker 5'],
		['spk_4', 'en', 'Speaker 5'],
		['spkr-4', 'en', 'Speaker 5'],
		['SPEAKER_04', 'zh', '发言人 5'],
		['SPEAKER_04', 'zh-Hans', '发言人 5'],
		['SPEAKER_04', 'zh-Hant', '發言人 5'],
		['SPEAKER_04', 'zh-TW', '發言人 5'],
		['SPEAKER_04', 'zh-HK', '發言人 5'],
		['Speaker 4', 'en', 'Speaker 4'],
		['speaker 4', 'en', 'speaker 4'],
		['Speakers 4', 'en', 'Speakers 4'],
	])('%s in a talk in %s is %s', (label, language, name) => {
		expect(nameSpeakers({labels: [label], listed: [], language}).nameOf(label)).toBe(name);
	});

	it.each([
		['SPEAKER_04', 4],
		['spk_0', 0],
		['Speaker 4', null],
		['Ana', null],
	])('diarizationNumber(%j) is %j', (label, n) => {
		expect(diarizationNumber(label)).toBe(n);
	});

	it.each([
		[['AUDREY TANG', 'Audrey Tang'], 'Audrey Tang'],
		[['Audrey Tang', 'AUDREY TANG'], 'Audrey Tang'],
		[['audrey tang', 'Audrey Tang'], 'Audrey Tang'],
		[['AUDREY TANG', 'audrey tang'], 'audrey tang'],
		[['唐鳳', '唐凤'], '唐鳳'],
		[['唐凤', '唐鳳'], '唐凤'],
		[['İpek', 'ipek'], 'İpek'],
		[['İPEK', 'İpek'], 'İpek'],
		[['ＡＵＤＲＥＹ', 'Audrey'], 'Audrey'],
		[['YILMAZ', 'Yılmaz'], 'Yılmaz'],
		// On a tie, the plain spelling.
		[['Ａ', 'A'], 'A'],
		[['𝐀𝐧𝐚', 'Ana'], 'Ana'],
	])('one name written two ways is one speaker: %j → %s', (labels, name) => {
		const names = nameSpeakers({labels, listed: [], language: 'en'});
		expect(labels.map((l) => names.nameOf(l))).toEqual([name, name]);
	});

	it.each([
		// Two Traditional surnames that are one in Simplified (鍾, 鐘 → 钟; 於, 于) stay two unless the Simplified spelling is written.
		[
			['鍾先生', '鐘先生'],
			['鍾先生', '鐘先生'],
		],
		[
			['鍾先生', '鐘先生', '钟先生'],
			['鍾先生', '鍾先生', '鍾先生'],
		],
		// A short label reads better in capitals.
		[
			['q', 'Q'],
			['Q', 'Q'],
		],
		[
			['dan', 'DAN'],
			['DAN', 'DAN'],
		],
		[
			['stokes', 'STOKES'],
			['stokes', 'stokes'],
		],
	])('labels %j are named %j', (labels, names) => {
		const named = nameSpeakers({labels, listed: [], language: 'zh'});
		expect(labels.map((l) => named.nameOf(l))).toEqual(names);
	});

	it.each([
		[['İpek', 'ipek', 'İPEK'], ['İpek Yılmaz'], 'İpek Yılmaz'],
		[['Audrey Tang', 'Audrey', 'ＡＵＤＲＥＹ', 'AT'], [], 'Audrey Tang'],
		[['IPEK YILMAZ', 'ipek'], ['İpek Yılmaz'], 'İpek Yılmaz'],
	])('a label written another way resolves to the full name as its plain spelling does: %j (listed %j) → %s', (labels, listed, name) => {
		const names = nameSpeakers({labels, listed, language: 'en'});
		expect(labels.map((l) => names.nameOf(l))).toEqual(labels.map(() => name));
	});

	it('a label written twice by mistake is the name once (Go Time #306: `**Johnny Boursiquot: Johnny Boursiquot:**`)', () => {
		const names = nameSpeakers({labels: ['Johnny Boursiquot', 'Johnny Boursiquot: Johnny Boursiquot', '唐鳳：唐鳳'], listed: [], language: 'en'});
		expect(['Johnny Boursiquot', 'Johnny Boursiquot: Johnny Boursiquot', '唐鳳：唐鳳'].map((l) => names.nameOf(l))).toEqual([
			'Johnny Boursiquot',
			'Johnny Boursiquot',
			'唐鳳',
		]);
	});

	it('names that differ in more than case or script stay two', () => {
		const names = nameSpeakers({labels: ['Audrey Tang', 'Audrey Tan', '唐鳳', '唐風'], listed: [], language: 'en'});
		expect(['Audrey Tang', 'Audrey Tan', '唐鳳', '唐風'].map((l) => names.nameOf(l))).toEqual(['Audrey Tang', 'Audrey Tan', '唐鳳', '唐風']);
	});

	it('no label at all is the unnamed speaker, in the talk’s language', () => {
		expect(nameSpeakers({labels: [], listed: [], language: 'en'}).nameOf(null)).toBe('Speaker 1');
		expect(nameSpeakers({labels: [], listed: [], language: 'zh-CN'}).nameOf(null)).toBe('发言人 1');
		expect(nameSpeakers({labels: [], listed: [], language: 'zh-Hant'}).nameOf(null)).toBe('發言人 1');
	});

	it('names are tidied: control characters and runs of spaces', () => {
		expect(nameSpeakers({labels: [], listed: [], language: 'en'}).nameOf('Ann\u0007  Lee\u200b')).toBe('Ann Lee');
	});
});

describe('assignSpeakerIds', () => {
	it('kebab-case from the name; speaker-N for numbered speakers; a place number for names without Latin letters; -2 for an id taken', () => {
		const names = nameSpeakers({labels: ['SPEAKER_04', '主持人'], listed: [], language: 'zh'});
		const list = ['Sam Altman', names.nameOf('SPEAKER_04'), names.nameOf('主持人'), 'Sam  Altman!', 'Speaker 5'];
		expect([...assignSpeakerIds({names: list, numbers: names.numbers}).values()]).toEqual([
			'sam-altman',
			'speaker-5',
			'speaker-3',
			'sam-altman-2',
			'speaker-5-2',
		]);
	});
});
