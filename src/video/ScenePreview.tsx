import type React from 'react';
import {AbsoluteFill} from 'remotion';
import {pickPreviewScene} from './pick-preview-scene';
import {ChapterIndicator} from './components/ChapterIndicator';
import type {ScenePreviewProps} from './recap-schema';
import {SceneView} from './scenes/SceneView';

/** One scene of the plan alone, frame 0 = the scene's first frame, entry animation included. */
export const ScenePreview: React.FC<ScenePreviewProps> = ({plan, theme, sceneType, sceneId}) => {
	if (!plan) throw new Error('PLAN: ScenePreview has no plan; calculateMetadata should have made one');
	const scene = pickPreviewScene({plan, sceneType, sceneId});
	return (
		<AbsoluteFill style={{backgroundColor: theme.background}}>
			<SceneView scene={scene} plan={plan} theme={theme} />
			<ChapterIndicator plan={plan} sceneIndex={plan.scenes.indexOf(scene)} theme={theme} />
		</AbsoluteFill>
	);
};
