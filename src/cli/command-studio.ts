import type {Command} from 'commander';
import {type ChildProcess, spawn} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {InternalError, UserError} from '../errors';
import {PROJECT_ROOT} from '../render/project-root';
import {STUDIO_BYTES_QUERY, STUDIO_SOURCE_QUERY, STUDIO_TALK_ENV} from '../render/webpack-override';
import {stemOf} from '../talk/file-names';
import {COVER_EXTENSIONS, MEDIA_EXTENSIONS} from '../talk/media-file';
import {findCover, findTalkSound} from './find-media';
import {type TalkOptions, addTalkOptions, editsOption, positiveInteger} from './options';
import {readTalkFile} from './read-talk-file';
import {writeLine} from './terminal-text';

type StudioOptions = TalkOptions & {port?: number; open: boolean};

/** Remotion's command line, which serves Studio with the project's remotion.config.ts. */
const REMOTION_CLI = path.join(PROJECT_ROOT, 'node_modules', '@remotion', 'cli', 'remotion-cli.js');

/**
 * `file` as a webpack request for its raw text: `#` in the path escaped (webpack reads
 * it as a fragment otherwise), then STUDIO_SOURCE_QUERY. A `?` cannot be escaped there:
 * `refuseQueryInPath` turns such a file away first.
 */
const sourceRequest = (file: string, query: string = STUDIO_SOURCE_QUERY): string => `${path.resolve(file).replace(/#/g, '\0#')}${query}`;

/** Webpack would cut a path at its `?`: Studio cannot watch such a file, so it is refused before Studio starts. */
const refuseQueryInPath = (files: readonly (string | undefined)[]): void => {
	const bad = files.find((f) => f !== undefined && path.resolve(f).includes('?'));
	if (bad !== undefined) throw new UserError({code: 'ARGS', file: bad, problem: 'Studio cannot watch a file whose path has a "?" in it; rename it'});
};

/**
 * The module Studio reads the talk from (src/video/bundled-talks.ts `readStudioTalk`):
 * each file by its base name, its text required from where it is, so webpack watches it.
 */
export const studioTalkModule = ({
	file,
	editsFile,
	chaptersFile,
	asBytes = false,
}: {
	file: string;
	editsFile?: string;
	chaptersFile?: string;
	/** The talk file is a Word document: it is bundled as its bytes, not as text. */
	asBytes?: boolean;
}): string => {
	const entry = (f: string) => `{file: ${JSON.stringify(path.basename(f))}, text: require(${JSON.stringify(sourceRequest(f))})}`;
	return [
		'// Written by `talkreel studio`: the talk it opened.',
		'module.exports = {',
		`\tfile: ${JSON.stringify(path.basename(file))},`,
		asBytes ? `\tbytes: require(${JSON.stringify(sourceRequest(file, STUDIO_BYTES_QUERY))}),` : `\ttext: require(${JSON.stringify(sourceRequest(file))}),`,
		`\tedits: ${editsFile === undefined ? 'null' : entry(editsFile)},`,
		`\tchapters: ${chaptersFile === undefined ? 'null' : entry(chaptersFile)},`,
		'};',
		'',
	].join('\n');
};

/** Copies `from` into `folder` as `<stem><its extension>` when its extension is one of `extensions`; false (nothing copied) otherwise. */
const copyAs = async ({from, folder, stem, extensions}: {from: string; folder: string; stem: string; extensions: readonly string[]}): Promise<boolean> => {
	const ext = path.extname(from).toLowerCase();
	if (!extensions.includes(ext)) return false;
	await copyFile(from, path.join(folder, `${stem}${ext}`));
	return true;
};

/**
 * `talkreel studio FILE`: Remotion Studio on one talk. The talk, its edits and chapters
 * files, its recording and cover are found and checked as every command finds them
 * (readTalkFile, findTalkSound, findCover), so a bad FILE fails here, before Studio
 * starts. Nothing is written into the project: the recording and cover are copied into a
 * temporary public folder (named as src/video/studio-sound.ts looks for them), and the
 * talk's files reach the bundle through a temporary module (`studioTalkModule`) that
 * remotion.config.ts aliases; webpack watches the files it requires.
 */
export const registerStudioCommand = (program: Command, {signal}: {signal?: AbortSignal} = {}): void => {
	addTalkOptions(program.command('studio').description('open Remotion Studio on FILE: its recap, clips and scenes, reloading as FILE or its edits file change'))
		.option('--port <n>', 'the port Studio listens on (default: the first free one from 3000)', positiveInteger)
		.option('--no-open', 'do not open a browser window')
		.action(async (file: string, opts: StudioOptions) => {
			const {talk, editsFile, chaptersFile, wordDocument} = await readTalkFile({file, ...editsOption(opts)});
			refuseQueryInPath([file, editsFile, chaptersFile]);
			const log = (line: string) => writeLine(line);
			const {files} = await findTalkSound({file, talk, media: opts.media, log});
			const cover = await findCover({file, talk, log});
			let studio: ChildProcess | undefined;
			const stop = () => studio?.kill('SIGTERM');
			// Listening first: from here on Ctrl-C stops Studio and the files below go with the process's temp folder.
			signal?.addEventListener('abort', stop, {once: true});
			const folder = await mkdtemp(path.join(tmpdir(), 'studio-'));
			const publicDir = path.join(folder, 'public');
			await mkdir(publicDir);
			if (files.media !== null && !(await copyAs({from: files.media.file, folder: publicDir, stem: stemOf(file), extensions: MEDIA_EXTENSIONS}))) {
				log(`${files.media.file}: not played in Studio: it plays recordings named ${MEDIA_EXTENSIONS.join(', ')}`);
			}
			if (cover !== null) await copyAs({from: cover.file, folder: publicDir, stem: `${talk.slug}-cover`, extensions: COVER_EXTENSIONS});
			const moduleFile = path.join(folder, 'talk.cjs');
			await writeFile(
				moduleFile,
				studioTalkModule({
					file,
					...(editsFile === undefined ? {} : {editsFile}),
					...(chaptersFile === undefined ? {} : {chaptersFile}),
					asBytes: wordDocument,
				}),
			);
			log(`studio: ${talk.metadata.title} (${[file, editsFile, chaptersFile].filter((f) => f !== undefined).join(', ')}: saving one reloads the preview)`);
			const args = [
				'studio',
				'--public-dir',
				publicDir,
				...(opts.port === undefined ? [] : ['--port', String(opts.port)]),
				...(opts.open ? [] : ['--no-open']),
			];
			const running = spawn(process.execPath, [REMOTION_CLI, ...args], {
				cwd: PROJECT_ROOT,
				env: {...process.env, [STUDIO_TALK_ENV]: moduleFile},
				stdio: ['inherit', 'inherit', 'inherit'],
			});
			studio = running;
			if (signal?.aborted) stop();
			const code = await new Promise<number | null>((resolve, reject) => {
				running.once('error', reject);
				running.once('exit', (exitCode) => resolve(exitCode));
			}).finally(() => signal?.removeEventListener('abort', stop));
			if (code !== 0 && !signal?.aborted) throw new InternalError({code: 'STUDIO', problem: `Remotion Studio ended with exit code ${code ?? 'none (killed)'}`});
		});
};
