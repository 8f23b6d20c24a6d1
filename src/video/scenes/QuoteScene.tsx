import type React from 'react';
import {useCurrentFrame} from 'remotion';
import type {Plan, QuoteScene as QuoteSceneData} from '../../plan/plan-schema';
import {sceneGeometry} from '../components/scene-geometry';
import {SceneShell} from '../components/SceneShell';
import {SpeakerChip} from '../components/SpeakerChip';
import {SpokenLines} from '../components/SpokenLines';
import {TextLines} from '../components/TextLines';
import {Translation} from '../components/Translation';
import {useEntries} from '../components/use-entry';
import {SceneColumn} from '../components/SceneColumn';
import {labelsFor, roleLabelOf} from '../labels';
import {legibleColor} from '../legible-color';
import type {Theme} from '../theme';

/** A quote caption card: who speaks (in their colour), what they said, where in the talk. */
export const QuoteScene: React.FC<{scene: QuoteSceneData; plan: Plan; theme: Theme}> = ({scene, plan, theme}) => {
	// Marks are in absolute frames; this scene's frame is its own.
	const absoluteFrame = useCurrentFrame() + scene.from;
	const g = sceneGeometry(plan);
	const box = g.quoteBox;
	const labels = labelsFor(plan.language);
	const speakerColor = legibleColor({color: scene.speakerColor, background: theme.background});
	const chapter = plan.chapters[scene.chapterIndex];
	// A continuation card keeps its label still and only brings in the new text.
	const continued = scene.card > 1;
	const entry = useEntries({transitionInFrames: scene.transitionInFrames, entryFrames: plan.entryFrames});
	const labelIn = entry(0, continued ? 0 : 14 * g.u);
	const bodyIn = entry(3, 24 * g.u);
	const cueIn = entry(6, 12 * g.u);
	const translationIn = entry(5, 12 * g.u);
	const kickerSize = 28 * g.u;
	return (
		<SceneShell theme={theme}>
			{/* Where we are: the section, top left; the card count, top right. */}
			<div
				style={{
					position: 'absolute',
					left: box.left,
					width: box.width,
					top: g.margin,
					display: 'flex',
					justifyContent: 'space-between',
					alignItems: 'baseline',
					fontSize: kickerSize,
					lineHeight: 1.3,
					color: theme.muted,
					whiteSpace: 'pre',
				}}
			>
				<div style={{display: 'flex', gap: 16 * g.u, minWidth: 0, overflow: 'hidden'}}>
					{chapter ? (
						<span style={{color: theme.accent, fontWeight: 700, fontVariantNumeric: 'tabular-nums'}}>{String(scene.chapterIndex + 1).padStart(2, '0')}</span>
					) : null}
					<span style={{overflow: 'hidden', textOverflow: 'ellipsis'}}>{scene.sectionTitle}</span>
				</div>
				{scene.cardCount > 1 ? (
					<span style={{fontVariantNumeric: 'tabular-nums', flex: 'none', marginLeft: 32 * g.u}}>{`${scene.card} / ${scene.cardCount}`}</span>
				) : null}
			</div>
			<SceneColumn box={box}>
				<div style={{...labelIn, marginBottom: 40 * g.u}}>
					<SpeakerChip
						name={scene.speaker}
						roleLabel={roleLabelOf({labels, name: scene.speaker, role: scene.speakerRole})}
						color={speakerColor}
						nameColor={speakerColor}
						mutedColor={theme.muted}
						sizePx={40 * g.u}
					/>
				</div>
				<div style={{...bodyIn, position: 'relative', maxHeight: box.height}}>
					<div
						style={{
							position: 'absolute',
							right: '100%',
							marginRight: 28 * g.u,
							top: -0.12 * scene.body.fontSizePx,
							color: speakerColor,
							fontSize: scene.body.fontSizePx * 2.2,
							fontWeight: 800,
							lineHeight: 1,
							fontFamily: 'Inter',
						}}
					>
						{continued ? '' : '\u201C'}
					</div>
					{scene.marks !== undefined && scene.marks.length > 0 ? (
						<SpokenLines block={scene.body} marks={scene.marks} frame={absoluteFrame} color={theme.foreground} markColor={speakerColor} />
					) : (
						<TextLines block={scene.body} color={theme.foreground} />
					)}
					{scene.translation ? (
						<Translation block={scene.translation} quoteFontSizePx={scene.body.fontSizePx} color={theme.muted} style={translationIn} />
					) : null}
				</div>
				{scene.reaction ? (
					<div style={{...cueIn, marginTop: 40 * g.u, display: 'flex'}}>
						<div
							style={{
								fontSize: 28 * g.u,
								lineHeight: 1.2,
								color: theme.muted,
								border: `${2 * g.u}px solid ${theme.muted}`,
								borderRadius: 999,
								padding: `${8 * g.u}px ${22 * g.u}px`,
								whiteSpace: 'pre',
							}}
						>
							{scene.reaction}
						</div>
					</div>
				) : null}
			</SceneColumn>
		</SceneShell>
	);
};
