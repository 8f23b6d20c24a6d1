import {InternalError} from '../errors';
import type React from 'react';
import {AbsoluteFill, type CalculateMetadataFunction, Freeze} from 'remotion';
import type {Plan, Scene} from '../plan/plan-schema';
import {framesToMs} from '../plan/timing';
import {planForProps} from './calculate-recap-metadata';
import {ChapterIndicator} from './components/ChapterIndicator';
import {FONT_FAMILY} from './load-fonts';
import type {RecapProps} from './recap-schema';
import {SceneView} from './scenes/SceneView';

/** The contact sheet's grid: tiles of a 1920×1080 frame at a quarter size, four to a row. */
const STORYBOARD = {columns: 4, tileWidthPx: 480, gapPx: 24, marginPx: 40, headerPx: 72, labelPx: 40} as const;

/** The frame a scene is shown at on the sheet (scene-local): the start of its still range, when its entry is over. */
const storyboardFrameOf = (scene: Scene): number =>
	scene.stills[0] === undefined ? Math.floor(scene.durationInFrames / 2) : scene.stills[0].from - scene.from;

const tileHeightPx = (plan: Plan): number => Math.round((STORYBOARD.tileWidthPx * plan.height) / plan.width);

/** Size of the sheet for a plan: every scene in order, `columns` to a row. */
export const storyboardSize = (plan: Plan): {width: number; height: number} => {
	const rows = Math.ceil(plan.scenes.length / STORYBOARD.columns);
	return {
		width: 2 * STORYBOARD.marginPx + STORYBOARD.columns * STORYBOARD.tileWidthPx + (STORYBOARD.columns - 1) * STORYBOARD.gapPx,
		height: 2 * STORYBOARD.marginPx + STORYBOARD.headerPx + rows * (tileHeightPx(plan) + STORYBOARD.labelPx) + (rows - 1) * STORYBOARD.gapPx,
	};
};

const clock = (ms: number): string => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

/** What a tile's label says: the scene's number, the time it starts on screen, its type (and speaker). */
const storyboardLabel = ({plan, scene, index}: {plan: Plan; scene: Scene; index: number}): string =>
	`${index + 1}  ${clock(framesToMs({frames: scene.from, fps: plan.fps}))}  ${scene.type}${scene.type === 'quote' ? ` · ${scene.speaker}${scene.cardCount > 1 ? ` ${scene.card}/${scene.cardCount}` : ''}` : ''}`;

/**
 * Every scene of the recap on one sheet, in order, each frozen at the start of its still
 * range and labelled with its time and type, so an editor sees the whole recap in one
 * picture. Every frame is the same; the CLI renders frame 0 as `storyboard.png` beside the MP4.
 */
export const Storyboard: React.FC<RecapProps> = ({plan, theme}) => {
	if (!plan) throw new InternalError({code: 'PLAN', problem: 'Storyboard has no plan; calculateMetadata should have made one'});
	const tileHeight = tileHeightPx(plan);
	const scale = STORYBOARD.tileWidthPx / plan.width;
	return (
		<AbsoluteFill style={{backgroundColor: '#000000', fontFamily: FONT_FAMILY, color: theme.foreground, padding: STORYBOARD.marginPx}}>
			<div style={{height: STORYBOARD.headerPx, fontSize: 28, fontWeight: 700, whiteSpace: 'pre', overflow: 'hidden', textOverflow: 'ellipsis'}}>
				{`${plan.scenes[0]?.type === 'title' ? plan.scenes[0].title.text : plan.talkSlug}  ·  ${plan.scenes.length} scenes  ·  ${clock(framesToMs({frames: plan.durationInFrames, fps: plan.fps}))}`}
			</div>
			<div style={{display: 'flex', flexWrap: 'wrap', columnGap: STORYBOARD.gapPx, rowGap: STORYBOARD.gapPx}}>
				{plan.scenes.map((scene, index) => (
					<div key={scene.id} style={{width: STORYBOARD.tileWidthPx}}>
						<div style={{position: 'relative', width: STORYBOARD.tileWidthPx, height: tileHeight, overflow: 'hidden'}}>
							<div
								style={{
									position: 'absolute',
									left: 0,
									top: 0,
									width: plan.width,
									height: plan.height,
									transform: `scale(${scale})`,
									transformOrigin: 'top left',
								}}
							>
								<Freeze frame={storyboardFrameOf(scene)}>
									<AbsoluteFill style={{backgroundColor: theme.background}}>
										<SceneView scene={scene} plan={plan} theme={theme} />
										<ChapterIndicator plan={plan} sceneIndex={index} theme={theme} />
									</AbsoluteFill>
								</Freeze>
							</div>
						</div>
						<div
							style={{
								height: STORYBOARD.labelPx,
								paddingTop: 8,
								fontSize: 20,
								color: theme.muted,
								whiteSpace: 'pre',
								overflow: 'hidden',
								textOverflow: 'ellipsis',
							}}
						>
							{storyboardLabel({plan, scene, index})}
						</div>
					</div>
				))}
			</div>
		</AbsoluteFill>
	);
};

export const calculateStoryboardMetadata: CalculateMetadataFunction<RecapProps> = ({props}) => {
	const plan = planForProps(props);
	// As long as the recap: <Freeze> clamps its frame to the composition's length.
	return {...storyboardSize(plan), durationInFrames: plan.durationInFrames, fps: plan.fps, props: {...props, plan}};
};
