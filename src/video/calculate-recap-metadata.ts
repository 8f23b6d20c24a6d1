import type {CalculateMetadataFunction} from 'remotion';
import type {Plan} from '../plan/plan-schema';
import {planTalk} from '../plan/plan-talk';
import type {Talk} from '../talk/talk-schema';
import {loadBundledTalk} from './bundled-talks';
import {pickPreviewScene} from './pick-preview-scene';
import type {RecapProps, ScenePreviewProps} from './recap-schema';
import {studioSoundFor} from './studio-sound';

/** The props' talk, or the bundled data/ talk named by `talkSlug`. */
export const resolveTalk = ({talk, talkSlug}: Pick<RecapProps, 'talk' | 'talkSlug'>): Talk => talk ?? loadBundledTalk({slug: talkSlug});

/** The plan drawn for these props: the one passed in, else `planTalk`'s, run once (with the recording Studio finds in public/). */
export const planForProps = (props: RecapProps): Plan => {
	if (props.plan) return props.plan;
	const talk = resolveTalk(props);
	return planTalk({talk, maxSeconds: props.maxSeconds, speakerColors: props.speakerColors ?? {}, media: studioSoundFor({talk}).media}).recap;
};

/** A composition's metadata from what was planned for it: its size, rate and length, and the props with the plan in them. */
export const plannedMetadata = <P>({durationInFrames, fps, width, height}: Pick<Plan, 'durationInFrames' | 'fps' | 'width' | 'height'>, props: P) => ({
	durationInFrames,
	fps,
	width,
	height,
	props,
});

export const calculateRecapMetadata: CalculateMetadataFunction<RecapProps> = ({props}) => {
	const plan = planForProps(props);
	return plannedMetadata(plan, {...props, plan});
};

export const calculateScenePreviewMetadata: CalculateMetadataFunction<ScenePreviewProps> = ({props}) => {
	const plan = planForProps(props);
	const scene = pickPreviewScene({plan, sceneType: props.sceneType, sceneId: props.sceneId});
	return plannedMetadata({...plan, durationInFrames: scene.durationInFrames}, {...props, plan, sceneId: scene.id});
};
