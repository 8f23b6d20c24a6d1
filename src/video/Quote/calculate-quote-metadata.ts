import type {CalculateMetadataFunction} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {planClip} from '../../plan/plan-clip';
import {resolveTalk} from '../calculate-recap-metadata';
import {CLIP_FPS, type QuoteProps} from './quote-schema';

/** The clip drawn for these props: the one passed in, else the planner's, run once. */
export const clipForProps = (props: QuoteProps): Clip => {
	if (props.clip) return props.clip;
	return planClip({
		talk: resolveTalk(props),
		quoteId: props.quoteId,
		shape: props.shape,
		fps: CLIP_FPS,
		maxSeconds: props.maxSeconds,
		speakerColors: props.speakerColors ?? {},
	}).clip;
};

export const calculateQuoteMetadata: CalculateMetadataFunction<QuoteProps> = ({props}) => {
	const clip = clipForProps(props);
	return {
		durationInFrames: clip.durationInFrames,
		fps: clip.fps,
		width: clip.width,
		height: clip.height,
		props: {...props, clip},
	};
};
