import {FRAME_MARGIN_FRACTION, type TextBoxLayout} from '../../plan/layout';
import type {Plan} from '../../plan/plan-schema';

/** Pixel geometry of a plan's frame: `u` is 1 px of the 1080 reference. */
export const sceneGeometry = (plan: Pick<Plan, 'width' | 'height'>) => {
	const u = Math.min(plan.width, plan.height) / 1080;
	return {
		u,
		width: plan.width,
		height: plan.height,
		margin: FRAME_MARGIN_FRACTION * Math.min(plan.width, plan.height),
		/** Left edge and size of a layout box centred horizontally. */
		box: (b: TextBoxLayout) => ({left: ((1 - b.widthFraction) / 2) * plan.width, width: b.widthFraction * plan.width, height: b.heightFraction * plan.height}),
	};
};
