import {describe, expect, it} from 'vitest';
import type {Clip} from '../../src/plan/clip-schema';
import {TRANSLATION_GAP_EM} from '../../src/plan/fit-translation';
import {CLIP_LAYOUTS, CLIP_SHAPES, QUOTE_MARK_ABOVE_EM, SPEAKER_LABEL_LINE_HEIGHT} from '../../src/plan/layout';
import {planClip} from '../../src/plan/plan-clip';
import {buildTalkSpeech} from '../../src/plan/plan-speech';
import type {PlannedQuote} from '../../src/plan/plan-talk';
import {DEFAULT_FPS} from '../../src/plan/timing';
import {TalkSchema} from '../../src/talk/talk-schema';

/**
 * Regression: a voiced clip's stage was shrunk for its level band only where it is drawn
 * (`Quote.tsx`), while the planner fitted the quote to the whole box, so a quote that
 * filled its box overflowed the stage by about 37 px (square) and 57 px (portrait), over
 * the header and into the level band. Here the block `Quote.tsx` centres in the stage
 * (the speaker label, the gap, an opening mark placed above, the quote's lines and its
 * translation) is measured from the plan alone, for quotes of one sentence up to past
 * the longest that fits, and must lie inside the stage the clip is drawn on.
 */
const SENTENCE = '这是一句很长很长的话，它说明了一个需要很多字才能说清楚的道理。';
const TRANSLATION = 'This is a very long sentence that explains something which needs many words to say.';

/** `sentences` sentences, each translated by a sentence of its own (a bilingual cue each). */
const talkOf = ({sentences, translated}: {sentences: number; translated: boolean}) =>
	TalkSchema.parse({
		slug: 'stage',
		metadata: {title: 'Stage', language: 'zh', source: {}},
		speakers: [{id: 'guest', name: 'Guest', role: 'guest'}],
		sections: [
			{
				id: 's1',
				title: '开场',
				turns: [
					{
						id: 't001',
						speakerIds: ['guest'],
						text: SENTENCE.repeat(sentences),
						kind: 'speech',
						line: 1,
						startMs: 0,
						endMs: sentences * SENTENCE.length * 220,
						...(translated
							? {
									translation: Array.from({length: sentences}, () => TRANSLATION).join(' '),
									translationSpans: Array.from({length: sentences}, (_, i) => ({
										start: i * SENTENCE.length,
										end: (i + 1) * SENTENCE.length,
										translationStart: i * (TRANSLATION.length + 1),
										translationEnd: i * (TRANSLATION.length + 1) + TRANSLATION.length,
									})),
								}
							: {}),
					},
				],
			},
		],
	});

const clipOf = ({sentences, shape, voiced, translated}: {sentences: number; shape: (typeof CLIP_SHAPES)[number]; voiced: boolean; translated: boolean}) => {
	const text = SENTENCE.repeat(sentences);
	const talk = talkOf({sentences, translated});
	const quote: PlannedQuote = {id: 't001s1', number: 1, turnId: 't001', speakerId: 'guest', sectionId: 's1', text, start: 0, end: text.length};
	const speech = voiced ? buildTalkSpeech({talk, media: {src: 'talk.wav', durationMs: null}}) : null;
	return planClip({talk, talkPlan: {quotes: [quote], fps: DEFAULT_FPS, speakerColors: {}, speech}, quoteId: quote.id, shape}).clip;
};

/** The height of what the stage centres, as `Quote.tsx` draws it. */
const blockHeightPx = (clip: Clip): number => {
	const {layout, body, translation} = clip;
	const label = layout.speakerSizePx * SPEAKER_LABEL_LINE_HEIGHT;
	const mark = layout.quoteMarkPlacement === 'above' ? layout.quoteMarkSizePx * QUOTE_MARK_ABOVE_EM : 0;
	const quote = body.lines.length * body.fontSizePx * body.lineHeight;
	const under =
		translation === undefined ? 0 : body.fontSizePx * TRANSLATION_GAP_EM + translation.lines.length * translation.fontSizePx * translation.lineHeight;
	return label + layout.speakerGapPx + mark + quote + under;
};

describe.each(CLIP_SHAPES.flatMap((shape) => [true, false].flatMap((voiced) => [false, true].map((translated) => ({shape, voiced, translated})))))(
	'a clip: %o',
	({shape, voiced, translated}) => {
		const layout = CLIP_LAYOUTS[shape];
		// Where the stage is: above the level band (and its gap) when the clip plays its voice.
		const top = layout.stageTopPx;
		const bottom = voiced ? layout.waveform.topPx - layout.speakerGapPx : layout.stageBottomPx;

		it('draws every line of the longest quote that fits, and of longer ones cut to a card, inside its stage', () => {
			let longest = 0;
			for (let sentences = 1; sentences <= 12; sentences++) {
				const clip = clipOf({sentences, shape, voiced, translated});
				expect(clip.audio !== null).toBe(voiced);
				expect(clip.translation !== undefined).toBe(translated);
				expect(clip.stage).toEqual({topPx: top, heightPx: bottom - top});
				if (!clip.truncated) longest = sentences;
				const height = blockHeightPx(clip);
				const blockTop = top + (bottom - top - height) / 2;
				expect(blockTop, `${sentences} sentences: the first line's top`).toBeGreaterThanOrEqual(top - 1e-6);
				expect(blockTop + height, `${sentences} sentences: the last line's bottom`).toBeLessThanOrEqual(bottom + 1e-6);
			}
			// The longest quote that fits is reached, and longer ones are cut.
			expect(longest).toBeGreaterThan(1);
			expect(longest).toBeLessThan(12);
		});
	},
);
