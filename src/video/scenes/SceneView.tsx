import type React from 'react';
import type {Plan, Scene} from '../../plan/plan-schema';
import type {Theme} from '../theme';
import {OutroScene} from './OutroScene';
import {QuoteScene} from './QuoteScene';
import {SectionScene} from './SectionScene';
import {TitleScene} from './TitleScene';

/** One scene of the plan; its `useCurrentFrame()` is local (0 = the scene's first frame). */
export const SceneView: React.FC<{scene: Scene; plan: Plan; theme: Theme}> = ({scene, plan, theme}) => {
	switch (scene.type) {
		case 'title':
			return <TitleScene scene={scene} plan={plan} theme={theme} />;
		case 'section':
			return <SectionScene scene={scene} plan={plan} theme={theme} />;
		case 'quote':
			return <QuoteScene scene={scene} plan={plan} theme={theme} />;
		case 'outro':
			return <OutroScene scene={scene} plan={plan} theme={theme} />;
	}
};
