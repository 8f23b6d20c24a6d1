// `npm run bench`: how fast talkreel renders on this machine, both renderers, one run.
//   npm run bench -- [--max-seconds 60] [--scale 1] [--baseline-frames 300]
// Renders (1) a bare Remotion composition of the recap's size, as a baseline of what
// Remotion itself costs here, and (2) the seed talk's recap, each with the plain
// renderMedia path and the fast path, then prints frames, wall time, effective frames
// per second, the fast/plain ratio, peak memory and how closely the two outputs match.
import {execFileSync} from 'node:child_process';
import {mkdtemp, rm, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {readTalkFile} from '../src/cli/read-talk-file';
import type {FrameRange} from '../src/plan/plan-schema';
import {planTalk} from '../src/plan/plan-talk';
import {openRenderBrowser} from '../src/render/browser';
import {PROJECT_ROOT, bundleProject} from '../src/render/bundle-project';
import {recapInputProps, selectIn} from '../src/render/compositions';
import {renderVideo} from '../src/render/render-video';
import type {RendererName} from '../src/render/render-video-options';
import {probeVideo, psnr, readLumaFrameAt} from '../tests/support/inspect-video';

const {values} = parseArgs({
	options: {
		'max-seconds': {type: 'string', default: '60'},
		scale: {type: 'string', default: '1'},
		'baseline-frames': {type: 'string', default: '300'},
		samples: {type: 'string', default: '40'},
	},
});
const maxSeconds = Number(values['max-seconds']);
const scale = Number(values.scale);
const baselineFrames = Number(values['baseline-frames']);
const samples = Number(values.samples);

/** Peak resident memory of this process and everything it started (Chromium, FFmpeg), in MiB. */
const memoryPeak = () => {
	let peak = 0;
	const sample = () => {
		const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], {encoding: 'utf8'})
			.trim()
			.split('\n')
			.map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
		const tree = new Set([process.pid]);
		for (let grew = true; grew; ) {
			grew = false;
			for (const [pid, ppid] of rows) {
				if (tree.has(ppid) && !tree.has(pid)) {
					tree.add(pid);
					grew = true;
				}
			}
		}
		const kib = rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0);
		peak = Math.max(peak, kib / 1024);
	};
	const timer = setInterval(sample, 500);
	sample();
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
};

const work = await mkdtemp(path.join(os.tmpdir(), 'talkreel-bench-'));
const cpu = os.cpus();
console.log(
	`machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`,
);
const bundle = await bundleProject({log: console.log});
const browser = await openRenderBrowser({log: console.log});

type Row = {name: string; renderer: RendererName; frames: number; drawn: number; seconds: number; peakMiB: number; file: string};
const rows: Row[] = [];

/** `prepare` runs inside the timed part: planning is part of what a render costs. */
const bench = async ({name, id, prepare}: {name: string; id: string; prepare: () => {inputProps: Record<string, unknown>; stills: FrameRange[]}}) => {
	for (const renderer of ['remotion', 'fast'] as const) {
		const started = Date.now();
		const memory = memoryPeak();
		const {inputProps, stills} = prepare();
		const composition = await selectIn({bundle, browser, id, inputProps});
		const file = path.join(work, `${name}-${renderer}.mp4`);
		let drawn = composition.durationInFrames;
		await renderVideo({
			serveUrl: bundle.serveUrl,
			browser,
			composition,
			stills,
			outputPath: file,
			scale,
			renderer,
			onProgress: (p) => {
				drawn = p.drawnFrames;
			},
		});
		const row = {name, renderer, frames: composition.durationInFrames, drawn, seconds: (Date.now() - started) / 1000, peakMiB: memory.stop(), file};
		rows.push(row);
		console.log(`${name} ${renderer}: ${row.frames} frames (${drawn} drawn) in ${row.seconds.toFixed(1)} s`);
	}
};

const {talk} = await readTalkFile({file: path.join(PROJECT_ROOT, 'data/aspen-2024-altman-chesky.md')});
try {
	await bench({name: 'baseline', id: 'Baseline', prepare: () => ({inputProps: {durationInFrames: baselineFrames}, stills: []})});
	await bench({
		name: 'recap',
		id: 'Recap',
		prepare: () => {
			const {recap} = planTalk({talk, maxSeconds});
			return {inputProps: recapInputProps({talk, plan: recap}), stills: recap.scenes.flatMap((scene) => scene.stills)};
		},
	});

	console.log(`\n| composition | renderer | frames | drawn | wall s | frames/s | peak MiB | MB |`);
	console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
	for (const r of rows) {
		console.log(
			`| ${r.name} | ${r.renderer} | ${r.frames} | ${r.drawn} | ${r.seconds.toFixed(1)} | ${(r.frames / r.seconds).toFixed(1)} | ${r.peakMiB.toFixed(0)} | ${((await stat(r.file)).size / 1e6).toFixed(1)} |`,
		);
	}
	for (const name of ['baseline', 'recap']) {
		const plain = rows.find((r) => r.name === name && r.renderer === 'remotion')!;
		const fast = rows.find((r) => r.name === name && r.renderer === 'fast')!;
		const [a, b] = [await probeVideo(plain.file), await probeVideo(fast.file)];
		const same = JSON.stringify(a) === JSON.stringify(b);
		const fps = a.frameRate
			.split('/')
			.map(Number)
			.reduce((x, y) => x / y);
		const picks = Array.from({length: samples}, (_, i) => Math.round((i * (a.frameCount - 1)) / Math.max(1, samples - 1)));
		const scores: number[] = [];
		for (const frame of picks) scores.push(psnr(await readLumaFrameAt({file: plain.file, frame, fps}), await readLumaFrameAt({file: fast.file, frame, fps})));
		const worst = Math.min(...scores);
		console.log(
			`${name}: fast is ${(plain.seconds / fast.seconds).toFixed(2)}× the plain path; streams ${same ? 'identical' : `DIFFER: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`} (${a.codec} ${a.pixelFormat} ${a.width}×${a.height} ${a.frameRate}, ${a.frameCount} frames); ` +
				`worst PSNR over ${samples} sampled frames ${Number.isFinite(worst) ? `${worst.toFixed(1)} dB` : '∞ (identical)'}`,
		);
	}
} finally {
	await browser.close();
	await bundle.cleanup();
	await rm(work, {recursive: true, force: true});
}
