import {InternalError} from '../errors';
import {linearTiming, TransitionSeries, type TransitionPresentation} from '@remotion/transitions';
import {fade} from '@remotion/transitions/fade';
import {slide} from '@remotion/transitions/slide';
import React from 'react';
import {AbsoluteFill, useCurrentFrame} from 'remotion';
import type {Plan, Scene} from '../plan/plan-schema';
import {ChapterIndicator, sceneIndexAt} from './components/ChapterIndicator';
import type {RecapProps} from './recap-schema';
import {SceneView} from './scenes/SceneView';
import {NO_MIX} from './sound/mix-schema';
import {PlanSound} from './sound/PlanSound';
import type {Theme} from './theme';

/**
 * The plan's timing is the only timing: `TransitionSeries` places scene i at
 * `from(i-1) + duration(i-1) − transitionIn(i)`, which must be the plan's `from`.
 */
export const assertPlanTiming = (plan: Plan): void => {
	plan.scenes.forEach((scene, i) => {
		const prev = plan.scenes[i - 1];
		const expected = prev ? prev.from + prev.durationInFrames - scene.transitionInFrames : 0;
		if (scene.from !== expected) {
			throw new InternalError({
				code: 'PLAN',
				problem: `scene "${scene.id}" starts at frame ${scene.from}, but its previous scene and transition put it at ${expected}`,
			});
		}
	});
	const last = plan.scenes[plan.scenes.length - 1];
	if (last && last.from + last.durationInFrames !== plan.durationInFrames) {
		throw new InternalError({code: 'PLAN', problem: `scenes end at frame ${last.from + last.durationInFrames}, the plan says ${plan.durationInFrames}`});
	}
};

/** Slide into a new section (a chapter turn), fade everywhere else. */
const presentationFor = (scene: Scene): TransitionPresentation<Record<string, unknown>> =>
	scene.type === 'section' ? slide({direction: 'from-right'}) : fade();

const RecapScenes: React.FC<{plan: Plan; theme: Theme}> = ({plan, theme}) => (
	<TransitionSeries>
		{plan.scenes.map((scene) => (
			<React.Fragment key={scene.id}>
				{scene.transitionInFrames > 0 ? (
					<TransitionSeries.Transition presentation={presentationFor(scene)} timing={linearTiming({durationInFrames: scene.transitionInFrames})} />
				) : null}
				<TransitionSeries.Sequence durationInFrames={scene.durationInFrames} name={scene.id}>
					<SceneView scene={scene} plan={plan} theme={theme} />
				</TransitionSeries.Sequence>
			</React.Fragment>
		))}
	</TransitionSeries>
);

const RecapChapters: React.FC<{plan: Plan; theme: Theme}> = ({plan, theme}) => {
	const frame = useCurrentFrame();
	return <ChapterIndicator plan={plan} sceneIndex={sceneIndexAt({plan, frame})} theme={theme} />;
};

export const Recap: React.FC<RecapProps> = ({plan, theme, withAudio = true, mix = NO_MIX}) => {
	if (!plan) throw new InternalError({code: 'PLAN', problem: 'Recap has no plan; calculateMetadata should have made one'});
	assertPlanTiming(plan);
	return (
		<AbsoluteFill style={{backgroundColor: theme.background}}>
			<RecapScenes plan={plan} theme={theme} />
			<RecapChapters plan={plan} theme={theme} />
			{withAudio && plan.sound !== undefined ? <PlanSound sound={plan.sound} mix={mix} /> : null}
		</AbsoluteFill>
	);
};
