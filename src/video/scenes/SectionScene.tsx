import type React from 'react';
import type {Plan, SectionScene as SectionSceneData} from '../../plan/plan-schema';
import {sceneGeometry} from '../components/scene-geometry';
import {SceneShell} from '../components/SceneShell';
import {SpeakerChip} from '../components/SpeakerChip';
import {TextLines} from '../components/TextLines';
import {useEntries} from '../components/use-entry';
import {SceneColumn} from '../components/SceneColumn';
import {labelsFor} from '../labels';
import {legibleColor} from '../legible-color';
import type {Theme} from '../theme';

export const SectionScene: React.FC<{scene: SectionSceneData; plan: Plan; theme: Theme}> = ({scene, plan, theme}) => {
	const g = sceneGeometry(plan);
	const box = g.sectionTitleBox;
	const labels = labelsFor(plan.language);
	const entry = useEntries({transitionInFrames: scene.transitionInFrames, entryFrames: plan.entryFrames});
	const numberIn = entry(0, 16 * g.u);
	const titleIn = entry(2, 28 * g.u);
	const speakersIn = entry(5, 20 * g.u);
	return (
		<SceneShell theme={theme}>
			<SceneColumn box={box}>
				<div
					style={{
						...numberIn,
						display: 'flex',
						alignItems: 'baseline',
						gap: 18 * g.u,
						marginBottom: 28 * g.u,
						whiteSpace: 'pre',
						fontVariantNumeric: 'tabular-nums',
					}}
				>
					<span style={{color: theme.accent, fontSize: 72 * g.u, fontWeight: 800, lineHeight: 1}}>{scene.number}</span>
					<span style={{color: theme.muted, fontSize: 40 * g.u, fontWeight: 700, lineHeight: 1}}>{`/ ${scene.count}`}</span>
				</div>
				<div style={titleIn}>
					<TextLines block={scene.title} color={theme.foreground} style={{letterSpacing: '-0.01em'}} />
				</div>
				{scene.speakers.length > 0 ? (
					<div style={{...speakersIn, marginTop: 56 * g.u, display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 44 * g.u, rowGap: 16 * g.u}}>
						<span style={{color: theme.muted, fontSize: 28 * g.u, whiteSpace: 'pre', marginRight: 4 * g.u}}>{labels.speakersHeard}</span>
						{scene.speakers.map((s) => {
							const color = legibleColor({color: s.color, background: theme.background});
							return <SpeakerChip key={s.id} name={s.name} color={color} nameColor={color} mutedColor={theme.muted} sizePx={32 * g.u} />;
						})}
					</div>
				) : null}
			</SceneColumn>
		</SceneShell>
	);
};
