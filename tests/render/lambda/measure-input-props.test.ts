import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {planTalk} from '../../../src/plan/plan-talk';
import {CLIP_SHAPES} from '../../../src/plan/layout';
import {planClipJobs} from '../../../src/plan/plan-clip-jobs';
import {quoteInputProps, recapInputProps} from '../../../src/render/compositions';
import {INLINE_PROPS_LIMIT, measureInputProps} from '../../../src/render/lambda/measure-input-props';
import {loadTalk} from '../../../src/talk/load-talk';
import type {Talk} from '../../../src/talk/talk-schema';
import {makeLongTranscript} from '../../support/make-long-transcript';
import {REPO_ROOT} from '../../support/run-cli';

/** AWS Lambda's limit on an asynchronous invocation's payload, in bytes: how the main function hands props to its renderers. */
const AWS_ASYNC_PAYLOAD_BYTES = 256 * 1024;

/** The props a Lambda render of the recap and of each clip would send: the plan, drawn as given, muted (the sound is muxed locally). */
const lambdaProps = (talk: Talk) => {
	const talkPlan = planTalk({talk, maxSeconds: 180});
	const recap = measureInputProps({inputProps: recapInputProps({talk, plan: talkPlan.recap, withAudio: false}), kind: 'media'});
	const {batch} = planClipJobs({talk, talkPlan, shapes: CLIP_SHAPES});
	const clips = batch.jobs.map((job) => measureInputProps({inputProps: quoteInputProps({clip: job.clip, withAudio: false}), kind: 'media'}));
	return {recap, clips, talk: measureInputProps({inputProps: {talk}, kind: 'media'})};
};

describe('input props as Lambda would receive them', () => {
	it('Remotion’s inline limits: a video’s props over 193 976 characters and a still’s over 4 993 976 go through S3', () => {
		expect(INLINE_PROPS_LIMIT).toEqual({media: 193_976, still: 4_993_976});
		const at = (n: number) => ({text: 'x'.repeat(n - '{"text":""}'.length)});
		expect(measureInputProps({inputProps: at(193_976), kind: 'media'}).inline).toBe(true);
		expect(measureInputProps({inputProps: at(193_977), kind: 'media'}).inline).toBe(false);
		expect(measureInputProps({inputProps: at(193_977), kind: 'still'}).inline).toBe(true);
	});

	it('counts characters as Remotion does, and bytes as AWS does: Chinese is 3 bytes a character', () => {
		expect(measureInputProps({inputProps: {t: '对谈'}, kind: 'media'})).toEqual({characters: 10, bytes: 14, inline: true});
	});

	it.each([
		[
			'the seed talk',
			async () =>
				loadTalk({bytes: new Uint8Array(await readFile(`${REPO_ROOT}/data/aspen-2024-altman-chesky.md`)), file: 'aspen-2024-altman-chesky.md', edits: null})
					.talk,
		],
		['a three-hour English podcast (30 000 words)', async () => loadTalk({text: makeLongTranscript({words: 30_000}).text, file: 'long.md', edits: null}).talk],
		[
			'a three-hour Chinese podcast (40 000 characters)',
			async () => loadTalk({text: makeLongTranscript({words: 40_000, language: 'zh'}).text, file: 'long.md', edits: null}).talk,
		],
	])(
		'%s: the recap’s and every clip’s props stay inline, far under both limits',
		async (name, load) => {
			const {recap, clips, talk} = lambdaProps(await load());
			const largestClip = clips.reduce((most, c) => Math.max(most, c.bytes), 0);
			console.log(
				`${name}: recap props ${recap.characters} characters, ${recap.bytes} bytes; ${clips.length} clips, largest ${largestClip} bytes; the talk ${talk.characters} characters`,
			);
			expect(recap.inline).toBe(true);
			// Under a fifth of either limit: a plan grows with the recap's length, not the talk's.
			expect(recap.characters).toBeLessThan(INLINE_PROPS_LIMIT.media / 5);
			expect(recap.bytes).toBeLessThan(AWS_ASYNC_PAYLOAD_BYTES / 5);
			expect(clips.every((c) => c.inline && c.bytes < 10_000)).toBe(true);
		},
		120_000,
	);

	it('the whole talk of a three-hour podcast would not stay inline: the plan is sent, not the talk', () => {
		const talk = loadTalk({text: makeLongTranscript({words: 30_000}).text, file: 'long.md', edits: null}).talk;
		expect(lambdaProps(talk).talk.inline).toBe(false);
	}, 120_000);
});
