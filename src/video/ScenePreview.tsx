import {InternalError} from '../errors';
import type React from 'react';
import {AbsoluteFill} from 'remotion';
import {pickPreviewScene} from './pick-preview-scene';
import {ChapterIndicator} from './components/ChapterIndicator';
import type {ScenePreviewProps} from './recap-schema';
import {SceneView} from './scenes/SceneView';
import {NO_MIX} from './sound/mix-schema';
import {PlanSound} from './sound/PlanSound';

/** One scene of the plan alone, frame 0 = the scene's first frame, entry animation included. */
export const ScenePreview: React.FC<ScenePreviewProps> = ({plan, theme, sceneType, sceneId, withAudio = true, mix = NO_MIX}) => {
	if (!plan) throw new InternalError({code: 'PLAN', problem: 'ScenePreview has no plan; calculateMetadata should have made one'});
	const scene = pickPreviewScene({plan, sceneType, sceneId});
	return (
		<AbsoluteFill style={{backgroundColor: theme.background}}>
			<SceneView scene={scene} plan={plan} theme={theme} />
			<ChapterIndicator plan={plan} sceneIndex={plan.scenes.indexOf(scene)} theme={theme} />
			{/* A quote card plays its span here too, moved to the scene's own frames. */}
			{withAudio && plan.sound !== undefined && scene.type === 'quote' && scene.audio !== undefined ? (
				<PlanSound sound={{...plan.sound, spans: [{...scene.audio, atFrame: scene.audio.atFrame - scene.from}]}} mix={mix} />
			) : null}
		</AbsoluteFill>
	);
};
