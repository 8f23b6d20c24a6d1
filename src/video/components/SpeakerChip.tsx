import type React from 'react';
import {SPEAKER_LABEL_LINE_HEIGHT} from '../../plan/layout';
import type {SpeakerRole} from '../../talk/talk-schema';

/** A speaker as a label: a square in the speaker's colour, the name, the role muted. */
export const SpeakerChip: React.FC<{
	name: string;
	role?: SpeakerRole | undefined;
	roleLabel?: string | undefined;
	color: string;
	nameColor: string;
	mutedColor: string;
	sizePx: number;
	weight?: number;
}> = ({name, roleLabel, color, nameColor, mutedColor, sizePx, weight = 700}) => (
	<div style={{display: 'flex', alignItems: 'center', gap: sizePx * 0.45, whiteSpace: 'pre'}}>
		<div style={{width: sizePx * 0.5, height: sizePx * 0.5, backgroundColor: color, borderRadius: sizePx * 0.08, flex: 'none'}} />
		<span style={{fontSize: sizePx, fontWeight: weight, color: nameColor, lineHeight: SPEAKER_LABEL_LINE_HEIGHT}}>{name}</span>
		{roleLabel ? <span style={{fontSize: sizePx * 0.72, fontWeight: 400, color: mutedColor, lineHeight: SPEAKER_LABEL_LINE_HEIGHT}}>{roleLabel}</span> : null}
	</div>
);
