import {execFile} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findCover, findTalkSound} from '../../src/cli/find-media';
import {isUserError} from '../../src/errors';
import type {Talk} from '../../src/talk/talk-schema';
import {makeToneTalk, writeToneFixture} from '../support/tone-fixture';

/**
 * What a transcript may touch: the files it names (`media:`, `cover:`) stay inside its
 * folder — no absolute path, no `..` out of it, no symlink out of it, no web address.
 * Such a name is left out with one line and the render goes on; the same files given
 * on the command line (`--media`, `--cover`) work from anywhere.
 */

const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-paths-'));
const at = (...parts: string[]) => path.join(scratch, ...parts);
/** The transcript's folder, and a folder beside it the transcript must not reach. */
const TALK = at('talk');
const OUTSIDE = at('outside');
const COVER_PNG = path.resolve('docs/quote-card.png');

beforeAll(async () => {
	await writeToneFixture({dir: TALK});
	mkdirSync(OUTSIDE, {recursive: true});
	mkdirSync(path.join(TALK, 'art'), {recursive: true});
	mkdirSync(path.join(TALK, 'sub'), {recursive: true});
	copyFileSync(path.join(TALK, 'tones.wav'), path.join(OUTSIDE, 'secret.wav'));
	copyFileSync(path.join(TALK, 'tones.wav'), path.join(TALK, 'sub', 'tones.wav'));
	copyFileSync(COVER_PNG, path.join(OUTSIDE, 'secret.png'));
	copyFileSync(COVER_PNG, path.join(TALK, 'art', 'cover.png'));
	symlinkSync(path.join(OUTSIDE, 'secret.wav'), path.join(TALK, 'link-out.wav'));
	symlinkSync(path.join('..', 'outside', 'secret.png'), path.join(TALK, 'link-out.png'));
	symlinkSync(path.join('art', 'cover.png'), path.join(TALK, 'link-in.png'));
	// A PNG signature and garbage after it.
	writeFileSync(path.join(TALK, 'broken.png'), Buffer.concat([readFileSync(COVER_PNG).subarray(0, 16), Buffer.alloc(4000, 7)]));
}, 60_000);

afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** A transcript in TALK with no recording of its own name beside it: only its `media:` can name one. */
const transcript = path.join(TALK, 'episode.json');
const talkNaming = (metadata: {media?: string; cover?: string}): Talk => {
	const talk = makeToneTalk({media: metadata.media ?? 'tones.wav'});
	return {...talk, metadata: {...talk.metadata, ...metadata}};
};

const OUTSIDE_NAMES = (ext: 'wav' | 'png') => [
	['an absolute path', path.join(OUTSIDE, `secret.${ext}`), 'is an absolute path'],
	['.. out of the folder', `../outside/secret.${ext}`, "climbs out of the transcript's folder (..)"],
	['a symlink out of the folder', `link-out.${ext}`, "is a link to a file outside the transcript's folder"],
	['a web address', `https://example.com/secret.${ext}`, 'is a web address'],
];

describe('media: named by the transcript', () => {
	it.each(OUTSIDE_NAMES('wav'))('%s is not played, with one line saying how to give it', async (_case, named, why) => {
		const lines: string[] = [];
		const sound = await findTalkSound({file: transcript, talk: talkNaming({media: named}), log: (l) => lines.push(l)});
		expect(sound.media).toBeNull();
		expect(lines).toEqual([`${named}: not played: it ${why}; a transcript may only name files in its own folder (give it with --media FILE)`]);
	});

	it.each([['tones.wav'], ['sub/tones.wav'], ['./sub/../tones.wav']])('%s, inside the folder, plays', async (named) => {
		const sound = await findTalkSound({file: transcript, talk: talkNaming({media: named})});
		expect(sound.media).not.toBeNull();
	});

	it('the same file outside, given with --media, plays', async () => {
		const sound = await findTalkSound({file: transcript, talk: talkNaming({media: '/etc/passwd'}), media: path.join(OUTSIDE, 'secret.wav')});
		expect(sound.files.media?.file).toBe(path.join(OUTSIDE, 'secret.wav'));
	});
});

