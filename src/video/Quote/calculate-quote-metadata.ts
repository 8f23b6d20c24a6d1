import type {CalculateMetadataFunction} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {planClip} from '../../plan/plan-clip';
import {planTalk} from '../../plan/plan-talk';
import {plannedMetadata, resolveTalk} from '../calculate-recap-metadata';
import {studioSoundFor} from '../studio-sound';
import type {QuoteProps} from './quote-schema';

/** The clip drawn for these props: the one passed in, else the talk planned once (`planTalk`) and the quote's clip (`planClip`). */
export const clipForProps = (props: QuoteProps): Clip => {
	if (props.clip) return props.clip;
	const talk = resolveTalk(props);
	const {media, cover} = studioSoundFor({talk});
	const talkPlan = planTalk({talk, maxSeconds: props.maxSeconds, speakerColors: props.speakerColors ?? {}, media});
	return planClip({talk, talkPlan, quoteId: props.quoteId, shape: props.shape, cover}).clip;
};

export const calculateQuoteMetadata: CalculateMetadataFunction<QuoteProps> = ({props}) => {
	const clip = clipForProps(props);
	return plannedMetadata(clip, {...props, clip});
};
