import type React from 'react';
import type {OutroScene as OutroSceneData, Plan} from '../../plan/plan-schema';
import {sceneGeometry} from '../components/scene-geometry';
import {SceneShell} from '../components/SceneShell';
import {TextLines} from '../components/TextLines';
import {useEntries} from '../components/use-entry';
import {SceneColumn} from '../components/SceneColumn';
import {labelsFor} from '../labels';
import type {Theme} from '../theme';

/** `http://mp.weixin.qq.com/s?__biz=…` → `mp.weixin.qq.com/s?__biz=…` (the scheme is noise on screen). */
const displayUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export const OutroScene: React.FC<{scene: OutroSceneData; plan: Plan; theme: Theme}> = ({scene, plan, theme}) => {
	const g = sceneGeometry(plan);
	const box = g.outroTitleBox;
	const labels = labelsFor(plan.language);
	const entry = useEntries({transitionInFrames: scene.transitionInFrames, entryFrames: plan.entryFrames});
	const sourceIn = entry(0, 20 * g.u);
	const madeIn = entry(5, 12 * g.u);
	const byline = [scene.author, scene.outlet, scene.publishedAt].filter(Boolean).join('  ·  ');
	const oneLine: React.CSSProperties = {whiteSpace: 'pre', overflow: 'hidden', textOverflow: 'ellipsis'};
	return (
		<SceneShell theme={theme}>
			<SceneColumn box={box}>
				<div style={sourceIn}>
					<div style={{color: theme.accent, fontSize: 30 * g.u, fontWeight: 700, letterSpacing: '0.04em', marginBottom: 28 * g.u}}>{labels.source}</div>
					<TextLines block={scene.title} color={theme.foreground} />
					{byline ? <div style={{...oneLine, marginTop: 36 * g.u, fontSize: 34 * g.u, color: theme.foreground}}>{byline}</div> : null}
					{scene.url ? <div style={{...oneLine, marginTop: 14 * g.u, fontSize: 26 * g.u, color: theme.muted}}>{displayUrl(scene.url)}</div> : null}
				</div>
				<div style={{...madeIn, marginTop: 96 * g.u, display: 'flex', alignItems: 'center', gap: 20 * g.u}}>
					<div style={{width: 48 * g.u, height: 6 * g.u, backgroundColor: theme.accent}} />
					<span style={{fontSize: 30 * g.u, fontWeight: 700, color: theme.muted, whiteSpace: 'pre'}}>{scene.madeWith}</span>
				</div>
			</SceneColumn>
		</SceneShell>
	);
};
