import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {applyEdits} from '../src/talk/edits/apply-edits';
import {readTranscript} from '../src/talk/readers/read-transcript';

// The README documents the edits file with an example: it must keep working on the seed.
describe('the README edits example', () => {
	const readme = readFileSync('README.md', 'utf8');
	const start = readme.indexOf('```yaml\nmetadata:');
	const example = readme.slice(start + '```yaml\n'.length, readme.indexOf('```', start + 8));
	const file = 'data/aspen-2024-altman-chesky.md';
	const {talk} = readTranscript({text: readFileSync(file, 'utf8'), file});

	it('applies to the seed talk', () => {
		expect(start).toBeGreaterThan(-1);
		const edited = applyEdits({talk, editsText: example, editsFile: 'README.md'}).talk;
		expect(edited.metadata.title).toBe('Sam Altman 与 Brian Chesky 对谈');
		expect(edited.sections.map((s) => s.title)).toContain('训练数据从哪里来');
		expect(edited.sections.flatMap((s) => s.turns).find((t) => t.id === 't037-2')?.speakerIds).toEqual(['sam-altman']);
	});
});
