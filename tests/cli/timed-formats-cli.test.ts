import {execFile} from 'node:child_process';
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {runCli} from '../../src/cli/run-cli';
import {isChaptersFile} from '../../src/talk/load-talk';
import {PlanSchema} from '../../src/plan/plan-schema';
import {TalkSchema} from '../../src/talk/talk-schema';
import {probeVideo, readLumaFrames} from '../support/inspect-video';

const DIR = 'tests/fixtures/transcripts';
/** Fixtures of a sentence or two ("I am your father." / "Nooooo"): the selection may find nothing worth a card. */
const TINY = new Set(['podcasting20-transcript.json', 'teams-meeting.vtt', 'youtube-dl-fragment.vtt']);
/**
 * Fixtures that are all the show's own framing: Buzzsprout's trailer is a welcome ("Welcome
 * to Podcasting Q&A…"), the episode's plan ("In today's episode, you'll learn whether…")
 * and a listener's question. None of it is a quote.
 */
const FRAMING_ONLY = new Set(['buzzsprout-trailer.vtt']);
const FIXTURES = readdirSync(DIR).filter((f) => /\.(srt|vtt|json)$/.test(f) && !isChaptersFile(f) && f !== 'pyannote-diarization.json');

/** The CLI in this process (as `node bin/talkreel.js` runs it), its stdout and stderr captured. */
let out = '';
let err = '';
beforeEach(() => {
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
		out += String(chunk);
		return true;
	});
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
		err += String(chunk);
		return true;
	});
});
afterEach(() => {
	vi.restoreAllMocks();
});
const cli = async (...args: string[]) => ({code: await runCli(['node', 'talkreel', ...args]), out, err});

/** The real command, in a process of its own. */
const spawn = async (args: string[]): Promise<{code: number; stdout: string; stderr: string}> => {
	try {
		const {stdout, stderr} = await promisify(execFile)('node', ['bin/talkreel.js', ...args], {maxBuffer: 64 * 1024 * 1024});
		return {code: 0, stdout, stderr};
	} catch (e) {
		const error = e as {code: number; stdout: string; stderr: string};
		return {code: error.code, stdout: error.stdout, stderr: error.stderr};
	}
};

describe('talkreel parse, plan and highlights on every timed format', () => {
	it.each(FIXTURES)('%s', async (name) => {
		const file = path.join(DIR, name);
		const parsed = await cli('parse', file);
		expect(parsed.err).toBe('');
		expect(parsed.code).toBe(0);
		TalkSchema.parse(JSON.parse(parsed.out));
		out = '';
		const planned = await cli('plan', file);
		expect(planned.err).toBe('');
		expect(planned.code).toBe(0);
		const plan = PlanSchema.parse(JSON.parse(planned.out));
		out = '';
		const highlights = await cli('highlights', file, '--json');
		expect(highlights.code).toBe(0);
		const {quotes} = JSON.parse(highlights.out) as {quotes: unknown[]};
		expect(plan.scenes.filter((s) => s.type === 'quote').length).toBeGreaterThanOrEqual(quotes.length);
		// A talk of a few words may have nothing quotable; every other one has quotes.
		if (FRAMING_ONLY.has(name)) expect(quotes).toEqual([]);
		else if (!TINY.has(name)) expect(quotes.length).toBeGreaterThan(0);
	});
});

describe('the real command', () => {
	it.each(['hf-course-welcome.zh-en.srt', 'buzzsprout-trailer.vtt', 'whisperx-diarized.json'])('parse %s', async (name) => {
		const {code, stdout, stderr} = await spawn(['parse', path.join(DIR, name)]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(TalkSchema.parse(JSON.parse(stdout)).sections.length).toBeGreaterThan(0);
	});

	it('plan --no-translation: no translation under the quotes', async () => {
		const file = path.join(DIR, 'hf-course-welcome.zh-en.srt');
		const withIt = PlanSchema.parse(JSON.parse((await spawn(['plan', file])).stdout));
		const without = PlanSchema.parse(JSON.parse((await spawn(['plan', file, '--no-translation'])).stdout));
		const quotes = (p: typeof withIt) => p.scenes.filter((s) => s.type === 'quote');
		expect(quotes(withIt).every((s) => s.translation !== undefined)).toBe(true);
		expect(quotes(without).every((s) => s.translation === undefined)).toBe(true);
	});

	it.each([
		[
			'pyannote-diarization.json',
			'a JSON array whose items have no `text` (keys: label, speaker, start, end; speaker times without words: a diarization) is not a transcript talkreel reads',
		],
	])('%s: exit 2, one line that says what was seen', async (name, message) => {
		const {code, stderr} = await spawn(['parse', path.join(DIR, name)]);
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(message);
	});
});

describe('talkreel render of a bilingual talk', () => {
	it('renders its first quote card with the translation under it, and without it given --no-translation', async () => {
		const file = path.join(DIR, 'hf-course-welcome.zh-en.srt');
		const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-bilingual-'));
		// The editor pins a one-sentence quote: a card with room for its translation under it.
		const edits = path.join(dir, 'pins.edits.yaml');
		writeFileSync(
			edits,
			'pins:\n  - turn: t001\n    text: 本课程旨在带您了解，关于 Hugging Face 生态系统的一切，包括如何使用数据集和模型中心，以及我们所有的开源库。\n',
		);
		const plan = PlanSchema.parse(JSON.parse((await spawn(['plan', file, '--edits', edits])).stdout));
		const still = plan.scenes.find((s) => s.type === 'quote')?.stills[0];
		if (!still) throw new Error('no quote card');
		const frames = `${still.from}-${still.from + 1}`;
		const render = async (name: string, extra: string[]) => {
			const output = path.join(dir, name);
			const {code, stderr} = await spawn(['render', file, '--edits', edits, '--scale', '0.25', '--frames', frames, '-o', output, ...extra]);
			expect(code, stderr).toBe(0);
			return output;
		};
		const [withIt, without] = [await render('with.mp4', []), await render('without.mp4', ['--no-translation'])];
		const facts = await probeVideo(withIt);
		expect([facts.width, facts.height, facts.frameCount]).toEqual([480, 270, 2]);
		// The text block (label, quote, translation) is centred; the translation adds muted
		// (#8e929c) lines under the white quote: the block grows, and its last row is grey.
		const textRows = (luma: Buffer) => {
			const rows: {y: number; max: number}[] = [];
			for (let y = 55; y < 245; y++) {
				let max = 0;
				let n = 0;
				for (let x = 40; x < 440; x++) {
					const v = luma[y * 480 + x] ?? 0;
					if (v > 60) n++;
					max = Math.max(max, v);
				}
				if (n >= 2) rows.push({y, max});
			}
			const last = rows[rows.length - 1]?.y ?? 0;
			// The brightest pixel of the block's last 5 rows: white type or muted grey.
			const lastRowMax = Math.max(0, ...rows.filter((r) => r.y > last - 5).map((r) => r.max));
			return {height: last - (rows[0]?.y ?? 0), lastRowMax};
		};
		const [a] = await readLumaFrames({file: withIt});
		const [b] = await readLumaFrames({file: without});
		if (!a || !b) throw new Error('no frames decoded');
		const [withRows, withoutRows] = [textRows(a), textRows(b)];
		expect(withRows.height).toBeGreaterThan(withoutRows.height + 20);
		expect(withRows.lastRowMax).toBeLessThan(200);
		expect(withoutRows.lastRowMax).toBeGreaterThan(200);
	}, 240_000);
});
