import {describe, expect, it} from 'vitest';
import {ClipSchema} from '../../src/plan/clip-schema';
import {WAVEFORM_MAX_WAIT_MS, WAVEFORM_RANGE_DB, waveformBarCount, waveformLevels, withWaveformLevels} from '../../src/plan/clip-waveform';
import {CLIP_SHAPES} from '../../src/plan/layout';
import {planClip} from '../../src/plan/plan-clip';
import {audioFrames} from '../../src/plan/plan-speech';
import {planTalk} from '../../src/plan/plan-talk';
import {CLIP_HOLD_MS, MIN_MARK_MS, VOICED_REVEAL_STEP_MS, msToFrames} from '../../src/plan/timing';
import {makeToneTalk} from '../support/tone-fixture';

const MEDIA = {src: 'talkreel-media/tones.wav', durationMs: 12_000};
const talk = makeToneTalk({words: true, pinEveryCue: true});
const talkPlan = planTalk({talk, media: MEDIA});

describe.each(CLIP_SHAPES)('an audiogram clip (%s)', (shape) => {
	const {clip} = planClip({talk, talkPlan, quoteId: talkPlan.quotes[1]!.id, shape});
	const heard = audioFrames({audio: clip.audio!, fps: clip.fps});

	it('plays the quote’s span of the recording from frame 0', () => {
		expect(ClipSchema.parse(JSON.parse(JSON.stringify(clip)))).toEqual(clip);
		expect(clip.audio).toMatchObject({fromMs: 4850, atFrame: 0});
		expect(clip.sound).toEqual({media: MEDIA.src, music: null, spans: [clip.audio]});
	});

	it('lasts the speech, then the hold', () => {
		expect(clip.durationInFrames).toBeGreaterThanOrEqual(heard.durationInFrames + msToFrames({ms: CLIP_HOLD_MS, fps: clip.fps}));
	});

	it('brings each reveal step in before its first word is said', () => {
		const marks = clip.marks ?? [];
		expect(marks.length).toBeGreaterThanOrEqual(2);
		expect(clip.steps.length).toBeGreaterThan(1);
		clip.steps.slice(1).forEach((step, k) => {
			const at = clip.text.indexOf(step.text);
			const first = marks.find((m) => m.end > at)!;
			// Fully in as the mark holding its first word starts, unless the step before it is still fading in.
			const pushed = step.fromFrame === clip.steps[k]!.fromFrame + step.durationInFrames + 1;
			if (!pushed) expect(step.fromFrame + step.durationInFrames).toBe(first.fromFrame);
		});
	});

	it('marks a few words at a time: every mark lasts MIN_MARK_MS or more, as on a recap card', () => {
		const marks = clip.marks ?? [];
		const minFrames = msToFrames({ms: MIN_MARK_MS, fps: clip.fps});
		for (const m of marks) expect(m.toFrame - m.fromFrame).toBeGreaterThanOrEqual(minFrames);
		// Several words to a mark, in order, none left out.
		expect(marks.some((m) => clip.text.slice(m.start, m.end).trim().includes(' '))).toBe(true);
		for (let i = 1; i < marks.length; i++) expect(marks[i]!.fromFrame).toBe(marks[i - 1]!.toFrame);
	});

	it('fades each later reveal step in over VOICED_REVEAL_STEP_MS, the voice announcing it', () => {
		const fade = msToFrames({ms: VOICED_REVEAL_STEP_MS, fps: clip.fps});
		expect(fade).toBe(5);
		for (const step of clip.steps.slice(1)) expect(step.durationInFrames).toBe(fade);
	});

	it('cuts its still ranges wherever the marked word changes', () => {
		const changes = (clip.marks ?? []).flatMap((m) => [m.fromFrame, m.toFrame]);
		for (const still of clip.stills) for (const c of changes) expect(c > still.from && c < still.from + still.durationInFrames).toBe(false);
	});

	it('lays out its level band: a bar per slice of its span, the stills cut where each is reached; render fills in the levels', () => {
		const bars = waveformBarCount({layout: clip.layout});
		expect(bars).toBeGreaterThan(40);
		const reached = clip.waveform!.playedFrom;
		expect(reached).toHaveLength(bars);
		expect(reached[0]).toBe(0);
		for (let i = 1; i < reached.length; i++) expect(reached[i]!).toBeGreaterThanOrEqual(reached[i - 1]!);
		expect(reached.at(-1)!).toBeLessThan(heard.durationInFrames);
		for (const still of clip.stills) for (const c of reached) expect(c > still.from && c < still.from + still.durationInFrames).toBe(false);
		expect(clip.waveform!.bars).toBeNull();
		const levels = Array.from({length: bars}, (_, i) => (i % 7) / 7);
		const measured = withWaveformLevels({clip, levels});
		expect(measured.waveform).toEqual({playedFrom: reached, bars: levels});
		expect(measured.stills).toBe(clip.stills);
		expect(() => withWaveformLevels({clip, levels: levels.slice(1)})).toThrow(/RENDER: .* levels were measured for the .* bars/);
	});

	it('moves its level band on frames where its marks or reveal change, and in pauses at most WAVEFORM_MAX_WAIT_MS late', () => {
		const maxWait = msToFrames({ms: WAVEFORM_MAX_WAIT_MS, fps: clip.fps});
		const marks = clip.marks ?? [];
		const changes = new Set([
			...marks.flatMap((m) => [m.fromFrame, m.toFrame]),
			...clip.steps.flatMap((s) => Array.from({length: s.durationInFrames + 1}, (_, k) => s.fromFrame + k)),
		]);
		const bands = [...new Set(clip.waveform!.playedFrom)];
		// More bars than band changes: bars light together.
		expect(bands.length).toBeLessThan(clip.waveform!.playedFrom.length);
		// The bars of the span's tail light by its last heard frame at the latest.
		const lastHeard = heard.from + heard.durationInFrames - 1;
		expect(bands.at(-1)).toBeLessThanOrEqual(lastHeard);
		const own = bands.filter((f) => !changes.has(f) && f !== lastHeard);
		// A band change of its own comes only after WAVEFORM_MAX_WAIT_MS without any other change.
		for (const f of own) for (const c of changes) expect(c < f - maxWait || c >= f).toBe(true);
		expect(own.length).toBeLessThan(bands.length / 2);
	});

	it('draws its label and quote on a stage that ends speakerGapPx above the level band', () => {
		const {layout} = clip;
		expect(clip.stage).toEqual({topPx: layout.stageTopPx, heightPx: layout.waveform.topPx - layout.speakerGapPx - layout.stageTopPx});
	});
});

