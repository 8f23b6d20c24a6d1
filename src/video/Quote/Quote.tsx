import {InternalError} from '../../errors';
import type React from 'react';
import {Img, staticFile} from 'remotion';
import type {Clip} from '../../plan/clip-schema';
import {CLIP_KICKER, type ClipLayout, QUOTE_MARK_ABOVE_EM} from '../../plan/layout';
import {SceneShell} from '../components/SceneShell';
import {SpeakerChip} from '../components/SpeakerChip';
import {TextLines} from '../components/TextLines';
import {Translation} from '../components/Translation';
import {labelsFor, roleLabelOf} from '../labels';
import {legibleColor} from '../legible-color';
import type {Theme} from '../theme';
import {NO_MIX} from '../sound/mix-schema';
import {PlanSound} from '../sound/PlanSound';
import type {QuoteProps} from './quote-schema';
import {RevealText} from './RevealText';
import {StudioWaveform, WaveformBars} from './Waveform';

const QUOTE_MARK = '\u201C';

/** Section number and title, then the talk's title: where this quote comes from. */
const Header: React.FC<{clip: Clip; layout: ClipLayout; theme: Theme}> = ({clip, layout, theme}) => {
	return (
		<div style={{position: 'absolute', left: layout.leftPx, width: layout.columnWidthPx, top: layout.headerTopPx}}>
			<div
				style={{
					display: 'flex',
					alignItems: 'baseline',
					gap: layout.kickerSizePx * CLIP_KICKER.numberGapEm,
					fontSize: layout.kickerSizePx,
					lineHeight: CLIP_KICKER.lineHeight,
					whiteSpace: 'pre',
				}}
			>
				<span style={{color: theme.accent, fontWeight: CLIP_KICKER.weight, fontVariantNumeric: 'tabular-nums'}}>
					{String(clip.sectionNumber).padStart(2, '0')}
				</span>
				<TextLines block={clip.sectionTitle} color={theme.foreground} />
			</div>
			<TextLines block={clip.talkTitle} color={theme.muted} style={{marginTop: layout.kickerSizePx * 0.25}} />
			{clip.cover ? (
				<Img
					src={staticFile(clip.cover)}
					style={{position: 'absolute', right: 0, top: 0, width: layout.coverSizePx, height: layout.coverSizePx, objectFit: 'cover', borderRadius: 8}}
				/>
			) : null}
		</div>
	);
};

/** The quote's opening mark in the speaker's colour: hanging in the margin, or above the text. */
const QuoteMark: React.FC<{layout: ClipLayout; color: string; fontSizePx: number}> = ({layout, color, fontSizePx}) => {
	const size = layout.quoteMarkSizePx;
	const glyph: React.CSSProperties = {color, fontSize: size, fontWeight: 800, lineHeight: 1, fontFamily: 'Inter'};
	if (layout.quoteMarkPlacement === 'hang') {
		return <div style={{...glyph, position: 'absolute', right: '100%', marginRight: size * 0.18, top: -0.08 * fontSizePx}}>{QUOTE_MARK}</div>;
	}
	// The glyph sits in the top half of its em box: a box QUOTE_MARK_ABOVE_EM tall holds it (the planner leaves it that room).
	return <div style={{...glyph, height: size * QUOTE_MARK_ABOVE_EM, overflow: 'visible', marginLeft: -size * 0.04}}>{QUOTE_MARK}</div>;
};

/** The level band of a clip that plays sound: the bars measured from its sound track, or, in Studio before any render, from the recording. */
const ClipLevels: React.FC<{clip: Clip; color: string; theme: Theme}> = ({clip, color, theme}) => {
	const {waveform} = clip;
	if (waveform === null) return null;
	const restColor = theme.muted;
	if (waveform.bars !== null) {
		return <WaveformBars bars={waveform.bars} playedFrom={waveform.playedFrom} layout={clip.layout} playedColor={color} restColor={restColor} />;
	}
	const media = clip.sound?.media;
	return media ? <StudioWaveform clip={clip} media={media} playedColor={color} restColor={restColor} /> : null;
};

export const Quote: React.FC<QuoteProps> = ({clip, theme, withAudio = true, mix = NO_MIX}) => {
	if (!clip) throw new InternalError({code: 'PLAN', problem: 'Quote has no clip; calculateMetadata should have made one'});
	const {layout} = clip;
	const labels = labelsFor(clip.language);
	const speakerColor = legibleColor({color: clip.speaker.color, background: theme.background});
	const speaker = (
		<SpeakerChip
			name={clip.speaker.name}
			roleLabel={roleLabelOf({labels, name: clip.speaker.name, role: clip.speaker.role})}
			color={speakerColor}
			nameColor={speakerColor}
			mutedColor={theme.muted}
			sizePx={layout.speakerSizePx}
		/>
	);
	const gap = <div style={{height: layout.speakerGapPx, flex: 'none'}} />;
	const body = (
		<div style={{position: 'relative'}}>
			{layout.quoteMarkPlacement === 'above' ? <QuoteMark layout={layout} color={speakerColor} fontSizePx={clip.body.fontSizePx} /> : null}
			<div style={{position: 'relative'}}>
				{layout.quoteMarkPlacement === 'hang' ? <QuoteMark layout={layout} color={speakerColor} fontSizePx={clip.body.fontSizePx} /> : null}
				<RevealText clip={clip} color={theme.foreground} markColor={speakerColor} />
			</div>
			{clip.translation ? <Translation block={clip.translation} quoteFontSizePx={clip.body.fontSizePx} color={theme.muted} /> : null}
		</div>
	);
	return (
		<SceneShell theme={theme}>
			<Header clip={clip} layout={layout} theme={theme} />
			<div
				style={{
					position: 'absolute',
					left: layout.leftPx,
					width: layout.columnWidthPx,
					// As planned: an audiogram's stage ends above its level band, and the quote was fitted to it.
					top: clip.stage.topPx,
					height: clip.stage.heightPx,
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'center',
				}}
			>
				{layout.speakerPosition === 'above' ? (
					<>
						{speaker}
						{gap}
						{body}
					</>
				) : (
					<>
						{body}
						{gap}
						{speaker}
					</>
				)}
			</div>
			{clip.attribution ? (
				<div
					style={{
						position: 'absolute',
						left: layout.leftPx,
						width: layout.columnWidthPx,
						bottom: layout.footerBottomPx,
						display: 'flex',
						alignItems: 'center',
						gap: 16,
					}}
				>
					<div style={{width: 28, height: 4, backgroundColor: theme.accent, flex: 'none'}} />
					<TextLines block={clip.attribution} color={theme.muted} />
				</div>
			) : null}
			<ClipLevels clip={clip} color={speakerColor} theme={theme} />
			{withAudio && clip.sound !== undefined ? <PlanSound sound={clip.sound} mix={mix} /> : null}
		</SceneShell>
	);
};
