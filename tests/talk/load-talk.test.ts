import {describe, expect, it} from 'vitest';
import {editsFileCandidates, isEditsFile, loadTalk} from '../../src/talk/load-talk';

describe('editsFileCandidates: the one rule for where the edits file is', () => {
	it.each([
		['data/aspen-2024-altman-chesky.md', 'data/aspen-2024-altman-chesky'],
		['talks/Cool Talk.md', 'talks/Cool Talk'],
		['episode.final.srt', 'episode.final'],
		['C:\\talks\\Ep 1.vtt', 'C:\\talks\\Ep 1'],
		['noext', 'noext'],
	])('%s → %s.edits.yaml, .yml, .json', (file, stem) => {
		expect(editsFileCandidates({file})).toEqual([`${stem}.edits.yaml`, `${stem}.edits.yml`, `${stem}.edits.json`]);
	});

	it.each([
		['data/x.edits.yaml', true],
		['data/x.edits.json', true],
		['data/x.yaml', false],
		['data/x.md', false],
	])('isEditsFile(%s) is %s', (file, expected) => {
		expect(isEditsFile(file)).toBe(expected);
	});
});

describe('loadTalk', () => {
	const text = '# T\n\n**Ann:** Hello there. This is a talk.\n\n**Bob:** It is.\n';
	it('reads the transcript and applies the edits text', () => {
		const {talk} = loadTalk({text, file: 'Cool Talk.md', edits: {text: 'metadata: {title: Retitled}', file: 'Cool Talk.edits.yaml'}});
		expect(talk.slug).toBe('cool-talk');
		expect(talk.metadata.title).toBe('Retitled');
	});
	it('without edits, the talk as read', () => {
		expect(loadTalk({text, file: 'a.md', edits: null}).talk.metadata.title).toBe('T');
	});
});
