import {describe, expect, it} from 'vitest';
import {DATA_FILE_TEST, webpackOverride} from '../../src/render/webpack-override';

describe('webpackOverride', () => {
	it.each([
		['/repo/data/aspen-2024.md', true],
		['C:\\repo\\data\\talk.txt', true],
		['/repo/data/talk.srt', true],
		['/repo/data/edits/talk.md', false],
		['/repo/src/data.md', false],
		['/repo/data/talk.json', true],
		['/repo/data/talk.edits.yaml', true],
		['/repo/data/talk.png', false],
	])('%s is raw text: %s', (file, want) => {
		expect(DATA_FILE_TEST.test(file)).toBe(want);
	});

	it('adds one asset/source rule and keeps the others', async () => {
		const out = await webpackOverride({module: {rules: [{test: /\.css$/}]}});
		expect(out.module?.rules).toHaveLength(2);
		expect(out.module?.rules?.[1]).toMatchObject({type: 'asset/source'});
	});
});
