import {describe, expect, it} from 'vitest';
import {planSound, spanGainAt} from '../../src/plan/plan-sound';

describe('spanGainAt: the one fade both renderers play', () => {
	const audio = {fromMs: 1000, toMs: 3000, fadeInMs: 40, fadeOutMs: 150};
	it.each([
		['silent at its first sample', audio, 0, 0],
		['half way up its fade-in', audio, 20, 0.5],
		['full once faded in', audio, 40, 1],
		['full in the middle', audio, 1000, 1],
		['half way down its fade-out', audio, 2000 - 75, 0.5],
		['silent at its end', audio, 2000, 0],
		['never below silence past its end', audio, 2100, 0],
		['full from the start without a fade-in', {...audio, fadeInMs: 0}, 0, 1],
		['full to the end without a fade-out', {...audio, fadeOutMs: 0}, 2000, 1],
	])('%s', (_name, span, ms, gain) => {
		expect(spanGainAt({audio: span, ms})).toBeCloseTo(gain, 12);
	});
});

describe('planSound: what a recap or a clip plays', () => {
	const span = {fromMs: 1000, toMs: 3000, atFrame: 30, fadeInMs: 40, fadeOutMs: 150};
	it.each([
		['nothing without a recording or music', {media: null, music: null, spans: []}, {}],
		['the recording and its spans', {media: 'talk.wav', music: null, spans: [span]}, {sound: {media: 'talk.wav', music: null, spans: [span]}}],
	])('%s', (_name, input, expected) => {
		expect(planSound({...input, fps: 30})).toEqual(expected);
	});

	it('ducks the music bed under every span, over the frames it is heard', () => {
		const {sound} = planSound({media: 'talk.wav', music: {src: 'bed.mp3'}, spans: [span, {...span, atFrame: 200}], fps: 30});
		expect(sound?.music?.ducks).toEqual([
			{from: 30, durationInFrames: 60},
			{from: 200, durationInFrames: 60},
		]);
	});
});
