import type React from 'react';
import type {Plan, TitleScene as TitleSceneData} from '../../plan/plan-schema';
import {sceneGeometry} from '../components/scene-geometry';
import {SceneShell} from '../components/SceneShell';
import {SpeakerChip} from '../components/SpeakerChip';
import {TextLines} from '../components/TextLines';
import {useEntries} from '../components/use-entry';
import {SceneColumn} from '../components/SceneColumn';
import {labelsFor, roleLabelOf} from '../labels';
import {legibleColor} from '../legible-color';
import type {Theme} from '../theme';

export const TitleScene: React.FC<{scene: TitleSceneData; plan: Plan; theme: Theme}> = ({scene, plan, theme}) => {
	const g = sceneGeometry(plan);
	const box = g.titleBox;
	const labels = labelsFor(plan.language);
	const entry = useEntries({transitionInFrames: scene.transitionInFrames, entryFrames: plan.entryFrames});
	const kickerIn = entry(0, 16 * g.u);
	const titleIn = entry(2, 28 * g.u);
	const speakersIn = entry(5, 20 * g.u);
	return (
		<SceneShell theme={theme}>
			<SceneColumn box={box}>
				{scene.kicker ? <TextLines block={scene.kicker} color={theme.accent} style={{...kickerIn, letterSpacing: '0.04em', marginBottom: 36 * g.u}} /> : null}
				<div style={titleIn}>
					<TextLines block={scene.title} color={theme.foreground} style={{letterSpacing: '-0.01em'}} />
					{scene.subtitle ? <TextLines block={scene.subtitle} color={theme.muted} style={{marginTop: 24 * g.u}} /> : null}
				</div>
				<div style={{...speakersIn, marginTop: 56 * g.u}}>
					<div style={{width: 96 * g.u, height: 6 * g.u, backgroundColor: theme.accent, marginBottom: 40 * g.u}} />
					<div style={{display: 'flex', flexWrap: 'wrap', columnGap: 56 * g.u, rowGap: 20 * g.u}}>
						{scene.speakers.map((s) => (
							<SpeakerChip
								key={s.id}
								name={s.name}
								roleLabel={roleLabelOf({labels, name: s.name, role: s.role})}
								color={legibleColor({color: s.color, background: theme.background})}
								nameColor={theme.foreground}
								mutedColor={theme.muted}
								sizePx={38 * g.u}
							/>
						))}
					</div>
				</div>
			</SceneColumn>
		</SceneShell>
	);
};
