import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {PROJECT_ROOT} from '../../src/render/project-root';
import {captureCli} from '../support/capture-cli';

// A bad FILE is refused with one line and exit 2 before Studio starts (a started Studio
// would keep this test waiting for its exit).
const folder = mkdtempSync(path.join(tmpdir(), 'talkreel-studio-cli-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));
const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/transcripts/hf-course-welcome.en.srt');

describe('talkreel studio FILE refuses a bad FILE before Studio starts', () => {
	it.each([
		['a missing file', () => path.join(folder, 'missing.srt'), /^talkreel: TALK_READ: .*missing\.srt: no such file\n$/],
		['a folder', () => folder, /^talkreel: TALK_READ: .*: is a folder, not a file\n$/],
		[
			'an edits file that is not YAML',
			() => {
				copyFileSync(fixture, path.join(folder, 'bad-edits.srt'));
				writeFileSync(path.join(folder, 'bad-edits.edits.yaml'), 'metadata: [unclosed\n');
				return path.join(folder, 'bad-edits.srt');
			},
			/^talkreel: EDITS_PARSE: .*bad-edits\.edits\.yaml/,
		],
		[
			'a path webpack would cut at its "?"',
			() => {
				const file = path.join(folder, 'what?.srt');
				copyFileSync(fixture, file);
				return file;
			},
			/^talkreel: ARGS: .*what\?\.srt: Studio cannot watch a file whose path has a "\?" in it; rename it\n$/,
		],
	])('%s', async (_name, fileOf, line) => {
		const {code, stdout, stderr} = await captureCli(['studio', fileOf(), '--no-open']);
		expect(code).toBe(2);
		expect(stderr).toMatch(line);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stdout).toBe('');
	});
});
