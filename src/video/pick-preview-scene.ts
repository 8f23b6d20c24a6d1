import {InternalError} from '../errors';
import type {Plan, Scene} from '../plan/plan-schema';

/** The scene a single-scene preview shows: by id, else the first of its type. */
export const pickPreviewScene = ({plan, sceneType, sceneId}: {plan: Plan; sceneType: Scene['type']; sceneId: string | null}): Scene => {
	const scene = sceneId === null ? plan.scenes.find((s) => s.type === sceneType) : plan.scenes.find((s) => s.id === sceneId);
	if (!scene)
		throw new InternalError({code: 'PLAN', problem: `no ${sceneId === null ? `${sceneType} scene` : `scene "${sceneId}"`} in the plan of "${plan.talkSlug}"`});
	return scene;
};
