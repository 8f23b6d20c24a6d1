import {describe, expect, it} from 'vitest';
import {ClipManifestSchema, buildClipManifest} from '../../src/plan/clip-manifest';
import {planClipJobs} from '../../src/plan/plan-clip-jobs';
import {planTalk} from '../../src/plan/plan-talk';
import {makeToneTalk} from '../support/tone-fixture';

describe('ClipManifestSchema', () => {
	const entry = {
		id: 't012s3',
		number: 3,
		speaker: {id: 'sam-altman', name: 'Sam Altman', role: 'guest'},
		section: {id: 's2', title: '谈谈道德责任'},
		text: '技术最好是包容的。',
		quoteText: '技术最好是包容的。',
		truncated: false,
		shape: 'square',
		width: 1080,
		height: 1080,
		durationInFrames: 150,
		fps: 30,
		seconds: 5,
		files: {video: 't012s3-sam-altman-square.mp4', card: 't012s3-sam-altman-square.png'},
		audio: null,
	};
	const manifest = {talkSlug: 'aspen', title: 'T', language: 'zh', clips: [entry], failed: [{id: 't014s1', shape: 'portrait', error: 'boom'}]};

	it('accepts a manifest as renderClips writes it', () => {
		expect(ClipManifestSchema.parse(manifest)).toEqual(manifest);
		const voiced = {...manifest, clips: [{...entry, audio: {fromMs: 4850, toMs: 7500, startsAtMs: 0}}]};
		expect(ClipManifestSchema.parse(voiced)).toEqual(voiced);
	});

	it.each([
		['a path in a file name', {files: {video: '../t012s3.mp4', card: 't012s3.png'}}],
		['a folder in a file name', {files: {video: 'clips/t012s3.mp4', card: 't012s3.png'}}],
		['an unknown extension', {files: {video: 't012s3.mov', card: 't012s3.png'}}],
		['an unknown shape', {shape: 'story'}],
		['a fractional frame count', {durationInFrames: 149.5}],
		['no text', {text: ''}],
		['no word on its sound', {audio: undefined}],
		['a sound span before the recording starts', {audio: {fromMs: -40, toMs: 2000, startsAtMs: 0}}],
	])('rejects %s', (_label, change) => {
		expect(ClipManifestSchema.safeParse({...manifest, clips: [{...entry, ...change}]}).success).toBe(false);
	});
});

describe('buildClipManifest', () => {
	const talk = makeToneTalk({words: true});
	const talkPlan = planTalk({talk, media: {src: 'talkreel-media/tones.wav', durationMs: 12_000}});
	const {batch} = planClipJobs({talk, talkPlan, shapes: ['square', 'portrait'], quoteIds: [talkPlan.quotes[1]!.id]});

	it('lists the clips written, at the render’s size, with the span each plays as planned, and the failed ones with why', () => {
		const manifest = buildClipManifest({batch, errors: [null, 'boom'], scale: 0.25});
		const [square, portrait] = batch.jobs;
		expect(manifest.clips).toEqual([
			expect.objectContaining({
				id: square!.clip.quoteId,
				shape: 'square',
				width: 270,
				height: 270,
				files: square!.files,
				audio: {fromMs: square!.clip.audio!.fromMs, toMs: square!.clip.audio!.toMs, startsAtMs: 0},
			}),
		]);
		expect(manifest.failed).toEqual([{id: portrait!.clip.quoteId, shape: 'portrait', error: 'boom'}]);
		expect(manifest).toMatchObject({talkSlug: talk.slug, title: talk.metadata.title, language: 'en'});
	});

	it('lists a clip that was never rendered as failed', () => {
		expect(buildClipManifest({batch, errors: [null], scale: 1}).failed).toEqual([{id: batch.jobs[1]!.clip.quoteId, shape: 'portrait', error: 'not rendered'}]);
	});
});
