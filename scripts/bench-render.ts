// `npm run bench`: how fast talkreel renders on this machine, both renderers, one run.
//   npm run bench -- [--max-seconds 60] [--scale 1] [--baseline-frames 300] [--timed-max-seconds 180]
//                    [--clip-quotes 4] [--episode-words 8000] [--only baseline,recap,timed,clips,episode]
// Renders (1) a bare Remotion composition of the recap's size, as a baseline of what
// Remotion itself costs here, (2) the seed talk's recap, and (3) a timed talk with its
// recording (the seed, timed at a steady speaking rate, with a recording that voices a
// syllable for every word; see tests/support/timed-talk.ts): its quote cards play their
// spans and mark the words as said, and (4) a batch of quote clips: the recap's first
// --clip-quotes quotes in all three shapes (0: every quote). Each with the plain path and the fast
// path; and (5) a podcaster's episode: a generated hour of English interview, timed at a
// steady pace, with an MP3 made here by Remotion's FFmpeg from its `sine` source, through
// `talkreel render` and `talkreel clips` as a user runs them (fast path only). Prints frames, wall time, effective frames per second, the fast/plain ratio,
// how much faster than real time, peak memory, the machine's load, and how closely the
// two outputs match.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {readTalkFile} from '../src/cli/read-talk-file';
import type {ClipManifest} from '../src/plan/clip-manifest';
import {CLIP_SHAPES} from '../src/plan/layout';
import {planClipJobs} from '../src/plan/plan-clip-jobs';
import {planTalk} from '../src/plan/plan-talk';
import {DEFAULT_FPS} from '../src/plan/timing';
import {mediaRefOf, probeMedia} from '../src/render/audio/probe-media';
import {openRenderBrowser} from '../src/render/browser';
import {bundleProject} from '../src/render/bundle-project';
import {PROJECT_ROOT} from '../src/render/project-root';
import {renderClips} from '../src/render/render-clips';
import {renderPlannedVideo, withRenderContext} from '../src/render/render-pipeline';
import {renderRecap} from '../src/render/render-recap';
import type {RendererName} from '../src/render/render-video-options';
import type {Talk} from '../src/talk/talk-schema';
import {runFfmpeg} from '../src/render/audio/run-ffmpeg';
import {probeAudio} from '../tests/support/inspect-audio';
import {makeLongTranscript} from '../tests/support/make-long-transcript';
import {spawnTalkreel} from '../tests/support/run-cli';
import {TRANSCRIPT_FORMATS} from '../tests/support/write-transcript';
import {probeVideo, psnr, readLumaFrameAt} from '../tests/support/inspect-video';
import {timeTalkSteadily, writeSyllableRecording} from '../tests/support/timed-talk';

const {values} = parseArgs({
	options: {
		'max-seconds': {type: 'string', default: '60'},
		scale: {type: 'string', default: '1'},
		'baseline-frames': {type: 'string', default: '300'},
		samples: {type: 'string', default: '40'},
		'timed-max-seconds': {type: 'string', default: '180'},
		'clip-quotes': {type: 'string', default: '4'},
		'episode-words': {type: 'string', default: '8000'},
		only: {type: 'string', default: 'baseline,recap,timed,clips,episode'},
	},
});
const only = new Set(values.only.split(','));
const timedMaxSeconds = Number(values['timed-max-seconds']);
const maxSeconds = Number(values['max-seconds']);
const scale = Number(values.scale);
const baselineFrames = Number(values['baseline-frames']);
const samples = Number(values.samples);
const clipQuotes = Number(values['clip-quotes']);
const episodeWords = Number(values['episode-words']);

