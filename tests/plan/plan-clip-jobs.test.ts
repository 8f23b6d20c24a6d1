import {describe, expect, it} from 'vitest';
import {clipFileNames} from '../../src/plan/clip-file-name';
import {planClipJobs} from '../../src/plan/plan-clip-jobs';
import {planTalk} from '../../src/plan/plan-talk';
import {makeToneTalk} from '../support/tone-fixture';

describe('planClipJobs: every clip of a batch, planned before anything is bundled', () => {
	const talk = makeToneTalk({words: true});
	const talkPlan = planTalk({talk, media: {src: 'talkreel-media/tones.wav', durationMs: 12_000}});
	const ids = talkPlan.quotes.map((q) => q.id);

	it('plans every quote in every shape, in quote order, each with its file names', () => {
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['square', 'portrait']});
		expect(batch.jobs.map((j) => [j.clip.quoteId, j.clip.shape])).toEqual(
			ids.flatMap((id) => [
				[id, 'square'],
				[id, 'portrait'],
			]),
		);
		for (const {clip, files} of batch.jobs) expect(files).toEqual(clipFileNames({quoteId: clip.quoteId, speakerName: 'Tone', shape: clip.shape}));
		expect(batch).toMatchObject({talkSlug: 'tone-bursts', title: 'Tone bursts', language: 'en'});
	});

	it('plans only the quotes asked for, with the cover given', () => {
		const {batch} = planClipJobs({talk, talkPlan, shapes: ['landscape'], quoteIds: [ids[1]!], cover: 'talkreel-media/cover.png'});
		expect(batch.jobs.map((j) => [j.clip.quoteId, j.clip.cover])).toEqual([[ids[1], 'talkreel-media/cover.png']]);
	});

	it('refuses a quote id the recap does not show, naming the ones it does', () => {
		expect(() => planClipJobs({talk, talkPlan, shapes: ['square'], quoteIds: ['t099s1']})).toThrow(
			`ARGS: --quote "t099s1": not a quote of this recap (its quotes at --max-seconds 180: ${ids.join(', ')})`,
		);
	});
});
