import type {CalculateMetadataFunction} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import type {ClipShape} from '../../plan/layout';
import type {Talk} from '../../talk/talk-schema';
import {planClip} from '../../plan/plan-clip';
import {planTalk} from '../../plan/plan-talk';
import {plannedMetadata, resolveTalk} from '../calculate-recap-metadata';
import {studioSoundFor} from '../studio-sound';
import type {QuoteProps} from './quote-schema';

/**
 * A talk planned once for Studio's clip compositions, with the recording and cover art
 * Studio finds in public/: `clip(quoteId, shape)` lays out any of its quotes.
 */
export const planStudioClips = ({talk, maxSeconds, speakerColors = {}}: {talk: Talk; maxSeconds: number; speakerColors?: Record<string, string>}) => {
	const {media, cover} = studioSoundFor({talk});
	const talkPlan = planTalk({talk, maxSeconds, speakerColors, media});
	return {talkPlan, clip: (quoteId: string | null, shape: ClipShape): Clip => planClip({talk, talkPlan, quoteId, shape, cover}).clip};
};

/** The clip drawn for these props: the one passed in, else the talk planned once (`planTalk`) and the quote's clip (`planClip`). */
const clipForProps = (props: QuoteProps): Clip =>
	props.clip ??
	planStudioClips({talk: resolveTalk(props), maxSeconds: props.maxSeconds, speakerColors: props.speakerColors ?? {}}).clip(props.quoteId, props.shape);

export const calculateQuoteMetadata: CalculateMetadataFunction<QuoteProps> = ({props}) => {
	const clip = clipForProps(props);
	return plannedMetadata(clip, {...props, clip});
};