describe('cover: named by the transcript', () => {
	it.each(OUTSIDE_NAMES('png'))('%s is not shown, with one line saying how to give it', async (_case, named, why) => {
		const lines: string[] = [];
		expect(await findCover({file: transcript, talk: talkNaming({cover: named}), log: (l) => lines.push(l)})).toBeNull();
		expect(lines).toEqual([`${named}: not shown: it ${why}; a transcript may only name files in its own folder (give it with --cover FILE)`]);
	});

	it.each([
		['art/cover.png', 'art/cover.png'],
		['a symlink to a file inside the folder (the file it points to is staged)', 'link-in.png'],
	])('%s is shown', async (_case, named) => {
		const cover = await findCover({file: transcript, talk: talkNaming({cover: named})});
		expect(cover?.file).toBe(realpathSync(path.join(TALK, 'art', 'cover.png')));
	});

	it('one that does not decode (a PNG signature, garbage after it) is left out with one line', async () => {
		const lines: string[] = [];
		expect(await findCover({file: transcript, talk: talkNaming({cover: 'broken.png'}), log: (l) => lines.push(l)})).toBeNull();
		expect(lines).toEqual(['broken.png: not shown: is a damaged PNG image (it does not decode) (give a cover with --cover FILE)']);
	});

	it('--cover takes a file from anywhere, and refuses one that does not decode (MEDIA, exit 2)', async () => {
		const talk = talkNaming({cover: '/etc/passwd'});
		expect((await findCover({file: transcript, talk, cover: path.join(OUTSIDE, 'secret.png')}))?.file).toBe(path.join(OUTSIDE, 'secret.png'));
		const refused = await findCover({file: transcript, talk, cover: path.join(TALK, 'broken.png')}).catch((e: unknown) => e);
		expect(isUserError(refused) && refused.message).toBe(`MEDIA: ${path.join(TALK, 'broken.png')}: is a damaged PNG image (it does not decode)`);
	});
});

const run = async (args: string[]): Promise<{code: number; stdout: string; stderr: string}> => {
	try {
		const {stdout, stderr} = await promisify(execFile)('node', ['bin/talkreel.js', ...args], {maxBuffer: 64 * 1024 * 1024});
		return {code: 0, stdout, stderr};
	} catch (e) {
		const err = e as {code: number; stdout: string; stderr: string};
		return {code: err.code, stdout: err.stdout, stderr: err.stderr};
	}
};

describe('talkreel clips, end to end', () => {
	it.each([
		// Before: the symlink was staged as a link and served as a 404, failing every clip (exit 1).
		['a cover symlinked from inside the folder is drawn', 'link-in.png', null],
		[
			'a cover symlinked from outside is left out, and the clip still renders',
			'link-out.png',
			/^link-out\.png: not shown: it is a link to a file outside the transcript's folder;/m,
		],
	])(
		'%s',
		async (_case, cover, line) => {
			const file = path.join(TALK, `cover-${cover.replace(/\W/g, '-')}.json`);
			writeFileSync(file, JSON.stringify(talkNaming({cover})));
			copyFileSync(path.join(TALK, 'tones.wav'), file.replace(/\.json$/, '.wav'));
			const out = at(`clips-${cover}`);
			const {code, stderr} = await run(['clips', file, '--format', 'square', '--quote', 't001s1', '--scale', '0.2', '-o', out]);
			expect(code, stderr).toBe(0);
			if (line !== null) expect(stderr).toMatch(line);
			else expect(stderr).not.toMatch(/not shown/);
			const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {clips: {files: {video: string; card: string}}[]};
			expect(manifest.clips).toHaveLength(1);
			for (const name of Object.values(manifest.clips[0]!.files)) expect(existsSync(path.join(out, name))).toBe(true);
		},
		180_000,
	);
});
