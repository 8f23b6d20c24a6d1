import type {CalculateMetadataFunction} from 'remotion';
import {planRecap} from '../plan/plan-recap';
import type {Plan} from '../plan/plan-schema';
import {applyEdits} from '../highlights/apply-edits';
import {ingestTalk} from '../talk/ingest-talk';
import type {Talk} from '../talk/talk-schema';
import {readBundledTalks} from './bundled-talks';
import {pickPreviewScene} from './pick-preview-scene';
import {RECAP_FPS, RECAP_HEIGHT, RECAP_WIDTH, type RecapProps, type ScenePreviewProps} from './recap-schema';

/** The props' talk, or the bundled data/ talk named by `talkSlug`. */
export const resolveTalk = ({talk, talkSlug}: Pick<RecapProps, 'talk' | 'talkSlug'>): Talk => {
	if (talk) return talk;
	const files = readBundledTalks();
	const found = files.find((f) => f.slug === talkSlug);
	if (!found) {
		const known = files.map((f) => f.slug).join(', ') || 'none (pass a `talk` in the input props)';
		throw new Error(`TALK_READ: no talk "${talkSlug}" in data/; bundled talks: ${known}`);
	}
	const {talk: ingested} = ingestTalk({text: found.text, file: found.file});
	return found.edits === undefined ? ingested : applyEdits({talk: ingested, editsText: found.edits.text, editsFile: found.edits.file}).talk;
};

/** The plan drawn for these props: the one passed in, else the planner's, run once. */
export const planForProps = (props: RecapProps): Plan => {
	if (props.plan) return props.plan;
	const talk = resolveTalk(props);
	return planRecap({
		talk,
		maxSeconds: props.maxSeconds,
		fps: RECAP_FPS,
		width: RECAP_WIDTH,
		height: RECAP_HEIGHT,
		speakerColors: props.speakerColors ?? {},
	}).plan;
};

export const calculateRecapMetadata: CalculateMetadataFunction<RecapProps> = ({props}) => {
	const plan = planForProps(props);
	return {
		durationInFrames: plan.durationInFrames,
		fps: plan.fps,
		width: plan.width,
		height: plan.height,
		props: {...props, plan},
	};
};

export const calculateScenePreviewMetadata: CalculateMetadataFunction<ScenePreviewProps> = ({props}) => {
	const plan = planForProps(props);
	const scene = pickPreviewScene({plan, sceneType: props.sceneType, sceneId: props.sceneId});
	return {
		durationInFrames: scene.durationInFrames,
		fps: plan.fps,
		width: plan.width,
		height: plan.height,
		props: {...props, plan, sceneId: scene.id},
	};
};
