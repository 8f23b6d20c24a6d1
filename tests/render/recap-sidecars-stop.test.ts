import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {RenderAbortedError} from '../../src/errors';
import {planTalk} from '../../src/plan/plan-talk';
import {writeRecapSidecars} from '../../src/render/recap-sidecars';
import {readTranscript} from '../../src/talk/readers/read-transcript';
import {readFileSync} from 'node:fs';

const SEED = 'data/aspen-2024-altman-chesky.md';
const talk = readTranscript({text: readFileSync(SEED, 'utf8'), file: SEED}).talk;
const {recap: plan, quotes} = planTalk({talk, maxSeconds: 60});
const dir = mkdtempSync(path.join(tmpdir(), 'talkreel-sidecars-stop-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** The sidecars of a finished recap.mp4 in `folder`, written with `drawStill` given the controller that stops them; the error they end on. */
const writeStopped = (folder: string, drawStill: (stop: AbortController, output: string) => Promise<void>): Promise<unknown> => {
	const outputPath = path.join(folder, 'recap.mp4');
	writeFileSync(outputPath, 'the finished recap');
	const stop = new AbortController();
	return writeRecapSidecars({
		talk,
		plan,
		quotes,
		outputPath,
		scale: 0.25,
		log: () => {},
		signal: stop.signal,
		drawStill: (_still, output) => drawStill(stop, output),
	}).catch((e: unknown) => e);
};

// On Lambda the stills are drawn there and only copied into place here: a copy does not
// fail when the render is stopped, so the sidecars went on being written after Ctrl-C and
// the line said "no output was written" beside the finished recap.mp4.
describe('a stop while the sidecars are put in place (as on Lambda: a copy that does not fail by itself)', () => {
	it('keeps the finished recap and the sidecars already whole, puts nothing more in place, and says which', async () => {
		// The first still "downloaded" stops the render; both still finish their copy.
		const error = await writeStopped(dir, async (stop, output) => {
			await writeFile(output, 'a still');
			stop.abort();
		});
		expect(error).toBeInstanceOf(RenderAbortedError);
		const kept = readdirSync(dir).sort();
		expect(kept).toEqual(['chapters.txt', 'recap.mp4', 'recap.srt', 'recap.vtt']);
		expect((error as Error).message).toBe(
			'RENDER_ABORTED: interrupted while the sidecars were written; kept the finished recap.mp4, recap.srt, recap.vtt, chapters.txt; not written: poster.jpg, storyboard.png, recap.json, chapters.json, soundbites.xml',
		);
	});
});

// Regression: Ctrl-C in a terminal reaches the browser too, and the browser died and failed
// the still in flight ("Protocol error (Target.attachToTarget): Target closed.") before
// Node ran the SIGINT handler: the render ended as an internal error beside its finished MP4.
describe('the browser gone under a still just before the signal comes', () => {
	const run = (message: string, abortAfterMs: number | null) =>
		writeStopped(mkdtempSync(path.join(dir, 'gone-')), async (stop) => {
			if (abortAfterMs !== null) setTimeout(() => stop.abort(), abortAfterMs);
			throw new Error(message);
		});

	it('is the interruption when the signal follows within a moment: the finished files are kept and said', async () => {
		const error = await run('Protocol error (Target.attachToTarget): Target closed.', 50);
		expect(error).toBeInstanceOf(RenderAbortedError);
		expect((error as Error).message).toMatch(/^RENDER_ABORTED: interrupted while the sidecars were written; kept the finished recap\.mp4, recap\.srt/);
	});

	it.each([
		['the browser gone and no signal', 'Protocol error (Target.attachToTarget): Target closed.', null],
		['another failure, and a signal after it', 'ENOSPC: no space left on device', 50],
	])('%s: the error as it is', async (_name, message, abortAfterMs) => {
		const error = await run(message, abortAfterMs);
		expect(error).not.toBeInstanceOf(RenderAbortedError);
		expect((error as Error).message).toBe(message);
	});
});
