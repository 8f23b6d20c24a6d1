import {execFile} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PlanSchema} from '../../src/plan/plan-schema';
import {TalkSchema} from '../../src/talk/talk-schema';
import {writeToneFixture} from '../support/tone-fixture';

/** Attaching a recording from the command line: --media, the file beside the transcript, media: in its metadata; and what is refused. */

const run = async (args: string[]): Promise<{code: number; stdout: string; stderr: string}> => {
	try {
		const {stdout, stderr} = await promisify(execFile)('node', ['bin/talkreel.js', ...args], {maxBuffer: 64 * 1024 * 1024});
		return {code: 0, stdout, stderr};
	} catch (e) {
		const err = e as {code: number; stdout: string; stderr: string};
		return {code: err.code, stdout: err.stdout, stderr: err.stderr};
	}
};

const scratch = mkdtempSync(path.join(tmpdir(), 'talkreel-cli-media-'));
const at = (...parts: string[]) => path.join(scratch, ...parts);
let tones: {recording: string; transcript: string};
/** The tone talk without `media:`, so only --media or a file beside it can name a recording. */
let bare: string;

beforeAll(async () => {
	tones = await writeToneFixture({dir: at('tones')});
	const talk = JSON.parse(readFileSync(tones.transcript, 'utf8'));
	delete talk.metadata.media;
	bare = at('bare', 'episode.json');
	mkdirSync(path.dirname(bare), {recursive: true});
	writeFileSync(bare, JSON.stringify(talk));
}, 60_000);

afterAll(() => rmSync(scratch, {recursive: true, force: true}));

describe('finding the recording', () => {
	it('parse --media writes it into the metadata, relative to where the JSON is read from', async () => {
		const beside = await run(['parse', bare, '--media', tones.recording]);
		expect(beside.code).toBe(0);
		expect(TalkSchema.parse(JSON.parse(beside.stdout)).metadata.media).toBe('../tones/tones.wav');
		const out = at('elsewhere', 'deeper', 'talk.json');
		expect((await run(['parse', bare, '--media', tones.recording, '-o', out])).code).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).metadata.media).toBe('../../tones/tones.wav');
	});

	it('--no-media leaves out a recording beside the transcript and one its metadata names: the plan is silent', async () => {
		const dir = at('no-media');
		mkdirSync(dir, {recursive: true});
		copyFileSync(tones.transcript, path.join(dir, 'ep2.json'));
		copyFileSync(tones.recording, path.join(dir, 'ep2.wav'));
		const named = JSON.parse(readFileSync(path.join(dir, 'ep2.json'), 'utf8'));
		expect(named.metadata.media).toBeDefined();
		const voiced = await run(['plan', path.join(dir, 'ep2.json')]);
		expect(voiced.code).toBe(0);
		expect(PlanSchema.parse(JSON.parse(voiced.stdout)).sound?.media).toBeTruthy();
		const silent = await run(['plan', path.join(dir, 'ep2.json'), '--no-media']);
		expect(silent.code).toBe(0);
		expect(silent.stderr).not.toMatch(/recording:/);
		expect(PlanSchema.parse(JSON.parse(silent.stdout)).sound).toBeUndefined();
	});

	it('takes a file beside the transcript with its name and an audio extension', async () => {
		const dir = at('beside');
		mkdirSync(dir, {recursive: true});
		copyFileSync(bare, path.join(dir, 'ep1.json'));
		copyFileSync(tones.recording, path.join(dir, 'ep1.wav'));
		const {code, stdout, stderr} = await run(['parse', path.join(dir, 'ep1.json')]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).metadata.media).toBe('ep1.wav');
		expect(stderr).toMatch(/recording: .*ep1\.wav \(12\.0 s, pcm_s16le, mono\)/);
	});

	it('plan with the recording (media: in the metadata) and a music bed plays both', async () => {
		const {code, stdout} = await run(['plan', tones.transcript, '--music', tones.recording]);
		expect(code).toBe(0);
		const plan = PlanSchema.parse(JSON.parse(stdout));
		expect(plan.sound?.media).toMatch(/^talkreel-media\/[0-9a-f]{16}\.wav$/);
		expect(plan.sound?.music?.ducks).toHaveLength(3);
		expect(plan.scenes.filter((s) => s.type === 'quote' && s.audio !== undefined)).toHaveLength(3);
	});

	it('leaves a recording beside an untimed transcript out, and says so', async () => {
		const dir = at('untimed');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'talk.md'), '# A talk\n\n**Ann:** Cool roofs reflect the afternoon sun and lower the heat inside our homes.\n');
		copyFileSync(tones.recording, path.join(dir, 'talk.mp3'));
		const {code, stdout, stderr} = await run(['plan', path.join(dir, 'talk.md')]);
		expect(code).toBe(0);
		expect(PlanSchema.parse(JSON.parse(stdout)).sound).toBeUndefined();
		expect(stderr).toMatch(/talk\.mp3: not played: .*has no times/);
	});

	it('highlights with the recording cost each quote its speech', async () => {
		const {code, stdout} = await run(['highlights', tones.transcript, '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).quotes).toHaveLength(3);
	});
});

