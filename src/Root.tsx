import type React from 'react';
import {Composition, Folder} from 'remotion';
import {calculateRecapMetadata, calculateScenePreviewMetadata} from './video/calculate-recap-metadata';
import {loadFonts} from './video/load-fonts';
import {Recap} from './video/Recap';
import {DEFAULT_RECAP_PROPS, RecapPropsSchema, SCENE_TYPES, ScenePreviewPropsSchema} from './video/recap-schema';
import {ScenePreview} from './video/ScenePreview';
import {Storyboard, calculateStoryboardMetadata} from './video/Storyboard';
import {Baseline, BaselinePropsSchema, calculateBaselineMetadata} from './video/Baseline';
import {CLIP_LAYOUTS, CLIP_SHAPES} from './plan/layout';
import {calculateQuoteMetadata} from './video/Quote/calculate-quote-metadata';
import {Quote} from './video/Quote/Quote';
import {DEFAULT_QUOTE_PROPS, QuotePropsSchema} from './video/Quote/quote-schema';
import {QuoteBatch, calculateQuoteBatchMetadata} from './video/Quote/QuoteBatch';
import {DEFAULT_QUOTE_BATCH_PROPS, QuoteBatchPropsSchema} from './video/Quote/quote-batch-schema';
import {DEFAULT_FPS, DEFAULT_HEIGHT, DEFAULT_WIDTH} from './plan/timing';
import {studioTalkSlug} from './video/bundled-talks';
import {firstFrameShown, openOnContent} from './video/first-frame';
import {pickPreviewScene} from './video/pick-preview-scene';
import type {RecapProps, ScenePreviewProps} from './video/recap-schema';
import type {QuoteProps} from './video/Quote/quote-schema';
import type {QuoteBatchProps} from './video/Quote/quote-batch-schema';

// Self-hosted fonts, awaited (delayRender) before any frame is drawn.
void loadFonts();

const SCENE_PREVIEW_IDS: Record<(typeof SCENE_TYPES)[number], string> = {
	title: 'TitleCard',
	section: 'SectionSlide',
	quote: 'QuoteCard',
	outro: 'Outro',
};

// The talk `talkreel studio FILE` opened, else the seed talk of data/.
const talkSlug = studioTalkSlug();

// Studio opens each composition where its content is on screen (its first still frame), not on the dark frame 0.
const recapMetadata = openOnContent(calculateRecapMetadata, (props: RecapProps) => firstFrameShown({stills: props.plan?.stills ?? []}));
const scenePreviewMetadata = openOnContent(calculateScenePreviewMetadata, ({plan, sceneType, sceneId}: ScenePreviewProps) => {
	if (plan === null) return 0;
	const scene = pickPreviewScene({plan, sceneType, sceneId});
	return firstFrameShown({stills: scene.stills, from: scene.from});
});
const quoteMetadata = openOnContent(calculateQuoteMetadata, (props: QuoteProps) => firstFrameShown({stills: props.clip?.stills ?? []}));
const quoteBatchMetadata = openOnContent(calculateQuoteBatchMetadata, (props: QuoteBatchProps) => firstFrameShown({stills: props.clips?.[0]?.stills ?? []}));

export const RemotionRoot: React.FC = () => (
	<>
		<Composition
			id="Recap"
			component={Recap}
			schema={RecapPropsSchema}
			defaultProps={{...DEFAULT_RECAP_PROPS, talkSlug}}
			calculateMetadata={recapMetadata}
			durationInFrames={DEFAULT_FPS * 60}
			fps={DEFAULT_FPS}
			width={DEFAULT_WIDTH}
			height={DEFAULT_HEIGHT}
		/>
		{CLIP_SHAPES.map((shape) => (
			<Composition
				key={shape}
				id={`Quote-${shape}`}
				component={Quote}
				schema={QuotePropsSchema}
				defaultProps={{...DEFAULT_QUOTE_PROPS, talkSlug, shape}}
				calculateMetadata={quoteMetadata}
				durationInFrames={DEFAULT_FPS * 8}
				fps={DEFAULT_FPS}
				width={CLIP_LAYOUTS[shape].widthPx}
				height={CLIP_LAYOUTS[shape].heightPx}
			/>
		))}
		<Composition
			id="Storyboard"
			component={Storyboard}
			schema={RecapPropsSchema}
			defaultProps={{...DEFAULT_RECAP_PROPS, talkSlug}}
			calculateMetadata={calculateStoryboardMetadata}
			durationInFrames={1}
			fps={DEFAULT_FPS}
			width={DEFAULT_WIDTH}
			height={DEFAULT_HEIGHT}
		/>
		<Folder name="Scenes">
			{SCENE_TYPES.map((sceneType) => (
				<Composition
					key={sceneType}
					id={SCENE_PREVIEW_IDS[sceneType]}
					component={ScenePreview}
					schema={ScenePreviewPropsSchema}
					defaultProps={{...DEFAULT_RECAP_PROPS, talkSlug, sceneType, sceneId: null}}
					calculateMetadata={scenePreviewMetadata}
					durationInFrames={DEFAULT_FPS * 5}
					fps={DEFAULT_FPS}
					width={DEFAULT_WIDTH}
					height={DEFAULT_HEIGHT}
				/>
			))}
		</Folder>
		<Folder name="QuoteBatches">
			{CLIP_SHAPES.map((shape) => (
				<Composition
					key={shape}
					id={`Quotes-${shape}`}
					component={QuoteBatch}
					schema={QuoteBatchPropsSchema}
					defaultProps={{...DEFAULT_QUOTE_BATCH_PROPS, talkSlug, shape}}
					calculateMetadata={quoteBatchMetadata}
					durationInFrames={DEFAULT_FPS * 8}
					fps={DEFAULT_FPS}
					width={CLIP_LAYOUTS[shape].widthPx}
					height={CLIP_LAYOUTS[shape].heightPx}
				/>
			))}
		</Folder>
		<Folder name="Benchmark">
			<Composition
				id="Baseline"
				component={Baseline}
				schema={BaselinePropsSchema}
				defaultProps={{durationInFrames: 300}}
				calculateMetadata={calculateBaselineMetadata}
				durationInFrames={300}
				fps={DEFAULT_FPS}
				width={DEFAULT_WIDTH}
				height={DEFAULT_HEIGHT}
			/>
		</Folder>
	</>
);