describe('clips of a talk without its recording', () => {
	it('are silent, as before, and keep no level band', () => {
		const silent = planTalk({talk});
		const {clip} = planClip({talk, talkPlan: silent, quoteId: null, shape: 'square'});
		expect(clip.audio).toBeNull();
		expect(clip.sound).toBeUndefined();
		expect(clip.marks).toEqual([]);
		expect(clip.waveform).toBeNull();
		expect(clip.stage).toEqual({topPx: clip.layout.stageTopPx, heightPx: clip.layout.stageBottomPx - clip.layout.stageTopPx});
		expect(withWaveformLevels({clip, levels: [0.5, 1]})).toBe(clip);
		expect(clip.durationInFrames).toBe(clip.readingFrames + clip.holdFrames);
	});
});

it('a cover narrows the header text beside it', () => {
	const longTitle = {
		...talk,
		metadata: {...talk.metadata, title: 'A rather long title for a talk about trees, roofs and fountains in the hottest cities of the world'},
	};
	const plan = planTalk({talk: longTitle, media: MEDIA});
	const plain = planClip({talk: longTitle, talkPlan: plan, quoteId: null, shape: 'square'}).clip;
	const covered = planClip({talk: longTitle, talkPlan: plan, quoteId: null, shape: 'square', cover: 'talkreel-media/cover.png'}).clip;
	expect(covered.cover).toBe('talkreel-media/cover.png');
	expect(covered.talkTitle.lines[0]!.length).toBeLessThan(plain.talkTitle.lines[0]!.length);
});

describe('waveformLevels', () => {
	it('is each slice’s level in dB, relative to the loudest, on a 0–1 scale', () => {
		// Four slices of one frame each (mono): full, half, a hundredth, silence.
		const samples = Float32Array.from([1, -1, 0.5, -0.5, 0.01, -0.01, 0, 0]);
		expect(waveformLevels({samples, channels: 1, from: 0, to: 8, bars: 4})).toEqual([1, Math.round((1 - 6.0206 / WAVEFORM_RANGE_DB) * 1000) / 1000, 0, 0]);
	});
});
