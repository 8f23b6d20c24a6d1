import {describe, expect, it} from 'vitest';
import {labelsFor, roleLabelOf} from '../../src/video/labels';

describe('roleLabelOf: the word beside a speaker’s name', () => {
	it.each([
		['en', 'Sam Altman', 'guest', 'Guest'],
		['en', 'Ana', 'host', 'Host'],
		['en', 'Ana', undefined, undefined],
		// A transcript that labels its host by the role: the name says it once.
		['en', 'Host', 'host', undefined],
		['en', 'HOST', 'host', undefined],
		['zh', '主持人', 'host', undefined],
		['zh-TW', '主持人', 'host', undefined],
		['zh-TW', '嘉宾', 'guest', undefined],
		['zh', '唐凤', 'guest', '嘉宾'],
		// Not the same word: kept.
		['en', 'Host 2', 'host', 'Host'],
		['zh', '司仪', 'host', '主持人'],
	] as const)('%s %s (%s) → %s', (language, name, role, label) => {
		expect(roleLabelOf({labels: labelsFor(language), name, role})).toBe(label);
	});
});
