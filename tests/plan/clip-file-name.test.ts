import {describe, expect, it} from 'vitest';
import {clipBaseName, clipFileNames} from '../../src/plan/clip-file-name';
import {CLIP_SHAPES} from '../../src/plan/layout';

const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('clipBaseName', () => {
	it.each([
		// [quoteId, speakerName, speakerId, shape, expected]
		['q03', 'Sam Altman', 'sam-altman', 'square', 'q03-sam-altman-square'],
		['q01', 'Brian Chesky', 'brian-chesky', 'portrait', 'q01-brian-chesky-portrait'],
		['q12', 'Zoë/Ånsgar', 'zoe', 'landscape', 'q12-zoe-ansgar-landscape'],
		['q02', '../../etc/passwd', 'x', 'square', 'q02-etc-passwd-square'],
		['../../etc', 'Sam Altman', 'sam-altman', 'square', 'etc-sam-altman-square'],
		['q04', '李开复', 'speaker-2', 'square', 'q04-speaker-2-square'],
		['q05', '🎤🔥', 'speaker-3', 'portrait', 'q05-speaker-3-portrait'],
		['q06', '', '', 'square', 'q06-speaker-square'],
		['', 'Sam Altman', 'sam-altman', 'square', 'quote-sam-altman-square'],
		['🔥', '王', '', 'square', 'quote-speaker-square'],
		['q07', 'C:\\Users\\Bob', 'bob', 'square', 'q07-c-users-bob-square'],
		['q08', 'Dr. José  Núñez-García', 'jose', 'square', 'q08-dr-jose-nunez-garcia-square'],
		['q09', 'name\u0000with\nnewline', 'x', 'square', 'q09-name-with-newline-square'],
		['Q10', 'SAM ALTMAN', 'sam-altman', 'square', 'q10-sam-altman-square'],
		['q11', '.hidden', 'x', 'square', 'q11-hidden-square'],
	])('%j by %j (%j) → %s', (quoteId, speakerName, speakerId, shape, expected) => {
		expect(clipBaseName({quoteId, speakerName, speakerId, shape})).toBe(expected);
	});

	it('cuts a very long name at a hyphen', () => {
		const name = clipBaseName({quoteId: 'q01', speakerName: 'Maria Anna Sophia Cecilia Kalogeropoulou Papadopoulou', shape: 'square'});
		expect(name).toBe('q01-maria-anna-sophia-cecilia-square');
		expect(name.length).toBeLessThanOrEqual(60);
	});

	it.each([
		['hostile id', {quoteId: '../../../../root/.ssh/id_rsa', speakerName: 'x', shape: 'square'}],
		['separators everywhere', {quoteId: 'a/b\\c', speakerName: '/\\/\\', shape: '../square'}],
		['dots only', {quoteId: '..', speakerName: '...', shape: '.'}],
		['RTL and zero-width', {quoteId: 'q01\u200f', speakerName: 'محمد\u200bAli', shape: 'portrait'}],
	])('is always safe ASCII without separators: %s', (_label, input) => {
		const {video, card} = clipFileNames(input);
		for (const file of [video, card]) {
			expect(file).not.toMatch(/[/\\]/);
			expect(file).toMatch(/^[a-z0-9-]+\.(mp4|png)$/);
			expect(file.split('.')[0]).toMatch(SAFE);
		}
	});

	it('is the same for the same inputs and differs by shape', () => {
		const names = CLIP_SHAPES.map((shape) => clipFileNames({quoteId: 'q03', speakerName: 'Sam Altman', speakerId: 'sam-altman', shape}).video);
		expect(new Set(names).size).toBe(3);
		expect(clipFileNames({quoteId: 'q03', speakerName: 'Sam Altman', shape: 'square'})).toEqual({
			video: 'q03-sam-altman-square.mp4',
			card: 'q03-sam-altman-square.png',
		});
	});
});
