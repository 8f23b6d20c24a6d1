import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {CLIP_SHAPES} from '../../../src/plan/layout';
import {planClipJobs} from '../../../src/plan/plan-clip-jobs';
import {planTalk} from '../../../src/plan/plan-talk';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../../src/render/audio/probe-media';
import {runFfmpeg} from '../../../src/render/audio/run-ffmpeg';
import {openSoundCache} from '../../../src/render/audio/sound-cache';
import {type ClipSound, buildClipSounds} from '../../../src/render/render-clips';
import {makeTalk} from '../../support/make-talk';

/**
 * A clip batch's sound from an hour-long recording holds what its spans need, not the
 * recording: decoded whole as the track's 48 kHz stereo floats, an hour is 1.4 GB.
 */

const HOUR_MS = 3_600_000;
/** What the batch may add to the heap and its buffers (about 80 MB measured, garbage included): a clip's span and track are about 8 MB each. */
const BOUND_MB = 120;

let dir: string;
let media: ProbedMedia;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-hour-'));
	const file = path.join(dir, 'hour.wav');
	// An hour of a 150 Hz tone, mono, 8 kHz, 16 bit: 58 MB on disk, quick to write and to seek in.
	await runFfmpeg({
		type: 'ffmpeg',
		args: ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=150:sample_rate=8000:duration=${HOUR_MS / 1000}`, '-c:a', 'pcm_s16le', file],
	});
	media = await probeMedia({file});
}, 120_000);

afterAll(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

/** A talk of three exchanges, said early, in the middle and at the end of the hour: each guest answer a quote of about 15 s. */
const hourTalk = () => {
	const answers = {
		cities:
			'The way I think about cities is simple. You start with the people who walk their streets every day, and you listen to them for a long time before you plant a single tree.',
		schools:
			'Schools taught me patience. A teacher who stays ten years changes more than any program we ever funded, so we pay teachers to stay and we measure nothing else.',
		rivers:
			'Rivers are the oldest roads we have. When a town turns its face back to its river, the shops come back, the children swim again, and the water gets cleaner because people see it.',
	};
	const talk = makeTalk({
		language: 'en',
		sections: Object.entries(answers).map(([topic, answer]) => ({
			title: topic,
			turns: [
				['host', `Tell us about ${topic}.`],
				['guest-a', answer],
			],
		})),
	});
	const startsMs = [300_000, 1_800_000, 3_540_000];
	return {
		...talk,
		sections: talk.sections.map((section, i) => ({
			...section,
			turns: section.turns.map((turn, k) => ({...turn, startMs: startsMs[i]! + k * 3000, endMs: startsMs[i]! + (k === 0 ? 2500 : 18_000)})),
		})),
	};
};

const usedMb = () => {
	const m = process.memoryUsage();
	return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

it('building the sound of a clip batch from an hour-long recording keeps memory bounded: only its spans are decoded', async () => {
	expect(media.durationMs).toBeGreaterThanOrEqual(HOUR_MS - 100);
	const talk = hourTalk();
	const clips = planClipJobs({talk, talkPlan: planTalk({talk, media: mediaRefOf(media)}), shapes: CLIP_SHAPES}).batch.jobs.map((job) => job.clip);
	expect(clips.filter((clip) => clip.audio !== null && clip.audio.fromMs > 3_000_000)).toHaveLength(CLIP_SHAPES.length);
	const before = usedMb();
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, usedMb());
	}, 5);
	const sounds: ClipSound[] = [];
	try {
		const measured = await buildClipSounds({clips, files: {media, music: null}, cache: openSoundCache(), sounds});
		expect(measured.every((clip) => clip.waveform?.bars?.some((level) => level > 0.9))).toBe(true);
	} finally {
		clearInterval(sampler);
		await Promise.all(sounds.map((sound) => sound.cleanup()));
	}
	expect(sounds.length).toBe(clips.length);
	expect(peak - before).toBeLessThan(BOUND_MB);
}, 120_000);
