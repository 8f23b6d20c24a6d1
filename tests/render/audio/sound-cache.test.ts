import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLIP_SHAPES} from '../../../src/plan/layout';
import {planClipJobs} from '../../../src/plan/plan-clip-jobs';
import type {PlannedVideo} from '../../../src/plan/plan-schema';
import {planTalk} from '../../../src/plan/plan-talk';
import {decodeAudio} from '../../../src/render/audio/decode-audio';
import {prepareVideoSound} from '../../../src/render/audio/prepare-sound';
import {type ProbedMedia, mediaRefOf, probeMedia} from '../../../src/render/audio/probe-media';
import {type DecodeRequest, openSoundCache} from '../../../src/render/audio/sound-cache';
import {encodeWav} from '../../../src/render/audio/wav';
import {makeToneRecording, makeToneTalk} from '../../support/tone-fixture';

/** A clip batch's sound: each span and the bed decoded once, one loudness per quote, and the same samples as without the cache. */

let dir: string;
let media: ProbedMedia;
let music: ProbedMedia;
let clips: PlannedVideo[];

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'talkreel-sound-cache-'));
	await writeFile(path.join(dir, 'tones.wav'), makeToneRecording());
	const chord = new Float32Array(3 * 44_100 * 2);
	for (let i = 0; i < chord.length / 2; i++) chord[2 * i] = chord[2 * i + 1] = 0.2 * Math.sin((2 * Math.PI * 220 * i) / 44_100);
	await writeFile(path.join(dir, 'bed.wav'), encodeWav({samples: chord, sampleRate: 44_100, channels: 2}));
	[media, music] = await Promise.all([probeMedia({file: path.join(dir, 'tones.wav')}), probeMedia({file: path.join(dir, 'bed.wav'), label: 'music'})]);
	const talk = makeToneTalk();
	const talkPlan = planTalk({talk, media: mediaRefOf(media), music: {src: music.src}});
	clips = planClipJobs({talk, talkPlan, shapes: CLIP_SHAPES}).batch.jobs.map((job) => job.clip);
}, 60_000);

afterAll(async () => {
	if (dir) await rm(dir, {recursive: true, force: true});
});

const soundOf = (clip: PlannedVideo, cache?: ReturnType<typeof openSoundCache>) =>
	prepareVideoSound({video: clip, files: {media, music}, window: [0, clip.durationInFrames - 1], mode: 'composition', cache});

describe('openSoundCache', () => {
	it('decodes each span of a batch once, and the music bed once, however many shapes play them', async () => {
		const asked: DecodeRequest[] = [];
		const cache = openSoundCache({
			decode: (request) => {
				asked.push(request);
				return decodeAudio(request);
			},
		});
		for (const clip of clips) await soundOf(clip, cache);
		const spans = new Set(clips.flatMap((c) => c.sound!.spans.map((s) => `${s.fromMs}-${s.toMs}`)));
		expect(clips.length).toBe(spans.size * CLIP_SHAPES.length);
		const speech = asked.filter((r) => r.file === media.file).map((r) => `${r.fromMs}-${r.toMs}`);
		expect(speech.sort()).toEqual([...spans].sort());
		// The bed is decoded again only when a longer clip needs more of it than was decoded.
		const bed = asked.filter((r) => r.file === music.file);
		expect(bed.length).toBeLessThanOrEqual(new Set(clips.map((c) => c.durationInFrames)).size);
		expect(bed.length).toBeLessThan(clips.length);
	}, 60_000);

	it('gives every clip the samples it has without the cache', async () => {
		const cache = openSoundCache();
		// Longest first, so the shorter clips' beds are cut from a longer decode.
		const longestFirst = [...clips].sort((a, b) => b.durationInFrames - a.durationInFrames);
		for (const clip of longestFirst) {
			const [cached, alone] = [await soundOf(clip, cache), await soundOf(clip)];
			expect(cached.track!.samples.length).toBe(alone.track!.samples.length);
			expect(Buffer.from(cached.track!.samples.buffer).equals(Buffer.from(alone.track!.samples.buffer))).toBe(true);
		}
	}, 60_000);

	it('gives the three shapes of one quote the same gain: the loudness is measured once per quote', async () => {
		let measured = 0;
		const cache = openSoundCache();
		const counting = {
			decode: cache.decode,
			speechLufs: (key: string, measure: () => number) =>
				cache.speechLufs(key, () => {
					measured++;
					return measure();
				}),
		};
		const gains = new Map<string, number[]>();
		for (const clip of clips) {
			const sound = await soundOf(clip, counting);
			const quote = JSON.stringify(clip.sound!.spans.map((s) => [s.fromMs, s.toMs]));
			gains.set(quote, [...(gains.get(quote) ?? []), sound.props.mix.speechGainDb]);
		}
		expect(measured).toBe(gains.size);
		for (const shapes of gains.values()) {
			expect(shapes).toHaveLength(CLIP_SHAPES.length);
			expect(new Set(shapes).size).toBe(1);
		}
	}, 60_000);
});
