import {describe, expect, it} from 'vitest';
import type {Turn} from '../../src/talk/talk-schema';
import {translationOfSpan} from '../../src/talk/translation-of-span';

describe('translationOfSpan', () => {
	it('a quote is translated by the cues it covers', () => {
		const turn: Turn = {
			id: 't001',
			speakerIds: ['a'],
			kind: 'speech',
			line: 1,
			text: '你好。今天很好。',
			translation: 'Hello. Today is good.',
			translationSpans: [
				{start: 0, end: 3, translationStart: 0, translationEnd: 6},
				{start: 3, end: 8, translationStart: 7, translationEnd: 21},
			],
		};
		expect(translationOfSpan({turn, start: 3, end: 8})).toBe('Today is good.');
		expect(translationOfSpan({turn, start: 0, end: 8})).toBe('Hello. Today is good.');
		expect(translationOfSpan({turn, start: 0, end: 1})).toBeUndefined();
		expect(translationOfSpan({turn: {...turn, translationSpans: undefined}, start: 0, end: 8})).toBe('Hello. Today is good.');
		expect(translationOfSpan({turn: {...turn, translationSpans: undefined}, start: 3, end: 8})).toBeUndefined();
	});
});
