import type React from 'react';
import type {Plan} from '../../plan/plan-schema';
import {sceneGeometry} from './scene-geometry';
import type {Theme} from '../theme';

/**
 * Which section is on screen, as a row of segments (one per chapter, as long as the
 * chapter) along the bottom edge. It depends only on the index of the scene shown, so
 * it changes at scene boundaries and never in between.
 */
export const ChapterIndicator: React.FC<{plan: Plan; sceneIndex: number; theme: Theme}> = ({plan, sceneIndex, theme}) => {
	const scene = plan.scenes[sceneIndex];
	if (!scene || plan.chapters.length === 0) return null;
	const g = sceneGeometry(plan);
	// Before the first chapter (title) every segment is ahead; after the last (outro) all are done.
	const current = scene.chapterIndex >= 0 ? scene.chapterIndex : sceneIndex === 0 ? -1 : plan.chapters.length;
	return (
		<div
			style={{
				position: 'absolute',
				left: g.margin,
				right: g.margin,
				bottom: g.margin * 0.55,
				display: 'flex',
				gap: 10 * g.u,
			}}
		>
			{plan.chapters.map((chapter, i) => (
				<div
					key={chapter.sectionId}
					style={{
						flexGrow: chapter.durationInFrames,
						flexBasis: 0,
						height: 6 * g.u,
						borderRadius: 3 * g.u,
						backgroundColor: i === current ? theme.accent : theme.muted,
						opacity: i === current ? 1 : i < current ? 0.6 : 0.25,
					}}
				/>
			))}
		</div>
	);
};

/**
 * The scene the indicator follows at `frame`: a scene takes over halfway through its
 * incoming transition, so the change falls inside a transition, never in a still range.
 */
export const sceneIndexAt = ({plan, frame}: {plan: Plan; frame: number}): number => {
	let index = 0;
	plan.scenes.forEach((scene, i) => {
		if (frame >= scene.from + Math.floor(scene.transitionInFrames / 2)) index = i;
	});
	return index;
};
