import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import {afterAll, describe, expect, it} from 'vitest';
import {DATA_FILE_TEST, reportBuildWarnings, webpackOverride} from '../../src/render/webpack-override';

/** The warnings plugin on a real webpack build: a build with a warning reports it, a clean one reports none. */
const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-webpack-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const build = (source: string): Promise<string[]> => {
	const entry = path.join(dir, `entry-${source.length}.js`);
	writeFileSync(entry, source);
	const lines: string[] = [];
	const compiler = webpack({
		mode: 'production',
		entry,
		context: dir,
		output: {path: path.join(dir, 'out'), filename: `out-${source.length}.js`},
		plugins: [reportBuildWarnings((line) => lines.push(line))],
	});
	return new Promise((resolve, reject) =>
		compiler.run((error) => {
			compiler.close(() => {});
			if (error) reject(error);
			else resolve(lines);
		}),
	);
};

describe('reportBuildWarnings', () => {
	it('hands each warning of a build over as one line', async () => {
		// A require webpack cannot resolve at build time: its "Critical dependency" warning.
		const lines = await build('module.exports = require(process.env.PLUGIN);');
		expect(lines).toEqual(['Critical dependency: the request of a dependency is an expression']);
	}, 60_000);

	it('reports nothing for a clean build', async () => {
		expect(await build('module.exports = 42;')).toEqual([]);
	}, 60_000);
});

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