/** A process's proportional set size in KiB (`/proc/PID/smaps_rollup`): its private pages, and its share of each page it maps with others. */
const pssKiB = (pid: number): number => {
	try {
		return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
};

/**
 * Peak memory of process `root` (this one unless told) and everything it started
 * (Chromium, FFmpeg), in MiB, two ways: `rss`, the processes' resident sizes summed,
 * which counts a page each process maps (Chromium's shared libraries and shared
 * memory) once per process; and `pss`, their proportional sizes summed (Linux), which
 * counts every page once: the memory the tree takes. A command run as a child is
 * measured from its own pid, so this process and the browser it keeps open for its own
 * rows are not counted.
 */
const memoryPeak = (root: () => number | undefined = () => process.pid) => {
	let peak = 0;
	let peakPss = 0;
	const sample = () => {
		const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], {encoding: 'utf8'})
			.trim()
			.split('\n')
			.map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
		const top = root();
		if (top === undefined) return;
		const tree = new Set([top]);
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
		peakPss = Math.max(peakPss, [...tree].reduce((sum, pid) => sum + pssKiB(pid), 0) / 1024);
	};
	const timer = setInterval(sample, 500);
	sample();
	return {
		stop: (): {rss: number; pss: number} => {
			clearInterval(timer);
			return {rss: peak, pss: peakPss};
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

type Row = {
	name: string;
	renderer: RendererName;
	frames: number;
	drawn: number;
	seconds: number;
	peakMiB: {rss: number; pss: number};
	file: string;
	load: string;
};
/** The machine's load averages over 1 and 5 minutes: a shared machine makes every figure slower. */
const loadNow = () =>
	os
		.loadavg()
		.slice(0, 2)
		.map((l) => l.toFixed(1))
		.join('/');
const rows: Row[] = [];
/** The episode's steps as a user runs them: wall time, peak memory and seconds of video made. */
const episodeRows: {step: string; seconds: number; peakMiB: {rss: number; pss: number}; videoSeconds: number; load: string}[] = [];
const clipRuns: {renderer: RendererName; outDir: string; manifest: ClipManifest}[] = [];

/** Both renderers, one row each: `render` makes `file` with the renderer given, planning included (part of what a render costs), tells `onDrawn` how many frames the browser draws, and returns the video's frame count. */
const bench = async ({name, render}: {name: string; render: (renderer: RendererName, file: string, onDrawn: (drawn: number) => void) => Promise<number>}) => {
	for (const renderer of ['remotion', 'fast'] as const) {
		const loadBefore = loadNow();
		const started = Date.now();
		const memory = memoryPeak();
		const file = path.join(work, `${name}-${renderer}.mp4`);
		let drawn = Number.NaN;
		const frames = await render(renderer, file, (n) => {
			drawn = n;
		});
		const load = `${loadBefore} → ${loadNow()}`;
		const row = {name, renderer, frames, drawn, seconds: (Date.now() - started) / 1000, peakMiB: memory.stop(), file, load};
		rows.push(row);
		console.log(`${name} ${renderer}: ${row.frames} frames (${drawn} drawn) in ${row.seconds.toFixed(1)} s (load ${load})`);
	}
};

/** A recap row: the talk planned (with its recording, if any) and rendered as `talkreel render` does, sidecars aside. */
const recapRow = async ({name, talk, maxSeconds: seconds, mediaFile}: {name: string; talk: Talk; maxSeconds: number; mediaFile?: string}) =>
	bench({
		name,
		render: async (renderer, file, onDrawn) => {
			const media = mediaFile === undefined ? null : await probeMedia({file: mediaFile});
			const {recap} = planTalk({talk, maxSeconds: seconds, media: media === null ? null : mediaRefOf(media)});
			await renderRecap({
				talk,
				plan: recap,
				outputPath: file,
				scale,
				renderer,
				bundle,
				browser,
				handleSigint: false,
				soundFiles: {media, music: null},
				onProgress: (p) => onDrawn(p.drawnFrames),
			});
			return recap.durationInFrames;
		},
	});

/** A timed talk as an SRT file, the format most podcast tools export. */
const toSrt = (timed: Talk): string => {
	const names = new Map(timed.speakers.map((s) => [s.id, s.name]));
	const turns = timed.sections.flatMap((section) =>
		section.turns.flatMap((t) =>
			t.kind === 'speech' && t.startMs !== undefined && t.endMs !== undefined
				? [{speaker: names.get(t.speakerIds[0]!) ?? null, startMs: t.startMs, endMs: t.endMs, text: t.text}]
				: [],
		),
	);
	return TRANSCRIPT_FORMATS.find((f) => f.format === 'srt')!.write(turns);
};

const {talk} = await readTalkFile({file: path.join(PROJECT_ROOT, 'data/aspen-2024-altman-chesky.md')});
try {
	if (only.has('baseline')) {
		// A bare composition, through the same pipeline: no sound, nothing still.
		const video = {fps: DEFAULT_FPS, width: 1920, height: 1080, durationInFrames: baselineFrames, stills: []};
		await bench({
			name: 'baseline',
			render: (renderer, file, onDrawn) =>
				withRenderContext({bundle, browser, handleSigint: false}, async (context) => {
					await renderPlannedVideo({
						context,
						video,
						compositionId: 'Baseline',
						inputProps: () => ({durationInFrames: baselineFrames}),
						outputPath: file,
						scale,
						renderer,
						onProgress: (p) => onDrawn(p.drawnFrames),
					});
					return baselineFrames;
				}),
		});
	}
	if (only.has('recap')) await recapRow({name: 'recap', talk, maxSeconds});
	if (only.has('timed')) {
		// The timed talk and its recording are made before the clock starts (an MP3, as podcasts come).
		const timed = timeTalkSteadily({talk});
		const wav = path.join(work, 'timed.wav');
		await writeSyllableRecording({talk: timed.talk, durationMs: timed.durationMs, file: wav});
		const mp3 = path.join(work, 'timed.mp3');
		await runFfmpeg({type: 'ffmpeg', args: ['-v', 'error', '-y', '-i', wav, '-c:a', 'libmp3lame', '-b:a', '64k', mp3]});
		console.log(`timed talk: ${(timed.durationMs / 60_000).toFixed(1)} min recording (${((await stat(mp3)).size / 1e6).toFixed(1)} MB MP3)`);
		// Probing the recording and building the sound are part of what a render costs.
		await recapRow({name: 'timed', talk: timed.talk, maxSeconds: timedMaxSeconds, mediaFile: mp3});
	}

	if (only.has('clips')) {
		// The clips of one batch, as `talkreel clips` makes them: planning, sound, cards and manifest included.
		const talkPlan = planTalk({talk, maxSeconds});
		const quoteIds = talkPlan.quotes.slice(0, clipQuotes > 0 ? clipQuotes : undefined).map((q) => q.id);
		for (const renderer of ['remotion', 'fast'] as const) {
			const loadBefore = loadNow();
			const started = Date.now();
			const memory = memoryPeak();
			const outDir = path.join(work, `clips-${renderer}`);
			const {batch} = planClipJobs({talk, talkPlan, shapes: CLIP_SHAPES, quoteIds});
			const {manifest} = await renderClips({
				batch,
				outDir,
				scale,
				renderer,
				bundle,
				browser,
				handleSigint: false,
			});
			if (manifest.failed.length > 0) throw new Error(`clips: ${manifest.failed.length} failed: ${manifest.failed[0]!.error}`);
			const frames = manifest.clips.reduce((sum, c) => sum + c.durationInFrames, 0);
			const load = `${loadBefore} → ${loadNow()}`;
			const seconds = (Date.now() - started) / 1000;
			const row = {
				name: 'clips',
				renderer,
				frames,
				drawn: Number.NaN,
				seconds,
				peakMiB: memory.stop(),
				file: path.join(outDir, manifest.clips[0]!.files.video),
				load,
			};
			rows.push(row);
			clipRuns.push({renderer, outDir, manifest});
			console.log(`clips ${renderer}: ${manifest.clips.length} clips, ${frames} frames in ${seconds.toFixed(1)} s (load ${load})`);
		}
	}

	if (only.has('episode')) {
		// The transcript and its recording are made before the clock starts: an hour of interview, timed steadily.
		const markdown = path.join(work, 'episode.md');
		await writeFile(markdown, makeLongTranscript({words: episodeWords, seed: 20}).text);
		const timed = timeTalkSteadily({talk: (await readTalkFile({file: markdown})).talk});
		const srt = path.join(work, 'episode.srt');
		await writeFile(srt, toSrt(timed.talk));
		// A voice-like buzz, its level rising and falling four times a second (syllables), as a 64 kb/s mono MP3.
		const mp3 = path.join(work, 'episode.mp3');
		const seconds = (timed.durationMs / 1000).toFixed(3);
		await runFfmpeg({
			type: 'ffmpeg',
			args: [
				'-v',
				'error',
				'-y',
				'-f',
				'lavfi',
				'-i',
				`sine=frequency=150:sample_rate=44100:duration=${seconds}`,
				'-af',
				"volume='0.2+0.15*sin(8*PI*t)':eval=frame",
				'-ac',
				'1',
				'-c:a',
				'libmp3lame',
				'-b:a',
				'64k',
				mp3,
			],
		});
		console.log(
			`episode: ${episodeWords} words, ${(timed.durationMs / 60_000).toFixed(1)} min recording (${((await stat(mp3)).size / 1e6).toFixed(1)} MB MP3)`,
		);
		const step = async (name: string, args: string[], videoSeconds: () => Promise<number>) => {
			const loadBefore = loadNow();
			const started = Date.now();
			const command = spawnTalkreel([...args, srt, '--media', mp3]);
			const memory = memoryPeak(() => command.child.pid);
			const {code} = await command.exited;
			const result = {code, stderr: command.stderr()};
			const row = {step: name, seconds: (Date.now() - started) / 1000, peakMiB: memory.stop(), videoSeconds: 0, load: `${loadBefore} → ${loadNow()}`};
			if (result.code !== 0) throw new Error(`episode ${name} failed (${result.code}): ${result.stderr.slice(-2000)}`);
			row.videoSeconds = await videoSeconds();
			episodeRows.push(row);
			await writeFile(path.join(work, `episode-${name}.log`), result.stderr);
			console.log(
				`episode ${name}: ${row.seconds.toFixed(1)} s for ${row.videoSeconds.toFixed(1)} s of video, peak ${row.peakMiB.rss.toFixed(0)} MiB RSS summed, ${row.peakMiB.pss.toFixed(0)} MiB PSS (load ${row.load})\n${result.stderr}`,
			);
		};
		const recap = path.join(work, 'episode-recap.mp4');
		await step('render', ['render', '-o', recap, '--no-sidecars'], async () => (await probeVideo(recap)).durationSeconds);
		const clipsDir = path.join(work, 'episode-clips');
		await step('clips', ['clips', '-o', clipsDir], async () => {
			const manifest = JSON.parse(await readFile(path.join(clipsDir, 'manifest.json'), 'utf8')) as ClipManifest;
			return manifest.clips.reduce((sum, c) => sum + c.durationInFrames / c.fps, 0);
		});
	}

	console.log(`\n| composition | renderer | frames | drawn | wall s | frames/s | × real time | peak MiB (RSS summed / PSS) | MB | load 1/5 min |`);
	console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
	for (const r of rows) {
		console.log(
			`| ${r.name} | ${r.renderer} | ${r.frames} | ${Number.isNaN(r.drawn) ? '–' : r.drawn} | ${r.seconds.toFixed(1)} | ${(r.frames / r.seconds).toFixed(1)} | ${(r.frames / 30 / r.seconds).toFixed(2)} | ${r.peakMiB.rss.toFixed(0)} / ${r.peakMiB.pss.toFixed(0)} | ${((await stat(r.file)).size / 1e6).toFixed(1)} | ${r.load} |`,
		);
	}
	if (only.has('clips')) {
		const plain = rows.find((r) => r.name === 'clips' && r.renderer === 'remotion')!;
		const fast = rows.find((r) => r.name === 'clips' && r.renderer === 'fast')!;
		const [p, f] = [clipRuns.find((c) => c.renderer === 'remotion')!, clipRuns.find((c) => c.renderer === 'fast')!];
		// Every clip, three frames each (start, middle, last) against the plain path's.
		let worst = Number.POSITIVE_INFINITY;
		for (const clip of f.manifest.clips) {
			for (const frame of [0, Math.floor(clip.durationInFrames / 2), clip.durationInFrames - 1]) {
				const [a, b] = await Promise.all([
					readLumaFrameAt({file: path.join(p.outDir, clip.files.video), frame, fps: clip.fps}),
					readLumaFrameAt({file: path.join(f.outDir, clip.files.video), frame, fps: clip.fps}),
				]);
				worst = Math.min(worst, psnr(a, b));
			}
		}
		const videoSeconds = fast.frames / 30;
		console.log(
			`clips: ${f.manifest.clips.length} clips, ${videoSeconds.toFixed(1)} s of video; fast is ${(plain.seconds / fast.seconds).toFixed(2)}× the plain path; ` +
				`fast ${(videoSeconds / fast.seconds).toFixed(2)}× real time, plain ${(videoSeconds / plain.seconds).toFixed(2)}×; worst PSNR ${Number.isFinite(worst) ? `${worst.toFixed(1)} dB` : '∞'}`,
		);
	}
	for (const name of ['baseline', 'recap', 'timed'].filter((n) => only.has(n))) {
		const plain = rows.find((r) => r.name === name && r.renderer === 'remotion')!;
		const fast = rows.find((r) => r.name === name && r.renderer === 'fast')!;
		const [a, b] = [await probeVideo(plain.file), await probeVideo(fast.file)];
		// The container's length also counts the audio (the plain path's AAC ends up to a frame of samples later).
		const same = JSON.stringify({...a, durationSeconds: 0}) === JSON.stringify({...b, durationSeconds: 0});
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
				`worst PSNR over ${samples} sampled frames ${Number.isFinite(worst) ? `${worst.toFixed(1)} dB` : '∞ (identical)'}; ` +
				`fast ${(a.frameCount / fps / fast.seconds).toFixed(2)}× real time`,
		);
		if (name === 'timed') {
			const [sa, sb] = [await probeAudio({file: plain.file}), await probeAudio({file: fast.file})];
			console.log(`timed: sound ${JSON.stringify(sb)} (fast) vs ${JSON.stringify(sa)} (plain)`);
		}
	}
	if (episodeRows.length > 0) {
		console.log(`\n| episode step | wall s | video s | wall ÷ video | peak MiB (RSS summed / PSS) | load 1/5 min |`);
		console.log(`| --- | --- | --- | --- | --- | --- |`);
		for (const r of episodeRows)
			console.log(
				`| ${r.step} | ${r.seconds.toFixed(1)} | ${r.videoSeconds.toFixed(1)} | ${(r.seconds / r.videoSeconds).toFixed(2)} | ${r.peakMiB.rss.toFixed(0)} / ${r.peakMiB.pss.toFixed(0)} | ${r.load} |`,
			);
		const total = episodeRows.reduce((sum, r) => sum + r.seconds, 0);
		console.log(
			`episode: render and clips together ${total.toFixed(1)} s, peak ${Math.max(...episodeRows.map((r) => r.peakMiB.rss)).toFixed(0)} MiB RSS summed, ${Math.max(...episodeRows.map((r) => r.peakMiB.pss)).toFixed(0)} MiB PSS`,
		);
	}
} finally {
	await browser.close();
	await bundle.cleanup();
	await rm(work, {recursive: true, force: true});
}
