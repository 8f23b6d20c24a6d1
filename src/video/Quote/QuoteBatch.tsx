import {InternalError} from '../../errors';
import type React from 'react';
import {type CalculateMetadataFunction, Sequence} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {plannedMetadata, resolveTalk} from '../calculate-recap-metadata';
import {planStudioClips} from './calculate-quote-metadata';
import {Quote} from './Quote';
import {DEFAULT_QUOTE_PROPS} from './quote-schema';
import {type QuoteBatchProps, batchMetadata, batchOffsets} from './quote-batch-schema';

const clipsForProps = (props: QuoteBatchProps): Clip[] => {
	if (props.clips) return props.clips;
	const {talkPlan, clip} = planStudioClips({talk: resolveTalk({talk: null, talkSlug: props.talkSlug}), maxSeconds: props.maxSeconds});
	return talkPlan.quotes.map((quote) => clip(quote.id, props.shape));
};

export const calculateQuoteBatchMetadata: CalculateMetadataFunction<QuoteBatchProps> = ({props}) => {
	const clips = clipsForProps(props);
	return plannedMetadata(batchMetadata(clips), {...props, clips});
};

/** Each clip as `Quote` draws it, in its own sequence (its frames count from 0), silent: the renderer muxes each clip's sound. */
export const QuoteBatch: React.FC<QuoteBatchProps> = ({clips, theme}) => {
	if (!clips) throw new InternalError({code: 'PLAN', problem: 'QuoteBatch has no clips; calculateMetadata should have made them'});
	const offsets = batchOffsets(clips);
	return (
		<>
			{clips.map((clip, i) => (
				<Sequence key={`${clip.quoteId}-${i}`} from={offsets[i]} durationInFrames={clip.durationInFrames} name={clip.quoteId}>
					<Quote {...DEFAULT_QUOTE_PROPS} shape={clip.shape} clip={clip} theme={theme} withAudio={false} />
				</Sequence>
			))}
		</>
	);
};