describe('a recording that cannot be played: one MEDIA line, exit 2, nothing written', () => {
	const text = () => {
		const file = at('notes.mp3');
		writeFileSync(file, 'not a recording\n'.repeat(100));
		return file;
	};
	const longTalk = () => {
		// The same talk, its last cue moved to 30 s: the 12 s recording is too short for it.
		const talk = JSON.parse(readFileSync(bare, 'utf8'));
		talk.sections[0].turns[2].startMs = 28_000;
		talk.sections[0].turns[2].endMs = 30_000;
		const file = at('long.json');
		writeFileSync(file, JSON.stringify(talk));
		return file;
	};
	const namesMissing = () => {
		const talk = JSON.parse(readFileSync(bare, 'utf8'));
		talk.metadata.media = 'gone.mp3';
		const file = at('named', 'talk.json');
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, JSON.stringify(talk));
		return file;
	};
	const untimed = () => {
		const file = at('plain.md');
		writeFileSync(file, '# A talk\n\n**Ann:** Cool roofs reflect the afternoon sun and lower the heat inside our homes.\n');
		return file;
	};
	it.each([
		['a missing file', () => [bare, '--media', at('nope.mp3')], /^talkreel: MEDIA: .*nope\.mp3: no such recording file\n$/],
		['a file that is not a recording', () => [bare, '--media', text()], /^talkreel: MEDIA: .*notes\.mp3: not a recording talkreel can read/],
		['a picture: no audio track', () => [bare, '--media', 'docs/quote-card.png'], /^talkreel: MEDIA: docs\/quote-card\.png: has no audio track/],
		[
			'a recording shorter than the transcript',
			() => [longTalk(), '--media', tones.recording],
			/is 12\.0 s long, but the transcript's turn t003 runs to 30\.0 s\n$/,
		],
		[
			'--media naming a file that is not there',
			() => [bare, '--media', at('named', 'gone.mp3')],
			/^talkreel: MEDIA: .*named\/gone\.mp3: no such recording file\n$/,
		],
		[
			'--media for a transcript without times',
			() => [untimed(), '--media', tones.recording],
			/plain\.md has no times, so its recording cannot be played in step/,
		],
		['a music file that is not one', () => [bare, '--music', text()], /^talkreel: MEDIA: .*notes\.mp3: not a music talkreel can read/],
	])(
		'%s',
		async (name, args, message) => {
			const out = at(`plan-${name.replace(/\W+/g, '-')}.json`);
			const {code, stdout, stderr} = await run(['plan', ...args(), '-o', out]);
			expect(code, stderr).toBe(2);
			expect(stderr).toMatch(message);
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stdout).toBe('');
			expect(existsSync(out)).toBe(false);
		},
		30_000,
	);

	it('a recording the transcript names but that is not here (as published transcripts do): a line saying so, and a silent plan', async () => {
		const out = at('plan-named-missing.json');
		const {code, stderr} = await run(['plan', namesMissing(), '-o', out]);
		expect(code, stderr).toBe(0);
		expect(stderr).toMatch(/^gone\.mp3: not played: the recording the transcript names is not here \(give it with --media FILE\)\n$/);
		expect(JSON.parse(readFileSync(out, 'utf8')).sound).toBeUndefined();
	}, 30_000);

	it.each([
		['render', 'recap.mp4'],
		['clips', 'clips'],
	])(
		'%s finds it before anything is bundled',
		async (command, name) => {
			const out = at(`${command}-out`, name);
			const {code, stdout, stderr} = await run([command, longTalk(), '--media', tones.recording, '-o', out]);
			expect(code, stderr).toBe(2);
			expect(stderr).toMatch(/^talkreel: MEDIA: .*is 12\.0 s long, but the transcript's turn t003 runs to 30\.0 s\n$/);
			expect(stderr).not.toMatch(/bundled/);
			expect(stdout).toBe('');
			expect(existsSync(path.dirname(out))).toBe(false);
		},
		30_000,
	);
});
