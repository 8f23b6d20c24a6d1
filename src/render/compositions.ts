import {selectComposition} from '@remotion/renderer';
import type {Clip} from '../plan/clip-schema';
import type {Plan, PlannedVideo} from '../plan/plan-schema';
import type {Talk} from '../talk/talk-schema';
import {DEFAULT_QUOTE_PROPS, type QuoteProps} from '../video/Quote/quote-schema';
import {DEFAULT_QUOTE_BATCH_PROPS, type QuoteBatchProps} from '../video/Quote/quote-batch-schema';
import {plannedMetadata} from '../video/calculate-recap-metadata';
import {DEFAULT_RECAP_PROPS, type RecapProps} from '../video/recap-schema';
import type {Mix} from '../video/sound/mix-schema';
import {DEFAULT_THEME, type Theme} from '../video/theme';
import {type RenderBrowser, browserOptions} from './browser';
import type {Bundle} from './bundle-project';
import type {Composition} from './render-video-options';

/**
 * How a composition plays its sound in a render: whether it mounts its `<Audio>` (the
 * plain renderer) or not (the fast one muxes a track built in Node), and the gains that
 * track was mixed with.
 */
export type SoundProps = {withAudio?: boolean; mix?: Mix};

const soundProps = ({withAudio, mix}: SoundProps) => ({...(withAudio === undefined ? {} : {withAudio}), ...(mix === undefined ? {} : {mix})});

/** The input props of `Recap` for a plan made in Node: the composition draws it as given. */
export const recapInputProps = ({talk, plan, theme = DEFAULT_THEME, ...sound}: {talk: Talk; plan: Plan; theme?: Theme} & SoundProps): RecapProps => ({
	...DEFAULT_RECAP_PROPS,
	talkSlug: talk.slug,
	theme,
	plan,
	...soundProps(sound),
});

/** The input props of `Quote-<shape>` for a clip planned in Node. */
export const quoteInputProps = ({clip, theme = DEFAULT_THEME, ...sound}: {clip: Clip; theme?: Theme} & SoundProps): QuoteProps => ({
	...DEFAULT_QUOTE_PROPS,
	talkSlug: clip.talkSlug,
	quoteId: clip.quoteId,
	shape: clip.shape,
	theme,
	clip,
	...soundProps(sound),
});

/** The input props of `Quotes-<shape>`: clips of one shape, planned in Node, drawn back to back (silent; each clip's sound is muxed). */
export const quoteBatchInputProps = ({clips, theme = DEFAULT_THEME}: {clips: Clip[]; theme?: Theme}): QuoteBatchProps => ({
	...DEFAULT_QUOTE_BATCH_PROPS,
	shape: clips[0]?.shape ?? DEFAULT_QUOTE_BATCH_PROPS.shape,
	theme,
	clips,
});

/**
 * The composition that draws a video planned in Node, as `selectComposition` resolves it,
 * without a tab of its own: the compositions' `calculateMetadata` takes the size, rate
 * and length from the plan in the props (`plannedMetadata`; a batch's from its clips,
 * `batchMetadata`), so Node knows them already. Choosing one in the browser loads the
 * bundle and its fonts in a tab, 1.4–1.7 s each time: once for a recap, once per shape
 * for clips. A render reads no default of the composition's, so none is set. A test holds
 * this to `selectIn` for a recap, a clip and a batch.
 */
export const plannedComposition = ({
	id,
	video,
	inputProps,
}: {
	id: string;
	/** The plan, the clip, or a batch's `batchMetadata`. */
	video: Pick<PlannedVideo, 'fps' | 'width' | 'height' | 'durationInFrames'>;
	inputProps: Record<string, unknown>;
}): Composition => ({
	id,
	...plannedMetadata(video, inputProps),
	defaultProps: {},
	defaultCodec: null,
	defaultOutName: null,
	defaultVideoImageFormat: null,
	defaultPixelFormat: null,
	defaultProResProfile: null,
	defaultSampleRate: null,
});

/** `selectComposition` in this bundle and browser: the one place its options are written. */
export const selectIn = ({
	bundle,
	browser,
	id,
	inputProps,
}: {
	bundle: Bundle;
	browser: RenderBrowser;
	id: string;
	inputProps: Record<string, unknown>;
}): Promise<Composition> => selectComposition({serveUrl: bundle.serveUrl, id, inputProps, ...browserOptions(browser)});
