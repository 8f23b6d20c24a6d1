import type {Plan} from '../../plan/plan-schema';

/** Pixel geometry of a plan's frame, from the layout the plan carries: `u` is 1 px of the 1080 reference. */
export const sceneGeometry = (plan: Pick<Plan, 'layout'>) => {
	const {unitPx, marginPx, titleBox, sectionTitleBox, quoteBox, outroTitleBox} = plan.layout;
	const place = (b: {leftPx: number; widthPx: number; heightPx: number}) => ({left: b.leftPx, width: b.widthPx, height: b.heightPx});
	return {
		u: unitPx,
		margin: marginPx,
		/** Left edge and size of each box the planner fitted text to. */
		titleBox: place(titleBox),
		sectionTitleBox: place(sectionTitleBox),
		quoteBox: place(quoteBox),
		outroTitleBox: place(outroTitleBox),
	};
};
