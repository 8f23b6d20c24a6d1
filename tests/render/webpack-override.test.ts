import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {createRequire} from 'node:module';
import path from 'node:path';
import webpack from 'webpack';
import {afterAll, describe, expect, it} from 'vitest';
import {studioTalkModule} from '../../src/cli/command-studio';
import {loadTalk} from '../../src/talk/load-talk';
import {bytesOfDataUri} from '../../src/video/bundled-talks';
import {DATA_FILE_TEST, STUDIO_TALK_MODULE, reportBuildWarnings, studioWebpackOverride, webpackOverride} from '../../src/render/webpack-override';

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

	it('adds the asset rules (data/ and STUDIO_SOURCE_QUERY as text, STUDIO_BYTES_QUERY as bytes) and keeps the others', async () => {
		const out = await webpackOverride({module: {rules: [{test: /\.css$/}]}});
		expect(out.module?.rules).toHaveLength(4);
		expect(out.module?.rules?.slice(1)).toMatchObject([{type: 'asset/source'}, {type: 'asset/source'}, {type: 'asset/inline'}]);
	});
});

describe('studioWebpackOverride', () => {
	/** A real build of `require(STUDIO_TALK_MODULE)` under the override; what the bundle exports. */
	const buildStudioTalk = async (studioTalkModule: string | undefined): Promise<unknown> => {
		// One output per build: Node's require caches by file name.
		const output = `studio-${studioTalkModule === undefined ? 'none' : path.basename(studioTalkModule, '.cjs')}.cjs`;
		const entry = path.join(dir, 'studio-entry.js');
		writeFileSync(entry, `module.exports = require(${JSON.stringify(STUDIO_TALK_MODULE)});`);
		const config = await studioWebpackOverride({studioTalkModule})({
			mode: 'production',
			entry,
			context: dir,
			target: 'node',
			output: {path: path.join(dir, 'out'), filename: output, library: {type: 'commonjs2'}},
		});
		const compiler = webpack(config);
		await new Promise<void>((resolve, reject) =>
			compiler.run((error, stats) => {
				compiler.close(() => {});
				if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString()));
				else resolve();
			}),
		);
		return createRequire(import.meta.url)(path.join(dir, 'out', output));
	};

	it('bundles the talk module of `talkreel studio` with its files as raw text, whatever their names', async () => {
		// A JSON transcript stays text, and `#` in a name is not read as a fragment.
		const file = path.join(dir, 'ep #1.json');
		writeFileSync(file, '{"segments": []}');
		const edits = path.join(dir, 'ep #1.edits.yaml');
		writeFileSync(edits, 'metadata:\n  title: T\n');
		const talkModule = path.join(dir, 'talk.cjs');
		writeFileSync(talkModule, studioTalkModule({file, editsFile: edits}));
		expect(await buildStudioTalk(talkModule)).toEqual({
			file: 'ep #1.json',
			text: '{"segments": []}',
			edits: {file: 'ep #1.edits.yaml', text: 'metadata:\n  title: T\n'},
			chapters: null,
		});
	}, 60_000);

	it('bundles a Word document Studio was opened on as its bytes, which read as the CLI reads the file', async () => {
		const file = path.join(dir, 'meeting #2.docx');
		copyFileSync('tests/fixtures/transcripts/real/fathom-google-meet.docx', file);
		const talkModule = path.join(dir, 'talk-docx.cjs');
		writeFileSync(talkModule, studioTalkModule({file, asBytes: true}));
		const bundled = (await buildStudioTalk(talkModule)) as {file: string; bytes: string};
		expect(bundled.file).toBe('meeting #2.docx');
		expect(bundled.bytes).toMatch(/^data:[^,]*;base64,UEsDB/);
		const bytes = bytesOfDataUri(bundled.bytes);
		expect(Buffer.from(bytes).equals(readFileSync(file))).toBe(true);
		expect(loadTalk({bytes, file: bundled.file, edits: null}).talk.speakers.map((s) => s.name)).toEqual(['Tom Gituma', 'Lloyd Ian']);
	}, 60_000);

	it('bundles an empty module for renders', async () => {
		expect(await buildStudioTalk(undefined)).toEqual({});
	}, 60_000);
});
